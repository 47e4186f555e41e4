"""Enrolment as BUNDLES.md "Keys and trust" asks: the office's root identity, a laptop's
request, approval only with the fingerprint read from the laptop's screen, completion only
with the office's fingerprint, certificates the office signed, and revocation. Every refusal
names what went wrong and leaves both workspaces as they were."""

from __future__ import annotations

import json

import pytest

from caseworker.app.session import Session
from caseworker.domain.accounts import Role
from caseworker.domain.errors import (
    AlreadyEnrolled,
    DeviceRevoked,
    EnrolmentFileInvalid,
    FingerprintMismatch,
    NoRecoveryWrap,
    NotALaptop,
    NotAnOffice,
    NotPermitted,
    RecoveryRefused,
    TwoAdminsNeeded,
)
from caseworker.store import identities
from tests.conftest import PASSWORD


@pytest.fixture
def admin(office):
    with Session.open(office, "admin", PASSWORD) as s:
        yield s


def request_from(laptop, tmp_path) -> tuple:
    path = tmp_path / "request.json"
    fingerprint = laptop.enrolment.request("Ваҳдат", path)
    return path, fingerprint


def test_a_laptop_enrols_with_the_office_both_fingerprints_confirmed(admin, laptop, tmp_path):
    office_fp = admin.enrolment.office_fingerprint()
    request, device_fp = request_from(laptop, tmp_path)
    assert device_fp != office_fp
    row = admin.enrolment.approve(request, device_fp, tmp_path / "approval.json")
    assert (row["device_id"], row["district"], row["serial"]) == (laptop.workspace.device_id, "Ваҳдат", 1)
    certificate = laptop.enrolment.complete(tmp_path / "approval.json", office_fp)
    assert certificate.device_id == laptop.workspace.device_id and certificate.serial == 1
    assert laptop.enrolment.trusted_office().keys.fingerprint == office_fp
    assert laptop.enrolment.trusted_office().name == "Dushanbe office"
    [listed] = admin.enrolment.devices()
    assert listed["fingerprint"] == device_fp and listed["revoked_at"] is None
    # The same keys every time: a second request shows the same fingerprint.
    assert request_from(laptop, tmp_path)[1] == device_fp
    with pytest.raises(AlreadyEnrolled):
        laptop.enrolment.complete(tmp_path / "approval.json", office_fp)


def test_the_office_refuses_a_request_whose_fingerprint_is_not_the_one_read_out(admin, laptop, tmp_path):
    request, _ = request_from(laptop, tmp_path)
    (tmp_path / "other_laptop").mkdir()
    with Session.create(tmp_path / "other", "farrukh", PASSWORD) as someone_else:
        _, other_fp = request_from(someone_else, tmp_path / "other_laptop")
    with pytest.raises(FingerprintMismatch) as refused:
        admin.enrolment.approve(request, other_fp, tmp_path / "approval.json")
    assert other_fp in refused.value.message.english()
    assert admin.enrolment.devices() == []
    assert not (tmp_path / "approval.json").exists()


def test_the_laptop_refuses_an_office_whose_fingerprint_is_not_the_one_given(admin, laptop, tmp_path, office):
    request, device_fp = request_from(laptop, tmp_path)
    admin.enrolment.approve(request, device_fp, tmp_path / "approval.json")
    impostor = Session.create(tmp_path / "impostor", "admin", PASSWORD, office_name="Dushanbe office")
    with pytest.raises(FingerprintMismatch):
        laptop.enrolment.complete(tmp_path / "approval.json", impostor.enrolment.office_fingerprint())
    # An impostor office that signs the same request gets nowhere with the real fingerprint either.
    impostor.enrolment.approve(request, device_fp, tmp_path / "forged.json")
    impostor.close()
    with pytest.raises(FingerprintMismatch):
        laptop.enrolment.complete(tmp_path / "forged.json", admin.enrolment.office_fingerprint())
    assert laptop.enrolment.trusted_office() is None


