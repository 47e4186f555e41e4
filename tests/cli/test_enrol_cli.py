"""Enrolment from the command line, as an office's admin and a laptop's first user run it: the
fingerprints are the last line of output, and a fingerprint that does not match stops it."""

from __future__ import annotations

import json

from tests.cli.test_cli import P, cw
from tests.conftest import run_cli


def test_enrolment_from_the_command_line_with_both_fingerprints(tmp_path):
    office, laptop = tmp_path / "office", tmp_path / "laptop"
    r = run_cli("init", "--office", "Dushanbe office", "--workspace", str(office), "--user", "admin",
                "--password-stdin", stdin=P)
    assert r.returncode == 0, r.stderr
    office_fp = r.stdout.strip().splitlines()[-1]
    assert len(office_fp.split("-")) == 8
    assert run_cli("init", "--workspace", str(laptop), "--user", "nigora", "--password-stdin", stdin=P).returncode == 0

    # Options may follow the subcommand, as everywhere.
    r = cw(laptop, "enrol", "request", "--out", str(tmp_path / "request.json"), "--district", "Ваҳдат")
    assert r.returncode == 0, r.stderr
    device_fp = r.stdout.strip().splitlines()[-1]
    assert device_fp != office_fp

    wrong = office_fp  # the admin was told a fingerprint that is not the request's
    r = cw(office, "enrol", "approve", "--request", str(tmp_path / "request.json"), "--expect-fingerprint", wrong,
           "--out", str(tmp_path / "cert.json"), user="admin")
    assert r.returncode == 1 and "Enrolment stopped" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "cert.json").exists()

    r = cw(office, "enrol", "approve", "--request", str(tmp_path / "request.json"),
           "--expect-fingerprint", device_fp.lower(), "--out", str(tmp_path / "cert.json"), user="admin")
    assert r.returncode == 0, r.stderr

    r = cw(laptop, "enrol", "complete", "--certificate", str(tmp_path / "cert.json"), "--office-fingerprint", device_fp)
    assert r.returncode == 1 and "Enrolment stopped" in r.stderr
    r = cw(laptop, "enrol", "complete", "--certificate", str(tmp_path / "cert.json"), "--office-fingerprint", office_fp)
    assert r.returncode == 0, r.stderr

    r = cw(office, "device", "list", "--json", user="admin")
    [device] = json.loads(r.stdout)
    assert device["fingerprint"] == device_fp and device["district"] == "Ваҳдат"
    assert device["expires"] > "2031" and not device["expires_soon"]  # five years from issue
    r = cw(office, "device", "list", user="admin")
    assert f"certificate until {device['expires']}" in r.stdout and "renew" not in r.stdout
    r = cw(office, "device", "renew", device["device_id"], user="admin")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(f"Device {device['device_id']} (#1) renewed: certificate until ")
    r = cw(office, "device", "revoke", device["device_id"], "--reason", "lost on the road", user="admin")
    assert r.returncode == 0, r.stderr
    assert "It sent no bundle" in r.stdout and "It held 0 case(s)" in r.stdout
    [device] = json.loads(cw(office, "device", "list", "--json", user="admin").stdout)
    assert device["revoked_at"] and device["revocation_reason"] == "lost on the road"
    r = cw(office, "device", "revoke", "no-such-device", user="admin")
    assert r.returncode == 1 and "No enrolled device" in r.stderr


def test_a_file_that_is_not_a_request_is_refused_with_one_line(tmp_path):
    office = tmp_path / "office"
    run_cli("init", "--office", "O", "--workspace", str(office), "--user", "admin", "--password-stdin", stdin=P)
    junk = tmp_path / "junk.json"
    junk.write_bytes(b'{"kind": "enrolment_request", "kind": "x"}')
    r = cw(office, "enrol", "approve", "--request", str(junk), "--expect-fingerprint", "AAAA",
           "--out", str(tmp_path / "c.json"), user="admin")
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1 and "not a valid enrolment request" in r.stderr


def test_recover_at_the_office_with_two_admins_from_the_command_line(tmp_path):
    office, laptop = tmp_path / "office", tmp_path / "laptop"
    r = run_cli("init", "--office", "O", "--workspace", str(office), "--user", "admin", "--password-stdin", stdin=P)
    office_fp = r.stdout.strip().splitlines()[-1]
    run_cli("init", "--workspace", str(laptop), "--user", "nigora", "--password-stdin", stdin=P)
    device_fp = cw(laptop, "enrol", "request", "--out", str(tmp_path / "r.json")).stdout.strip().splitlines()[-1]
    cw(office, "enrol", "approve", "--request", str(tmp_path / "r.json"), "--expect-fingerprint", device_fp,
       "--out", str(tmp_path / "c.json"), user="admin")
    assert cw(laptop, "enrol", "complete", "--certificate", str(tmp_path / "c.json"),
              "--office-fingerprint", office_fp).returncode == 0
    assert cw(office, "user", "add", "--new-user", "rustam", "--role", "admin", user="admin",
              stdin=P + P).returncode == 0
    new = "a brand new password\n"
    r = cw(office, "recover", "--laptop-workspace", str(laptop), "--second-admin", "admin", "--account", "nigora",
           user="admin", stdin=P + P + new)
    assert r.returncode == 1 and "two different administrators" in r.stderr
    r = cw(office, "recover", "--laptop-workspace", str(laptop), "--second-admin", "rustam", "--account", "nigora",
           user="admin", stdin=P + P + new)
    assert r.returncode == 0, r.stderr
    assert cw(laptop, "case", "list", "--json", stdin=new).returncode == 0
    assert cw(laptop, "case", "list", "--json").returncode == 1  # the old password is gone


