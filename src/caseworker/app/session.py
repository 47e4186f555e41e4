"""Opening a workspace as one user, and the audit trail every use case writes."""

from __future__ import annotations

import json
from pathlib import Path

from caseworker.app import office_documents, permissions
from caseworker.app.accounts import Accounts, forget_disabled
from caseworker.app.assessments import Assessments
from caseworker.app.bundles import Bundles
from caseworker.app.casefile import CaseFile
from caseworker.app.cases import Cases
from caseworker.app.closure import Closure
from caseworker.app.conflicts import Conflicts
from caseworker.app.districts import Districts
from caseworker.app.drafts import Drafts
from caseworker.app.drop import DropSync
from caseworker.app.due import DueList
from caseworker.app.enrolment import Enrolment
from caseworker.app.forms import Forms
from caseworker.app.maintenance import Maintenance
from caseworker.app.recovery import Recovery
from caseworker.app.rotation import Rotation
from caseworker.app.settings import OfficeSettings
from caseworker.app.transfers import Transfers
from caseworker.domain.accounts import Role, User, check_name, check_password
from caseworker.domain.errors import AccountMissing, CaseworkerError, KdfProfileRefused, NotPermitted, WrongPassword
from caseworker.domain.messages import QT_TRANSLATE_NOOP, Message
from caseworker.store import audit, meta, users
from caseworker.store.workspace import Workspace

# Said after an unlock that found the workspace open to others (store/files.py tighten).
TIGHTENED = QT_TRANSLATE_NOOP("Messages", "{count} file(s) or folder(s) of this workspace were open to other users "
                              "of this computer; they are now yours alone.")

# Said after an import that showed this laptop's clock ahead of the office's (app/bundles.py).
CLOCK_IS_AHEAD = QT_TRANSLATE_NOOP("Messages", "This laptop's clock is at least {hours} hours ahead of the office's: "
                                   "set its date and time, or the times written on its edits stay wrong.")
# Said by an installed program started with the tests' weak key profile (main.py).
KDF_PROFILE_REFUSED = KdfProfileRefused().message

LAPTOP = "laptop"
OFFICE = "office"


class Session:
    """One user's unlocked workspace. Use cases hang off it: `session.cases`, ..."""

    def __init__(self, workspace: Workspace, user: User) -> None:
        self.workspace = workspace
        self.user = user
        self.cases = Cases(self)
        self.accounts = Accounts(self)
        self.maintenance = Maintenance(self)
        self.rotation = Rotation(self)
        self.conflicts = Conflicts(self)
        self.districts = Districts(self)
        self.casefile = CaseFile(self)
        self.closure = Closure(self)
        self.due = DueList(self)
        self.settings = OfficeSettings(self)
        self.forms = Forms(self)
        self.assessments = Assessments(self)
        self.drafts = Drafts(self)
        self.enrolment = Enrolment(self)
        self.recovery = Recovery(self)
        self.bundles = Bundles(self)
        self.transfers = Transfers(self)
        self.drop = DropSync(self)

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def create(cls, folder: Path, user: str, password: str, office_name: str | None = None) -> Session:
        """A new workspace: an office's (admin only) or a laptop's (admin and caseworker)."""
        check_name(user)
        check_password(password)
        kind = OFFICE if office_name else LAPTOP
        roles = [Role.ADMIN] if kind == OFFICE else [Role.ADMIN, Role.CASEWORKER]
        ws, user_id = Workspace.create(Path(folder), kind, office_name, user, password, [r.value for r in roles])
        session = cls(ws, User(user_id, user, frozenset(roles)))
        session.log("create_workspace", detail={"kind": kind})
        session.forms.install_shipped()
        if kind == OFFICE:
            session.enrolment.office_identity()  # the office's root keys, made once, kept inside
        return session

    @classmethod
    def open(cls, folder: Path, user: str, password: str) -> Session:
        ws, failures = Workspace.unlock(Path(folder), user, password)
        try:
            row = ws.read(users.by_name, user)
            if row is None and user in ws.read(users.disabled_names):
                forget_disabled(ws)  # disabled, and the wrap outlived a crash: it goes now
                raise WrongPassword()
            if row is None:
                # The wrap exists but the account row does not (e.g. after restoring an old backup).
                raise AccountMissing(name=user)
            session = cls(ws, User(row["id"], row["name"], frozenset(Role(r) for r in row["roles"])))
            entries = []
            if failures:
                entries.append(audit.Entry(session.user.id, "login_failed", detail={"attempts": failures}))
            entries.append(audit.Entry(session.user.id, "login"))
            if ws.tightened:
                entries.append(audit.Entry(session.user.id, "permissions_fixed", detail={"count": ws.tightened}))
            session.log_many(entries)
            # A newer program brings newer versions of the shipped forms; older ones stay.
            session.forms.install_shipped()
        except BaseException:
            ws.close()
            raise
        return session

    def warnings(self) -> list[Message]:
        """What the user should know about the workspace since it was unlocked."""
        found = []
        if self.workspace.tightened:
            found.append(Message("workspace.tightened", TIGHTENED, {"count": self.workspace.tightened}))
        hours = json.loads(self.workspace.read(meta.get, office_documents.CLOCK_AHEAD) or "null")
        if hours:
            found.append(Message("workspace.clock_ahead", CLOCK_IS_AHEAD, {"hours": hours}))
        return found

    def close(self) -> None:
        self.workspace.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- roles -------------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return self.workspace.keys.kind

    def require(self, action: str, *roles: Role) -> None:
        """Refuses (and audits the refusal) unless the user holds one of `roles`."""
        if not any(self.user.has(r) for r in roles):
            self.refuse(action)

    def refuse(self, action: str, record: str | None = None, error: CaseworkerError | None = None):
        """Audits the refusal in its own transaction, then raises."""
        self.log("refusal", record, {"action": action})
        raise error or NotPermitted(action=permissions.action(action))

    # -- audit -------------------------------------------------------------------------------
    def log(self, action: str, record: str | None = None, detail: dict | None = None) -> None:
        self.log_many([audit.Entry(self.user.id if self.user else None, action, record, detail)])

    def log_many(self, entries: list[audit.Entry]) -> None:
        device = self.workspace.device_id
        self.workspace.write(lambda conn, stamp: audit.append(conn, device, stamp, entries))
