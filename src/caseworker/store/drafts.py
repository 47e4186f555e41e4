"""Drafts (what a user typed and has not saved) and per-user preferences, one row each."""

from __future__ import annotations

import json

from caseworker.store.db import Connection


def put(conn: Connection, user_id: str, key: str, case_id: str | None, data: dict, saved_at: str) -> None:
    conn.execute(
        "INSERT INTO drafts (user_id, key, case_id, data, saved_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (user_id, key) DO UPDATE SET data = excluded.data, saved_at = excluded.saved_at",
        (user_id, key, case_id, json.dumps(data, ensure_ascii=False), saved_at),
    )


def get(conn: Connection, user_id: str, key: str) -> dict | None:
    row = conn.execute("SELECT data FROM drafts WHERE user_id = ? AND key = ?", (user_id, key)).fetchone()
    return json.loads(row[0]) if row else None


def drop(conn: Connection, user_id: str, key: str) -> None:
    conn.execute("DELETE FROM drafts WHERE user_id = ? AND key = ?", (user_id, key))


def of_user(conn: Connection, user_id: str) -> list[dict]:
    rows = conn.execute(
        "SELECT key, case_id, saved_at FROM drafts WHERE user_id = ? ORDER BY saved_at DESC", (user_id,)
    ).fetchall()
    return [{"key": r[0], "case_id": r[1], "saved_at": r[2]} for r in rows]


def preference(conn: Connection, user_id: str, key: str) -> str | None:
    row = conn.execute("SELECT value FROM user_preferences WHERE user_id = ? AND key = ?", (user_id, key)).fetchone()
    return row[0] if row else None


def set_preference(conn: Connection, user_id: str, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO user_preferences (user_id, key, value) VALUES (?, ?, ?) "
        "ON CONFLICT (user_id, key) DO UPDATE SET value = excluded.value",
        (user_id, key, value),
    )