def test_a_missing_file_is_one_clear_line(tmp_path):
    office = tmp_path / "office"
    run_cli("init", "--office", "O", "--workspace", str(office), "--user", "admin", "--password-stdin", stdin=P)
    r = cw(office, "enrol", "approve", "--request", str(tmp_path / "nowhere.json"), "--expect-fingerprint", "AAAA",
           "--out", str(tmp_path / "c.json"), user="admin")
    assert r.returncode == 1 and "cannot be read" in r.stderr and "internal error" not in r.stderr


def test_bundles_from_the_command_line(tmp_path):
    from tests.cli.test_cli import add_file
    from tests.conftest import child

    office, laptop, stick = tmp_path / "office", tmp_path / "laptop", tmp_path / "stick"
    r = run_cli("init", "--office", "O", "--workspace", str(office), "--user", "admin", "--password-stdin", stdin=P)
    office_fp = r.stdout.strip().splitlines()[-1]
    run_cli("init", "--workspace", str(laptop), "--user", "nigora", "--password-stdin", stdin=P)
    r = cw(laptop, "bundle", "export", "--to", str(stick))
    assert r.returncode == 1 and "not enrolled" in r.stderr
    device_fp = cw(laptop, "enrol", "request", "--out", str(tmp_path / "r.json")).stdout.strip().splitlines()[-1]
    cw(office, "enrol", "approve", "--request", str(tmp_path / "r.json"), "--expect-fingerprint", device_fp,
       "--out", str(tmp_path / "c.json"), user="admin")
    cw(laptop, "enrol", "complete", "--certificate", str(tmp_path / "c.json"), "--office-fingerprint", office_fp)
    assert cw(laptop, "case", "add", "--file", add_file(tmp_path, [child()])).returncode == 0
    r = cw(laptop, "bundle", "export", "--to", str(stick))
    assert r.returncode == 0, r.stderr
    [bundle] = r.stdout.split()
    r = cw(laptop, "bundle", "export", "--to", str(stick))
    assert r.returncode == 0 and r.stdout.startswith("Nothing new to send.")
    bad = tmp_path / "bad.cwbundle"
    bad.write_bytes(open(bundle, "rb").read()[:-5])
    r = cw(office, "bundle", "import", bundle, str(bad), user="admin")
    assert r.returncode == 1
    assert r.stdout.strip() == f"{bundle} imported"
    assert r.stderr.strip() == f"{bad}: refused (truncated): the file is cut short."
    r = cw(office, "bundle", "import", bundle, user="admin")
    assert r.returncode == 0 and r.stdout.strip() == f"{bundle} already imported"


def test_a_return_bundle_and_a_conflict_from_the_command_line(tmp_path):
    from tests.cli.test_cli import add_file
    from tests.conftest import child

    office, laptop = tmp_path / "office", tmp_path / "laptop"
    r = run_cli("init", "--office", "O", "--workspace", str(office), "--user", "admin", "--password-stdin", stdin=P)
    office_fp = r.stdout.strip().splitlines()[-1]
    cw(office, "user", "add", "--new-user", "sabina", "--role", "supervisor", user="admin", stdin=P + P)
    run_cli("init", "--workspace", str(laptop), "--user", "nigora", "--password-stdin", stdin=P)
    fp = cw(laptop, "enrol", "request", "--out", str(tmp_path / "r.json")).stdout.strip().splitlines()[-1]
    cw(office, "enrol", "approve", "--request", str(tmp_path / "r.json"), "--expect-fingerprint", fp,
       "--out", str(tmp_path / "c.json"), user="admin")
    cw(laptop, "enrol", "complete", "--certificate", str(tmp_path / "c.json"), "--office-fingerprint", office_fp)
    case_id = cw(laptop, "case", "add", "--file", add_file(tmp_path, [child()])).stdout.split()[0]
    first = cw(laptop, "bundle", "export", "--to", str(tmp_path / "s1")).stdout.split()[-1]
    assert cw(office, "bundle", "import", first, user="sabina").returncode == 0
    edit = tmp_path / "edit.json"
    edit.write_text(json.dumps({"summary": "from the office"}))
    assert cw(office, "case", "edit", case_id, "--file", str(edit), user="sabina").returncode == 0
    edit.write_text(json.dumps({"summary": "from the laptop"}))
    assert cw(laptop, "case", "edit", case_id, "--file", str(edit)).returncode == 0
    second = cw(laptop, "bundle", "export", "--to", str(tmp_path / "s2")).stdout.split()[-1]
    assert cw(office, "bundle", "import", second, user="sabina").returncode == 0
    [conflict] = json.loads(cw(office, "conflict", "list", "--json", user="sabina").stdout)
    r = cw(office, "conflict", "resolve", conflict["id"], "--keep", conflict["lost"]["value_id"], user="sabina")
    assert r.returncode == 0, r.stderr
    back = cw(office, "bundle", "export", "--to", str(tmp_path / "back"), user="sabina")
    assert back.returncode == 0, back.stderr
    r = cw(laptop, "bundle", "import", back.stdout.split()[-1])
    assert r.returncode == 0 and r.stdout.strip().endswith("imported")
    shown = json.loads(cw(laptop, "case", "show", case_id, "--json").stdout)
    assert shown["summary"] == conflict["lost"]["value"]


