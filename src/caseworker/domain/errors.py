"""The refusals a user must understand: one exception type per kind, each a translatable message.

Every text is marked with QT_TRANSLATE_NOOP so lupdate collects it into translations/;
parameters never carry a child's name, only ids, field names and numbers.
"""

from __future__ import annotations

from typing import Any, ClassVar

from caseworker.domain.messages import QT_TRANSLATE_NOOP, Message


class CaseworkerError(Exception):
    """Base of every refusal; `message` is what the user reads."""

    key: ClassVar[str] = "error"
    text: ClassVar[str] = QT_TRANSLATE_NOOP("Messages", "Something went wrong.")

    def __init__(self, **params: Any) -> None:
        self.params = params
        self.message = Message(self.key, self.text, params)
        super().__init__(self.message.english())


class WorkspaceNotFound(CaseworkerError):
    key = "workspace.not_found"
    text = QT_TRANSLATE_NOOP("Messages", "No workspace was found in {path}.")


class WorkspaceExists(CaseworkerError):
    key = "workspace.exists"
    text = QT_TRANSLATE_NOOP("Messages", "{path} already holds a workspace or other files; choose an empty folder.")


class WorkspaceDamaged(CaseworkerError):
    """Base of the ways a workspace can fail to open although it is there."""

    key = "workspace.damaged"
    text = QT_TRANSLATE_NOOP("Messages", "The workspace in {path} cannot be read.")


class WorkspaceClosed(CaseworkerError):
    key = "workspace.closed"
    text = QT_TRANSLATE_NOOP("Messages", "The workspace was locked or closed; unlock it again.")


class KeysFileBusy(CaseworkerError):
    key = "workspace.keys_busy"
    text = QT_TRANSLATE_NOOP(
        "Messages", "Another program on this computer is changing the keys file in {path}; try again in a minute."
    )


class KeysFileDamaged(WorkspaceDamaged):
    key = "workspace.keys_damaged"
    text = QT_TRANSLATE_NOOP(
        "Messages", "The keys file of the workspace in {path} is damaged; restore the folder from a copy."
    )


class PagesDamaged(WorkspaceDamaged):
    """Pages whose HMAC fails (store/integrity.py), with the newest intact backup to restore."""

    key = "workspace.pages_damaged"
    text = QT_TRANSLATE_NOOP(
        "Messages",
        "{count} of the {pages} pages of this workspace's database are damaged (the disk or the file was harmed). "
        "An administrator restores the newest intact backup, {backup}: caseworker backup restore {backup}",
    )


class PagesDamagedNoBackup(WorkspaceDamaged):
    key = "workspace.pages_damaged_no_backup"
    text = QT_TRANSLATE_NOOP(
        "Messages",
        "{count} of the {pages} pages of this workspace's database are damaged (the disk or the file was harmed), "
        "and no backup here is intact. Copy the whole folder {path} before anything else and ask the office's "
        "administrator.",
    )


class DatabaseKeyMismatch(WorkspaceDamaged):
    key = "workspace.key_mismatch"
    text = QT_TRANSLATE_NOOP("Messages", "The database in {path} does not open with this workspace's key.")


class SchemaTooNew(WorkspaceDamaged):
    key = "workspace.schema_too_new"
    text = QT_TRANSLATE_NOOP(
        "Messages",
        "This workspace was made by a newer version of the program (schema {version}); install that version.",
    )


class AccountMissing(WorkspaceDamaged):
    key = "workspace.account_missing"
    text = QT_TRANSLATE_NOOP(
        "Messages", "The account {name} has a password but no entry in the database; was an older backup restored?"
    )


class UnsupportedEncryption(CaseworkerError):
    key = "workspace.unsupported_sqlcipher"
    text = QT_TRANSLATE_NOOP(
        "Messages",
        "This installation's database encryption is not SQLCipher 4 (found: {version}); reinstall the program before opening any case data.",  # noqa: E501
    )


class TempFilesOnDisk(UnsupportedEncryption):
    key = "workspace.temp_store"
    text = QT_TRANSLATE_NOOP(
        "Messages",
        "This installation's database engine may write temporary files to disk; reinstall the program before opening any case data.",  # noqa: E501
    )


class WrongPassword(CaseworkerError):
    key = "account.wrong_password"
    text = QT_TRANSLATE_NOOP("Messages", "Wrong user name or password.")


