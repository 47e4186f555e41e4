"""The frozen program's entry script for build.spec: the same `caseworker.main:main` that the
installed `caseworker` command runs (PyInstaller needs a script file, not an entry point)."""

import sys

from caseworker.main import main

if __name__ == "__main__":
    sys.exit(main())
