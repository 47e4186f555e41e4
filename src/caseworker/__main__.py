"""Allows `python -m caseworker`."""

from caseworker.cli import main

raise SystemExit(main())
