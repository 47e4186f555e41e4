"""Form definitions kept in the workspace, every version of each."""

from __future__ import annotations

from caseworker.store.db import Connection


def install(conn: Connection, form_id: str, version: int, definition: str, stamp: int, reason: str | None) -> bool:
    """Adds a version; False when that version is already installed (a version never changes)."""
    cur = conn.execute(
        "INSERT OR IGNORE INTO forms (id, version, definition, installed, override_reason) VALUES (?, ?, ?, ?, ?)",
        (form_id, version, definition, stamp, reason),
    )
    return cur.rowcount == 1


def get(conn: Connection, form_id: str, version: int | None = None) -> tuple[int, str] | None:
    """(version, definition JSON): the given version, or the newest."""
    if version is None:
        row = conn.execute(
            "SELECT version, definition FROM forms WHERE id = ? ORDER BY version DESC LIMIT 1", (form_id,)
        ).fetchone()
    else:
        row = conn.execute(
            "SELECT version, definition FROM forms WHERE id = ? AND version = ?", (form_id, version)
        ).fetchone()
    return (row[0], row[1]) if row else None


def newest(conn: Connection) -> list[tuple[str, int, str]]:
    """(id, version, definition) of the newest version of each form."""
    return conn.execute(
        "SELECT id, max(version), definition FROM forms GROUP BY id ORDER BY id"
    ).fetchall()


def versions(conn: Connection) -> set[tuple[str, int]]:
    return set(conn.execute("SELECT id, version FROM forms").fetchall())


def installed_since(conn: Connection, stamp: int) -> list[tuple[str, int, str, str | None, int]]:
    """(id, version, definition, override reason, installed) of every version installed after `stamp`."""
    return conn.execute(
        "SELECT id, version, definition, override_reason, installed FROM forms WHERE installed > ? "
        "ORDER BY installed, id, version",
        (stamp,),
    ).fetchall()
