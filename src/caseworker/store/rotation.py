"""The data key's rotation, as far as the workspace's own files go (app/rotation.py starts it):
keys.json first holds both keys sealed for every account, then the database takes the new key
in one transaction (`PRAGMA rekey`), then each backup is rewritten under it (or destroyed when
it opens with neither), and last keys.json keeps the new key alone. Cut short anywhere, the
next unlock finds out which key the database opens with and finishes (or, when the database
never took the new key, forgets it): one working key, nothing unreadable."""

from __future__ import annotations

from pathlib import Path

from caseworker.store import backup, integrity
from caseworker.store.db import DB_FILE
from caseworker.store.keys import KeysFile


def finish(folder: Path, keys: KeysFile, old_key: bytes, new_key: bytes) -> dict:
    """After the database took the new key: every backup, then keys.json. Returns the counts."""
    done = {"rekeyed": 0, "already": 0, "destroyed": 0}
    for name in backup.list_backups(folder):
        done[backup.rekey_in(folder, name, old_key, new_key)] += 1
    keys.update(folder, lambda k: k.end_rotation())
    return done


def resume(folder: Path, keys: KeysFile, key: bytes) -> bytes:
    """At an unlock that found a rotation under way (`keys.pending` set by `unwrap`): the key
    the database opens with, the rotation finished or forgotten."""
    new = keys.pending
    keys.pending = None
    if new is None:
        return key
    if integrity.opens(folder / DB_FILE, new):
        finish(folder, keys, key, new)
        return new
    keys.update(folder, lambda k: k.abandon_rotation())
    return key
