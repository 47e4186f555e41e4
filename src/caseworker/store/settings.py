"""The office's settings (domain/settings.py) kept in the workspace."""

from __future__ import annotations

from caseworker.domain.settings import Settings
from caseworker.store import meta
from caseworker.store.db import Connection

KEY = "settings"


def load(conn: Connection) -> Settings:
    text = meta.get(conn, KEY)
    return Settings.model_validate_json(text) if text else Settings()


def save(conn: Connection, settings: Settings) -> None:
    meta.put(conn, KEY, settings.model_dump_json())
