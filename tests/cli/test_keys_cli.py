"""Keys and files at rest, through the real command line (docs/workspace.md "Threat model"):
one refusal is one line, two programs on one workspace lose no account, passwords as typed."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import unicodedata

from tests.cli.test_cli import P, cw, ws  # noqa: F401 (a fixture)
from tests.conftest import PASSWORD, run_cli


def test_a_database_that_does_not_open_with_the_key_is_one_line_of_ours(ws, tmp_path):  # noqa: F811
    other = tmp_path / "other"
    r = run_cli("init", "--workspace", str(other), "--user", "nigora", "--password-stdin", stdin=P)
    assert r.returncode == 0
    shutil.copy(other / "keys.json", ws / "keys.json")  # the right password, another workspace's key
    r = cw(ws, "case", "list")
    assert r.returncode == 1
    said = f"caseworker: The database in {ws} does not open with this workspace's key."
    assert r.stderr.strip().splitlines() == [said]
    assert "sqlcipher" not in r.stderr.lower() and "ERROR" not in r.stderr


# -- two programs on one workspace ------------------------------------------------------------

DESKTOP = """
import sys
from caseworker.app.session import Session
from caseworker.domain.errors import WrongPassword
session = Session.open(sys.argv[1], "nigora", sys.argv[2])
print("open", flush=True)
sys.stdin.readline()  # meanwhile the command line adds an account
try:
    session.accounts.change_password("not the password", "a new password")  # counted in keys.json
except WrongPassword:
    print("refused", flush=True)
session.close()
"""


def test_an_account_added_by_the_command_line_survives_the_open_desktop_programs_write(ws):  # noqa: F811
    """The desktop program has the workspace open with keys.json read at unlock; the command line
    adds an account; the desktop then records a failed password. The new account still opens."""
    desktop = subprocess.Popen([sys.executable, "-c", DESKTOP, str(ws), PASSWORD], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True)
    try:
        assert desktop.stdout.readline().strip() == "open"
        r = cw(ws, "user", "add", "--new-user", "karim", "--role", "caseworker", stdin=P + "karim's password\n")
        assert r.returncode == 0, r.stderr
        desktop.stdin.write("\n")
        desktop.stdin.flush()
        assert desktop.stdout.readline().strip() == "refused"
        assert desktop.wait(timeout=60) == 0
    finally:
        desktop.kill()
    r = cw(ws, "case", "list", user="karim", stdin="karim's password\n")
    assert r.returncode == 0, r.stderr
    keys = json.loads((ws / "keys.json").read_text())
    assert keys["accounts"]["nigora"]["failures"] == 1  # and the desktop's count is there too


# -- passwords as typed ------------------------------------------------------------------------

CYRILLIC = "Ҷӯйбори ёдгорӣ"  # й, ё, ӯ, ӣ: each one letter composed, two decomposed


def test_the_same_cyrillic_password_opens_whichever_form_the_keyboard_typed(tmp_path):
    nfc, nfd = unicodedata.normalize("NFC", CYRILLIC), unicodedata.normalize("NFD", CYRILLIC)
    assert nfc != nfd
    folder = tmp_path / "ws"
    assert run_cli("init", "--workspace", str(folder), "--user", "nigora", "--password-stdin",
                   stdin=nfd + "\n").returncode == 0
    for typed in (nfc, nfd):
        r = cw(folder, "case", "list", stdin=typed + "\n")
        assert r.returncode == 0, r.stderr


def test_a_wrap_written_from_the_password_as_typed_is_rewritten_in_nfc_at_the_next_unlock(tmp_path):
    from caseworker.store import keys as keys_file

    nfc, nfd = unicodedata.normalize("NFC", CYRILLIC), unicodedata.normalize("NFD", CYRILLIC)
    folder = tmp_path / "ws"
    assert run_cli("init", "--workspace", str(folder), "--user", "nigora", "--password-stdin", stdin=P).returncode == 0
    # As an older program wrote it: derived from the decomposed form as typed, with no "form".
    keys = keys_file.KeysFile.load(folder)
    key, account, _ = keys.unwrap(folder, "nigora", PASSWORD)
    salt, nonce = b"s" * 16, b"n" * 12
    kek = keys_file._derive(nfd, salt, account.kdf, form="typed")
    wrapped = keys_file.AESGCM(kek).encrypt(nonce, key, keys_file._aad(keys.workspace_id, "nigora"))
    raw = json.loads((folder / "keys.json").read_text())
    entry = raw["accounts"]["nigora"]
    entry.update(salt=keys_file._b64(salt), nonce=keys_file._b64(nonce), wrapped=keys_file._b64(wrapped))
    for name in ("form", "public", "sealed"):  # an earlier program wrote none of these
        del entry[name]
    (folder / "keys.json").write_text(json.dumps(raw))

    assert cw(folder, "case", "list", stdin=nfd + "\n").returncode == 0  # as typed then
    renewed = json.loads((folder / "keys.json").read_text())["accounts"]["nigora"]
    assert renewed["form"] == "nfc" and renewed["public"] and renewed["sealed"]  # and with its key pair
    for typed in (nfc, nfd):
        assert cw(folder, "case", "list", stdin=typed + "\n").returncode == 0
    r = cw(folder, "case", "list", stdin=PASSWORD + "\n")
    assert r.returncode == 1 and "wrong" in r.stderr.lower()


def test_a_password_of_spaces_is_refused_and_nothing_is_added(ws):  # noqa: F811
    before = (ws / "keys.json").read_bytes()
    r = cw(ws, "user", "add", "--new-user", "karim", "--role", "caseworker", stdin=P + " " * 8 + "\n")
    assert r.returncode == 1
    assert r.stderr.strip() == "caseworker: A password cannot be only spaces."
    assert (ws / "keys.json").read_bytes() == before
    r = cw(ws, "user", "list")
    assert r.returncode == 0 and "karim" not in r.stdout