@pytest.mark.parametrize("damage", ["signature", "district", "office_key", "truncated", "duplicate_key", "garbage"])
def test_a_damaged_or_forged_approval_is_refused(admin, laptop, tmp_path, damage):
    request, device_fp = request_from(laptop, tmp_path)
    approval = tmp_path / "approval.json"
    admin.enrolment.approve(request, device_fp, approval)
    data = approval.read_bytes()
    document = json.loads(data)
    if damage == "signature":
        sig = document["certificate"]["signature"]
        document["certificate"]["signature"] = ("A" if sig[0] != "A" else "B") + sig[1:]
    elif damage == "district":
        document["certificate"]["body"]["district"] = "Ҳисор"  # changed after signing
    elif damage == "office_key":
        other = Session.create(tmp_path / "o2", "admin", PASSWORD, office_name="Other")
        document["office"] = json.loads(json.dumps(other.enrolment.office_identity().public.record()))
        other.close()
    if damage == "truncated":
        approval.write_bytes(data[: len(data) // 2])
    elif damage == "duplicate_key":
        approval.write_bytes(data.replace(b'{"certificate":', b'{"format":1,"certificate":', 1))
    elif damage == "garbage":
        approval.write_bytes(b"\x00\x9f garbage")
    else:
        approval.write_bytes(json.dumps(document).encode())
    with pytest.raises(EnrolmentFileInvalid):
        laptop.enrolment.complete(approval, admin.enrolment.office_fingerprint())
    assert laptop.enrolment.trusted_office() is None


def test_an_approval_for_another_laptop_is_refused(admin, laptop, tmp_path):
    other = Session.create(tmp_path / "other", "farrukh", PASSWORD)
    (tmp_path / "o").mkdir()
    request, fp = request_from(other, tmp_path / "o")
    other.close()
    admin.enrolment.approve(request, fp, tmp_path / "approval.json")
    with pytest.raises(EnrolmentFileInvalid) as refused:
        laptop.enrolment.complete(tmp_path / "approval.json", admin.enrolment.office_fingerprint())
    assert "another laptop" in refused.value.message.english()


def test_a_revoked_device_cannot_enrol_again_and_only_an_admin_enrols_or_revokes(office, admin, laptop, tmp_path):
    request, fp = request_from(laptop, tmp_path)
    row = admin.enrolment.approve(request, fp, tmp_path / "approval.json")
    admin.enrolment.revoke(row["device_id"], "laptop stolen in Vahdat")
    [listed] = admin.enrolment.devices()
    assert listed["revoked_at"] and listed["revocation_reason"] == "laptop stolen in Vahdat"
    with pytest.raises(DeviceRevoked):
        admin.enrolment.approve(request, fp, tmp_path / "again.json")
    with Session.open(office, "sabina", PASSWORD) as supervisor:
        with pytest.raises(NotPermitted):
            supervisor.enrolment.revoke(row["device_id"], "x")
        with pytest.raises(NotPermitted):
            supervisor.enrolment.approve(request, fp, tmp_path / "sabina.json")
    actions = [e["action"] for e in admin.workspace.read(lambda c: [
        {"action": r[0]} for r in c.execute("SELECT action FROM audit ORDER BY seq")])]
    assert {"device_enrol", "device_revoke", "refusal"} <= set(actions)


def test_each_side_does_only_its_own_part(admin, laptop, tmp_path):
    with pytest.raises(NotALaptop):
        admin.enrolment.request("Ваҳдат", tmp_path / "r.json")
    with pytest.raises(NotAnOffice):
        laptop.enrolment.office_fingerprint()


def test_private_keys_stay_inside_the_encrypted_database(admin, laptop, tmp_path):
    request, _fingerprint = request_from(laptop, tmp_path)
    stored = laptop.workspace.read(identities.own, identities.DEVICE)
    for secret in stored.values():
        assert secret.encode() not in request.read_bytes()
        for path in laptop.workspace.folder.rglob("*"):
            if path.is_file():
                assert secret.encode() not in path.read_bytes(), path.name


def enrolled_laptop(admin, laptop, tmp_path):
    request, fp = request_from(laptop, tmp_path)
    admin.enrolment.approve(request, fp, tmp_path / "approval.json")
    laptop.enrolment.complete(tmp_path / "approval.json", admin.enrolment.office_fingerprint())


def test_two_office_admins_reopen_a_laptop_whose_passwords_are_forgotten(office, admin, laptop, tmp_path):
    from caseworker.domain.errors import WrongPassword
    from tests.conftest import child

    [case_id] = laptop.cases.add([child()]).ids
    enrolled_laptop(admin, laptop, tmp_path)
    folder = laptop.workspace.folder
    laptop.close()
    admin.accounts.add("rustam", PASSWORD, "admin")
    with pytest.raises(TwoAdminsNeeded):
        admin.recovery.recover(folder, "admin", PASSWORD, "nigora2", "a new password")
    with pytest.raises(TwoAdminsNeeded):
        admin.recovery.recover(folder, "sabina", PASSWORD, "nigora2", "a new password")  # not an admin
    with pytest.raises(WrongPassword):
        admin.recovery.recover(folder, "rustam", "not his password", "nigora2", "a new password")
    admin.recovery.recover(folder, "rustam", PASSWORD, "nigora", "a new password")
    with pytest.raises(WrongPassword):
        Session.open(folder, "nigora", PASSWORD)  # the forgotten password no longer opens it
    with Session.open(folder, "nigora", "a new password") as reopened:
        assert reopened.cases.get(case_id).surname == "Қаюмова"
        assert reopened.user.has(Role.CASEWORKER) and reopened.user.has(Role.ADMIN)
        entries = reopened.workspace.read(lambda c: c.execute(
            "SELECT action, detail FROM audit WHERE action = 'workspace_recovered'").fetchall())
        assert len(entries) == 1 and "rustam" in entries[0][1]
        assert reopened.maintenance.verify_audit() > 0
    assert admin.workspace.read(lambda c: c.execute(
        "SELECT count(*) FROM audit WHERE action = 'workspace_recover'").fetchone()[0]) == 1


def test_another_office_cannot_reopen_a_laptop_and_an_unenrolled_laptop_cannot_be_reopened(admin, laptop, tmp_path):
    folder = laptop.workspace.folder
    other = Session.create(tmp_path / "other_office", "boss", PASSWORD, office_name="Other office")
    other.accounts.add("deputy", PASSWORD, "admin")
    with pytest.raises(NoRecoveryWrap):
        other.recovery.recover(folder, "deputy", PASSWORD, "x_user", "a new password")
    enrolled_laptop(admin, laptop, tmp_path)
    with pytest.raises(RecoveryRefused):
        other.recovery.recover(folder, "deputy", PASSWORD, "x_user", "a new password")
    other.close()
    keys = json.loads((folder / "keys.json").read_text())
    assert "x_user" not in keys["accounts"] and "recovery" in keys


def test_a_laptop_that_rotated_its_key_is_still_reopened_by_the_office(office, admin, laptop, tmp_path):
    """The recovery wrap is rewritten for the new key with the rest (app/rotation.py)."""
    from tests.conftest import child

    [case_id] = laptop.cases.add([child()]).ids
    enrolled_laptop(admin, laptop, tmp_path)
    old = laptop.workspace.data_key
    laptop.rotation.rotate()
    assert laptop.workspace.data_key != old
    folder = laptop.workspace.folder
    laptop.close()
    admin.accounts.add("rustam", PASSWORD, "admin")
    admin.recovery.recover(folder, "rustam", PASSWORD, "nigora", "a new password")
    with Session.open(folder, "nigora", "a new password") as reopened:
        assert reopened.cases.get(case_id).surname == "Қаюмова"


# -- certificates expire, and are renewed without re-enrolment --------------------------------

def test_an_expired_certificate_is_refused_by_the_office_until_it_is_renewed(admin, laptop, tmp_path, monkeypatch):
    """Issued six years ago by the office's clock: five years of validity are over. The laptop's
    bundle is refused (kept on the laptop, nothing applied); renewed at the office, the same
    bundle is taken, and the renewed certificate reaches the laptop in its return bundle."""
    import datetime as dt

    from caseworker.app import enrolment
    from caseworker.domain.errors import BundleRefused
    from tests.app import thief
    from tests.conftest import child

    today = enrolment._today()
    monkeypatch.setattr(enrolment, "_today", lambda: today.replace(year=today.year - 6))
    enrolled_laptop(admin, laptop, tmp_path)
    monkeypatch.undo()
    device = laptop.workspace.device_id
    [listed] = admin.enrolment.devices()
    assert listed["expires"] < today.isoformat() and listed["expires_soon"]

    [case_id] = laptop.cases.add([child()]).ids
    bundle = laptop.bundles.export(tmp_path / "stick").new
    before = thief.office_tables(admin)
    with pytest.raises(BundleRefused) as refused:
        admin.bundles.import_file(bundle)
    assert refused.value.params["code"] == "certificate_expired"
    assert thief.office_tables(admin) == before

    renewed = admin.enrolment.renew(device)
    assert renewed.serial == listed["serial"] and renewed.expires > today.isoformat()
    [listed] = admin.enrolment.devices()
    assert not listed["expires_soon"]
    admin.bundles.import_file(bundle)  # the same bundle, the old certificate in its header
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        assert supervisor.cases.get(case_id).surname == "Қаюмова"

    assert laptop.enrolment.certificate_expires() < today.isoformat()
    for path in admin.bundles.export(tmp_path / "back", device=device).paths:
        laptop.bundles.import_file(path)
    assert laptop.enrolment.certificate_expires() == renewed.expires
    assert laptop.enrolment.certificate_expires() > (today + dt.timedelta(days=4 * 365)).isoformat()


def test_a_revoked_laptop_is_not_renewed(admin, laptop, tmp_path):
    from caseworker.domain.errors import DeviceRevoked

    enrolled_laptop(admin, laptop, tmp_path)
    admin.enrolment.revoke(laptop.workspace.device_id, "stolen on the road")
    with pytest.raises(DeviceRevoked):
        admin.enrolment.renew(laptop.workspace.device_id)
