"""Sync through the office's drop when a connection allows (docs/drop.md): the drop's address
and certificate pin as workspace settings; on a laptop, one round (send every bundle the office
has not acknowledged, resuming broken uploads; fetch and import the return bundles addressed
here) and when to try again; at the office, the trust file for the drop, and taking in what
the laptops uploaded while writing each laptop its return bundle."""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import signal
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from caseworker.app import transfer_files
from caseworker.app.enrolment import OFFICE_KIND
from caseworker.domain.accounts import Role
from caseworker.domain.errors import (
    BundleRefused,
    DropFolderMissing,
    DropNotSet,
    DropPinInvalid,
    DropPinMismatch,
    DropRefused,
    DropTrustInvalid,
    DropUnreachable,
    DropUrlInvalid,
    NotAnOffice,
)
from caseworker.store import identities, meta
from caseworker.sync import drop_trust, tls
from caseworker.sync import enrolment as documents
from caseworker.sync.canonical import strict_loads

URL, PIN, FOLDER, STATE = "drop_url", "drop_pin", "drop_folder", "drop_state"
INBOX = "drop_inbox"  # the laptop's folder for downloads under way
RESUMES = 5  # attempts to go on with one broken upload or download within a round
UNREACHABLE = ("unreachable", "too_many_requests", "http_500", "http_502", "http_503", "http_504")
FIRST_WAIT, LONGEST_WAIT = 30, 30 * 60  # seconds between rounds after failures: doubling, capped


def checked_url(url: str) -> str:
    """The drop's address as stored (https, naming a server), or the refusal."""
    parts = urlsplit(url.strip())
    if parts.scheme != "https" or not parts.hostname:
        raise DropUrlInvalid()
    return url.strip().rstrip("/")


def checked_pin(pin: str) -> str:
    """The drop's certificate pin as stored (64 lower-case hex), or the refusal."""
    try:
        return tls.normalise_pin(pin)
    except ValueError:
        raise DropPinInvalid() from None


def next_wait(failures: int, rng: random.Random | None = None) -> float:
    """Seconds until the next round: soon after a success, then doubling with each failure up to
    half an hour, with ±20% jitter so thirty laptops on one mast do not knock in step."""
    base = FIRST_WAIT if failures == 0 else min(LONGEST_WAIT, FIRST_WAIT * 2 ** failures)
    return base * (rng or random).uniform(0.8, 1.2)


@dataclass
class Round:
    """What one round did."""

    sent: int = 0
    received: list = field(default_factory=list)  # bundles.Imported or BundleRefused, per file
    waiting: int = 0  # bundles still not acknowledged by the office


