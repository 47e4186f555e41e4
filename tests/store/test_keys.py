"""The keys file: wraps per account, bound to the workspace, capped parameters, stored back-off."""

from __future__ import annotations

import json
import os

import pytest

from caseworker.domain.errors import LockedOut, WorkspaceDamaged, WrongPassword
from caseworker.store.keys import CAP, FAST, STRONG, KeysFile, lockout_remaining


def make(tmp_path, kdf=FAST):
    keys = KeysFile("ws-1", "dev-1", "laptop", None, {})
    key = os.urandom(32)
    keys.wrap("alice", "u-1", "alice password", key, kdf)
    keys.save(tmp_path)
    return keys, key


def test_the_strong_profile_is_the_one_design_asks_for():
    assert (STRONG.memory_kib, STRONG.iterations) == (64 * 1024, 3)


def test_unwrap_gives_back_the_data_key(tmp_path):
    _, key = make(tmp_path)
    got, account, failures = KeysFile.load(tmp_path).unwrap(tmp_path, "alice", "alice password")
    assert got == key and account.user_id == "u-1" and failures == 0


def test_the_file_holds_no_key_and_no_password(tmp_path):
    _, key = make(tmp_path)
    raw = (tmp_path / "keys.json").read_bytes()
    assert key.hex().encode() not in raw and key not in raw and b"alice password" not in raw


def test_a_wrap_moved_to_another_account_or_workspace_does_not_open(tmp_path):
    keys, _ = make(tmp_path)
    keys.accounts["mallory"] = keys.accounts["alice"]  # copy alice's wrap under another name
    with pytest.raises(WrongPassword):
        keys.unwrap(tmp_path, "mallory", "alice password")
    other = KeysFile("ws-2", "dev-1", "laptop", None, {"alice": keys.accounts["alice"]})
    with pytest.raises(WrongPassword):
        other.unwrap(tmp_path, "alice", "alice password")


def test_wrong_passwords_are_counted_in_the_file_and_back_off(tmp_path):
    make(tmp_path)
    now = 1_000_000.0
    for _ in range(3):
        with pytest.raises(WrongPassword):
            KeysFile.load(tmp_path).unwrap(tmp_path, "alice", "nope", now=now)
    # A fresh load (a restarted program) still knows: even the right password waits.
    with pytest.raises(LockedOut) as refused:
        KeysFile.load(tmp_path).unwrap(tmp_path, "alice", "alice password", now=now + 1)
    assert refused.value.params["seconds"] == 4
    assert "try again in 4 s" in str(refused.value)
    _, _, failures = KeysFile.load(tmp_path).unwrap(tmp_path, "alice", "alice password", now=now + 6)
    assert failures == 3
    assert KeysFile.load(tmp_path).accounts["alice"].failures == 0


def test_back_off_doubles_and_is_capped():
    assert lockout_remaining(2, 0, 0) == 0
    assert [lockout_remaining(n, 0, 0) for n in (3, 4, 5)] == [5, 10, 20]
    assert lockout_remaining(50, 0, 0) == 15 * 60


def test_unknown_account_is_the_same_answer_as_a_wrong_password(tmp_path):
    make(tmp_path)
    with pytest.raises(WrongPassword):
        KeysFile.load(tmp_path).unwrap(tmp_path, "nobody", "whatever")


def test_parameters_read_back_are_capped(tmp_path):
    make(tmp_path)
    raw = json.loads((tmp_path / "keys.json").read_text())
    raw["accounts"]["alice"]["kdf"].update(memory_kib=2**40, iterations=10**9, lanes=10**6)
    (tmp_path / "keys.json").write_text(json.dumps(raw))
    account = KeysFile.load(tmp_path).accounts["alice"]
    assert account.kdf == CAP


@pytest.mark.parametrize("damage", ["not json", '{"format": 99}', '{"format": 1, "accounts": []}'])
def test_a_damaged_keys_file_is_a_clear_error(tmp_path, damage):
    make(tmp_path)
    (tmp_path / "keys.json").write_text(damage)
    with pytest.raises(WorkspaceDamaged):
        KeysFile.load(tmp_path)
