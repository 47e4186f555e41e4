"""Cross-script name search: folded tokens in an index find candidates, rapidfuzz ranks them.

A full scan of the encrypted table takes about a second, so candidates come from the
`name_token` index (a prefix of a folded token, or the same consonant skeleton) and
only they are scored.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from caseworker.domain import names
from caseworker.store.db import Connection

# Beyond this many candidates the query is too unspecific to rank them all quickly;
# the closest-spelled ones come first from the index (exact tokens, then prefixes).
MAX_CANDIDATES = 4000


def name_strings(surname, given_name, patronymic, other_names: Iterable[str] | None) -> list[str]:
    main = " ".join(p for p in (surname, given_name, patronymic) if p)
    return [s for s in [main, *(other_names or [])] if s]


def terms_rows(case_id: str, strings: Sequence[str]) -> list[tuple[str, str, str]]:
    return [(token, case_id, skel) for token, skel in sorted(names.index_terms(strings))]


def index_rows(conn: Connection, rows: list[tuple[str, str, str]]) -> None:
    conn.executemany("INSERT OR IGNORE INTO name_token (token, case_id, skel) VALUES (?, ?, ?)", rows)


def reindex_case(conn: Connection, case_id: str, strings: Sequence[str]) -> None:
    conn.execute("DELETE FROM name_token WHERE case_id = ?", (case_id,))
    index_rows(conn, terms_rows(case_id, strings))


def reindex_all(conn: Connection) -> None:
    conn.execute("DELETE FROM name_token")
    for case_id, s, g, p, other in conn.execute(
        "SELECT id, surname, given_name, patronymic, other_names FROM cases WHERE deleted = 0"
    ).fetchall():
        index_rows(conn, terms_rows(case_id, name_strings(s, g, p, json.loads(other or "[]"))))


def _candidate_ids(conn: Connection, query: str) -> list[str]:
    found: dict[str, None] = {}
    toks = names.tokens(query)
    lookups = [("SELECT case_id FROM name_token WHERE token = ?", (t,)) for t in toks]
    lookups += [("SELECT case_id FROM name_token WHERE skel = ?", (names.skeleton(t),)) for t in toks]
    # '{' sorts right after 'z': the range is every token that starts with t.
    lookups += [
        ("SELECT case_id FROM name_token WHERE token > ? AND token < ? LIMIT ?", (t, t + "{", MAX_CANDIDATES))
        for t in toks
    ]
    for sql, args in lookups:
        for (case_id,) in conn.execute(sql, args):
            found[case_id] = None
            if len(found) >= MAX_CANDIDATES:
                return list(found)
    return list(found)


def search(conn: Connection, query: str, visible_to: str | None, limit: int) -> list[tuple[float, dict]]:
    """Ranked (score, case row) pairs, best first, among the cases `visible_to` may see
    (None: every case of the workspace)."""
    ids = _candidate_ids(conn, query)
    if not ids:
        return []
    results = []
    chunk = 900
    for start in range(0, len(ids), chunk):
        part = ids[start : start + chunk]
        marks = ",".join("?" * len(part))
        sql = (
            "SELECT id, surname, given_name, patronymic, other_names, sex, birth_date, birth_year, district "
            f"FROM cases WHERE deleted = 0 AND id IN ({marks})"
        )
        args: list = list(part)
        if visible_to is not None:
            sql += " AND (assigned_to = ? OR created_by = ?)"
            args += [visible_to, visible_to]
        for row in conn.execute(sql, args):
            cid, s, g, p, other, sex, bd, by, district = row
            other_list = json.loads(other or "[]")
            score = names.score(query, name_strings(s, g, p, other_list))
            results.append(
                (
                    round(score, 1),
                    {
                        "id": cid, "surname": s, "given_name": g, "patronymic": p,
                        "other_names": other_list, "sex": sex, "birth_date": bd,
                        "birth_year": by, "district": district,
                    },
                )
            )
    results.sort(key=lambda r: (-r[0], r[1]["surname"] or "", r[1]["given_name"] or "", r[1]["id"]))
    return results[:limit]