class LockedOut(CaseworkerError):
    key = "account.locked_out"
    text = QT_TRANSLATE_NOOP(
        "Messages", "Too many wrong passwords: try again in {seconds} s."
    )


class WeakPassword(CaseworkerError):
    key = "account.weak_password"
    text = QT_TRANSLATE_NOOP("Messages", "A password needs at least {minimum} characters.")


class BlankPassword(CaseworkerError):
    key = "account.blank_password"
    text = QT_TRANSLATE_NOOP("Messages", "A password cannot be only spaces.")


class AccountExists(CaseworkerError):
    key = "account.exists"
    text = QT_TRANSLATE_NOOP("Messages", "An account named {name} already exists.")


class AccountNotFound(CaseworkerError):
    key = "account.not_found"
    text = QT_TRANSLATE_NOOP("Messages", "No account named {name}.")


class OwnAccount(CaseworkerError):
    key = "account.own"
    text = QT_TRANSLATE_NOOP("Messages", "You cannot disable the account you are using.")


class InvalidAccountName(CaseworkerError):
    key = "account.invalid_name"
    text = QT_TRANSLATE_NOOP(
        "Messages",
        "An account name is 1 to 64 Latin letters, digits, dots, hyphens or underscores.",
    )


class UnknownRole(CaseworkerError):
    key = "account.unknown_role"
    text = QT_TRANSLATE_NOOP("Messages", "Unknown role {role}: use caseworker, supervisor or admin.")


class NotPermitted(CaseworkerError):
    key = "access.not_permitted"
    text = QT_TRANSLATE_NOOP("Messages", "Your account may not {action}.")


class CaseNotFound(CaseworkerError):
    key = "case.not_found"
    text = QT_TRANSLATE_NOOP("Messages", "No case {case_id} that you may see.")


class InvalidRecord(CaseworkerError):
    """Bad input for a record: names the record (its position) and the field, never the value."""

    key = "record.invalid"
    text = QT_TRANSLATE_NOOP("Messages", "Record {record}, field {field}: {problem}")


class InvalidInputFile(CaseworkerError):
    key = "input.unreadable"
    text = QT_TRANSLATE_NOOP("Messages", "{path} cannot be read.")


class InvalidOutputFile(CaseworkerError):
    key = "output.unwritable"
    text = QT_TRANSLATE_NOOP("Messages", "{path} cannot be written; nothing was saved.")


class InvalidJson(InvalidInputFile):
    key = "input.invalid_json"
    text = QT_TRANSLATE_NOOP("Messages", "{path} is not valid JSON: the error is at line {line}, column {column}.")


class NotUtf8(InvalidInputFile):
    key = "input.not_utf8"
    text = QT_TRANSLATE_NOOP("Messages", "{path} is not UTF-8 text; save it as UTF-8 and try again.")


class JsonNotStrict(InvalidInputFile):
    key = "input.not_strict"
    text = QT_TRANSLATE_NOOP("Messages", "{path} is not read: {problem}. Nothing was changed.")


class NotAnObject(InvalidInputFile):
    key = "input.not_object"
    text = QT_TRANSLATE_NOOP("Messages", "{path} must hold one JSON object.")


class AuditChainBroken(CaseworkerError):
    key = "audit.broken"
    text = QT_TRANSLATE_NOOP(
        "Messages", "The audit log is broken at entry {seq}: it was changed or removed."
    )


class DeviceAuditBroken(CaseworkerError):
    key = "audit.device_broken"
    text = QT_TRANSLATE_NOOP(
        "Messages", "The audit log of device {device_id}, as its bundles brought it, is broken or incomplete at "
        "entry {seq}."
    )


class BackupNotFound(CaseworkerError):
    key = "backup.not_found"
    text = QT_TRANSLATE_NOOP("Messages", "No backup named {name} in this workspace.")


class AccountsNotSealed(CaseworkerError):
    key = "workspace.accounts_not_sealed"
    text = QT_TRANSLATE_NOOP(
        "Messages",
        "These accounts have not signed in since this version of the program was installed, so the new key "
        "cannot be given to them: {names}. Ask each to sign in once, or disable the account; then rotate the "
        "key. Nothing was changed.",
    )


class BackupFolderOutside(CaseworkerError):
    key = "backup.folder_outside"
    text = QT_TRANSLATE_NOOP(
        "Messages",
        "{path} leads out of the workspace (it is a link to another place); no backup was made there. "
        "Remove the link: backups stay inside the workspace.",
    )


