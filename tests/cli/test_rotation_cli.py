"""Rotating the workspace's data key, through the real command line: a copy of keys.json kept
from before, with a password it held (a disabled account's, or one someone else learned and
that was then changed), opens nothing afterwards, backups included; cut short anywhere, the
next unlock leaves one working key and nothing unreadable (docs/workspace.md)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from caseworker.store import integrity
from caseworker.store.keys import KeysFile
from tests.cli.test_cli import P, add_file, cw, ws  # noqa: F401 (a fixture)
from tests.conftest import PASSWORD, child

KARIM = "karim's password"


@pytest.fixture
def office_of_two(ws, tmp_path):  # noqa: F811
    """nigora (admin, caseworker) with a case and two backups, and karim, a caseworker."""
    assert cw(ws, "user", "add", "--new-user", "karim", "--role", "caseworker", stdin=P + KARIM + "\n").returncode == 0
    assert cw(ws, "case", "add", "--file", add_file(tmp_path, [child()])).returncode == 0
    for _ in range(2):
        assert cw(ws, "backup", "create").returncode == 0
    return ws


def key_of(folder, user=None, password=PASSWORD, keys_folder=None) -> bytes:
    keys_folder = keys_folder or folder
    return KeysFile.load(keys_folder).unwrap(keys_folder, user or "nigora", password)[0]


def files_of(folder) -> list:
    return [folder / "case.db", *sorted((folder / "backups").glob("*.cwbackup"))]


def test_after_rotation_a_keys_file_kept_from_before_opens_nothing(office_of_two, tmp_path):
    folder = office_of_two
    kept = tmp_path / "kept"  # what karim copied to a stick, and nigora's password someone saw
    kept.mkdir()
    shutil.copy(folder / "keys.json", kept / "keys.json")
    old_key = key_of(folder)
    assert all(integrity.opens(f, old_key) for f in files_of(folder))

    r = cw(folder, "user", "disable", "karim")
    assert r.returncode == 0 and "caseworker workspace rotate-key" in r.stdout
    assert cw(folder, "passwd", stdin=P + "nigora's new password\n").returncode == 0
    r = cw(folder, "workspace", "rotate-key", stdin="nigora's new password\n")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Workspace key rotated: 2 backup(s) rewritten under the new key, 0 unreadable")

    for who, password in (("karim", KARIM), ("nigora", PASSWORD)):
        stolen = key_of(folder, who, password, keys_folder=kept)  # the kept file still unwraps its old key
        assert not any(integrity.opens(f, stolen) for f in files_of(folder)), who
    new_key = key_of(folder, password="nigora's new password")
    assert all(integrity.backup_intact(f, new_key) for f in files_of(folder)[1:])
    r = cw(folder, "case", "list", "--json", stdin="nigora's new password\n")
    assert r.returncode == 0 and len(json.loads(r.stdout)) == 1
    assert "rotation" not in json.loads((folder / "keys.json").read_text())
    # The kept keys file beside today's database: one line, not the children.
    shutil.copy(folder / "case.db", kept / "case.db")
    r = cw(kept, "case", "list", user="karim", stdin=KARIM + "\n")
    assert r.returncode == 1 and "does not open with this workspace's key" in r.stderr


def test_an_account_an_earlier_program_wrapped_holds_the_rotation_until_it_signs_in(office_of_two):
    folder = office_of_two
    raw = json.loads((folder / "keys.json").read_text())
    for name in ("public", "sealed"):
        del raw["accounts"]["karim"][name]
    (folder / "keys.json").write_text(json.dumps(raw))
    before = (folder / "keys.json").read_bytes()
    r = cw(folder, "workspace", "rotate-key")
    assert r.returncode == 1
    assert r.stderr.strip().startswith("caseworker: These accounts have not signed in since this version")
    assert ": karim. Ask each to sign in once" in r.stderr
    assert (folder / "keys.json").read_bytes() == before
    assert integrity.opens(folder / "case.db", key_of(folder))


def test_a_caseworker_may_not_rotate_the_key(office_of_two):
    r = cw(office_of_two, "workspace", "rotate-key", user="karim", stdin=KARIM + "\n")
    assert r.returncode == 1 and r.stderr.strip() == "caseworker: Your account may not rotate the workspace key."


CUT = """
import os, sys
count, at = 0, int(sys.argv[2])
real_replace, real_fsync = os.replace, os.fsync

def cut(real):
    def step(*args, **kwargs):
        global count
        count += 1
        if count == at:
            os._exit(9)  # the power goes: nothing is closed, nothing flushed
        return real(*args, **kwargs)
    return step

os.replace, os.fsync = cut(real_replace), cut(real_fsync)
from caseworker.app.session import Session
with Session.open(sys.argv[1], "nigora", sys.argv[3]) as s:
    s.rotation.rotate()
"""


def test_a_rotation_cut_at_any_step_leaves_one_working_key_and_nothing_unreadable(office_of_two, tmp_path):
    folder = office_of_two
    kept = tmp_path / "kept"
    kept.mkdir()
    shutil.copy(folder / "keys.json", kept / "keys.json")
    cuts = 0
    for at in range(1, 60):
        r = subprocess.run([sys.executable, "-c", CUT, str(folder), str(at), PASSWORD], capture_output=True, text=True,
                           timeout=120)
        if r.returncode == 0:
            break
        assert r.returncode == 9, r.stderr
        cuts += 1
        # The next unlock finds which key the database took, and finishes or forgets the rest.
        r = cw(folder, "case", "list", "--json")
        assert r.returncode == 0, (at, r.stderr)
        assert len(json.loads(r.stdout)) == 1
        assert "rotation" not in json.loads((folder / "keys.json").read_text())
        key = key_of(folder)
        assert all(integrity.backup_intact(f, key) for f in files_of(folder)[1:]), at
        assert cw(folder, "workspace", "check").returncode == 0
    else:
        pytest.fail("the rotation never finished")
    assert cuts >= 5  # keys.json twice, the database, two backups: each a place to cut
    key = key_of(folder)
    stolen = key_of(folder, keys_folder=kept)
    assert stolen != key and not any(integrity.opens(f, stolen) for f in files_of(folder))
