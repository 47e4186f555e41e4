"""The office's list of districts, offered for picking; a case's district stays free text."""

from __future__ import annotations

import json
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from caseworker.domain.resources import resource

LANGUAGES = ("tg", "ru", "en")
Label = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]


class District(BaseModel):
    model_config = ConfigDict(extra="ignore", hide_input_in_errors=True, frozen=True)

    tg: Label
    ru: Label
    en: Label
    region: str = ""

    def name(self, language: str) -> str:
        return getattr(self, language if language in LANGUAGES else "tg")


class DistrictList(BaseModel):
    model_config = ConfigDict(extra="ignore", hide_input_in_errors=True, frozen=True)

    districts: list[District] = Field(min_length=1, max_length=1000)


def shipped() -> DistrictList:
    """Tajikistan's districts and cities, as shipped with the program."""
    return DistrictList.model_validate(json.loads(resource("districts.json").read_text("utf-8")))