def test_an_import_killed_half_way_leaves_all_or_nothing_and_imports_fine_afterwards(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    from caseworker.app import demo
    from caseworker.app.session import Session
    from tests.conftest import PASSWORD

    office, laptop = tmp_path / "office", tmp_path / "laptop"
    with Session.create(office, "admin", PASSWORD, office_name="O") as admin, \
            Session.create(laptop, "nigora", PASSWORD) as nigora:
        fp = nigora.enrolment.request("Ваҳдат", tmp_path / "r.json")
        admin.enrolment.approve(tmp_path / "r.json", fp, tmp_path / "a.json")
        nigora.enrolment.complete(tmp_path / "a.json", admin.enrolment.office_fingerprint())
        nigora.cases.add(list(demo.cases(3000, seed=3)), check_duplicates=False)
        bundle = nigora.bundles.export(tmp_path / "stick").new
    process = subprocess.Popen(
        [sys.executable, "-m", "caseworker", "bundle", "import", str(bundle), "--workspace", str(office),
         "--user", "admin", "--password-stdin"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={k: v for k, v in os.environ.items() if k != "CASEWORKER_DEBUG"},
    )
    process.stdin.write(P)
    process.stdin.flush()
    time.sleep(1.2)  # startup, checks, and part of the records
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)

    def counts():
        with Session.open(office, "admin", PASSWORD) as s:
            return s.workspace.read(lambda c: (c.execute("SELECT count(*) FROM cases").fetchone()[0],
                                               c.execute("SELECT count(*) FROM bundles_in").fetchone()[0]))

    after_kill = counts()
    assert after_kill in ((0, 0), (3000, 1))  # never a part of it
    r = cw(office, "bundle", "import", str(bundle), user="admin")
    assert r.returncode == 0 and ("imported" in r.stdout)
    assert counts() == (3000, 1)


def test_inspect_shows_the_signed_header_and_trust_checks_the_sender(tmp_path):
    from caseworker.app.session import Session
    from tests.conftest import PASSWORD, child

    office, laptop = tmp_path / "office", tmp_path / "laptop"
    with Session.create(office, "admin", PASSWORD, office_name="O") as admin, \
            Session.create(laptop, "nigora", PASSWORD) as nigora:
        fp = nigora.enrolment.request("Ваҳдат", tmp_path / "r.json")
        admin.enrolment.approve(tmp_path / "r.json", fp, tmp_path / "a.json")
        nigora.enrolment.complete(tmp_path / "a.json", admin.enrolment.office_fingerprint())
        nigora.cases.add([child()])
        bundle = nigora.bundles.export(tmp_path / "stick").new
    r = run_cli("bundle", "inspect", str(bundle))
    assert r.returncode == 0, r.stderr
    shown = json.loads(r.stdout)
    assert shown["signature"] == "valid" and shown["signed_by"] == fp and shown["kind"] == "changes"
    assert "Қаюмова" not in r.stdout and "wrapped" not in r.stdout
    assert cw(office, "bundle", "trust", str(bundle), user="admin").returncode == 0
    other = tmp_path / "other_office"
    run_cli("init", "--office", "X", "--workspace", str(other), "--user", "admin", "--password-stdin", stdin=P)
    r = cw(other, "bundle", "trust", str(bundle), user="admin")
    assert r.returncode == 1 and "unknown_sender" in r.stdout
    data = bytearray(bundle.read_bytes())
    data[40] ^= 1  # inside the header
    bundle.write_bytes(bytes(data))
    r = run_cli("bundle", "inspect", str(bundle))
    assert r.returncode == 1
