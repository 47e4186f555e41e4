"""Account use cases: add an account (admin), change one's own password (rewraps only)."""

from __future__ import annotations

from caseworker.domain.accounts import Role, check_name, check_password, parse_roles
from caseworker.domain.errors import AccountExists, WrongPassword
from caseworker.domain.ids import new_id
from caseworker.store import audit, users
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
        ws.keys.wrap(name, user_id, password, ws.data_key, profile_from_env())
        ws.save_keys()
        return user_id

    def change_password(self, old: str, new: str) -> None:
        ws, name = self.s.workspace, self.s.user.name
        check_password(new)
        try:
            ws.keys.unwrap(ws.folder, name, old)
        except WrongPassword:
            self.s.log("passwd_failed")
            raise
        ws.keys.wrap(name, self.s.user.id, new, ws.data_key, profile_from_env())
        ws.save_keys()
        self.s.log("passwd")

    def list(self) -> list[dict]:
        self.s.require("account.add", Role.ADMIN)
        return self.s.workspace.read(users.all_)
