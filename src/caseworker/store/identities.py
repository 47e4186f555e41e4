"""This workspace's own sync identity and, on the office, the devices it enrolled."""

from __future__ import annotations

import json

from caseworker.store.db import Connection

OFFICE, DEVICE = "office", "device"


def own(conn: Connection, role: str) -> dict | None:
    row = conn.execute("SELECT private FROM identity WHERE role = ?", (role,)).fetchone()
    return json.loads(row[0]) if row else None


def put_own(conn: Connection, role: str, private: dict, public: dict, created: str) -> None:
    conn.execute(
        "INSERT INTO identity (role, private, public, created) VALUES (?, ?, ?, ?)",
        (role, json.dumps(private), json.dumps(public), created),
    )


def add_device(conn: Connection, device: dict) -> None:
    columns = ("device_id", "serial", "district", "fingerprint", "certificate", "approved_at", "approved_by")
    conn.execute(
        f"INSERT INTO devices ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        [device[c] for c in columns],
    )


def next_serial(conn: Connection) -> int:
    return conn.execute("SELECT COALESCE(MAX(serial), 0) + 1 FROM devices").fetchone()[0]


DEVICE_COLUMNS = ("device_id", "serial", "district", "fingerprint", "approved_at", "approved_by", "revoked_at",
                  "revoked_by", "revocation_reason")


def device(conn: Connection, device_id: str) -> dict | None:
    row = conn.execute(f"SELECT {', '.join(DEVICE_COLUMNS)} FROM devices WHERE device_id = ?", (device_id,)).fetchone()
    return dict(zip(DEVICE_COLUMNS, row, strict=True)) if row else None


def devices(conn: Connection) -> list[dict]:
    rows = conn.execute(f"SELECT {', '.join(DEVICE_COLUMNS)} FROM devices ORDER BY serial").fetchall()
    return [dict(zip(DEVICE_COLUMNS, r, strict=True)) for r in rows]


def revoke(conn: Connection, device_id: str, at: str, by: str, reason: str) -> None:
    conn.execute(
        "UPDATE devices SET revoked_at = ?, revoked_by = ?, revocation_reason = ? WHERE device_id = ?",
        (at, by, reason, device_id),
    )


def certificates(conn: Connection) -> list[str]:
    """Every device certificate the office issued (revoked ones too: the revocation list says which)."""
    return [r[0] for r in conn.execute("SELECT certificate FROM devices ORDER BY serial")]


def renew(conn: Connection, device_id: str, certificate: str) -> None:
    """The device's certificate, renewed (same keys and serial, new dates)."""
    conn.execute("UPDATE devices SET certificate = ? WHERE device_id = ?", (certificate, device_id))


def certificate_of(conn: Connection, device_id: str) -> str | None:
    row = conn.execute("SELECT certificate FROM devices WHERE device_id = ?", (device_id,)).fetchone()
    return row[0] if row else None
