"""`caseworker selftest` from the source tree: every check passes and the exit code is 0; a
damaged known bundle makes the bundle check fail by name (the built program's own selftest
runs in tests/test_build.py)."""

from __future__ import annotations

import shutil

from caseworker.app import selftest
from tests.conftest import run_cli


def test_the_selftest_passes_from_the_source_tree():
    r = run_cli("selftest", env={"QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    lines = r.stdout.splitlines()
    assert lines[-1] == "selftest passed"
    names = [line.split(":")[0][5:] for line in lines[:-1]]
    assert names == ["workspace", "forms", "bundle", "languages", "main window", "display libraries"]


def test_a_damaged_known_bundle_fails_the_bundle_check_by_name(tmp_path, monkeypatch):
    folder = tmp_path / "selftest"
    shutil.copytree(selftest.resource("selftest"), folder)
    data = bytearray((folder / "changes.cwbundle").read_bytes())
    data[-100] ^= 1  # one bit of the payload
    (folder / "changes.cwbundle").write_bytes(bytes(data))
    monkeypatch.setattr(selftest, "resource", lambda _name: folder)
    [workspace, forms, bundle] = selftest.checks(tmp_path / "ws")
    assert workspace.ok and forms.ok
    assert not bundle.ok and bundle.name == "bundle" and bundle.detail.startswith("BundleRejected")
