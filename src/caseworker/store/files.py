"""Crash-safe file writes: a temporary file in the same folder, fsync, rename, fsync the folder."""

from __future__ import annotations

import contextlib
import os
import shutil
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
