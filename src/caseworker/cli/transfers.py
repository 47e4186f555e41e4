"""Moving a case to another district from the command line: `transfer request|approve|decline|
accept|show`."""

from __future__ import annotations

import json

from caseworker.cli.common import Context, command


def transfer_request(ctx: Context) -> None:
    a = ctx.args
    item_id = ctx.session.transfers.request(a.case_id, a.to_district, a.reason or "")
    print(f"Transfer {item_id} of case {a.case_id} asked for; a supervisor decides")


def transfer_approve(ctx: Context) -> None:
    a = ctx.args
    ctx.session.transfers.approve(a.case_id, a.to)
    print(f"Transfer of case {a.case_id} approved; the case is assigned to {a.to}")


def transfer_decline(ctx: Context) -> None:
    ctx.session.transfers.decline(ctx.args.case_id)
    print(f"Transfer of case {ctx.args.case_id} declined")


def transfer_accept(ctx: Context) -> None:
    ctx.session.transfers.accept(ctx.args.case_id)
    print(f"Transfer of case {ctx.args.case_id} accepted")


def transfer_show(ctx: Context) -> None:
    waiting = ctx.session.transfers.open(ctx.args.case_id)
    if ctx.args.json:
        print(json.dumps(waiting, ensure_ascii=False, indent=1))
    elif waiting is None:
        print(f"No transfer of case {ctx.args.case_id} is waiting")
    else:
        print(f"{waiting['id']}  {waiting['status']}  to {waiting['to_district']}  asked {waiting['requested_on']}")


def register(sub, groups) -> None:
    group = groups["transfer"]
    p = command(group, "request", transfer_request, "ask for a case to move to another district")
    p.add_argument("case_id")
    p.add_argument("--to-district", required=True)
    p.add_argument("--reason")
    p = command(group, "approve", transfer_approve,
                "approve a transfer and name the receiving caseworker (supervisor; name@serial for a laptop's)")
    p.add_argument("case_id")
    p.add_argument("--to", required=True, metavar="CASEWORKER")
    p = command(group, "decline", transfer_decline, "decline a transfer (supervisor)")
    p.add_argument("case_id")
    p = command(group, "accept", transfer_accept, "take on a case transferred to you")
    p.add_argument("case_id")
    p = command(group, "show", transfer_show, "the case's transfer waiting for a decision or acceptance")
    p.add_argument("case_id")
    p.add_argument("--json", action="store_true")
