"""Synthetic case data that looks like a district's: Tajik names in Tajik Cyrillic, in Russian
spelling and in Latin, for the demo workspace and the benchmarks. No real person is in it."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

from anyascii import anyascii

from caseworker.app.session import Session
from caseworker.store.workspace import is_workspace

SURNAME_ROOTS = [
    "Раҳимов", "Каримов", "Қурбонов", "Ҷалолов", "Назаров", "Ғиёсов", "Зокиров", "Собиров", "Қодиров",
    "Ҳакимов", "Исмоилов", "Мирзоев", "Шарипов", "Юсупов", "Саидов", "Одинаев", "Ёқубов", "Сафаров",
    "Давлатов", "Файзуллоев", "Ҳасанов", "Аҳмадов", "Бобоев", "Валиев", "Ғафуров", "Иброҳимов",
    "Латифов", "Маҳмудов", "Нурматов", "Раҷабов", "Султонов", "Тоҳиров", "Умаров", "Холов", "Ҷумаев",
    "Эргашев", "Қаюмов", "Муродов", "Сангинов", "Абдуллоев",
]
ZODA_SURNAMES = [
    "Ҳусейнзода", "Раҳимзода", "Қурбонзода", "Шарифзода", "Ализода", "Ҷӯразода",
    "Назарзода", "Саидзода", "Ҳамидзода", "Давлатзода", "Мирзоӣ", "Сафарзод", "Олимпур",
]
GIVEN_MALE = [
    "Муҳаммадҷон", "Шоҳрух", "Дилшод", "Ҷонибек", "Сарвар", "Азиз", "Фирдавс", "Умед", "Ҷамшед",
    "Ғуломҷон", "Исмоил", "Абубакр", "Юсуф", "Идрис", "Амир", "Меҳроб", "Фаррух", "Баҳодур", "Зубайр",
    "Комрон", "Нуриддин", "Рустам", "Сиёвуш", "Тоҳир", "Хуршед", "Шаҳбоз", "Ёсин", "Илҳом",
]
GIVEN_FEMALE = [
    "Ситора", "Шабнам", "Ӯғилой", "Фирӯза", "Зарина", "Нигора", "Шаҳло", "Мадина", "Гулноза", "Дилноза",
    "Малика", "Оиша", "Марям", "Зайнаб", "Ҳадича", "Фотима", "Сумая", "Меҳрона", "Парвина", "Сабрина",
    "Гулчеҳра", "Таҳмина", "Мунира", "Сафо", "Ҳанифа", "Ёсмин",
]
DISTRICTS = [
    "Ваҳдат", "Ҳисор", "Турсунзода", "Рӯдакӣ", "Бохтар", "Кӯлоб", "Хуҷанд", "Истаравшан", "Панҷакент",
    "Душанбе", "Ёвон", "Данғара", "Файзобод", "Шаҳринав", "Вахш",
]
# Sentences a caseworker writes in a case summary; a summary joins several of them, so a
# case is about 1 KB, as real ones are. About the child's situation and needs only.
SUMMARY_SENTENCES = [
    "Returned with her mother and two younger siblings in the spring.",
    "Lives with the maternal grandmother, who receives a small pension.",
    "Attends school irregularly; the teacher reports good progress in reading.",
    "Needs a birth certificate: born abroad, no registration yet.",
    "The mother is detained; a monthly visit to her is being arranged.",
    "Sleeps poorly and is afraid of loud noises; referred to the psychologist.",
    "The family asks for help with winter clothing and school supplies.",
    "Вернулся вместе с матерью; сейчас живёт у бабушки по материнской линии.",
    "Посещает школу, нуждается в дополнительных занятиях по русскому языку.",
    "Документы: свидетельство о рождении не получено, запрос направлен в ЗАГС.",
    "Мать находится под стражей, ожидается решение суда; дети у родственников.",
    "Ребёнок спокойный, охотно общается со сверстниками во дворе.",
    "Бо модаркалон зиндагӣ мекунад; ба мактаб мунтазам меравад.",
    "Шаҳодатномаи таваллуд надорад; дархост ба ШАҲ фиристода шуд.",
    "Модар дар ҳабс аст; бо ӯ тамоси телефонӣ ҳар моҳ ташкил карда мешавад.",
    "Оила ба кӯмак барои либоси зимистона ва лавозимоти мактабӣ ниёз дорад.",
    "Кӯдак бо ҳамсолон хуб муошират мекунад ва ба варзиш шавқ дорад.",
]
# How a Russian-trained clerk spells the Tajik letters.
RUSSIAN_SPELLING = str.maketrans({"ҳ": "х", "Ҳ": "Х", "ҷ": "дж", "Ҷ": "Дж", "қ": "к", "Қ": "К", "ғ": "г",
                                  "Ғ": "Г", "ӣ": "и", "ӯ": "у", "Ӯ": "У"})

DEMO_PASSWORD = "demo-password"  # noqa: S105 - the documented password of synthetic demo data
DEMO_ACCOUNTS = (
    ("nigora", "admin,caseworker"),
    ("farrukh", "caseworker"),
    ("supervisor", "supervisor"),
)


def feminine(surname: str) -> str:
    if surname.endswith(("ов", "ев", "ин")):
        return surname + "а"
    return surname


def spelling(name: str, style: str) -> str:
    if style == "russian":
        # Муҳаммадҷон is Мухаммаджон in Russian spelling: one д before the ҷ.
        return name.replace("дҷ", "ҷ").translate(RUSSIAN_SPELLING)
    if style == "latin":
        return anyascii(name)
    return name


def cases(n: int, seed: int = 7) -> Iterator[dict]:
    """n synthetic cases in the `case add` input format."""
    rng = random.Random(seed)  # noqa: S311 - repeatable synthetic data, not secrets
    this_year = dt.date.today().year
    for _ in range(n):
        sex = rng.choice(("female", "male"))
        surname = rng.choice(SURNAME_ROOTS) if rng.random() < 0.8 else rng.choice(ZODA_SURNAMES)
        if sex == "female":
            surname = feminine(surname)
        given = rng.choice(GIVEN_FEMALE if sex == "female" else GIVEN_MALE)
        father = rng.choice(GIVEN_MALE)
        patronymic = None
        if rng.random() < 0.4:
            patronymic = father + ("овна" if sex == "female" else "ович")
        # Most records typed in Tajik; some by clerks in Russian spelling, some from Latin papers.
        style = rng.choices(("tajik", "russian", "latin"), weights=(70, 20, 10))[0]
        record = {
            "surname": spelling(surname, style),
            "given_name": spelling(given, style),
            "patronymic": spelling(patronymic, style) if patronymic else None,
            "sex": sex,
            "district": rng.choice(DISTRICTS),
            "summary": " ".join(rng.sample(SUMMARY_SENTENCES, rng.randint(8, 13))),
            "risk": rng.choice(("high", "medium", "medium", "low", "low", "low")),
        }
        if rng.random() < 0.25:
            record["other_names"] = [spelling(given, "latin") + " " + spelling(surname, "latin")]
        year = rng.randint(this_year - 17, this_year - 1)
        if rng.random() < 0.6:
            record["birth_date"] = dt.date(year, rng.randint(1, 12), rng.randint(1, 28)).isoformat()
        else:
            record["birth_year"] = year
        yield record


def build(folder: Path, n: int) -> str:
    """Creates the demo workspace (or says it already exists); returns what to tell the user."""
    folder = Path(folder)
    accounts = "\n".join(f"  {name} ({roles}), password {DEMO_PASSWORD}" for name, roles in DEMO_ACCOUNTS)
    if is_workspace(folder):
        return f"A demo workspace is already in {folder}. Accounts:\n{accounts}"
    first, _ = DEMO_ACCOUNTS[0]
    with Session.create(folder, first, DEMO_PASSWORD) as s:
        for name, roles in DEMO_ACCOUNTS[1:]:
            s.accounts.add(name, DEMO_PASSWORD, roles)
    records = list(cases(n))
    half = len(records) // 2
    for name, part in ((first, records[:half]), ("farrukh", records[half:])):
        with Session.open(folder, name, DEMO_PASSWORD) as s:
            s.cases.add(part, check_duplicates=False)
    return f"Demo workspace with {n} synthetic cases in {folder}. Accounts:\n{accounts}"
