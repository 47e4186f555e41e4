"""The districts offered when a case is registered: the shipped list, or the office's own."""

from __future__ import annotations

import json

from pydantic import ValidationError

from caseworker.domain.accounts import Role
from caseworker.domain.case import explain
from caseworker.domain.districts import DistrictList, shipped
from caseworker.domain.errors import InvalidRecord
from caseworker.store import audit, meta

SETTING = "districts"


class Districts:
    def __init__(self, session) -> None:
        self.s = session

    def offered(self) -> DistrictList:
        stored = self.s.workspace.read(meta.get, SETTING)
        return DistrictList.model_validate_json(stored) if stored else shipped()

    def names(self, language: str) -> list[str]:
        return [d.name(language) for d in self.offered().districts]

    def replace(self, data) -> int:
        """Sets the office's own list (admin); returns how many districts it holds."""
        self.s.require("settings.districts", Role.ADMIN)
        try:
            parsed = DistrictList.model_validate(data if isinstance(data, dict) else {"districts": data})
        except ValidationError as e:
            field, why = explain(e.errors()[0])
            raise InvalidRecord(record="-", field=field, problem=why) from None
        device, me = self.s.workspace.device_id, self.s.user.id
        text = json.dumps(parsed.model_dump(), ensure_ascii=False)
        entry = audit.Entry(me, "settings", detail={"districts": len(parsed.districts)})

        def write(conn, stamp):
            meta.put(conn, SETTING, text)
            audit.append(conn, device, stamp, [entry])

        self.s.workspace.write(write)
        return len(parsed.districts)
