"""The workspace's files at rest, through the real command line: a folder open to others is made
the owner's alone (and the user told), backups never leave the workspace through a link, and the
tests' weak key profile has no place in an installed program (docs/workspace.md)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

import pytest

from tests.cli.test_cli import P, cw, ws  # noqa: F401 (a fixture)
from tests.conftest import PASSWORD

posix = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")


def mode(path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@posix
def test_a_workspace_open_to_others_is_made_the_owners_alone_and_the_user_told(ws):  # noqa: F811
    assert cw(ws, "backup", "create").returncode == 0
    [backup] = list((ws / "backups").iterdir())
    os.chmod(ws, 0o755)
    os.chmod(ws / "case.db", 0o644)
    os.chmod(backup, 0o644)
    r = cw(ws, "case", "list")
    assert r.returncode == 0, r.stderr
    assert r.stderr.strip() == ("caseworker: warning: 3 file(s) or folder(s) of this workspace were open to other "
                                "users of this computer; they are now yours alone.")
    assert (mode(ws), mode(ws / "case.db"), mode(backup), mode(ws / "backups")) == (0o700, 0o600, 0o600, 0o700)
    r = cw(ws, "case", "list")
    assert r.returncode == 0 and r.stderr == ""  # said once: nothing more to mend


@posix
def test_what_the_program_writes_is_the_owners_alone_whatever_the_umask(ws):  # noqa: F811
    old = os.umask(0o022)  # the commands below inherit it
    try:
        assert cw(ws, "user", "add", "--new-user", "karim", "--role", "caseworker",
                  stdin=P + "karim's password\n").returncode == 0
        r = cw(ws, "backup", "create")
        assert r.returncode == 0 and r.stderr == ""
        assert cw(ws, "backup", "restore", r.stdout.strip()).returncode == 0
    finally:
        os.umask(old)
    loose = [p for p in [ws, *ws.rglob("*")] if not p.is_symlink() and mode(p) & 0o077]
    assert loose == []


def test_backups_are_never_written_through_a_link_out_of_the_workspace(ws, tmp_path):  # noqa: F811
    shared = tmp_path / "shared-folder"
    shared.mkdir()
    os.symlink(shared, ws / "backups")
    r = cw(ws, "backup", "create")
    assert r.returncode == 1
    assert r.stderr.strip() == (f"caseworker: {ws / 'backups'} leads out of the workspace (it is a link to another "
                                "place); no backup was made there. Remove the link: backups stay inside the workspace.")
    assert list(shared.iterdir()) == []


INSTALLED = """
import sys
sys.frozen = True  # as PyInstaller's program says it is
from caseworker.main import main
sys.exit(main(sys.argv[1:]))
"""


def test_an_installed_program_refuses_the_tests_weak_key_profile(ws):  # noqa: F811
    env = {**os.environ, "CASEWORKER_KDF_PROFILE": "fast"}
    r = subprocess.run([sys.executable, "-c", INSTALLED, "case", "list", "--workspace", str(ws), "--user", "nigora",
                        "--password-stdin"], input=P, capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 1
    assert r.stderr.strip().startswith("caseworker: CASEWORKER_KDF_PROFILE is set: that weak key profile is for")


def test_a_wrap_made_with_the_weak_profile_is_made_strong_at_the_next_unlock_of_a_real_program(ws):  # noqa: F811
    assert json.loads((ws / "keys.json").read_text())["accounts"]["nigora"]["kdf"]["memory_kib"] == 64
    env = {k: v for k, v in os.environ.items() if k != "CASEWORKER_KDF_PROFILE"}
    r = subprocess.run([sys.executable, "-m", "caseworker", "case", "list", "--workspace", str(ws), "--user", "nigora",
                        "--password-stdin"], input=P, capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 0, r.stderr
    kdf = json.loads((ws / "keys.json").read_text())["accounts"]["nigora"]["kdf"]
    assert kdf == {"memory_kib": 65536, "iterations": 3, "lanes": 4}
    assert cw(ws, "case", "list", stdin=PASSWORD + "\n").returncode == 0
