"""Building blocks every record model shares: the model configuration and text types.

Models hide input values in their errors (`hide_input_in_errors`): a child's name must
never reach a log or a message.
"""

from __future__ import annotations

import functools
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints, create_model

# Enum fields hold their plain string values once validated: rows are built from them
# 100,000 at a time, and the stored values are plain text.
MODEL_CONFIG = ConfigDict(
    extra="forbid", hide_input_in_errors=True, str_strip_whitespace=True, frozen=True, use_enum_values=True
)

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
OptionalName = Annotated[str, StringConstraints(strip_whitespace=True, max_length=100)]
Short = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, max_length=20_000)]
Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=2000)]


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"


@functools.cache
def stored_form(model: type[BaseModel]) -> type[BaseModel]:
    """`model`'s fields with their types and limits, each optional, without the rules that tie
    fields together: what a record that arrives in a bundle is checked against. A merge puts
    side by side fields written apart, each one checked where it was written, so a rule across
    fields may not hold after it, and an honest bundle must never be refused for that."""
    fields = {}
    for name, info in model.model_fields.items():
        annotation = Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation
        fields[name] = (annotation | None, None)
    return create_model(f"Stored{model.__name__}", __config__=model.model_config, **fields)
