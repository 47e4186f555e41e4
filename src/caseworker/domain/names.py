"""Spelling-tolerant search keys and scores for children's names (Tajik, Russian, Latin, Arabic)."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence

from anyascii import anyascii
from rapidfuzz import fuzz

# Before transliteration. The legacy "Tj" fonts typed Tajik letters on the code points of
# Serbian/Macedonian/Ukrainian ones; anyascii would read љ as 'lj' and њ as 'nj'.
# ё becomes йо because anyascii gives 'e' for it while people type 'yo' or 'ya'
# (Ғиёсов: Ghiyosov, Giyasov).
_LEGACY = dict(zip("љњѓќїўЉЊЃЌЇЎ", "ҷҳғқӣӯҶҲҒҚӢӮ", strict=True))
_PRE = str.maketrans(_LEGACY | {"ё": "йо", "Ё": "Йо"})

# One pass over the transliterated, lowercased text; order matters within the pass.
_RULES: tuple[tuple[str, str], ...] = (
    # Letter combinations, longest first, so 'shch' is consumed before 'ch' can break up 'sh'.
    ("shch", "sh"),  # Russian щ; Tajik has only ш
    # Russian and French-style spellings of ҷ. The d goes too: Russian writes Аҳмадҷон as
    # Ахмаджон (one д), so dropping it keeps both spellings equal.
    ("dzh", "j"),
    ("dj", "j"),
    ("zh", "j"),  # дж with its д dropped by the typist; ж itself is rare in Tajik names
    ("ch", "j"),  # ч and ҷ differ only in voicing and are often confused; merging costs little
    ("kh", "h"),  # Russian х for Tajik ҳ and х (Хусейнзода / Ҳусейнзода)
    ("gh", "g"),  # ғ is 'gh' in passports, г in Russian
    ("x", "h"),  # Uzbek-style Latin: Shoxrux
    ("q", "k"),  # қ is q in passports, к in Russian (Qurbonov / Kurbanov)
    ("w", "v"),
    # Tajik ей is written 'ay' in passports (Ҳусейн / Husayn); align before y becomes i.
    ("ey", "ay"),
    ("y", "i"),  # й, ы and the y of ё/ю/я all become i; iy then collapses to i
    ("o", "a"),  # Tajik о is Russian а (Собирова / Сабирова, Зокиров / Закиров)
    ("e", "i"),  # Umed / Umid, Jamshed / Jamshid; е after a vowel is 'ye' in Russian-Latin
)
_RULES_RE = re.compile("|".join(re.escape(old) for old, _ in _RULES))
_RULES_MAP = dict(_RULES)
_APOSTROPHES = re.compile(r"['`]")  # ъ, ь and Uzbek oʻ/gʻ; they split no words
_NOT_LETTERS = re.compile(r"[^a-z]+")
_DOUBLES = re.compile(r"([a-z])\1+")  # Muhammad / Mukhamad, Abdullo / Abdulo
_VOWELS = re.compile(r"[aiu]")  # all that remain after folding

# A query token counts as the start of a longer name token (a name still being typed)
# when it matches that token's beginning this well; 85 lets a 7+ letter prefix carry one
# typo or the lost d of 'Muhammad' in front of ҷ.
PREFIX_CUTOFF = 85
# A completed prefix ranks below a whole word typed in full, but well above unrelated names.
PREFIX_WEIGHT = 0.9
# likely_duplicate: the aligned 'surname given' strings must reach DUPLICATE_NAME, and each
# of the two names DUPLICATE_TOKEN, so a shared long surname cannot hide a different given
# name (twins Ҳасан and Ҳусайн; sisters Шабнам and Шаҳло).
DUPLICATE_NAME = 90
DUPLICATE_TOKEN = 80


def _fold_once(text: str) -> str:
    text = _RULES_RE.sub(lambda m: _RULES_MAP[m.group()], text)
    return _DOUBLES.sub(r"\1", text)


# Names repeat a great deal (a district has a few hundred surnames), so folding each
# distinct string once makes a bulk registration of 100,000 cases several times faster.
@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Folded search key: lowercase ASCII letters a-z and single spaces only, tokens in input
    order."""
    # Every kind of whitespace separates words (anyascii would drop some, such as U+0085),
    # so that `tokens` may fold word by word.
    text = " ".join(unicodedata.normalize("NFC", text).split()).translate(_PRE)
    text = anyascii(text).lower()
    text = _NOT_LETTERS.sub(" ", _APOSTROPHES.sub("", text))
    # Rules can create new combinations (q+h -> kh, d+ch -> dj); repeat until stable so that
    # fold is idempotent. Every later pass only shortens, so this ends.
    while (folded := _fold_once(text)) != text:
        text = folded
    return " ".join(text.split())


