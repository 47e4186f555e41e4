"""Allows `python -m caseworker`."""

from caseworker.main import main

raise SystemExit(main())
