"""Crash-safe file writes: a temporary file in the same folder, fsync, rename, fsync the folder."""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import time
from pathlib import Path


def fsync_dir(folder: Path) -> None:
    # Windows cannot open a directory; the rename is durable there without it.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _atomic(path: Path, fill) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    # Readable by the owner only, whatever the umask.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        fill(f)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def write_atomic(path: Path, data: bytes) -> None:
    _atomic(path, lambda f: f.write(data))


def copy_atomic(source: Path, path: Path) -> None:
    """A byte-identical copy, streamed (a bundle may be larger than memory), made whole or not at all."""
    with Path(source).open("rb") as src:
        _atomic(path, lambda f: shutil.copyfileobj(src, f, 1024 * 1024))


def tighten(folder: Path) -> int:
    """Makes the workspace its owner's alone where the system has such modes (POSIX): the folder
    and every folder in it 0700, every file 0600. Links are neither followed nor changed.
    Returns how many were open to others and are not now (a copy made with `cp -r` under a
    loose umask, an unpacked archive, a folder on a shared disk)."""
    if os.name != "posix":
        return 0  # Windows: the user's profile folder's access list already keeps others out
    fixed = 0
    for path in [folder, *folder.rglob("*")]:
        try:
            st = path.lstat()
        except OSError:
            continue
        if stat.S_ISLNK(st.st_mode):
            continue
        wanted = 0o700 if stat.S_ISDIR(st.st_mode) else 0o600
        if st.st_mode & 0o077:
            with contextlib.suppress(OSError):
                os.chmod(path, wanted)
                fixed += 1
    return fixed


def inside(path: Path, folder: Path) -> bool:
    """Whether `path`, its links resolved, stays inside `folder` (a folder replaced by a link to
    another place would carry what is written there out of the workspace)."""
    try:
        return not path.is_symlink() and path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False


def expire(paths, days: int, now: float | None = None) -> int:
    """Removes the files among `paths` last written more than `days` ago; returns how many."""
    limit = (time.time() if now is None else now) - days * 86400
    removed = 0
    for path in paths:
        try:
            if path.is_file() and not path.is_symlink() and path.stat().st_mtime < limit:
                path.unlink()
                removed += 1
        except OSError:
            continue  # gone meanwhile, or not ours to remove: tried again next time
    return removed
