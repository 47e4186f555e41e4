"""Sync through the office's drop over HTTPS on loopback: bundles both ways; an upload cut off
again and again by a failing link resumes and arrives once; every kind of bad request is
refused with the inbox unchanged; a server whose certificate is not the pinned one is refused
before anything is sent."""

from __future__ import annotations

import hashlib
import os
import shutil

import httpx
import pytest

from caseworker.app.session import Session
from caseworker.domain.errors import (
    DropFolderMissing,
    DropPinInvalid,
    DropPinMismatch,
    DropUnreachable,
    DropUrlInvalid,
    NotAnOffice,
    NotPermitted,
)
from caseworker.sync import drop_auth, tls
from tests.conftest import PASSWORD, child
from tests.sync.conftest import CuttingProxy, enrol


def inbox(service) -> list[str]:
    return sorted(p.name for p in (service.folder / "inbox").glob("*.cwbundle"))


def cases(session) -> list:
    return session.workspace.read(lambda c: c.execute("SELECT id, summary, clocks FROM cases ORDER BY id").fetchall())


def test_bundles_go_both_ways_through_the_drop(service):
    laptop, admin = service.laptop, service.admin
    laptop.drop.configure(service.url, service.pin)
    [case_id] = laptop.cases.add([child()]).ids
    first = laptop.drop.round()
    assert (first.sent, first.received, first.waiting) == (1, [], 1)
    assert len(inbox(service)) == 1
    again = laptop.drop.round()  # not yet acknowledged: offered again, stored once
    assert again.sent == 1 and len(inbox(service)) == 1

    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        [imported] = supervisor.drop.take_in(service.folder)
        assert imported.new == 1
        supervisor.cases.edit(case_id, {"summary": "Seen at the office."})
        supervisor.drop.take_in(service.folder)  # writes the return bundle into the drop's outbox
    assert inbox(service) == []  # handled ones move to inbox/done

    back = laptop.drop.round()
    # Two return bundles: the first take-in's (the acknowledgement) and the second's (the edit).
    assert [r.changed for r in back.received] == [0, 1] and back.waiting == 0
    assert laptop.cases.get(case_id).summary == "Seen at the office."
    assert laptop.drop.round().received == []  # a return bundle is fetched once
    assert cases(laptop) == cases(admin)
    assert laptop.drop.state()["failures"] == 0


