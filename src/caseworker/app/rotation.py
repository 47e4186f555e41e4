"""Rotating the workspace's data key (`caseworker workspace rotate-key`, an admin): after an
account is disabled, or a password was learned by someone else and changed, a copy of keys.json
kept from before opens nothing with the password it held: not the database, not a backup. The
new key is sealed for every remaining account without their passwords (store/sealing.py); the
steps and what a cut leaves: store/rotation.py; docs/workspace.md "Rotating the key"."""

from __future__ import annotations

import os

from caseworker.domain.accounts import Role
from caseworker.domain.errors import AccountsNotSealed
from caseworker.store import rotation
from caseworker.sync import recovery


class Rotation:
    def __init__(self, session) -> None:
        self.s = session

    def rotate(self) -> dict:
        """Returns what became of the backups: {"rekeyed", "already", "destroyed"} counts."""
        self.s.require("workspace.rotate_key", Role.ADMIN)
        ws = self.s.workspace
        keys = ws.keys
        keys.reload(ws.folder)
        waiting = keys.not_sealed()
        if waiting:
            raise AccountsNotSealed(names=", ".join(waiting))
        old, new = ws.data_key, os.urandom(32)
        wrap = None
        if keys.recovery is not None:  # an enrolled laptop: the office can still reopen it
            office = self.s.enrolment.trusted_office()
            wrap = recovery.wrap(new, office.keys, keys.workspace_id)
        keys.update(ws.folder, lambda k: k.begin_rotation(new, wrap))
        ws.rekey(new)
        done = rotation.finish(ws.folder, keys, old, new)
        self.s.log("key_rotated", detail={"backups": done})
        return done