class KdfProfileRefused(CaseworkerError):
    key = "workspace.test_profile"
    text = QT_TRANSLATE_NOOP(
        "Messages",
        "CASEWORKER_KDF_PROFILE is set: that weak key profile is for the developers' tests only, and this "
        "installed program refuses it. Remove the setting and start again.",
    )


class BackupDamaged(CaseworkerError):
    key = "backup.damaged"
    text = QT_TRANSLATE_NOOP(
        "Messages", "The backup {name} cannot be opened with this workspace's key; nothing was restored."
    )


class ConsentMissing(CaseworkerError):
    key = "consent.missing"
    text = QT_TRANSLATE_NOOP(
        "Messages",
        "No valid consent for {purpose} ({recipient}): record the consent first, or an emergency override with a reason and a supervisor's name.",  # noqa: E501
    )


class ChildViewMissing(CaseworkerError):
    key = "consent.child_view"
    text = QT_TRANSLATE_NOOP(
        "Messages", "The child is {age}: record the child's own {view} (given or refused) with this consent."
    )


class RestrictedField(CaseworkerError):
    key = "access.restricted_field"
    text = QT_TRANSLATE_NOOP(
        "Messages", "Only the assigned caseworker and the case's supervisor may see or change {field}."
    )


class NotASupervisor(CaseworkerError):
    key = "account.not_supervisor"
    text = QT_TRANSLATE_NOOP("Messages", "{name} is not a supervisor's account.")


class ItemNotFound(CaseworkerError):
    key = "item.not_found"
    text = QT_TRANSLATE_NOOP("Messages", "No entry {item_id} in a case that you may see.")


class CaseIsClosed(CaseworkerError):
    key = "case.closed"
    text = QT_TRANSLATE_NOOP("Messages", "Case {case_id} is closed; reopen it first.")


class CaseIsOpen(CaseworkerError):
    key = "case.open"
    text = QT_TRANSLATE_NOOP("Messages", "Case {case_id} is not closed.")


class SiteInvalid(CaseworkerError):
    key = "site.invalid"
    text = QT_TRANSLATE_NOOP(
        "Messages", "The site file {path} that came with this program does not verify ({code}). Do not set up "
        "this laptop with it: tell the office."
    )


class NotTheExpectedOffice(CaseworkerError):
    key = "enrol.not_expected_office"
    text = QT_TRANSLATE_NOOP(
        "Messages", "{path} comes from another office than the one this program was prepared for. Enrolment "
        "stopped: tell the office."
    )


class DropNotSet(CaseworkerError):
    key = "drop.not_set"
    text = QT_TRANSLATE_NOOP(
        "Messages", "The office's drop is not set up here: an administrator sets its address and its certificate "
        "pin (settings drop-url and drop-pin)."
    )


class DropTrustInvalid(CaseworkerError):
    key = "drop.trust_invalid"
    text = QT_TRANSLATE_NOOP(
        "Messages", "The trust file {path} cannot be used ({code}); write it again with office export-trust."
    )


class DropFolderMissing(CaseworkerError):
    key = "drop.folder_missing"
    text = QT_TRANSLATE_NOOP("Messages", "There is no folder {path}: give the folder the drop service uses.")


class DropUrlInvalid(CaseworkerError):
    key = "drop.url_invalid"
    text = QT_TRANSLATE_NOOP("Messages", "The drop's address must begin with https:// and name a server.")


class DropPinInvalid(CaseworkerError):
    key = "drop.pin_invalid"
    text = QT_TRANSLATE_NOOP(
        "Messages", "A certificate pin is the SHA-256 of the drop's certificate: 64 hexadecimal characters."
    )


class DropUnreachable(CaseworkerError):
    key = "drop.unreachable"
    text = QT_TRANSLATE_NOOP(
        "Messages", "The office's drop cannot be reached now ({code}); the bundles wait and go at the next try."
    )


class DropPinMismatch(DropUnreachable):
    key = "drop.pin_mismatch"
    text = QT_TRANSLATE_NOOP(
        "Messages", "The server at the drop's address is not the office's drop: its certificate does not match the "
        "pin. Nothing was sent. Tell the office."
    )


class DropRefused(DropUnreachable):
    key = "drop.refused"
    text = QT_TRANSLATE_NOOP("Messages", "The office's drop refused this laptop ({code}). Tell the office.")