class DropSync:
    def __init__(self, session) -> None:
        self.s = session

    # -- settings ----------------------------------------------------------------------------------
    def configure(self, url: str | None = None, pin: str | None = None, folder: str | None = None) -> None:
        """A laptop: the drop's address (https only) and its certificate's SHA-256 pin. The office:
        the drop's folder, which a supervisor's window takes in from now and then (admin)."""
        self.s.require("settings.change", Role.ADMIN)
        ws = self.s.workspace
        if folder is not None:
            if self.s.kind != OFFICE_KIND:
                raise NotAnOffice()
            if not Path(folder).is_dir():
                raise DropFolderMissing(path=folder)
            ws.write(lambda conn, _s: meta.put(conn, FOLDER, str(Path(folder).resolve())))
        if url is not None:
            address = checked_url(url)
            ws.write(lambda conn, _s: meta.put(conn, URL, address))
        if pin is not None:
            value = checked_pin(pin)
            ws.write(lambda conn, _s: meta.put(conn, PIN, value))
        self.s.log("settings", detail={"drop": [k for k, v in (("url", url), ("pin", pin), ("folder", folder))
                                                if v is not None]})

    def settings(self) -> dict:
        ws = self.s.workspace
        return {"url": ws.read(meta.get, URL), "pin": ws.read(meta.get, PIN), "folder": ws.read(meta.get, FOLDER)}

    def automatic(self) -> str | None:
        """What this user's window does on its own: "round" (a laptop with its drop set), "take_in"
        (a supervisor at an office whose drop folder is set), or None."""
        settings = self.settings()
        if self.s.kind == OFFICE_KIND:
            return "take_in" if settings["folder"] and self.s.user.has(Role.SUPERVISOR) else None
        return "round" if settings["url"] and settings["pin"] and self.s.enrolment.trusted_office() else None

    def state(self) -> dict:
        """The last round: when it ended well, the last failure, how many failures in a row."""
        return json.loads(self.s.workspace.read(meta.get, STATE) or "{}")

    # -- the office ----------------------------------------------------------------------------------
    def export_trust(self, out: Path) -> int:
        """Writes the file the drop service checks uploads against; returns how many devices it
        trusts. Write it again after enrolling or revoking a laptop."""
        self.s.require("device.enrol", Role.ADMIN)
        office = self.s.enrolment.office_identity()
        ws = self.s.workspace
        certificates = [strict_loads(c.encode()) for c in ws.read(identities.certificates)]
        document = drop_trust.trust_document(
            documents.office_document(ws.keys.workspace_id, ws.keys.office_name or "", office), office,
            ws.keys.workspace_id, certificates, self.s.enrolment.revocation_list())
        drop_trust.write(Path(out), document)
        self.s.log("drop_trust_export", detail={"devices": len(certificates)})
        return len(drop_trust.read(Path(out)).devices)

    def take_in(self, drop_folder: Path) -> list:
        """At the office: imports every bundle the drop stored (moving each, once handled, to
        inbox/done/), then writes each laptop's return bundle into the drop's outbox."""
        if self.s.kind != OFFICE_KIND:
            raise NotAnOffice()
        inbox = Path(drop_folder) / "inbox"
        done = inbox / "done"
        done.mkdir(parents=True, exist_ok=True)
        outcomes = []
        for path in sorted(inbox.glob("*.cwbundle")):
            try:
                outcomes.append(self.s.bundles.import_file(path))
            except BundleRefused as refused:
                outcomes.append(refused)
            shutil.move(str(path), str(done / path.name))
        self.s.bundles.export(Path(drop_folder) / "outbox")
        transfer_files.expire(self.s, Path(drop_folder))  # what the drop handled, and what was acknowledged
        return outcomes

    # -- a laptop ------------------------------------------------------------------------------------
    def _client(self):
        from caseworker.sync import drop_client  # httpx loads when a round needs it, not with every command

        settings = self.settings()
        if not settings["url"] or not settings["pin"]:
            raise DropNotSet()
        return drop_client.Drop(settings["url"], settings["pin"], self.s.enrolment.device_identity(),
                                self.s.workspace.device_id)

    def round(self) -> Round:
        """One round with the drop: nothing happens when it cannot be reached (DropUnreachable,
        with the reason; the state counts the failure for next_wait)."""
        from caseworker.sync import drop_client

        drop = self._client()
        try:
            result = self._round(drop)
        except drop_client.DropError as e:
            self._record(ok=False, code=e.code)
            if e.code == "pin_mismatch":
                raise DropPinMismatch(code=e.code) from None
            if e.code in UNREACHABLE:
                raise DropUnreachable(code=e.code) from None
            raise DropRefused(code=e.code) from None
        self._record(ok=True)
        return result

    def _round(self, drop) -> Round:
        from caseworker.sync.drop_client import DropError

        bundles, result = self.s.bundles, Round()
        with drop.client() as client:
            drop.health(client)  # cheap, and learns the drop's clock
            bundles.write_new()
            for path, sha in bundles.waiting():
                if _again(lambda p=path, h=sha: drop.upload(client, p, h)):
                    result.sent += 1
                else:
                    raise DropError("unreachable", "upload kept breaking off")
            folder = self.s.workspace.folder / INBOX
            folder.mkdir(mode=0o700, exist_ok=True)
            for listed in drop.returns(client):
                name = Path(listed["name"]).name
                if name in self._imported():
                    continue
                got = _again(lambda n=name, s=listed["size"]: drop.download(client, n, s, folder))
                if got is None:
                    raise DropError("unreachable", "download kept breaking off")
                try:
                    result.received.append(bundles.import_file(got))
                except BundleRefused as refused:
                    result.received.append(refused)
                self._remember(name)
                got.unlink(missing_ok=True)
        result.waiting = len(bundles.waiting())
        transfer_files.expire(self.s)  # what the office acknowledged has served its use
        return result

    def _imported(self) -> set[str]:
        return set(json.loads(self.s.workspace.read(meta.get, "drop_imported") or "[]"))

    def _remember(self, name: str) -> None:
        names = json.loads(self.s.workspace.read(meta.get, "drop_imported") or "[]")
        names = [*names, name][-1000:]  # the drop keeps return bundles a while; these suffice
        self.s.workspace.write(lambda conn, _s: meta.put(conn, "drop_imported", json.dumps(names)))

    def _record(self, ok: bool, code: str = "") -> None:
        state = self.state()
        if ok:
            state.update(last_ok=_now(), failures=0, last_error="")
        else:
            state.update(failures=state.get("failures", 0) + 1, last_error=code, last_failed=_now())
        self.s.workspace.write(lambda conn, _s: meta.put(conn, STATE, json.dumps(state)))


def _again(step):
    """A step that may break off with the connection, tried a few times (each goes on from where
    the last one stopped)."""
    for _ in range(RESUMES):
        outcome = step()
        if outcome:
            return outcome
    return None


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")




# -- the drop service itself (no workspace: `caseworker office serve`) ------------------------------
def make_certificate(folder: Path, hosts: list[str]) -> str:
    """drop.crt and drop.key in `folder` for the drop's names and addresses; returns the pin the
    admin sets on every laptop."""
    return tls.make_certificate(Path(folder), hosts)


def serve(folder: Path, trust: Path, host: str, port: int, certificate: Path, key: Path,
          max_bundle_mb: int = 2048, inbox_files: int = 200, inbox_mb: int = 4096) -> None:
    """Runs the drop until Ctrl+C or SIGTERM (uploads under way may finish; none is lost)."""
    from caseworker.sync import drop_server  # the service's libraries load only for the service

    try:
        drop_trust.read(Path(trust))
    except (documents.Refused, OSError) as e:
        raise DropTrustInvalid(path=str(trust), code=getattr(e, "reason", "unreadable")) from None
    limits = drop_server.Limits(max_bundle=max_bundle_mb * 1024 * 1024, inbox_files=inbox_files,
                                inbox_bytes=inbox_mb * 1024 * 1024)
    # uvicorn takes SIGTERM, finishes what is under way, then raises the signal again: with this
    # handler behind it, a stop asked for (systemd, kill) ends with exit code 0.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    drop_server.server(Path(folder), Path(trust), host, port, Path(certificate), Path(key), limits).run()


def pin_of(certificate: Path) -> str:
    return tls.pin_of_file(Path(certificate))
