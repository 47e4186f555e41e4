"""A small trilingual form that uses every field type, for the engine's tests."""

from __future__ import annotations

import copy

import pytest


def t(en: str, ru: str | None = None, tg: str | None = None) -> dict:
    return {"en": en, "ru": ru or f"{en} (ru)", "tg": tg or f"{en} (tg)"}


FORM = {
    "id": "test_form",
    "version": 1,
    "title": t("Test", "Тест", "Санҷиш"),
    "fields": [
        {"name": "age", "type": "integer", "label": t("Age"), "required": True, "min": 0, "max": 17},
        {"name": "school", "type": "yes_no", "label": t("Goes to school")},
        {"name": "why_not", "type": "text", "label": t("Why not"), "relevant": "${school} = 'no'",
         "required": "${age} >= 7"},
        {"name": "needs", "type": "select_many", "label": t("Needs"),
         "choices": [{"name": "food", "label": t("Food")}, {"name": "shelter", "label": t("Shelter")},
                     {"name": "documents", "label": t("Documents")}]},
        {"name": "sleep", "type": "scale", "label": t("Sleeps well"),
         "scale": {"min": 0, "max": 4, "anchors": [{"value": 0, "label": t("Never")},
                                                  {"value": 4, "label": t("Always")}]}},
        {"name": "visit_date", "type": "date", "label": t("Visit date"), "constraint": ". <= today()",
         "constraint_message": t("Not in the future", "Не в будущем", "На дар оянда")},
        {"name": "weight", "type": "decimal", "label": t("Weight (kg)"), "min": 1, "max": 150},
        {"name": "household", "type": "group", "label": t("Household"), "fields": [
            {"name": "members_count", "type": "integer", "label": t("Members"), "min": 0, "max": 30},
            {"name": "members", "type": "repeat", "label": t("Member"), "repeat_count": "${members_count}",
             "fields": [
                 {"name": "relation", "type": "select_one", "label": t("Relation"),
                  "choices": [{"name": "grandmother", "label": t("Grandmother")},
                              {"name": "aunt", "label": t("Aunt")}]},
                 {"name": "income", "type": "integer", "label": t("Income"), "min": 0},
             ]},
        ]},
        {"name": "total_income", "type": "calculate", "label": t("Total income"),
         "calculation": "sum(${income})"},
        {"name": "remark", "type": "note", "label": t("Remember to listen")},
        {"name": "notes", "type": "long_text", "label": t("Notes")},
    ],
    "scores": [{"name": "needs_count", "label": t("Urgent needs"), "expression": "count-selected(${needs})"}],
    "flags": [
        {"name": "no_sleep", "label": t("The child does not sleep"), "when": "${sleep} = 0", "suggests": "referral",
         "service": "psychosocial"},
        {"name": "no_income", "label": t("No income"), "when": "count(${members}) > 0 and ${total_income} = 0",
         "suggests": "risk_review"},
    ],
}


@pytest.fixture
def form_data() -> dict:
    return copy.deepcopy(FORM)