def tokens(text: str) -> list[str]:
    # Folding never joins or splits across whitespace, so folding word by word gives the
    # same tokens, and the cache then serves whole names from a few thousand words.
    return [t for word in text.split() for t in fold(word).split()]


@functools.lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """Coarse key of one folded token: first letter plus the remaining consonants, undoubled.

    Vowels are the least stable part of a transliterated name (Husaynzoda / Khuseynzoda),
    so cases are looked up by skeleton and then ranked by `score`.
    """
    key = fold(token).replace(" ", "")
    return _DOUBLES.sub(r"\1", key[:1] + _VOWELS.sub("", key[1:]))


def index_terms(names: Iterable[str]) -> set[tuple[str, str]]:
    """(folded token, skeleton) for every token of every name string of one case; empty tokens
    dropped."""
    return {(tok, skeleton(tok)) for name in names for tok in tokens(name)}


def _set_score(query: list[str], name: list[str]) -> float:
    # token_set_ratio ignores order and scores 100 when the query's tokens are a subset of the
    # name's (a surname alone finds the child); other differences are graded as edits, so a
    # typo costs a few points. It also says 100 when the name is a strict subset of the query,
    # which would let a one-word 'other name' tie with the child whose whole name was typed.
    # There the query's extra words count as edits (token_sort_ratio) for half the score, so a
    # typed patronymic the case lacks still scores 87, and a lone alias ('Sarvar') about 75.
    q, n = " ".join(query), " ".join(name)
    if set(name) < set(query):
        return (100 + fuzz.token_sort_ratio(q, n)) / 2
    return fuzz.token_set_ratio(q, n)


def _complete(query: list[str], name: list[str]) -> list[str]:
    """Each query token that is the beginning of a longer name token, replaced by that token."""
    done = []
    for q in query:
        best, best_ratio = q, 0.0
        for t in name:
            if len(t) > len(q):
                r = fuzz.ratio(q, t[: len(q)])
                if r >= PREFIX_CUTOFF and r > fuzz.ratio(q, t) and r > best_ratio:
                    best, best_ratio = t, r
        done.append(best)
    return done


def _score_one(query: list[str], name: list[str]) -> float:
    if not query or not name:
        return 0.0
    best = _set_score(query, name)
    completed = _complete(query, name)
    if completed != query:
        best = max(best, PREFIX_WEIGHT * _set_score(completed, name))
    return best


def score(query: str, names: Sequence[str]) -> float:
    """0..100: how well the typed query matches the best of a case's name strings."""
    q = tokens(query)
    return max((_score_one(q, tokens(name)) for name in names), default=0.0)


def _same_person_name(a: list[str], b: list[str]) -> bool:
    # Surname and given name are the first two tokens (a patronymic, often missing, is ignored);
    # either may have been entered in the other's field, so try both alignments.
    if len(a) < 2 or len(b) < 2:
        return False
    for x, y in ((b[0], b[1]), (b[1], b[0])):
        whole = fuzz.ratio(f"{a[0]} {a[1]}", f"{x} {y}")
        parts = min(fuzz.ratio(a[0], x), fuzz.ratio(a[1], y))
        if whole >= DUPLICATE_NAME and parts >= DUPLICATE_TOKEN:
            return True
    return False


def likely_duplicate(
    a_names: Sequence[str],
    a_sex: str,
    a_year: int,
    b_names: Sequence[str],
    b_sex: str,
    b_year: int,
) -> bool:
    """Same sex, birth years at most one apart, and a close match of surname and given name."""
    if a_sex != b_sex or abs(a_year - b_year) > 1:
        return False
    b_tokens = [tokens(name) for name in b_names]
    return any(_same_person_name(tokens(a), b) for a in a_names for b in b_tokens)
