"""Cross-script name search: folded tokens in an FTS5 index find candidates, rapidfuzz ranks them.

A full scan of the encrypted table takes about a second, so candidates come from the
`name_index` (a token that starts with a query token, or one with the same consonant
skeleton), ordered by how many query terms they share, and only the best few hundred
are scored.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from caseworker.domain import names
from caseworker.store.db import Connection

# Candidates scored per query: enough that the right child is among them for any
# spelling in the tests, few enough for a p95 well under 50 ms on 100,000 cases.
MAX_CANDIDATES = 200
# Skeleton terms are stored with this prefix so they never match a token prefix query.
SKELETON_MARK = "0"


def name_strings(surname, given_name, patronymic, other_names: Iterable[str] | None) -> list[str]:
    main = " ".join(p for p in (surname, given_name, patronymic) if p)
    return [s for s in [main, *(other_names or [])] if s]


def index_text(strings: Sequence[str]) -> str:
    terms = names.index_terms(strings)
    return " ".join(sorted({t for t, _ in terms}) + sorted({SKELETON_MARK + s for _, s in terms}))


def index_rows(conn: Connection, rows: list[tuple[int, str]]) -> None:
    """[(case row number, index text)]"""
    conn.executemany("INSERT INTO name_index (rowid, keys) VALUES (?, ?)", rows)


def unindex(conn: Connection, n: int) -> None:
    conn.execute("DELETE FROM name_index WHERE rowid = ?", (n,))


def reindex_case(conn: Connection, n: int, strings: Sequence[str]) -> None:
    unindex(conn, n)
    index_rows(conn, [(n, index_text(strings))])


def reindex_all(conn: Connection) -> None:
    conn.execute("DELETE FROM name_index")
    rows = conn.execute(
        "SELECT n, surname, given_name, patronymic, other_names FROM cases WHERE deleted = 0"
    ).fetchall()
    index_rows(conn, [(n, index_text(name_strings(s, g, p, json.loads(o or "[]")))) for n, s, g, p, o in rows])


def match_expression(query: str) -> str | None:
    """FTS5 query: each folded token as a prefix, its first three letters, or its skeleton.

    The short prefix catches what folding cannot align in a half-typed word ('Хусе' ->
    'husi' against 'husainzada') and two words typed without a space between them.
    Tokens are a-z only, so they need no quoting.
    """
    terms: list[str] = []
    for t in dict.fromkeys(names.tokens(query)):
        terms += [f"{t}*", SKELETON_MARK + names.skeleton(t)]
        if len(t) > 3:
            terms.append(f"{t[:3]}*")
    return " OR ".join(dict.fromkeys(terms)) or None


def search(conn: Connection, query: str, visible_to: str | None, limit: int) -> list[tuple[float, dict]]:
    """Ranked (score, case row) pairs, best first, among the cases `visible_to` may see
    (None: every case of the workspace)."""
    expression = match_expression(query)
    if expression is None:
        return []
    sql = (
        "SELECT c.id, c.surname, c.given_name, c.patronymic, c.other_names, c.sex, c.birth_date, c.birth_year, "
        "c.district FROM (SELECT rowid AS n FROM name_index WHERE name_index MATCH ? ORDER BY rank LIMIT ?) m "
        "JOIN cases c ON c.n = m.n WHERE c.deleted = 0"
    )
    args: list = [expression, MAX_CANDIDATES]
    if visible_to is not None:
        # A caseworker's own cases are few: filter first, then rank among them.
        sql = (
            "SELECT c.id, c.surname, c.given_name, c.patronymic, c.other_names, c.sex, c.birth_date, c.birth_year, "
            "c.district FROM name_index JOIN cases c ON c.n = name_index.rowid "
            "WHERE name_index MATCH ? AND c.deleted = 0 AND (c.assigned_to = ? OR c.created_by = ?) "
            "ORDER BY rank LIMIT ?"
        )
        args = [expression, visible_to, visible_to, MAX_CANDIDATES]
    results = []
    for cid, s, g, p, other, sex, bd, by, district in conn.execute(sql, args):
        other_list = json.loads(other or "[]")
        score = names.score(query, name_strings(s, g, p, other_list))
        row = {
            "id": cid, "surname": s, "given_name": g, "patronymic": p, "other_names": other_list,
            "sex": sex, "birth_date": bd, "birth_year": by, "district": district,
        }
        results.append((round(score, 1), row))
    results.sort(key=lambda r: (-r[0], r[1]["surname"] or "", r[1]["given_name"] or "", r[1]["id"]))
    return results[:limit]
