"""The office's site package: `office package` writes a site file the office signs and a
handover sheet with its fingerprint; a laptop set up with it starts with the office's settings
and enrols with that office only; a site file altered in any way is refused, saying why."""

from __future__ import annotations

import json

import pytest

from caseworker.app import site
from caseworker.app.session import Session
from caseworker.domain.errors import DropUrlInvalid, NotTheExpectedOffice, SiteInvalid
from tests.conftest import PASSWORD
from tests.sync.conftest import free_port

PIN = "ab" * 32


@pytest.fixture
def packaged(office, tmp_path, monkeypatch):
    with Session.open(office, "admin", PASSWORD) as admin:
        path, fingerprint = site.package(admin, tmp_path / "dist", f"https://drop.example.tj:{free_port()}", PIN,
                                         "ru", 15, 3)
        assert fingerprint == admin.enrolment.office_fingerprint()
    monkeypatch.setenv(site.ENV, str(path))
    return path, fingerprint


def test_a_laptop_set_up_with_the_site_file_takes_the_offices_settings(packaged, tmp_path):
    path, fingerprint = packaged
    sheet = (path.parent / "handover.txt").read_text(encoding="utf-8")
    assert fingerprint in sheet and "Dushanbe office" in sheet and "Изи калиди идора" in sheet
    found = site.find()
    assert found.fingerprint == fingerprint and found.office.name == "Dushanbe office"
    with Session.create(tmp_path / "laptop", "nigora", PASSWORD) as laptop:
        site.apply(laptop, found)
        assert laptop.drop.settings()["pin"] == PIN
        assert laptop.settings.get().idle_lock_minutes == 15
        assert laptop.drafts.language() == "ru"
        name = laptop.maintenance.backup()
        for _ in range(4):
            laptop.maintenance.backup()
        assert len(laptop.maintenance.backups()) == 3 and name not in laptop.maintenance.backups()


def test_a_laptop_set_up_with_the_site_file_enrols_with_that_office_only(packaged, tmp_path, office):
    with Session.create(tmp_path / "other", "admin", PASSWORD, office_name="Another office") as other, \
            Session.create(tmp_path / "laptop", "nigora", PASSWORD) as laptop:
        site.apply(laptop, site.find())
        fingerprint = laptop.enrolment.request("Ваҳдат", tmp_path / "request.json")
        other.enrolment.approve(tmp_path / "request.json", fingerprint, tmp_path / "approval.json")
        with pytest.raises(NotTheExpectedOffice):
            laptop.enrolment.complete(tmp_path / "approval.json", other.enrolment.office_fingerprint())
        assert laptop.enrolment.trusted_office() is None
        with Session.open(office, "admin", PASSWORD) as admin:
            admin.enrolment.approve(tmp_path / "request.json", fingerprint, tmp_path / "right.json")
            laptop.enrolment.complete(tmp_path / "right.json", admin.enrolment.office_fingerprint())
        assert laptop.enrolment.trusted_office().name == "Dushanbe office"


@pytest.mark.parametrize("damage", ["setting", "office_name", "signature", "not_json"])
def test_a_site_file_altered_in_any_way_is_refused(packaged, damage):
    path, _fingerprint = packaged
    doc = json.loads(path.read_text(encoding="utf-8"))
    if damage == "setting":
        doc["site"]["body"]["settings"]["drop_url"] = "https://elsewhere.example"
    elif damage == "office_name":
        doc["office"]["body"]["name"] = "An office"
    elif damage == "signature":
        doc["site"]["signature"] = doc["office"]["signature"]
    if damage == "not_json":
        path.write_bytes(b"{not json")
    else:
        path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(SiteInvalid) as refused:
        site.find()
    assert str(path) in refused.value.message.english()


def test_no_site_file_is_no_site_and_a_bad_drop_is_refused_when_packaging(office, tmp_path, monkeypatch):
    monkeypatch.setenv(site.ENV, str(tmp_path / "none" / "site.json"))
    assert site.find() is None
    with Session.open(office, "admin", PASSWORD) as admin, pytest.raises(DropUrlInvalid):
        site.package(admin, tmp_path / "dist", "http://drop.example.tj", PIN)
    assert not (tmp_path / "dist" / "site.json").exists()
