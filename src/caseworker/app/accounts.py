"""Account use cases: add an account (admin), change one's own password (rewraps only)."""

from __future__ import annotations

from caseworker.domain.accounts import Role, check_name, check_password, parse_roles
from caseworker.domain.errors import AccountExists, AccountNotFound, OwnAccount, WrongPassword
from caseworker.domain.ids import new_id
from caseworker.store import audit, movement, users
from caseworker.store.keys import profile_from_env


class Accounts:
    def __init__(self, session) -> None:
        self.s = session

    def add(self, name: str, password: str, roles: str | list[str]) -> str:
        self.s.require("account.add", Role.ADMIN)
        check_name(name)
        parsed = parse_roles(roles) if isinstance(roles, str) else parse_roles(",".join(roles))
        check_password(password)
        ws = self.s.workspace
        if name in ws.keys.accounts or ws.read(users.by_name, name):
            raise AccountExists(name=name)
        user_id = new_id()
        device, me = ws.device_id, self.s.user.id

        def write(conn, stamp):
            users.insert(conn, user_id, name, [r.value for r in parsed], device, stamp)
            audit.append(conn, device, stamp, [audit.Entry(me, "account_add", user_id, {"roles": parsed})])

        ws.write(write)
        # The database row first, then the wrap: a crash in between leaves an account
        # that cannot log in yet, never a login without an account.
        ws.keys.put(ws.folder, name, ws.keys.wrapped(name, user_id, password, ws.data_key, profile_from_env()))
        return user_id

    def change_password(self, old: str, new: str) -> None:
        ws, name = self.s.workspace, self.s.user.name
        check_password(new)
        try:
            ws.keys.unwrap(ws.folder, name, old)
        except WrongPassword:
            self.s.log("passwd_failed")
            raise
        ws.keys.put(ws.folder, name, ws.keys.wrapped(name, self.s.user.id, new, ws.data_key, profile_from_env()))
        self.s.log("passwd")

    def disable(self, name: str) -> None:
        """An account that may no longer be used (someone left, a password was given away): its
        password no longer opens the workspace; its row stays, since cases and the audit log
        name it. At the office, a laptop's account (name@serial) is disabled there: the office's
        signed directory of accounts tells that laptop, which disables it in turn."""
        self.s.require("account.disable", Role.ADMIN)
        ws, me = self.s.workspace, self.s.user
        if name == me.name:
            raise OwnAccount()
        if "@" in name:
            elsewhere = ws.read(movement.account_by_name, name)
            if elsewhere is None:
                raise AccountNotFound(name=name)
            ws.write(lambda conn, stamp: (movement.disable_elsewhere(conn, elsewhere["id"]), audit.append(
                conn, ws.device_id, stamp, [audit.Entry(me.id, "account_disable", elsewhere["id"])])))
            return
        row = ws.read(users.by_name, name)
        if row is None:
            raise AccountNotFound(name=name)

        def write(conn, stamp):
            users.disable(conn, row["id"], ws.device_id, stamp)
            audit.append(conn, ws.device_id, stamp, [audit.Entry(me.id, "account_disable", row["id"])])

        ws.write(write)
        forget_disabled(ws)

    def list(self) -> list[dict]:
        self.s.require("account.add", Role.ADMIN)
        return self.s.workspace.read(users.all_)


def forget_disabled(ws) -> None:
    """The password wraps of disabled accounts leave the keys file: their passwords open nothing.
    (Written after the database says so: a crash in between leaves a wrap whose login is
    refused, never a disabled account that still opens the workspace.)"""
    ws.keys.reload(ws.folder)
    gone = ws.read(users.disabled_names) & set(ws.keys.accounts)
    if gone:
        ws.keys.remove(ws.folder, gone)
