"""The audit chain catches tampering; backups are encrypted, rotated and restore every record."""

from __future__ import annotations

import pytest

from caseworker.app import demo
from caseworker.domain.errors import AuditChainBroken, BackupDamaged, BackupNotFound
from caseworker.store import backup, cases, search
from tests.conftest import child


def everything(session):
    def read(conn):
        return {
            table: conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("cases", "users", "meta")
        } | {"search": [(score, row["id"]) for score, row in search.search(conn, "Rahimov Ҷалолова Sitora", None, 50)]}

    return session.workspace.read(read)


def test_an_intact_log_verifies(laptop):
    laptop.cases.add([child()])
    assert laptop.maintenance.verify_audit() >= 2


@pytest.mark.parametrize(
    "tamper",
    [
        "UPDATE audit SET action = 'view' WHERE seq = 2",
        "UPDATE audit SET record = 'another-case' WHERE seq = 2",
        "DELETE FROM audit WHERE seq = 2",
        "DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)",
    ],
)
def test_an_edited_or_removed_entry_is_caught_and_named(laptop, tamper):
    laptop.cases.add([child(), child(given_name="Зарина")])
    last = laptop.workspace.read(lambda c: c.execute("SELECT max(seq) FROM audit").fetchone()[0])
    laptop.workspace.read(lambda c: c.execute(tamper))
    with pytest.raises(AuditChainBroken) as broken:
        laptop.maintenance.verify_audit()
    expected = last if "max(seq)" in tamper else 2
    assert broken.value.params["seq"] == expected
    assert f"broken at entry {expected}" in str(broken.value)


def test_restore_brings_back_every_record(laptop):
    laptop.cases.add(list(demo.cases(40)), check_duplicates=False)
    name = laptop.maintenance.backup()
    saved = everything(laptop)
    [extra] = laptop.cases.add([child()]).ids
    first = saved["cases"][0][1]
    laptop.cases.edit(first, {"summary": "changed after the backup"})
    laptop.cases.delete(saved["cases"][1][1])
    laptop.maintenance.restore(name)
    restored = everything(laptop)
    for table in ("cases", "users", "search"):
        assert restored[table] == saved[table], table
    assert laptop.workspace.read(cases.get, extra) is None
    # The restore itself is audited, and a safety backup of the replaced data was taken.
    assert laptop.maintenance.verify_audit() > 0
    assert len(laptop.maintenance.backups()) == 2


def test_backups_are_encrypted_and_rotated(laptop):
    laptop.cases.add([child()])
    for _ in range(backup.KEEP + 2):
        laptop.maintenance.backup()
    names = laptop.maintenance.backups()
    assert len(names) == backup.KEEP
    data = (laptop.workspace.folder / "backups" / names[-1]).read_bytes()
    assert not data.startswith(b"SQLite format 3") and "Қаюмова".encode() not in data


def test_restoring_a_missing_or_damaged_backup_changes_nothing(laptop):
    laptop.cases.add([child()])
    name = laptop.maintenance.backup()
    before = everything(laptop)
    with pytest.raises(BackupNotFound):
        laptop.maintenance.restore("backup-19990101T000000Z.cwbackup")
    with pytest.raises(BackupNotFound):
        laptop.maintenance.restore("../keys.json")
    path = laptop.workspace.folder / "backups" / name
    data = bytearray(path.read_bytes())
    data[5000:5100] = bytes(100)
    path.write_bytes(bytes(data))
    with pytest.raises(BackupDamaged):
        laptop.maintenance.restore(name)
    after = everything(laptop)
    assert after["cases"] == before["cases"] and after["users"] == before["users"]


def test_an_account_added_after_the_restored_backup_is_told_clearly(laptop):
    from caseworker.app.session import Session
    from caseworker.domain.errors import AccountMissing

    name = laptop.maintenance.backup()
    laptop.accounts.add("farrukh", "farrukh password", "caseworker")
    laptop.maintenance.restore(name)
    with pytest.raises(AccountMissing) as missing:
        Session.open(laptop.workspace.folder, "farrukh", "farrukh password")
    assert "was an older backup restored?" in str(missing.value)
