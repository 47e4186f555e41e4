"""The districts offered for picking: shipped for Tajikistan, replaceable by the office's own."""

from __future__ import annotations

import pytest

from caseworker.app.session import Session
from caseworker.domain.districts import shipped
from caseworker.domain.errors import InvalidRecord, NotPermitted
from tests.conftest import PASSWORD


def test_the_shipped_list_names_each_district_in_three_languages(laptop):
    tg, ru, en = (laptop.districts.names(lang) for lang in ("tg", "ru", "en"))
    assert "Ваҳдат" in tg and "Вахдат" in ru and "Vahdat" in en
    assert "Хуҷанд" in tg and "Худжанд" in ru
    assert len(tg) == len(ru) == len(en) == len(shipped().districts) > 60


def test_an_admin_replaces_the_list(laptop):
    own = [{"tg": "Ваҳдат", "ru": "Вахдат", "en": "Vahdat"}, {"tg": "Ҳисор", "ru": "Гиссар", "en": "Hisor"}]
    assert laptop.districts.replace(own) == 2
    assert laptop.districts.names("ru") == ["Вахдат", "Гиссар"]


@pytest.mark.parametrize(
    "bad",
    [[], [{"tg": "Ваҳдат", "ru": "Вахдат"}], [{"tg": " ", "ru": "Вахдат", "en": "Vahdat"}], "Ваҳдат"],
)
def test_a_bad_list_is_refused_and_the_old_one_stays(laptop, bad):
    before = laptop.districts.names("tg")
    with pytest.raises(InvalidRecord):
        laptop.districts.replace(bad)
    assert laptop.districts.names("tg") == before


def test_only_an_admin_changes_the_list(office):
    with Session.open(office, "sabina", PASSWORD) as sabina:
        with pytest.raises(NotPermitted):
            sabina.districts.replace([{"tg": "Ваҳдат", "ru": "Вахдат", "en": "Vahdat"}])
        assert "Ваҳдат" in sabina.districts.names("tg")
