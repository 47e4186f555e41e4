"""What `caseworker selftest` checks below the screen: an encrypted workspace can be made, a
case with Tajik letters written, found and read back (and not readable in the file), every
shipped form loads, a known bundle (resources/selftest/, a copy of the format fixtures)
reads byte for byte as the format says (signature, key unwrapping with ML-KEM-768 + X25519,
decryption and decompression), and the office's site file beside the program, if there is
one, verifies. Each check says what failed, never a stack trace."""

from __future__ import annotations

import json
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from caseworker.domain.resources import resource

NAME = {"surname": "Қаюмова", "given_name": "Ситора", "sex": "female", "birth_year": 2014, "district": "Ваҳдат",
        "summary": "Ҳамроҳи модараш баргашт."}


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str = ""


def run_check(name: str, check: Callable[[], str | None]) -> Check:
    from caseworker.domain.errors import CaseworkerError

    try:
        detail = check() or ""
    except CaseworkerError as e:  # a refusal says itself what is wrong
        return Check(name, False, e.message.english())
    except Exception as e:  # a selftest reports every failure as a line, whatever it is
        frame = traceback.extract_tb(e.__traceback__)[-1]
        return Check(name, False, f"{type(e).__name__} at {Path(frame.filename).name}:{frame.lineno}")
    return Check(name, True, detail)


def workspace(folder: Path) -> str:
    """Makes an encrypted workspace in `folder` and leaves it there (the screen check opens it)."""
    from caseworker.app.session import Session
    from caseworker.store.db import DB_FILE

    with Session.create(folder, "selftest", "selftest password") as s:
        [case_id] = s.cases.add([NAME]).ids
        found = s.cases.search("Kayumova")
        if not found or found[0].id != case_id or s.cases.get(case_id).surname != "Қаюмова":
            raise AssertionError("the case did not read back")
    with Session.open(folder, "selftest", "selftest password") as s:
        if s.cases.get(case_id).summary != NAME["summary"]:
            raise AssertionError("the case did not read back after reopening")
    data = (folder / DB_FILE).read_bytes()
    if "Қаюмова".encode() in data or b"SQLite format 3" in data[:16]:
        raise AssertionError("the database file is not encrypted")
    return f"{len(data) // 1024} KiB, encrypted"


def forms() -> str:
    from caseworker.app.forms import shipped_forms

    loaded = shipped_forms()
    if not loaded:
        raise AssertionError("no form is shipped")
    return ", ".join(f"{f.id} v{f.version}" for f in loaded)


def bundle() -> str:
    from caseworker.sync import container
    from caseworker.sync.identity import Identity, PublicIdentity

    folder = resource("selftest")
    keys = json.loads((folder / "test-keys.json").read_text(encoding="utf-8"))
    path = folder / "changes.cwbundle"
    header = container.read_header(path)
    device = PublicIdentity.from_record(keys["device"]["public"])
    if device.fingerprint != keys["device"]["fingerprint"] or not header.signed_by(device):
        raise AssertionError("the known bundle's signature does not verify")
    office = Identity.from_private_record(keys["office"]["private"])
    records = list(container.records(path, header, container.file_key_for(header, office)))
    expected = [json.loads(line) for line in (folder / "changes.ndjson").read_bytes().splitlines()[1:]]
    if records != expected:
        raise AssertionError("the known bundle's records differ")
    return f"{len(records)} records"


def site() -> str:
    """The office's site file beside the program, if the admin packaged one: it must verify."""
    from caseworker.app import site as site_package

    found = site_package.find()
    if found is None:
        return "none beside the program"
    return f"{found.office.name}, office fingerprint {found.fingerprint}"


def checks(folder: Path | None = None) -> list[Check]:
    """Every check below the screen; the workspace is made in `folder` (a temporary one if None)."""
    if folder is None:
        folder = Path(tempfile.mkdtemp(prefix="caseworker-selftest-")) / "workspace"
    return [run_check("workspace", lambda: workspace(folder)), run_check("forms", forms),
            run_check("bundle", bundle), run_check("site", site)]