def test_an_upload_cut_off_again_and_again_resumes_and_arrives_once(service):
    laptop = service.laptop
    [case_id] = laptop.cases.add([child()]).ids
    scan = service.folder.parent / "scan.bin"
    scan.write_bytes(os.urandom(400_000))  # incompressible: the bundle is as large
    laptop.casefile.attach(case_id, scan)
    proxy = CuttingProxy(service.port, limit=60_000)
    try:
        laptop.drop.configure(f"https://127.0.0.1:{proxy.port}", service.pin)
        with pytest.raises(DropUnreachable):
            laptop.drop.round()  # five attempts, each cut off: not yet whole
        parts = list((service.folder / "incoming").rglob("*.part"))
        assert len(parts) == 1 and 0 < parts[0].stat().st_size and inbox(service) == []
        assert laptop.drop.state()["failures"] == 1
        result = laptop.drop.round()  # goes on from there
        assert result.sent == 1 and proxy.cuts >= 4
    finally:
        proxy.close()
    [stored] = inbox(service)
    [(_path, sha)] = laptop.bundles.waiting()
    assert stored == f"{sha}.cwbundle" and hashlib.sha256((service.folder / "inbox" / stored).read_bytes()
                                                          ).hexdigest() == sha
    with Session.open(service.admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        [imported] = supervisor.drop.take_in(service.folder)
        assert imported.new >= 2  # the case and its attachment


def test_a_download_cut_off_again_and_again_resumes_and_imports_once(service):
    laptop = service.laptop
    [case_id] = laptop.cases.add([child()]).ids
    laptop.drop.configure(service.url, service.pin)
    laptop.drop.round()
    scan = service.folder.parent / "letter.bin"
    scan.write_bytes(os.urandom(400_000))
    with Session.open(service.admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        supervisor.drop.take_in(service.folder)
        supervisor.casefile.attach(case_id, scan, description="Letter from the school")
        supervisor.drop.take_in(service.folder)  # its return bundle carries the letter
    proxy = CuttingProxy(service.port, limit=100_000, down=True)
    try:
        laptop.drop.configure(f"https://127.0.0.1:{proxy.port}")
        result = None
        for _ in range(3):  # a round may end with the download still short; the next goes on
            try:
                result = laptop.drop.round()
                break
            except DropUnreachable:
                continue
        assert result is not None and proxy.cuts >= 3
    finally:
        proxy.close()
    [letter] = laptop.casefile.show(case_id)["items"]["attachments"]
    assert laptop.casefile.attachment_bytes(letter["id"])[1] == scan.read_bytes()
    assert not list((laptop.workspace.folder / "drop_inbox").iterdir())  # nothing left behind


def raw_client(service) -> httpx.Client:
    return httpx.Client(base_url=service.url, verify=tls.pinned_context(service.pin), trust_env=False)


def signed(service, method, path, extra=""):
    laptop = service.laptop
    return drop_auth.sign(laptop.enrolment.device_identity(), laptop.workspace.device_id, method, path, extra)


def test_the_drop_refuses_every_kind_of_bad_request_and_keeps_its_inbox(service, tmp_path):
    laptop = service.laptop
    laptop.cases.add([child()])
    bundle = laptop.bundles.write_new()
    data = bundle.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    path = f"/v1/uploads/{sha}"
    sizes = {"upload-offset": "0", "upload-length": str(len(data))}
    with raw_client(service) as client:
        # Unsigned.
        reply = client.put(path, headers=sizes, content=data)
        assert (reply.status_code, reply.json()["refused"]) == (401, "unsigned")
        # Signed for another offset than the one sent.
        reply = client.put(path, headers={**sizes, **signed(service, "PUT", path, f"5:{len(data)}")}, content=data)
        assert (reply.status_code, reply.json()["refused"]) == (401, "bad_signature")
        # Larger than the drop takes.
        huge = {"upload-offset": "0", "upload-length": str(64 * 1024 * 1024)}
        reply = client.put(path, headers={**huge, **signed(service, "PUT", path, f"0:{64 * 1024 * 1024}")},
                           content=data)
        assert (reply.status_code, reply.json()["refused"]) == (413, "too_large")
        # Garbage bytes named by their own hash: not a bundle; nothing of them stays.
        junk = os.urandom(5000)
        junk_path = f"/v1/uploads/{hashlib.sha256(junk).hexdigest()}"
        reply = client.put(junk_path, headers={"upload-offset": "0", "upload-length": "5000",
                                               **signed(service, "PUT", junk_path, "0:5000")}, content=junk)
        assert (reply.status_code, reply.json()["refused"]) == (422, "not_a_bundle")
        # A request replayed as it was recorded.
        headers = signed(service, "GET", "/v1/returns")
        assert client.get("/v1/returns", headers=headers).status_code == 200
        reply = client.get("/v1/returns", headers=headers)
        assert (reply.status_code, reply.json()["refused"]) == (401, "replayed")
        assert inbox(service) == [] and not list((service.folder / "incoming").rglob("*.part"))

        # Another laptop's return bundle is not there for this one.
        other = enrol(service.admin, tmp_path / "other", "farrukh", tmp_path)
        service.admin.drop.export_trust(service.trust)
        service.admin.bundles.export(service.folder / "outbox")
        names = [p.name for p in (service.folder / "outbox").glob("*.cwbundle") if other.workspace.device_id in p.name]
        assert names
        listed = client.get("/v1/returns", headers=signed(service, "GET", "/v1/returns")).json()["returns"]
        assert names[0] not in [r["name"] for r in listed]
        theirs = f"/v1/returns/{names[0]}"
        assert client.get(theirs, headers=signed(service, "GET", theirs)).status_code == 404
        other.close()

        # A revoked laptop: the office writes the trust file again; the drop reads it at once.
        service.admin.enrolment.revoke(laptop.workspace.device_id, "lost")
        service.admin.drop.export_trust(service.trust)
        reply = client.put(path, headers={**sizes, **signed(service, "PUT", path, f"0:{len(data)}")}, content=data)
        assert (reply.status_code, reply.json()["refused"]) == (403, "revoked")
    assert inbox(service) == []


def test_a_server_whose_certificate_is_not_the_pinned_one_is_refused_before_anything_is_sent(service, tmp_path):
    laptop = service.laptop
    laptop.cases.add([child()])
    other_pin = tls.make_certificate(tmp_path / "other-tls", ["127.0.0.1"])
    laptop.drop.configure(service.url, other_pin)
    with pytest.raises(DropPinMismatch) as refused:
        laptop.drop.round()
    assert "does not match the pin" in refused.value.message.english()
    assert inbox(service) == [] and not list((service.folder / "incoming").rglob("*.part"))
    assert laptop.drop.state()["last_error"] == "pin_mismatch"


def test_the_drop_settings_are_checked_and_only_an_admin_sets_them(service):
    laptop = service.laptop
    with pytest.raises(DropUrlInvalid):
        laptop.drop.configure("http://127.0.0.1:1")  # not https
    with pytest.raises(DropPinInvalid):
        laptop.drop.configure(pin="abc")
    laptop.drop.configure(service.url, service.pin.upper())
    assert laptop.drop.settings() == {"url": service.url, "pin": service.pin, "folder": None}
    laptop.accounts.add("farrukh", PASSWORD, "caseworker")
    with Session.open(laptop.workspace.folder, "farrukh", PASSWORD) as caseworker, pytest.raises(NotPermitted):
        caseworker.drop.configure(service.url)


def test_the_office_sets_its_drop_folder_and_a_supervisor_takes_in_on_its_own(service, tmp_path):
    admin, laptop = service.admin, service.laptop
    with pytest.raises(DropFolderMissing):
        admin.drop.configure(folder=str(tmp_path / "nowhere"))
    with pytest.raises(NotAnOffice):
        laptop.drop.configure(folder=str(service.folder))
    assert admin.drop.automatic() is None and laptop.drop.automatic() is None  # nothing set yet
    admin.drop.configure(folder=str(service.folder))
    laptop.drop.configure(service.url, service.pin)
    assert admin.drop.automatic() is None  # an admin sees no case: nothing to take in for them
    with Session.open(admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        assert supervisor.drop.automatic() == "take_in"
    assert laptop.drop.automatic() == "round"


def test_a_retry_takes_over_from_an_upload_whose_connection_died_unnoticed(service):
    import socket
    import time

    laptop = service.laptop
    [case_id] = laptop.cases.add([child()]).ids
    scan = service.folder.parent / "scan.bin"
    scan.write_bytes(os.urandom(300_000))
    laptop.casefile.attach(case_id, scan)
    bundle = laptop.bundles.write_new()
    data = bundle.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    path = f"/v1/uploads/{sha}"
    # A first attempt sends half the body, then the link goes silent without closing: the drop
    # is left waiting for the rest on a connection that will never speak again.
    raw = socket.create_connection(("127.0.0.1", service.port))
    stalled = tls.pinned_context(service.pin).wrap_socket(raw)
    head = {"upload-offset": "0", "upload-length": str(len(data)), "content-length": str(len(data)),
            **signed(service, "PUT", path, f"0:{len(data)}")}
    stalled.sendall((f"PUT {path} HTTP/1.1\r\nhost: 127.0.0.1\r\n" + "".join(
        f"{k}: {v}\r\n" for k, v in head.items()) + "\r\n").encode() + data[: len(data) // 2])
    part = service.folder / "incoming" / laptop.workspace.device_id / f"{sha}.part"
    deadline = time.monotonic() + 10
    while not (part.exists() and part.stat().st_size > 0):
        assert time.monotonic() < deadline
        time.sleep(0.02)
    try:
        laptop.drop.configure(service.url, service.pin)
        assert laptop.drop.round().sent == 1  # the retry goes on from what arrived, and finishes
    finally:
        stalled.close()
    assert (service.folder / "inbox" / f"{sha}.cwbundle").read_bytes() == data


def test_a_laptop_whose_certificate_expired_is_refused_by_the_drop_until_renewed(service, tmp_path, monkeypatch):
    """The drop's clock is the office's: a certificate issued six years ago is over."""
    from caseworker.app import enrolment

    today = enrolment._today()
    monkeypatch.setattr(enrolment, "_today", lambda: today.replace(year=today.year - 6))
    old = enrol(service.admin, tmp_path / "old", "farrukh", tmp_path)
    monkeypatch.undo()
    service.admin.drop.export_trust(service.trust)
    device = old.workspace.device_id

    def returns():
        headers = drop_auth.sign(old.enrolment.device_identity(), device, "GET", "/v1/returns")
        return client.get("/v1/returns", headers=headers)

    with raw_client(service) as client:
        reply = returns()
        assert (reply.status_code, reply.json()["refused"]) == (403, "certificate_expired")
        service.admin.enrolment.renew(device)
        service.admin.drop.export_trust(service.trust)  # the drop reads it at once
        assert returns().status_code == 200
    old.close()


def test_an_upload_whose_header_holds_half_a_surrogate_pair_is_a_4xx_and_leaves_nothing(service):
    from caseworker.sync.container import FORMAT, MAGIC, PREFIX, SIGNATURE_BYTES

    header = b'{"bundle_id":"\\ud800","format":1}'
    data = PREFIX.pack(MAGIC, FORMAT, len(header)) + header + bytes(SIGNATURE_BYTES)
    path = f"/v1/uploads/{hashlib.sha256(data).hexdigest()}"
    sizes = {"upload-offset": "0", "upload-length": str(len(data))}
    with raw_client(service) as client:
        reply = client.put(path, headers={**sizes, **signed(service, "PUT", path, f"0:{len(data)}")}, content=data)
        assert 400 <= reply.status_code < 500, reply.text
    assert inbox(service) == [] and not list((service.folder / "incoming").rglob("*.part"))


def test_a_download_stops_at_the_size_the_listing_gave(service, tmp_path):
    """Issue 15: a drop that sends on and on must not fill the laptop's disk. Between its
    listing and its download, the listed return bundle is replaced on the drop by a larger one
    (as a drop in the wrong hands could do); the laptop keeps no more than the size listed."""
    from caseworker.sync import drop_client

    laptop = service.laptop
    [case_id] = laptop.cases.add([child()]).ids
    laptop.drop.configure(service.url, service.pin)
    laptop.drop.round()
    with Session.open(service.admin.workspace.folder, "sabina", PASSWORD) as supervisor:
        supervisor.drop.take_in(service.folder)
    drop = drop_client.Drop(service.url, service.pin, laptop.enrolment.device_identity(),
                            laptop.workspace.device_id)
    with drop.client() as client:
        listed = drop.returns(client)[-1]
        scan = tmp_path / "letter.bin"
        scan.write_bytes(os.urandom(600_000))
        with Session.open(service.admin.workspace.folder, "sabina", PASSWORD) as supervisor:
            supervisor.casefile.attach(case_id, scan, description="Letter from the school")
            supervisor.drop.take_in(service.folder)  # a larger return bundle, with the letter
        larger = max((service.folder / "outbox").glob("*.cwbundle"), key=lambda p: p.stat().st_size)
        assert larger.stat().st_size > listed["size"] + 500_000
        shutil.copyfile(larger, service.folder / "outbox" / listed["name"])
        (tmp_path / "in").mkdir()
        got = drop.download(client, listed["name"], listed["size"], tmp_path / "in")
        assert got is not None and got.stat().st_size == listed["size"]  # and not a byte more
        with pytest.raises(drop_client.DropError) as refused:
            drop.download(client, listed["name"], 5 * 1024**3, tmp_path / "in")
        assert refused.value.code == "too_large"


def test_a_laptop_may_fill_only_its_own_share_of_the_drops_inbox(service):
    """Issue 15: what one laptop has waiting at the drop (stored or under way) is bounded, so a
    laptop in the wrong hands does not fill the disk the others need; the office's take-in
    makes room again."""
    service.limits.inbox_files = 1
    laptop = service.laptop
    laptop.cases.add([child()])
    first = laptop.bundles.write_new()
    laptop.cases.add([child(given_name="Мадина")])
    second = laptop.bundles.write_new()

    def put(client, path):
        data = path.read_bytes()
        upload = f"/v1/uploads/{hashlib.sha256(data).hexdigest()}"
        return client.put(upload, headers={"upload-offset": "0", "upload-length": str(len(data)),
                                           **signed(service, "PUT", upload, f"0:{len(data)}")}, content=data)

    with raw_client(service) as client:
        assert put(client, first).status_code == 201
        reply = put(client, second)
        assert (reply.status_code, reply.json()["refused"]) == (507, "inbox_full")
        assert len(inbox(service)) == 1
        with Session.open(service.admin.workspace.folder, "sabina", PASSWORD) as supervisor:
            supervisor.drop.take_in(service.folder)  # the first one goes to the office: room again
        assert put(client, second).status_code == 201
