"""The office's site package (docs/admin-guide.md): `office package` writes, next to a built
program, the site file (the office's identity and the settings every laptop starts with,
signed by the office) and a printable handover sheet with the office's fingerprint. On first
start the program finds the site file, verifies it, and once the person setting up the laptop
has confirmed the fingerprint, the new laptop workspace starts with those settings and will
enrol with that office only."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from caseworker.app.drop import checked_pin, checked_url
from caseworker.domain.accounts import Role
from caseworker.domain.errors import SiteInvalid
from caseworker.domain.resources import resource, root
from caseworker.store import meta
from caseworker.sync import enrolment as documents
from caseworker.sync import site as site_file
from caseworker.sync.canonical import canonical, strict_loads
from caseworker.sync.site import Site

ENV = "CASEWORKER_SITE"  # where a site file is looked for instead (tests; an unusual install)
EXPECTED_OFFICE, BACKUPS_KEPT = "expected_office", "backups_kept"
LANGUAGES = ("tg", "ru", "en")


def location() -> Path:
    """Beside the program: the built program's folder, or the source tree."""
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent / site_file.FILE
    return root() / site_file.FILE


def find() -> Site | None:
    """The verified site file beside the program, None if there is none; SiteInvalid (saying
    why) if there is one that does not verify: then nothing may be set up with it."""
    path = location()
    if not path.exists():
        return None
    try:
        return site_file.read(path)
    except (documents.Refused, OSError) as e:
        raise SiteInvalid(path=str(path), code=getattr(e, "reason", "unreadable")) from None


def package(session, out: Path, drop_url: str | None, drop_pin: str | None, language: str = "tg",
            idle_lock_minutes: int | None = None, backups_kept: int = 7) -> tuple[Path, str]:
    """At the office (admin): writes site.json and handover.txt into `out` (a built program's
    folder); returns the site file and the office's fingerprint."""
    session.require("device.enrol", Role.ADMIN)
    office = session.enrolment.office_identity()  # refuses on a laptop
    ws = session.workspace
    if language not in LANGUAGES:
        raise SiteInvalid(path="language", code=language)
    own = session.drop.settings()
    settings = {
        "drop_url": drop_url or own["url"], "drop_pin": drop_pin or own["pin"], "language": language,
        "idle_lock_minutes": idle_lock_minutes or session.settings.get().idle_lock_minutes,
        "backups_kept": backups_kept,
    }
    if settings["drop_url"] or settings["drop_pin"]:  # checked as the laptop will check them
        settings["drop_url"] = checked_url(settings["drop_url"] or "")
        settings["drop_pin"] = checked_pin(settings["drop_pin"] or "")
    name = ws.keys.office_name or ""
    doc = site_file.document(documents.office_document(ws.keys.workspace_id, name, office), office,
                             ws.keys.workspace_id, settings)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    site_file.write(out / site_file.FILE, doc)
    fingerprint = office.public.fingerprint
    sheet = resource("handover.txt").read_text(encoding="utf-8").format(
        office=name, fingerprint=fingerprint, drop_url=settings["drop_url"] or "-",
        drop_pin=settings["drop_pin"] or "-", date=dt.date.today().isoformat(), admin=session.user.name)
    (out / "handover.txt").write_text(sheet, encoding="utf-8")
    session.log("site_package", detail={"drop": bool(settings["drop_url"])})
    return out / site_file.FILE, fingerprint


def apply(session, site: Site) -> None:
    """A new laptop workspace takes the office's settings and will enrol with that office only."""
    s = site.settings
    if s.get("drop_url") and s.get("drop_pin"):
        session.drop.configure(s["drop_url"], s["drop_pin"])
    if isinstance(s.get("idle_lock_minutes"), int):
        current = session.settings.get().model_dump(mode="json")
        session.settings.replace({**current, "idle_lock_minutes": s["idle_lock_minutes"]})
    if s.get("language") in LANGUAGES:
        session.drafts.remember_language(s["language"])

    def write(conn, _stamp):
        meta.put(conn, EXPECTED_OFFICE, canonical(site.office.document).decode())
        if isinstance(s.get("backups_kept"), int) and s["backups_kept"] > 0:
            meta.put(conn, BACKUPS_KEPT, str(s["backups_kept"]))

    session.workspace.write(write)
    session.log("site_applied", detail={"office": site.office.office_id})


def expected_office(conn) -> documents.Office | None:
    text = meta.get(conn, EXPECTED_OFFICE)
    if not text:
        return None
    return documents.read_office(strict_loads(text.encode()))
