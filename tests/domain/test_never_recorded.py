"""Do no harm (DESIGN.md §11): no model, choice or shipped form records what the child or a
parent did in the group, associates, combat, religious practice, ideology or "radicalisation"."""

from __future__ import annotations

import enum
import importlib
import inspect
import json
import pkgutil
import re

from pydantic import BaseModel

import caseworker.domain
from caseworker.domain.resources import resource

FORBIDDEN = re.compile(
    r"ideolog|religio|radical|extrem|terror|jihad|combat|fighter|militant|weapon|associate|crime|criminal|"
    r"offen[cs]e|prayer|praying|mosque|namaz|allegiance|martyr|deradical|violent_group|armed_group|indoctrinat",
    re.IGNORECASE,
)


def domain_members():
    for info in pkgutil.iter_modules(caseworker.domain.__path__):
        module = importlib.import_module(f"caseworker.domain.{info.name}")
        for _, member in inspect.getmembers(module, inspect.isclass):
            if member.__module__ == module.__name__:
                yield member


def words_of(cls) -> list[str]:
    if issubclass(cls, BaseModel):
        return [cls.__name__, *cls.model_fields]
    if issubclass(cls, enum.Enum):
        return [cls.__name__, *(m.name for m in cls), *(str(m.value) for m in cls)]
    return []


def test_no_model_field_or_choice_records_forbidden_things():
    checked = 0
    for cls in domain_members():
        for word in words_of(cls):
            checked += 1
            assert not FORBIDDEN.search(word), f"{cls.__name__}: {word}"
    assert checked > 200  # the models of the whole case file were seen


def keys_and_values(data):
    if isinstance(data, dict):
        for k, v in data.items():
            yield str(k)
            yield from keys_and_values(v)
    elif isinstance(data, list):
        for v in data:
            yield from keys_and_values(v)
    elif isinstance(data, str):
        yield data


def test_no_shipped_resource_names_forbidden_things():
    files = [p for p in resource("").rglob("*.json")]
    assert files
    for path in files:
        for word in keys_and_values(json.loads(path.read_text("utf-8"))):
            assert not FORBIDDEN.search(word), f"{path.name}: {word}"


def test_the_check_would_catch_a_forbidden_field():
    class Bad(BaseModel):
        religious_practice: str

    assert any(FORBIDDEN.search(w) for w in words_of(Bad))
