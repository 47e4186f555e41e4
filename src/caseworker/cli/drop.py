"""The office's drop and site package from the command line: `sync` (a laptop, one round now),
and at the office `office export-trust`, `office take-in`, `office package`, `office
tls-certificate` and `office serve` (the last two need no workspace)."""

from __future__ import annotations

from pathlib import Path

from caseworker.app import drop, site
from caseworker.cli.common import Context, command
from caseworker.domain.errors import BundleRefused


def sync_now(ctx: Context) -> None:
    result = ctx.session.drop.round()
    print(f"Sent {result.sent} bundle(s); received {len(result.received)}")
    for outcome in result.received:
        if isinstance(outcome, BundleRefused):
            print(f"{outcome.params['path']}: refused ({outcome.params['code']})")
        elif outcome.left:
            print(f"{outcome.left} case(s) left this laptop: the office has them")
    print(f"Waiting for the office's acknowledgement: {result.waiting}")


def office_export_trust(ctx: Context) -> None:
    devices = ctx.session.drop.export_trust(ctx.args.out)
    print(f"Trust file written to {ctx.args.out}: {devices} device(s); give it to the drop service")


def office_take_in(ctx: Context) -> None:
    outcomes = ctx.session.drop.take_in(ctx.args.drop)
    refused = [o for o in outcomes if isinstance(o, BundleRefused)]
    print(f"Taken in: {len(outcomes) - len(refused)} bundle(s); refused: {len(refused)}; return bundles written")
    for r in refused:
        print(f"{r.params['path']}: refused ({r.params['code']})")
    return 1 if refused else 0


def office_tls_certificate(ctx: Context) -> None:
    pin = drop.make_certificate(ctx.args.out, ctx.args.host)
    print(f"drop.crt and drop.key written to {ctx.args.out}. The pin to set on every laptop (drop-pin):")
    print(pin)


def office_package(ctx: Context) -> None:
    a = ctx.args
    path, fingerprint = site.package(ctx.session, a.out, a.drop_url, a.drop_pin, a.language, a.idle_lock_minutes,
                                     a.backups_kept)
    print(f"Site file written to {path}; handover sheet {path.parent / 'handover.txt'} (print it).")
    print("The office's fingerprint, which every laptop shows on its first start:")
    print(fingerprint)


def office_serve(ctx: Context) -> None:
    a = ctx.args
    print(f"The drop serves {a.drop} on https://{a.host}:{a.port}; certificate pin {drop.pin_of(a.certificate)}")
    drop.serve(a.drop, a.trust, a.host, a.port, a.certificate, a.key, a.max_bundle_mb, a.inbox_files, a.inbox_mb)


def register(sub, groups) -> None:
    command(sub, "sync", sync_now, "a laptop: one round with the office's drop now (send, fetch, import)")
    office = groups["office"]
    p = command(office, "export-trust", office_export_trust,
                "write the trust file the drop service checks laptops against (office admin)")
    p.add_argument("--out", required=True, type=Path)
    p = command(office, "take-in", office_take_in,
                "import what laptops uploaded to the drop, and write their return bundles there (supervisor)")
    p.add_argument("--drop", required=True, type=Path, help="the drop service's folder")
    p = command(office, "package", office_package,
                "write the signed site file and the handover sheet next to a built program (office admin)")
    p.add_argument("--out", required=True, type=Path, help="the built program's folder (dist/caseworker)")
    p.add_argument("--drop-url", help="the drop laptops sync with (default: this workspace's drop-url)")
    p.add_argument("--drop-pin", help="its certificate pin (default: this workspace's drop-pin)")
    p.add_argument("--language", choices=("tg", "ru", "en"), default="tg", help="the laptops' first language")
    p.add_argument("--idle-lock-minutes", type=int, help="default: this office's setting")
    p.add_argument("--backups-kept", type=int, default=7)
    p = command(office, "tls-certificate", office_tls_certificate,
                "make the drop's TLS certificate and print its pin (no workspace needed)", session=False)
    p.set_defaults(needs_workspace=False)
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--host", action="append", required=True,
                   help="a name or address laptops reach the drop by (repeat for each)")
    p = command(office, "serve", office_serve, "run the drop service (no workspace needed)", session=False)
    p.set_defaults(needs_workspace=False)
    p.add_argument("--drop", required=True, type=Path, help="its folder: incoming, inbox, outbox")
    p.add_argument("--trust", required=True, type=Path, help="the file office export-trust wrote")
    p.add_argument("--certificate", required=True, type=Path)
    p.add_argument("--key", required=True, type=Path)
    # Laptops reach it over the network: every interface by default; TLS and signatures guard it.
    p.add_argument("--host", default="0.0.0.0")  # noqa: S104
    p.add_argument("--port", type=int, default=8443)
    p.add_argument("--max-bundle-mb", type=int, default=2048)
    p.add_argument("--inbox-files", type=int, default=200,
                   help="bundles one laptop may have waiting at the drop, stored or under way")
    p.add_argument("--inbox-mb", type=int, default=4096, help="and their size")
