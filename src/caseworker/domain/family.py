"""The child's family: related persons, parents' situation, care arrangement, tracing requests.

A detained parent is recorded as detained, where, and when release is expected; never
why. Parents' legal status and family tracing are need-to-know (domain/restricted.py).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, Field, StringConstraints

from caseworker.domain.common import MODEL_CONFIG, Name, OptionalName, Sex, Short, Text


class Relation(StrEnum):
    MOTHER = "mother"
    FATHER = "father"
    SIBLING = "sibling"
    HALF_SIBLING = "half_sibling"
    GRANDMOTHER = "grandmother"
    GRANDFATHER = "grandfather"
    AUNT = "aunt"
    UNCLE = "uncle"
    STEPPARENT = "stepparent"
    OTHER = "other"


class LegalStatus(StrEnum):
    """Where a parent is, as a caseworker needs to know it."""

    IN_HOUSEHOLD = "in_household"
    DETAINED = "detained"
    RELEASED = "released"
    DECEASED = "deceased"
    MISSING = "missing"
    IN_CAMP_ABROAD = "in_camp_abroad"


class CareArrangement(StrEnum):
    FAMILY = "family"
    KINSHIP = "kinship"
    FOSTER = "foster"
    INSTITUTION = "institution"
    INDEPENDENT = "independent"


class AppointedBy(StrEnum):
    PARENT = "parent"
    DISTRICT_ADMINISTRATION = "district_administration"
    COURT = "court"
    OTHER = "other"


class Guardian(BaseModel):
    model_config = MODEL_CONFIG

    name: Short
    relation: Relation | None = None
    appointed_by: AppointedBy
    decision_date: dt.date | None = None
    decision_number: Annotated[str, StringConstraints(max_length=100)] | None = None


class Person(BaseModel):
    """A related person: caregiver, parent, sibling, grandparent."""

    model_config = MODEL_CONFIG

    relation: Relation
    surname: Name
    given_name: Name
    patronymic: OptionalName | None = None
    sex: Sex | None = None
    birth_year: int | None = Field(None, ge=1900, le=2100)
    returned: bool | None = None  # returned from the conflict zone too
    lives_with_child: bool | None = None
    caregiver: bool = False
    # A sibling placed elsewhere: their own case (if any) and where they live.
    linked_case: str | None = None
    placement: CareArrangement | None = None
    placement_district: Short | None = None
    # Need-to-know: a parent's legal status.
    legal_status: LegalStatus | None = None
    detained_where: Short | None = None
    expected_release: dt.date | None = None
    contact_plan: Text | None = None  # how and how often the child keeps in touch


class TracingRequest(BaseModel):
    """One request to find or reach a family member: to whom, when, and the answer."""

    model_config = MODEL_CONFIG

    about: Short  # the person sought, as named in the request
    to_whom: Short
    sent_on: dt.date
    answer: Text | None = None
    answered_on: dt.date | None = None
