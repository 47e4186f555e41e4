"""The office's settings and service directory: read by everyone, changed by an admin."""

from __future__ import annotations

from pydantic import ValidationError

from caseworker.domain.accounts import Role
from caseworker.domain.case import explain, problem
from caseworker.domain.errors import InvalidRecord
from caseworker.domain.services import Service
from caseworker.domain.settings import Settings
from caseworker.store import audit, deadlines, directory, settings


class OfficeSettings:
    def __init__(self, session) -> None:
        self.s = session

    def get(self) -> Settings:
        return self.s.workspace.read(settings.load)

    def replace(self, data: dict) -> Settings:
        """New settings (admin); every case's deadlines follow them at once."""
        self.s.require("settings.change", Role.ADMIN)
        try:
            new = Settings.model_validate(data)
        except ValidationError as e:
            field, why = explain(e.errors()[0])
            raise InvalidRecord(record="settings", field=field, problem=why) from None
        device, me = self.s.workspace.device_id, self.s.user.id

        def write(conn, stamp):
            settings.save(conn, new)
            deadlines.rebuild_all(conn)
            audit.append(conn, device, stamp, [audit.Entry(me, "settings")])

        self.s.workspace.write(write)
        return new

    def services(self) -> list[Service]:
        return [Service.model_validate(s) for s in self.s.workspace.read(directory.load)]

    def replace_services(self, data: list) -> int:
        self.s.require("settings.change", Role.ADMIN)
        if not isinstance(data, list):
            raise InvalidRecord(record="services", field="-", problem=problem("list"))
        parsed = []
        for n, entry in enumerate(data, start=1):
            try:
                parsed.append(Service.model_validate(entry))
            except ValidationError as e:
                field, why = explain(e.errors()[0])
                raise InvalidRecord(record=f"services[{n}]", field=field, problem=why) from None
        device, me = self.s.workspace.device_id, self.s.user.id
        rows = [p.model_dump(mode="json") for p in parsed]

        def write(conn, stamp):
            directory.save(conn, rows)
            audit.append(conn, device, stamp, [audit.Entry(me, "settings", detail={"services": len(rows)})])

        self.s.workspace.write(write)
        return len(rows)
