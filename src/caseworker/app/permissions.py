"""The actions a role may be refused, as translatable phrases ("Your account may not ...")."""

from __future__ import annotations

from caseworker.domain.messages import QT_TRANSLATE_NOOP, Message

ACTIONS: dict[str, str] = {
    "case.read": QT_TRANSLATE_NOOP("Messages", "see case files"),
    "case.create": QT_TRANSLATE_NOOP("Messages", "register cases"),
    "case.change": QT_TRANSLATE_NOOP("Messages", "change this case"),
    "case.delete": QT_TRANSLATE_NOOP("Messages", "delete this case"),
    "case.assign": QT_TRANSLATE_NOOP("Messages", "assign cases to other caseworkers"),
    "account.add": QT_TRANSLATE_NOOP("Messages", "add accounts"),
    "account.disable": QT_TRANSLATE_NOOP("Messages", "disable accounts"),
    "backup.restore": QT_TRANSLATE_NOOP("Messages", "restore backups"),
    "workspace.rotate_key": QT_TRANSLATE_NOOP("Messages", "rotate the workspace key"),
    "audit.verify": QT_TRANSLATE_NOOP("Messages", "verify the audit log"),
    "settings.districts": QT_TRANSLATE_NOOP("Messages", "change the list of districts"),
    "settings.change": QT_TRANSLATE_NOOP("Messages", "change the office's settings"),
    "case.purge": QT_TRANSLATE_NOOP("Messages", "purge cases"),
    "consent.use": QT_TRANSLATE_NOOP("Messages", "act without the consent it needs"),
    "due.read": QT_TRANSLATE_NOOP("Messages", "see what is due"),
    "form.install": QT_TRANSLATE_NOOP("Messages", "install forms"),
    "device.enrol": QT_TRANSLATE_NOOP("Messages", "enrol devices"),
    "device.revoke": QT_TRANSLATE_NOOP("Messages", "revoke devices"),
    "workspace.recover": QT_TRANSLATE_NOOP("Messages", "reopen a laptop's workspace for the office"),
    "bundle.export": QT_TRANSLATE_NOOP("Messages", "send bundles"),
    "bundle.import": QT_TRANSLATE_NOOP("Messages", "import bundles"),
    "conflict.read": QT_TRANSLATE_NOOP("Messages", "see conflicts"),
    "conflict.resolve": QT_TRANSLATE_NOOP("Messages", "resolve this conflict"),
    "transfer.decide": QT_TRANSLATE_NOOP("Messages", "decide transfers between districts"),
}


def action(key: str) -> Message:
    return Message(key, ACTIONS[key])
