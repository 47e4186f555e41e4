"""Dates on screen: shown and typed as dd.MM.yyyy in every language, stored as ISO dates.

Qt's own tg_TJ short format has a two-digit year (21/03/25 reads as 1925), so no locale
format is used anywhere: one fixed pattern with a four-digit year.
"""

from __future__ import annotations

from caseworker.ui.qt import QDate

PATTERN = "dd.MM.yyyy"


def shown(iso: str | None) -> str:
    """An ISO date (or the date part of a timestamp) as dd.MM.yyyy; anything else unchanged."""
    if isinstance(iso, str) and len(iso) >= 10 and iso[4] == "-" and iso[7] == "-":
        return f"{iso[8:10]}.{iso[5:7]}.{iso[:4]}"
    return "" if iso is None else str(iso)


def parsed(text: str) -> str | None:
    """The ISO date of a typed dd.mm.yyyy (one-digit day and month allowed), or None."""
    parts = text.strip().split(".")
    if len(parts) != 3 or len(parts[2]) != 4 or not all(p.isdigit() for p in parts):
        return None
    date = QDate(int(parts[2]), int(parts[1]), int(parts[0]))
    return date.toString("yyyy-MM-dd") if date.isValid() else None
