"""`caseworker selftest` from the source tree: every check passes and the exit code is 0; a
damaged known bundle makes the bundle check fail by name (the built program's own selftest
runs in tests/test_build.py)."""

from __future__ import annotations

import shutil

from caseworker.app import selftest
from tests.conftest import run_cli


def test_the_selftest_passes_from_the_source_tree():
    r = run_cli("selftest", env={"QT_QPA_PLATFORM": "offscreen", "CASEWORKER_SITE": "/nonexistent/site.json"},
                timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    lines = r.stdout.splitlines()
    assert lines[-1] == "selftest passed"
    names = [line.split(":")[0][5:] for line in lines[:-1]]
    assert names == ["workspace", "forms", "bundle", "site", "languages", "main window", "display libraries"]
    assert "site: none beside the program" in r.stdout


def test_a_damaged_known_bundle_fails_the_bundle_check_by_name(tmp_path, monkeypatch):
    folder = tmp_path / "selftest"
    shutil.copytree(selftest.resource("selftest"), folder)
    data = bytearray((folder / "changes.cwbundle").read_bytes())
    data[-100] ^= 1  # one bit of the payload
    (folder / "changes.cwbundle").write_bytes(bytes(data))
    monkeypatch.setattr(selftest, "resource", lambda _name: folder)
    monkeypatch.setenv("CASEWORKER_SITE", str(tmp_path / "no-site.json"))
    [workspace, forms, bundle, site] = selftest.checks(tmp_path / "ws")
    assert site.ok and site.detail == "none beside the program"
    assert workspace.ok and forms.ok
    assert not bundle.ok and bundle.name == "bundle" and bundle.detail.startswith("BundleRejected")


def test_a_site_file_that_does_not_verify_fails_the_selftest(tmp_path):
    bad = tmp_path / "site.json"
    bad.write_text('{"office": {}, "site": {}}', encoding="utf-8")
    r = run_cli("selftest", env={"QT_QPA_PLATFORM": "offscreen", "CASEWORKER_SITE": str(bad)}, timeout=120)
    assert r.returncode == 1 and "FAIL site: The site file" in r.stdout and r.stdout.endswith("failed: site\n")
