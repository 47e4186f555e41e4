"""Accounts and roles: who may do what is decided in app/, from these definitions."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from caseworker.domain.errors import BlankPassword, InvalidAccountName, UnknownRole, WeakPassword

MIN_PASSWORD = 8
_NAME = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


class Role(StrEnum):
    CASEWORKER = "caseworker"  # own and assigned cases
    SUPERVISOR = "supervisor"  # every case of the office, approvals, conflicts
    ADMIN = "admin"  # accounts, devices, forms, backups; no case content by itself


@dataclass(frozen=True)
class User:
    id: str
    name: str
    roles: frozenset[Role]

    def has(self, role: Role) -> bool:
        return role in self.roles


def parse_roles(text: str) -> list[Role]:
    roles = []
    for part in (p.strip() for p in text.split(",")):
        try:
            roles.append(Role(part))
        except ValueError:
            raise UnknownRole(role=part or "''") from None
    return sorted(set(roles))


def check_name(name: str) -> str:
    if not _NAME.match(name or ""):
        raise InvalidAccountName()
    return name


def check_password(password: str) -> str:
    """A password that may be set: not blank once trimmed, and long enough counted in letters as
    they are derived (NFC: a decomposed й is one letter, not two)."""
    password = password or ""
    if not password.strip():
        raise BlankPassword()
    if len(unicodedata.normalize("NFC", password)) < MIN_PASSWORD:
        raise WeakPassword(minimum=MIN_PASSWORD)
    return password
