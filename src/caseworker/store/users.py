"""Account rows inside the database: id, name and roles (the password wraps live in keys.json)."""

from __future__ import annotations

import json

from caseworker.store import clocks
from caseworker.store.db import Connection

FIELDS = ("name", "roles")


def insert(conn: Connection, user_id: str, name: str, roles: list[str], device: str, stamp: int) -> None:
    conn.execute(
        "INSERT INTO users (id, origin, deleted, name, roles, clocks) VALUES (?, ?, 0, ?, ?, ?)",
        (user_id, device, name, json.dumps(sorted(roles)), clocks.dumps(clocks.created(device, stamp))),
    )


def by_name(conn: Connection, name: str) -> dict | None:
    row = conn.execute("SELECT id, name, roles FROM users WHERE name = ? AND deleted = 0", (name,)).fetchone()
    return {"id": row[0], "name": row[1], "roles": json.loads(row[2])} if row else None


def all_(conn: Connection) -> list[dict]:
    return [
        {"id": i, "name": n, "roles": json.loads(r)}
        for i, n, r in conn.execute("SELECT id, name, roles FROM users WHERE deleted = 0 ORDER BY name")
    ]


def disable(conn: Connection, user_id: str, device: str, stamp: int) -> None:
    """The account can no longer be used; its row stays (audit entries and cases name it)."""
    row = conn.execute("SELECT clocks FROM users WHERE id = ?", (user_id,)).fetchone()
    marked = clocks.edited(clocks.loads(row[0]), [clocks.DELETED], device, stamp, clocks.floor(conn))
    conn.execute("UPDATE users SET deleted = 1, clocks = ? WHERE id = ?", (clocks.dumps(marked), user_id))


def disabled_names(conn: Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM users WHERE deleted = 1")}
