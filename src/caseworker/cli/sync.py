"""Sync from the command line: `enrol request|approve|complete`, `device list|revoke`,
`recover`, `bundle export|import`, `conflict list`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from caseworker.app.bundles import inspect
from caseworker.app.session import OFFICE
from caseworker.cli.common import Context, command
from caseworker.domain.errors import CaseworkerError


def enrol_request(ctx: Context) -> None:
    a = ctx.args
    fingerprint = ctx.session.enrolment.request(a.district or "", a.out)
    print(f"Enrolment request written to {a.out}. Read this fingerprint to the office's administrator:")
    print(fingerprint)


def enrol_approve(ctx: Context) -> None:
    a = ctx.args
    row = ctx.session.enrolment.approve(a.request, a.expect_fingerprint, a.out)
    print(f"Device {row['device_id']} enrolled (certificate {row['serial']}); approval written to {a.out}")


def enrol_complete(ctx: Context) -> None:
    a = ctx.args
    certificate = ctx.session.enrolment.complete(a.certificate, a.office_fingerprint)
    print(f"Enrolled with the office (certificate {certificate.serial}, valid until {certificate.expires})")


def device_list(ctx: Context) -> None:
    devices = ctx.session.enrolment.devices()
    if ctx.args.json:
        print(json.dumps(devices, ensure_ascii=False, indent=1))
        return
    for d in devices:
        state = f"revoked {d['revoked_at'][:10]}" if d["revoked_at"] else "active"
        expiry = f"certificate until {d['expires']}"
        if d["expires_soon"] and not d["revoked_at"]:
            expiry += " (renew: caseworker device renew)"
        print(f"{d['device_id']}  #{d['serial']}  {d['district'] or '-'}  {d['fingerprint']}  {state}  {expiry}")


def device_renew(ctx: Context) -> None:
    renewed = ctx.session.enrolment.renew(ctx.args.device_id)
    print(f"Device {renewed.device_id} (#{renewed.serial}) renewed: certificate until {renewed.expires}; "
          "it reaches the laptop with its next return bundle")


def device_revoke(ctx: Context) -> None:
    a = ctx.args
    ctx.session.enrolment.revoke(a.device_id, a.reason)
    print(f"Device {a.device_id} revoked")
    _print_history(ctx.session.enrolment.history(a.device_id))


def device_history(ctx: Context) -> None:
    history = ctx.session.enrolment.history(ctx.args.device_id)
    if ctx.args.json:
        print(json.dumps(history, ensure_ascii=False, indent=1))
    else:
        _print_history(history)


def _print_history(history: dict) -> None:
    """What came from the device before, and which cases were on it: what to review."""
    bundles = history["bundles"]
    if bundles:
        last = bundles[-1]
        print(f"It sent {len(bundles)} bundle(s), the last one number {last['sequence']} imported "
              f"{last['imported_at'][:10]}")
    else:
        print("It sent no bundle")
    print(f"It held {len(history['cases_held'])} case(s) (`device history --json` lists them)")
    forks = history.get("audit_forks", [])
    if forks:
        print(f"Its audit log forked {len(forks)} time(s) from the office's copy, the last at entry {forks[-1]['seq']} "
              f"({forks[-1]['at'][:10]}); the office's log keeps the entries that gave way")
    refused = history.get("refused", [])
    if refused:
        last = refused[-1]
        why = last["code"] + (f" ({last['rule']})" if last.get("rule") else "")
        print(f"It had {len(refused)} bundle(s) refused, the last {last['at'][:10]}: {why}")
        if any(r["code"] == "not_permitted" for r in refused):
            print("A laptop that sends what it may not is in the wrong hands or broken; "
                  "consider `caseworker device revoke ID`")


def recover(ctx: Context) -> None:
    a = ctx.args
    second = ctx.passwords.read(f"Password for {a.second_admin}: ")
    new = ctx.passwords.read(f"New password for {a.account}: ")
    ctx.session.recovery.recover(a.laptop_workspace, a.second_admin, second, a.account, new)
    print(f"The workspace in {a.laptop_workspace} opens again for {a.account}, with the new password")


def register(sub, groups) -> None:
    p = command(sub, "recover", recover,
                "reopen a laptop's workspace whose passwords are forgotten (two office admins)")
    p.add_argument("--laptop-workspace", required=True, type=Path)
    p.add_argument("--second-admin", required=True, help="another administrator of the office")
    p.add_argument("--account", required=True,
                   help="the laptop's account that gets a new password (added if the workspace has none such)")
    p = command(groups["enrol"], "request", enrol_request, "write this laptop's enrolment request")
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--district", help="the district this laptop works in")
    p = command(groups["enrol"], "approve", enrol_approve, "approve a laptop's request (office admin)")
    p.add_argument("--request", required=True, type=Path)
    p.add_argument("--expect-fingerprint", required=True, help="the fingerprint shown on the laptop")
    p.add_argument("--out", required=True, type=Path)
    p = command(groups["enrol"], "complete", enrol_complete, "trust the office and keep this laptop's certificate")
    p.add_argument("--certificate", required=True, type=Path)
    p.add_argument("--office-fingerprint", required=True, help="the office's fingerprint, from its admin")
    p = command(groups["device"], "list", device_list, "the enrolled devices (office admin)")
    p.add_argument("--json", action="store_true")
    p = command(groups["device"], "history", device_history,
                "the bundles a device sent and the cases it held (office admin or supervisor)")
    p.add_argument("device_id")
    p.add_argument("--json", action="store_true")
    p = command(groups["device"], "renew", device_renew,
                "a new certificate for an enrolled laptop, before or after its expiry, without re-enrolment "
                "(office admin)")
    p.add_argument("device_id")
    p = command(groups["device"], "revoke", device_revoke, "revoke a lost or stolen laptop (office admin)")
    p.add_argument("device_id")
    p.add_argument("--reason", default="revoked by the office")


def bundle_export(ctx: Context) -> int:
    exported = ctx.session.bundles.export(ctx.args.to, ctx.args.device)
    if exported.new is None:
        print("Nothing new to send." + (f" {len(exported.paths)} bundle(s) still waiting were copied again."
                                        if exported.paths else ""))
    for path in exported.paths:
        print(path)
    if ctx.session.kind != OFFICE and ctx.session.enrolment.revocations_are_old():
        print("caseworker: this laptop has not heard from the office for more than 60 days (or never): "
              "import its return bundles soon", file=sys.stderr)
    return 0


def bundle_import(ctx: Context) -> int:
    failed = 0
    for path in ctx.args.files:
        try:
            result = ctx.session.bundles.import_file(path)
        except CaseworkerError as e:  # one line each; the other files still import
            print(e.message.english(), file=sys.stderr)
            failed += 1
            continue
        print(f"{path} already imported" if result.already else f"{path} imported")
        for seq in result.forked:
            print(f"{path}: the laptop's audit log forks from the office's copy at entry {seq} (an older backup "
                  "restored there, or entries removed): the office's own log keeps what gave way "
                  "(`caseworker device history`)", file=sys.stderr)
    return 1 if failed else 0


def bundle_inspect(ctx: Context) -> int:
    shown = inspect(ctx.args.file)
    print(json.dumps(shown, ensure_ascii=False, indent=1, sort_keys=True))
    return 0 if shown["signature"] == "valid" else 1


def bundle_trust(ctx: Context) -> int:
    trusted, code = ctx.session.bundles.trusted(ctx.args.file)
    print("trusted by this workspace" if trusted else f"not trusted by this workspace ({code})")
    return 0 if trusted else 1


def conflict_list(ctx: Context) -> None:
    conflicts = ctx.session.conflicts.open()
    if ctx.args.json:
        print(json.dumps(conflicts, ensure_ascii=False, indent=1))
        return
    for c in conflicts:
        print(f"{c['id']}  {c['record_kind']} {c['record_id']}  {c['field']}")


def conflict_resolve(ctx: Context) -> None:
    ctx.session.conflicts.resolve(ctx.args.conflict_id, ctx.args.keep)
    print(f"Conflict {ctx.args.conflict_id} resolved")


def register_bundles(sub, groups) -> None:
    p = command(groups["conflict"], "resolve", conflict_resolve, "keep one of the two values (supervisor)")
    p.add_argument("conflict_id")
    p.add_argument("--keep", required=True, help="the value id shown by `conflict list`")
    p = command(groups["bundle"], "export", bundle_export, "write what the office has not received to a folder")
    p.add_argument("--to", required=True, type=Path, help="a folder: a USB stick, a shared drive")
    p.add_argument("--device", help="at the office: only the return bundle for this device")
    p = command(groups["bundle"], "import", bundle_import, "import bundles (the office)")
    p.add_argument("files", nargs="+", type=Path)
    p = command(groups["bundle"], "inspect", bundle_inspect, "show a bundle's signed header (no workspace needed)",
                session=False)
    p.set_defaults(needs_workspace=False)
    p.add_argument("file", type=Path)
    p = command(groups["bundle"], "trust", bundle_trust, "would this workspace accept the bundle's sender?")
    p.add_argument("file", type=Path)
    p = command(groups["conflict"], "list", conflict_list, "concurrent edits kept for a supervisor")
    p.add_argument("--json", action="store_true")
