"""Reopening a laptop's workspace whose users forgot their passwords (DESIGN.md section 3):
at the office, two different administrators, each with their own password, unwrap the
laptop's data key with the office's key and give one of its accounts a new password (the
caseworker keeps her cases), or add a new account. Audited in both workspaces."""

from __future__ import annotations

from pathlib import Path

from caseworker.domain.accounts import Role, check_name, check_password
from caseworker.domain.errors import (
    NoRecoveryWrap,
    RecoveryRefused,
    TwoAdminsNeeded,
    WorkspaceNotFound,
)
from caseworker.domain.ids import new_id
from caseworker.store import audit, users
from caseworker.store.keys import KeysFile, profile_from_env
from caseworker.store.workspace import Workspace, is_workspace
from caseworker.sync import recovery

NEW_ROLES = [Role.ADMIN.value, Role.CASEWORKER.value]  # as a laptop's first account


class Recovery:
    def __init__(self, session) -> None:
        self.s = session

    def recover(self, laptop: Path, second_admin: str, second_password: str, account: str, new_password: str) -> str:
        """Sets a new password for `account` of the laptop's workspace in `laptop` (adding the
        account, as admin and caseworker, if it has none of that name); returns its id."""
        self.s.require("workspace.recover", Role.ADMIN)
        office = self.s.enrolment.office_identity()
        ws = self.s.workspace
        second = ws.read(users.by_name, second_admin)
        if second_admin == self.s.user.name or second is None or Role.ADMIN.value not in second["roles"]:
            self.s.refuse("workspace.recover", error=TwoAdminsNeeded())
        ws.keys.unwrap(ws.folder, second_admin, second_password)  # a wrong password is counted, as at login
        check_name(account)
        check_password(new_password)
        laptop = Path(laptop)
        if not is_workspace(laptop):
            raise WorkspaceNotFound(path=str(laptop))
        keys = KeysFile.load(laptop)
        if keys.recovery is None:
            raise NoRecoveryWrap(path=str(laptop))
        data_key = recovery.unwrap(keys.recovery, office, keys.workspace_id)
        if data_key is None:
            raise RecoveryRefused(path=str(laptop))
        admins = [self.s.user.name, second_admin]
        with Workspace(laptop, keys, data_key, None) as reopened:
            device = reopened.device_id
            existing = reopened.read(users.by_name, account)
            user_id = existing["id"] if existing else new_id()

            def write(conn, stamp):
                if existing is None:
                    users.insert(conn, user_id, account, NEW_ROLES, device, stamp)
                audit.append(conn, device, stamp, [
                    audit.Entry(None, "workspace_recovered", user_id,
                                {"by_office_admins": admins, "new_account": existing is None})
                ])

            reopened.write(write)
            # A forgotten password's wrap is replaced.
            keys.put(laptop, account, keys.wrapped(account, user_id, new_password, data_key, profile_from_env()))
        self.s.log("workspace_recover", detail={"workspace": keys.workspace_id, "admins": admins})
        return user_id
