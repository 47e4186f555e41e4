"""Accounts: wrong passwords, back-off, adding accounts, changing a password (rewrap only)."""

from __future__ import annotations

import pytest

from caseworker.app.session import Session
from caseworker.domain.errors import (
    AccountExists,
    InvalidAccountName,
    LockedOut,
    UnknownRole,
    WeakPassword,
    WorkspaceExists,
    WorkspaceNotFound,
    WrongPassword,
)
from tests.conftest import PASSWORD, child


def files(folder):
    # keys.json counts the failure (under its empty lock file, keys.lock); nothing else changes.
    return {p.name: p.read_bytes() for p in folder.iterdir()
            if p.is_file() and p.name not in ("keys.json", "keys.lock")}


def test_a_wrong_password_opens_and_changes_nothing(laptop):
    folder = laptop.workspace.folder
    laptop.cases.add([child()])
    laptop.close()
    before = files(folder)
    with pytest.raises(WrongPassword):
        Session.open(folder, "nigora", "not the password")
    assert files(folder) == before


def test_failed_logins_are_audited_at_the_next_good_login(laptop):
    folder = laptop.workspace.folder
    laptop.close()
    for _ in range(2):
        with pytest.raises(WrongPassword):
            Session.open(folder, "nigora", "wrong")
    with Session.open(folder, "nigora", PASSWORD) as s:
        rows = s.workspace.read(lambda c: c.execute("SELECT action, detail FROM audit ORDER BY seq").fetchall())
    assert ("login_failed", '{"attempts":2}') in rows


def test_repeated_failures_lock_even_the_right_password_for_a_while(laptop):
    folder = laptop.workspace.folder
    laptop.close()
    for _ in range(3):
        with pytest.raises(WrongPassword):
            Session.open(folder, "nigora", "wrong")
    with pytest.raises(LockedOut) as locked:
        Session.open(folder, "nigora", PASSWORD)
    assert 0 < locked.value.params["seconds"] <= 5


def test_a_new_account_logs_in_with_its_roles(laptop):
    laptop.accounts.add("farrukh", "farrukh's password", "caseworker,supervisor")
    with Session.open(laptop.workspace.folder, "farrukh", "farrukh's password") as s:
        assert {r.value for r in s.user.roles} == {"caseworker", "supervisor"}


@pytest.mark.parametrize(
    ("name", "password", "roles", "error"),
    [
        ("nigora", "long enough", "caseworker", AccountExists),
        ("bad name!", "long enough", "caseworker", InvalidAccountName),
        ("farrukh", "short", "caseworker", WeakPassword),
        ("farrukh", "long enough", "caseworker,boss", UnknownRole),
    ],
)
def test_bad_accounts_are_refused_and_nothing_is_added(laptop, name, password, roles, error):
    with pytest.raises(error):
        laptop.accounts.add(name, password, roles)
    assert [u["name"] for u in laptop.accounts.list()] == ["nigora"]
    assert set(laptop.workspace.keys.accounts) == {"nigora"}


def test_changing_a_password_rewraps_without_rewriting_the_database(laptop):
    folder = laptop.workspace.folder
    laptop.cases.add([child()])
    key_before = laptop.workspace.data_key
    backup = laptop.maintenance.backup()
    salt_before = (folder / "case.db").read_bytes()[:16]  # SQLCipher's per-file salt
    with pytest.raises(WrongPassword):
        laptop.accounts.change_password("wrong old", "brand new password")
    laptop.accounts.change_password(PASSWORD, "brand new password")
    laptop.close()
    with pytest.raises(WrongPassword):
        Session.open(folder, "nigora", PASSWORD)
    assert (folder / "case.db").read_bytes()[:16] == salt_before  # the same file, not a rewritten one
    with Session.open(folder, "nigora", "brand new password") as s:
        assert len(s.cases.list()) == 1
        # The wrap changed; the data key, and so the database and its backups, did not.
        assert s.workspace.data_key == key_before
        s.maintenance.restore(backup)  # a backup made under the old password still opens
        assert len(s.cases.list()) == 1


def test_creating_over_an_existing_folder_is_refused(laptop):
    with pytest.raises(WorkspaceExists):
        Session.create(laptop.workspace.folder, "other", PASSWORD)


def test_opening_a_folder_without_a_workspace_is_a_clear_error(tmp_path):
    with pytest.raises(WorkspaceNotFound):
        Session.open(tmp_path, "nigora", PASSWORD)