class TransferPending(CaseworkerError):
    key = "transfer.pending"
    text = QT_TRANSLATE_NOOP("Messages", "Case {case_id} already has a transfer waiting for a decision or acceptance.")


class NoTransferToDecide(CaseworkerError):
    key = "transfer.none_requested"
    text = QT_TRANSLATE_NOOP("Messages", "No transfer of case {case_id} is waiting for a supervisor's decision.")


class NoTransferToAccept(CaseworkerError):
    key = "transfer.none_approved"
    text = QT_TRANSLATE_NOOP("Messages", "No transfer of case {case_id} is waiting for your acceptance.")


class SameDistrict(CaseworkerError):
    key = "transfer.same_district"
    text = QT_TRANSLATE_NOOP("Messages", "Case {case_id} is already in that district.")


class TooFewAttempts(CaseworkerError):
    key = "case.too_few_attempts"
    text = QT_TRANSLATE_NOOP(
        "Messages",
        "A case is closed as unreachable after {needed} visits that found no one; {made} are recorded.",
    )


class PurgeTooEarly(CaseworkerError):
    key = "case.purge_too_early"
    text = QT_TRANSLATE_NOOP("Messages", "Case {case_id} may be purged from {date}, {years} years after closure.")


class AttachmentTooLarge(CaseworkerError):
    key = "attachment.too_large"
    text = QT_TRANSLATE_NOOP("Messages", "An attachment may be at most {megabytes} MB.")


class UnknownProvider(CaseworkerError):
    key = "referral.unknown_provider"
    text = QT_TRANSLATE_NOOP(
        "Messages", "{provider} is not in the service directory of {district}; choose a listed provider."
    )


class FormInvalid(CaseworkerError):
    key = "form.invalid"
    text = QT_TRANSLATE_NOOP("Messages", "Form {form}, field {field}: {problem}")


class ExpressionInvalid(CaseworkerError):
    key = "form.expression"
    text = QT_TRANSLATE_NOOP(
        "Messages", "Form {form}, field {field}: the expression is not valid at character {position} ({problem})."
    )


class FormWordRefused(CaseworkerError):
    key = "form.guardrail"
    text = QT_TRANSLATE_NOOP(
        "Messages",
        "Form {form}, field {field} uses the word “{word}”: forms never ask about such things. An admin may override this with a reason, which is audited.",  # noqa: E501
    )


class FormNotFound(CaseworkerError):
    key = "form.not_found"
    text = QT_TRANSLATE_NOOP("Messages", "No form {form} (version {version}) is installed.")


class AnswersInvalid(CaseworkerError):
    """The answers do not fit the form; `problems` lists each (path, message)."""

    key = "assessment.invalid"
    text = QT_TRANSLATE_NOOP("Messages", "The answers have {count} problem(s); nothing was saved.")

    def __init__(self, problems: list, **params) -> None:
        super().__init__(count=len(problems), **params)
        self.problems = problems


class AssessmentNotDraft(CaseworkerError):
    key = "assessment.not_draft"
    text = QT_TRANSLATE_NOOP("Messages", "Assessment {item_id} is complete; it is not changed again.")


class FormVersionExists(CaseworkerError):
    key = "form.version_exists"
    text = QT_TRANSLATE_NOOP(
        "Messages", "Version {version} of form {form} is already installed; a new version needs a new number."
    )


class XlsformRefused(CaseworkerError):
    key = "xlsform.refused"
    text = QT_TRANSLATE_NOOP("Messages", "Sheet {sheet}, row {row} ({field}): {problem}")


class NotAWorkbook(CaseworkerError):
    key = "xlsform.not_a_workbook"
    text = QT_TRANSLATE_NOOP("Messages", "{path} is not an .xlsx workbook.")


# -- enrolment and devices (sync) ------------------------------------------------------------------
class FingerprintMismatch(CaseworkerError):
    """The keys in a file are not the ones the person was told about: enrolment stops."""

    key = "enrol.fingerprint_mismatch"
    text = QT_TRANSLATE_NOOP(
        "Messages",
        "The fingerprint in {path} is {actual}, not {expected}. Enrolment stopped: compare the fingerprint "
        "on the other screen again, and use the file it belongs to.",
    )


class EnrolmentFileInvalid(CaseworkerError):
    key = "enrol.file_invalid"
    text = QT_TRANSLATE_NOOP("Messages", "{path} is not a valid {what}: {reason}.")


