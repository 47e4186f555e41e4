"""Hostile files at the office, through the real command line (issue 15): each is refused with
its code, quarantined and audited, the others on the same stick are still read, and nothing of
the workspace changes but for the quarantine and the audit entry."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from caseworker.app.session import Session
from caseworker.domain.errors import DistrictNotPlain
from caseworker.sync import enrolment as documents
from caseworker.sync.container import FORMAT, MAGIC, PREFIX, SIGNATURE_BYTES
from caseworker.sync.identity import Identity
from tests.cli.test_cli import P, cw
from tests.conftest import PASSWORD, run_cli


def bundle_of(header: bytes) -> bytes:
    return PREFIX.pack(MAGIC, FORMAT, len(header)) + header + bytes(SIGNATURE_BYTES)


def office(tmp_path):
    folder = tmp_path / "office"
    assert run_cli("init", "--office", "O", "--workspace", str(folder), "--user", "admin", "--password-stdin",
                   stdin=P).returncode == 0
    return folder


def test_a_header_holding_half_a_surrogate_pair_is_refused_and_the_next_file_still_read(tmp_path):
    folder = office(tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "a-surrogate.cwbundle").write_bytes(bundle_of(b'{"bundle_id":"\\ud800","format":1}'))
    (stick / "b-junk.cwbundle").write_bytes(b"not a bundle at all")
    r = cw(folder, "bundle", "import", str(stick / "a-surrogate.cwbundle"), str(stick / "b-junk.cwbundle"),
           user="admin")
    assert r.returncode == 1 and "Traceback" not in r.stderr and "internal error" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 2
    assert "a-surrogate.cwbundle: refused (header_invalid)" in lines[0]
    assert "b-junk.cwbundle: refused (not_a_bundle)" in lines[1]
    assert len(list((folder / "quarantine").glob("*.cwbundle"))) == 2


def test_a_request_whose_device_id_or_district_could_name_a_path_is_refused(tmp_path):
    """Made with the program's own modules and signed with the laptop's genuine keys: the office
    refuses it in one line, enrols nothing, and its return bundles are written as before."""
    folder = office(tmp_path)
    identity = Identity.generate()
    for device_id, district in (("x/../../evil", "Ваҳдат"), ("ab\x00cd", "Ваҳдат"), ("0a1b-2c", "Ва\x00ҳдат"),
                                ("0a1b-2c", "../Ваҳдат")):
        made = documents.request_document(device_id, district, identity, dt.date.today())
        path = tmp_path / "request.json"
        path.write_bytes(documents.to_bytes(made))
        r = cw(folder, "enrol", "approve", "--request", str(path), "--expect-fingerprint",
               identity.public.fingerprint, "--out", str(tmp_path / "cert.json"), user="admin")
        assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1, r.stderr
        assert "not written as the program writes ids" in r.stderr or "control characters" in r.stderr
        assert not (tmp_path / "cert.json").exists()
    r = cw(folder, "device", "list", "--json", user="admin")
    assert r.returncode == 0 and json.loads(r.stdout) == []
    with Session.create(tmp_path / "laptop", "nigora", PASSWORD) as laptop, pytest.raises(DistrictNotPlain):
        laptop.enrolment.request("Ва\x00ҳдат", tmp_path / "mine.json")
    assert not (tmp_path / "mine.json").exists()


def test_a_huge_refused_file_costs_quarantine_a_mebibyte_not_its_size(tmp_path):
    folder = office(tmp_path)
    huge = tmp_path / "huge.cwbundle"
    with open(huge, "wb") as f:  # 5 GiB, sparse: nothing of it is on the disk but its start
        f.write(b"CWBUNDLE" + bytes(100))
        f.truncate(5 * 1024**3)
    r = cw(folder, "bundle", "import", str(huge), user="admin")
    assert r.returncode == 1 and "refused (too_large)" in r.stderr
    kept = sorted((folder / "quarantine").iterdir())
    assert [p.suffix for p in kept] == [".head", ".reason"]
    assert kept[0].stat().st_size == 1024 * 1024
    reason = kept[1].read_text()
    assert reason.startswith("too_large\n") and f"size {5 * 1024**3}\n" in reason and "(of the first MiB)" in reason


@pytest.mark.parametrize("text, problem", [
    ('[{"surname": "Қаюмова", "surname": "Other"}]', "one object names the same key twice"),
    ('[{"birth_year": ' + "9" * 5000 + "}]", "it holds a number too large to be read exactly"),
    ("[" * 5000 + "]" * 5000, "it is nested deeper than 32 levels"),
    ('[{"birth_year": NaN}]', "it holds NaN or Infinity, which are not numbers"),
])
def test_an_input_file_is_read_as_strictly_as_a_bundle(tmp_path, text, problem):
    folder = tmp_path / "ws"
    assert run_cli("init", "--workspace", str(folder), "--user", "nigora", "--password-stdin", stdin=P).returncode == 0
    given = tmp_path / "cases.json"
    given.write_text(text, "utf-8")
    r = cw(folder, "case", "add", "--file", str(given))
    assert r.returncode == 1 and "internal error" not in r.stderr
    assert r.stderr.strip().splitlines() == [f"caseworker: {given} is not read: {problem}. Nothing was changed."]
    r = cw(folder, "case", "list", "--json")
    assert r.returncode == 0 and json.loads(r.stdout) == []
