"""Drafts: what the user is typing, saved as they type (a crash or a flat battery loses
nothing), offered back when the same case file or assessment is opened again, and dropped
once saved for real. Also the user's own preferences, such as the interface language."""

from __future__ import annotations

import datetime as dt

from caseworker.store import drafts

LANGUAGE = "language"


class Drafts:
    def __init__(self, session) -> None:
        self.s = session

    @property
    def _user(self) -> str:
        return self.s.user.id

    def save(self, key: str, case_id: str | None, data: dict) -> None:
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        self.s.workspace.write(lambda conn, _stamp: drafts.put(conn, self._user, key, case_id, data, now))

    def load(self, key: str) -> dict | None:
        return self.s.workspace.read(drafts.get, self._user, key)

    def discard(self, key: str) -> None:
        self.s.workspace.write(lambda conn, _stamp: drafts.drop(conn, self._user, key))

    def waiting(self) -> list[dict]:
        """The user's unsaved drafts, newest first: key, case id, when."""
        return self.s.workspace.read(drafts.of_user, self._user)

    def language(self) -> str | None:
        return self.s.workspace.read(drafts.preference, self._user, LANGUAGE)

    def remember_language(self, code: str) -> None:
        self.s.workspace.write(lambda conn, _stamp: drafts.set_preference(conn, self._user, LANGUAGE, code))