class NotAnOffice(CaseworkerError):
    key = "enrol.not_an_office"
    text = QT_TRANSLATE_NOOP("Messages", "This is a laptop's workspace; only the office's workspace does this.")


class NotALaptop(CaseworkerError):
    key = "enrol.not_a_laptop"
    text = QT_TRANSLATE_NOOP("Messages", "This is the office's workspace; only a laptop's workspace does this.")


class AlreadyEnrolled(CaseworkerError):
    key = "enrol.already"
    text = QT_TRANSLATE_NOOP("Messages", "This laptop is already enrolled with {office}.")


class DistrictNotPlain(CaseworkerError):
    key = "enrol.district_not_plain"
    text = QT_TRANSLATE_NOOP(
        "Messages", "A district's name is plain text of at most 100 letters, without control characters, / or \\."
    )


class DeviceNotFound(CaseworkerError):
    key = "device.not_found"
    text = QT_TRANSLATE_NOOP("Messages", "No enrolled device {device_id}.")


class DeviceRevoked(CaseworkerError):
    key = "device.revoked"
    text = QT_TRANSLATE_NOOP("Messages", "Device {device_id} was revoked on {on}; it cannot be enrolled again.")


class TwoAdminsNeeded(CaseworkerError):
    key = "recover.two_admins"
    text = QT_TRANSLATE_NOOP(
        "Messages", "Reopening a laptop's workspace needs two different administrators of the office, each with "
        "their own password."
    )


class NoRecoveryWrap(CaseworkerError):
    key = "recover.no_wrap"
    text = QT_TRANSLATE_NOOP(
        "Messages", "The workspace in {path} was never enrolled with an office, so the office cannot reopen it."
    )


class RecoveryRefused(CaseworkerError):
    key = "recover.refused"
    text = QT_TRANSLATE_NOOP("Messages", "The workspace in {path} was enrolled with another office.")


class NotEnrolled(CaseworkerError):
    key = "bundle.not_enrolled"
    text = QT_TRANSLATE_NOOP(
        "Messages", "This laptop is not enrolled with an office yet: enrol it before sending bundles."
    )


class BundleRefused(CaseworkerError):
    """A bundle that changes nothing: `code` is stable (docs/bundle-format.md), `reason` in words."""

    key = "bundle.refused"
    text = QT_TRANSLATE_NOOP("Messages", "{path}: refused ({code}): {reason}.")


class BundleNotPermitted(BundleRefused):
    """A bundle signed by a genuine laptop that says what that laptop may not say (`rule`): the
    program never writes one, so the laptop may be in the wrong hands."""

    key = "bundle.not_permitted"
    text = QT_TRANSLATE_NOOP(
        "Messages",
        "{path}: refused ({code}): laptop {serial} ({district}) sent {rule}. The program never writes such a "
        "bundle: the laptop may be in the wrong hands. Revoke it unless you know why (caseworker device revoke "
        "{device_id}).",
    )


class AssignedAtOffice(CaseworkerError):
    """On a laptop, where a case lives follows its assignment, which is the office's to decide."""

    key = "case.assigned_at_office"
    text = QT_TRANSLATE_NOOP(
        "Messages",
        "Cases are assigned by a supervisor at the office; on a laptop a case stays with its caseworker.",
    )


class DecidedAtOffice(CaseworkerError):
    key = "transfer.decided_at_office"
    text = QT_TRANSLATE_NOOP("Messages", "Transfers are decided by a supervisor at the office, not on a laptop.")


class ResolvedAtOffice(CaseworkerError):
    key = "conflict.resolved_at_office"
    text = QT_TRANSLATE_NOOP("Messages", "Conflicts are resolved by a supervisor at the office, not on a laptop.")


class ConflictNotFound(CaseworkerError):
    key = "conflict.not_found"
    text = QT_TRANSLATE_NOOP("Messages", "No open conflict {conflict_id}.")


class ConflictValueNotFound(CaseworkerError):
    key = "conflict.no_value"
    text = QT_TRANSLATE_NOOP("Messages", "Conflict {conflict_id} has no value {value_id}.")


class WorkspaceFull(CaseworkerError):
    key = "workspace.full"
    text = QT_TRANSLATE_NOOP(
        "Messages", "The disk that holds the workspace is full; nothing of {path} was imported. Free some space "
        "and import it again."
    )
