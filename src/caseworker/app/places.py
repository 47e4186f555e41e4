"""Where this computer keeps its workspaces: the default folders, and the list of workspaces
opened before (the last one first), so `caseworker` with no arguments opens the right one.
The list holds folder paths only, never anything from inside a workspace."""

from __future__ import annotations

import json
import os
from pathlib import Path

from caseworker.store.workspace import is_workspace


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "caseworker"


def config_home() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "caseworker"


def demo_folder() -> Path:
    return data_home() / "demo"


def laptop_folder() -> Path:
    return data_home() / "workspace"


def office_folder() -> Path:
    return data_home() / "office"


def _list_file() -> Path:
    return config_home() / "workspaces.json"


def known() -> list[Path]:
    """Workspaces opened here before that still exist, the last opened first."""
    try:
        listed = json.loads(_list_file().read_text("utf-8"))
    except (OSError, ValueError):
        listed = []
    folders = [Path(p) for p in listed if isinstance(p, str)] if isinstance(listed, list) else []
    return [f for f in folders if is_workspace(f)]


def remember(folder: Path) -> None:
    """Puts a workspace first in the list (written whole, then renamed into place)."""
    folder = Path(folder).resolve()
    folders = [folder, *(f for f in known() if f.resolve() != folder)][:20]
    target = _list_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_suffix(".tmp")
    temporary.write_text(json.dumps([str(f) for f in folders], ensure_ascii=False, indent=1), "utf-8")
    os.replace(temporary, target)
