"""The per-district service directory that referrals are made against."""

from __future__ import annotations

import json

from caseworker.store import meta
from caseworker.store.db import Connection

KEY = "services"


def load(conn: Connection) -> list[dict]:
    text = meta.get(conn, KEY)
    return json.loads(text) if text else []


def save(conn: Connection, services: list[dict]) -> None:
    meta.put(conn, KEY, json.dumps(services, ensure_ascii=False))


def providers(conn: Connection, district: str | None) -> set[str]:
    return {s["provider"] for s in load(conn) if s.get("district") == district}
