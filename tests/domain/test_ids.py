"""Record ids are valid version-7 UUIDs, unique, and ordered by time."""

from __future__ import annotations

import time
import uuid

from caseworker.domain.ids import new_id


def test_ids_are_version_7_uuids_and_unique():
    ids = [new_id() for _ in range(10_000)]
    assert len(set(ids)) == len(ids)
    for i in ids[:100]:
        u = uuid.UUID(i)
        assert u.version == 7 and u.variant == uuid.RFC_4122


def test_ids_made_later_sort_later():
    first = new_id()
    time.sleep(0.002)
    assert new_id() > first
