"""The layers of DESIGN.md §2 go one way, and nothing below ui/ imports Qt."""

from __future__ import annotations

import ast
import shutil
import subprocess
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[1] / "src" / "caseworker"
# What each part of the package may import from the package itself.
ALLOWED = {
    "domain": {"domain"},
    "forms": {"forms", "domain"},
    "store": {"store", "domain"},
    "sync": {"sync", "store", "forms", "domain"},
    "app": {"app", "sync", "store", "forms", "domain"},
    "ui": {"ui", "app", "domain", "forms"},
    "cli": {"cli", "app", "domain"},
    "__main__": {"main"},
    "main": {"cli", "ui", "app"},
    "__init__": set(),
}


def imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names}
    return found


def modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        yield (rel.parts[0] if len(rel.parts) > 1 else rel.stem), path


@pytest.mark.parametrize(("part", "path"), list(modules()), ids=lambda v: str(v))
def test_each_module_imports_only_what_its_layer_may(part, path):
    for name in imports(path):
        top = name.split(".")[0]
        if top in ("PySide6", "shiboken6"):
            assert part == "ui", f"{path.name} imports Qt outside ui/"
        if top == "caseworker" and name.count(".") >= 1:
            target = name.split(".")[1]
            if target == "__version__":
                continue
            assert target in ALLOWED[part], f"{path.relative_to(PACKAGE)} imports caseworker.{target}"


def test_the_checker_sees_a_forbidden_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from caseworker.store import cases\nimport PySide6.QtWidgets\n")
    assert {"caseworker.store", "PySide6.QtWidgets"} <= imports(bad)


@pytest.mark.skipif(shutil.which("lint-imports") is None, reason="import-linter is not installed")
def test_import_linter_contracts_hold():
    r = subprocess.run(["lint-imports"], cwd=PACKAGE.parents[1], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
