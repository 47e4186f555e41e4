"""Packs the built program (dist/caseworker/, from `pyinstaller build.spec`) into
dist/caseworker-VERSION-linux-ARCH.tar.gz: one folder holding the program, its menu entry, its
icon and install.sh. Run it after `office package` when the site file should travel inside.

    python installer/linux/make_tarball.py [--dist dist]
"""

from __future__ import annotations

import argparse
import platform
import subprocess
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def version(program: Path) -> str:
    """Asked of the built program itself, so the name says what is inside."""
    out = subprocess.run([str(program / "caseworker"), "--version"], capture_output=True, text=True, check=True)
    return out.stdout.split()[-1]  # "caseworker 0.1.0"


def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
    # The build machine's user and group mean nothing where the archive is unpacked.
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def make(dist: Path) -> Path:
    program = dist / "caseworker"
    if not (program / "caseworker").is_file():
        raise SystemExit(f"no built program in {program}: run `pyinstaller build.spec` first")
    name = f"caseworker-{version(program)}-linux-{platform.machine()}"
    out = dist / f"{name}.tar.gz"
    # gzip level 6: 0.5% larger than level 9 (60 MB either way), made in 6 s instead of 18 s.
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(program, f"{name}/caseworker", filter=owned_by_root)  # keeps _internal's symlinks
        tar.add(HERE / "caseworker.desktop", f"{name}/caseworker.desktop", filter=owned_by_root)
        tar.add(ROOT / "resources" / "icons" / "caseworker.png", f"{name}/caseworker.png", filter=owned_by_root)
        tar.add(HERE / "install.sh", f"{name}/install.sh", filter=owned_by_root)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="the folder holding caseworker/")
    out = make(parser.parse_args().dist)
    print(f"{out} ({out.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
