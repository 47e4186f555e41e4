"""The translations in translations/ are complete, current, compiled and careful.

Every QT_TRANSLATE_NOOP text in src/caseworker must be translated in the Russian, Tajik and
(source-language) English .ts files, keep its {placeholders}, and be compiled into the
committed .qm. How to refresh them: translations/README.md; the words: docs/glossary.md.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "caseworker"
TRANSLATIONS = ROOT / "translations"
LANGUAGES = {"ru": "ru_RU", "tg": "tg_TJ", "en": "en_US"}
SOURCE_LANGUAGE = "en_US"

LUPDATE = shutil.which("pyside6-lupdate")
LRELEASE = shutil.which("pyside6-lrelease")
needs_lupdate = pytest.mark.skipif(LUPDATE is None, reason="pyside6-lupdate not found on PATH (install PySide6)")
needs_lrelease = pytest.mark.skipif(LRELEASE is None, reason="pyside6-lrelease not found on PATH (install PySide6)")

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
QT_PLACEHOLDER = re.compile(r"%(?:\d|n)")  # tr()'s %1, %2 and the plural count %n
TAJIK_LETTERS = set("ғӣқӯҳҷҒӢҚӮҲҶ")
# Letters the Tajik alphabet does not have (Russian loans are spelt the Tajik way: -сия, not -ция).
NOT_TAJIK_LETTERS = set("цщыьЦЩЫЬ")
# Stigmatising words (stems, case-insensitive) that no translation may contain: see docs/glossary.md.
FORBIDDEN_STEMS = ("террорист", "боевик", "экстремист", "ҷангҷӯ", "ифротгаро")


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"caseworker_{lang}.ts"


def messages(path: Path) -> list[dict]:
    """Each message of a .ts file: context, source, translation texts (numerus forms too) and type."""
    result = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform") if translation is not None else []
            if translation is None:
                texts = []
            elif forms:
                texts = [form.text or "" for form in forms]
            else:
                texts = [translation.text or ""]
            result.append(
                {
                    "context": name,
                    "source": message.findtext("source") or "",
                    "texts": texts,
                    "type": translation.get("type") if translation is not None else "missing",
                }
            )
    return result


def marked_sources() -> set[tuple[str, str]]:
    """(context, text) of every QT_TRANSLATE_NOOP call in src/caseworker, and of every
    self.tr("...") in a class of ui/ (its context is the class name), read without lupdate."""
    found = set()
    for path in sorted(SOURCES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP":
                args = node.args
                assert len(args) == 2 and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args), (
                    f"{path.relative_to(ROOT)}:{node.lineno}: QT_TRANSLATE_NOOP needs two string literals"
                )
                found.add((args[0].value, args[1].value))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for node in ast.walk(cls):
                func = node.func if isinstance(node, ast.Call) else None
                if isinstance(func, ast.Attribute) and func.attr == "tr" and getattr(func.value, "id", None) == "self":
                    [arg] = node.args[:1]
                    assert isinstance(arg, ast.Constant) and isinstance(arg.value, str), (
                        f"{path.relative_to(ROOT)}:{node.lineno}: tr() needs a string literal (never an f-string)"
                    )
                    found.add((cls.name, arg.value))
    return found


def problems(lang: str) -> list[str]:
    """Messages that are not finished, or whose translation is empty."""
    bad = []
    for m in messages(ts_path(lang)):
        if m["type"] is not None:
            bad.append(f"{m['type']}: {m['source']!r}")
        elif not m["texts"] or not all(text.strip() for text in m["texts"]):
            bad.append(f"empty: {m['source']!r}")
    return bad


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_finished(lang):
    root = ET.parse(ts_path(lang)).getroot()
    assert root.get("language") == LANGUAGES[lang]
    assert root.get("sourcelanguage") == SOURCE_LANGUAGE
    assert messages(ts_path(lang)), "no messages at all"
    assert problems(lang) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_marked_source_text_is_in_the_ts(lang):
    in_ts = {(m["context"], m["source"]) for m in messages(ts_path(lang))}
    assert marked_sources() - in_ts == set(), "run lupdate (translations/README.md) and translate"
    assert in_ts - marked_sources() == set(), "stale messages: run lupdate with -no-obsolete"


@needs_lupdate
@pytest.mark.parametrize("lang", LANGUAGES)
def test_lupdate_finds_nothing_new(lang, tmp_path):
    copy = tmp_path / ts_path(lang).name
    shutil.copy(ts_path(lang), copy)
    subprocess.run(
        [LUPDATE, "-silent", "-extensions", "py", "-locations", "none", str(SOURCES), "-ts", str(copy)],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    bad = []
    for m in messages(copy):
        if m["type"] is not None or not all(text.strip() for text in m["texts"]):
            bad.append(f"{m['type']}: {m['source']!r}")
    assert bad == [], "sources changed: refresh the translations as translations/README.md says"
    assert len(messages(copy)) == len(messages(ts_path(lang)))


@needs_lrelease
@pytest.mark.parametrize("lang", LANGUAGES)
def test_qm_is_lrelease_output_of_the_ts(lang, tmp_path):
    out = tmp_path / f"caseworker_{lang}.qm"
    subprocess.run(
        [LRELEASE, "-silent", "-fail-on-unfinished", str(ts_path(lang)), "-qm", str(out)],
        check=True,
        capture_output=True,
    )
    committed = TRANSLATIONS / out.name
    assert committed.exists(), f"{committed.name} is missing: run lrelease"
    assert out.read_bytes() == committed.read_bytes(), f"{committed.name} is out of date: run lrelease"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_are_kept(lang):
    for m in messages(ts_path(lang)):
        wanted = Counter(PLACEHOLDER.findall(m["source"]))
        params = {name.strip("{}"): "x" for name in wanted}
        for text in m["texts"]:
            assert Counter(PLACEHOLDER.findall(text)) == wanted, (m["source"], text)
            text.format(**params)  # no stray braces


@pytest.mark.parametrize("lang", LANGUAGES)
def test_qt_placeholders_and_accelerators_are_kept(lang):
    for m in messages(ts_path(lang)):
        wanted = Counter(QT_PLACEHOLDER.findall(m["source"]))
        for text in m["texts"]:
            assert Counter(QT_PLACEHOLDER.findall(text)) == wanted, (m["source"], text)
            # One keyboard accelerator where the source has one, none where it has none.
            assert text.count("&") == m["source"].count("&"), (m["source"], text)


def test_plurals_have_every_form_of_the_language():
    """Russian counts in three forms (1 вопрос, 2 вопроса, 5 вопросов); English and Tajik in two."""
    forms = {"ru": 3, "tg": 2, "en": 2}
    plural = [m for lang in forms for m in messages(ts_path(lang)) if "%n" in m["source"]]
    assert plural, "the interface has plural messages"
    for lang, count in forms.items():
        for m in messages(ts_path(lang)):
            if "%n" in m["source"]:
                assert len(m["texts"]) == count, (lang, m["source"])


def test_english_translation_is_the_source_text():
    for m in messages(ts_path("en")):
        if "%n" in m["source"]:  # the singular and the plural, each spelt out
            assert len(m["texts"]) == 2 and "(s)" not in "".join(m["texts"]), m["source"]
        else:
            assert m["texts"] == [m["source"]], m["source"]


QT_TG = TRANSLATIONS / "qt_tg.ts"


def test_qts_own_words_are_in_tajik():
    """Qt ships no Tajik: translations/qt_tg.ts gives the few Qt words the program shows."""
    found = messages(QT_TG)
    assert {m["context"] for m in found} >= {"QPlatformTheme", "QLineEdit", "QWidgetTextControl"}
    assert all(m["type"] is None and all(t.strip() for t in m["texts"]) for m in found)
    texts = " ".join(t for m in found for t in m["texts"])
    assert set(texts) & TAJIK_LETTERS and not set(texts) & NOT_TAJIK_LETTERS


@needs_lrelease
def test_qt_tajik_qm_is_lrelease_output(tmp_path):
    out = tmp_path / "qt_tg.qm"
    subprocess.run([LRELEASE, "-silent", "-fail-on-unfinished", str(QT_TG), "-qm", str(out)], check=True,
                   capture_output=True)
    assert out.read_bytes() == (TRANSLATIONS / "qt_tg.qm").read_bytes(), "qt_tg.qm is out of date: run lrelease"


def test_tajik_is_written_in_tajik_cyrillic():
    texts = [text for m in messages(ts_path("tg")) for text in m["texts"]]
    used = {c for text in texts for c in text if c in TAJIK_LETTERS}
    assert len({c.lower() for c in used}) >= 4, f"hardly any Tajik letters: {sorted(used)}"
    with_tajik_letters = [text for text in texts if TAJIK_LETTERS & set(text)]
    assert len(with_tajik_letters) >= len(texts) / 2
    assert [text for text in texts if NOT_TAJIK_LETTERS & set(text)] == []


def test_russian_has_no_tajik_letters():
    texts = [text for m in messages(ts_path("ru")) for text in m["texts"]]
    assert [text for text in texts if TAJIK_LETTERS & set(text)] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_word_mixes_latin_and_cyrillic(lang):
    """A Latin look-alike letter inside a Cyrillic word breaks search and reads wrongly."""
    for m in messages(ts_path(lang)):
        for text in m["texts"]:
            for word in re.findall(r"\w+", text):
                mixed = re.search(r"[A-Za-z]", word) and re.search(r"[\u0400-\u04ff]", word)
                assert not mixed, (word, text)


@pytest.mark.parametrize("lang", ["ru", "tg"])
def test_no_stigmatising_words(lang):
    for m in messages(ts_path(lang)):
        for text in m["texts"]:
            for stem in FORBIDDEN_STEMS:
                assert stem not in text.casefold(), (stem, text)
