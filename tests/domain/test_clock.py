"""The hybrid clock and the merge of two values of one field (DESIGN.md §4)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from caseworker.domain.clock import (
    COUNTER_BITS,
    FieldValue,
    HybridClock,
    Order,
    Outcome,
    bump,
    compare,
    is_far_future,
    join,
    merge_field,
)


def test_clock_never_runs_backwards_when_the_wall_clock_steps_back():
    now = [1_000_000]
    clock = HybridClock(now_ms=lambda: now[0])
    a = clock.tick()
    now[0] -= 60_000  # the laptop's clock was set back a minute
    b = clock.tick()
    c = clock.tick()
    assert a < b < c


def test_clock_restarts_after_its_last_stamp():
    first = HybridClock(now_ms=lambda: 5_000)
    stamps = [first.tick() for _ in range(3)]
    restarted = HybridClock(last=first.last, now_ms=lambda: 4_000)  # earlier wall time after restart
    assert restarted.tick() > stamps[-1]


def test_clock_follows_a_plausible_remote_stamp_but_not_a_far_future_one():
    clock = HybridClock(now_ms=lambda: 10_000)
    clock.observe((10_500 << COUNTER_BITS) + 3)
    assert clock.tick() > (10_500 << COUNTER_BITS) + 3
    far = (10_000 + 10**9) << COUNTER_BITS
    assert is_far_future(far, 10_000)
    clock.observe(far)
    assert clock.tick() < far


def fv(value, vector, stamp=1, device="a"):
    return FieldValue(value, vector, stamp, device)


def test_remote_that_has_seen_the_local_edit_overwrites():
    m = merge_field("r", "f", fv("old", {"a": 1}), fv("new", {"a": 1, "b": 1}, 2, "b"))
    assert m.outcome is Outcome.TAKE_REMOTE and m.value.value == "new" and m.loser is None


def test_local_that_has_seen_the_remote_edit_is_kept():
    m = merge_field("r", "f", fv("mine", {"a": 2, "b": 1}, 5, "a"), fv("theirs", {"b": 1}, 9, "b"))
    assert m.outcome is Outcome.KEEP_LOCAL and m.value.value == "mine"


def test_equal_vectors_and_values_change_nothing():
    m = merge_field("r", "f", fv("same", {"a": 1}), fv("same", {"a": 1}))
    assert m.outcome is Outcome.KEEP_LOCAL and m.conflict_id is None


def test_concurrent_edits_keep_the_loser_and_the_higher_stamp_wins():
    local = fv("Vahdat", {"a": 1}, stamp=100, device="a")
    remote = fv("Hisor", {"b": 1}, stamp=200, device="b")
    m = merge_field("case-1", "district", local, remote)
    assert m.outcome is Outcome.CONFLICT
    assert m.value.value == "Hisor" and m.loser.value == "Vahdat"
    assert dict(m.value.vector) == {"a": 1, "b": 1}
    # Equal stamps: the device id decides, the same way everywhere.
    tie = merge_field("case-1", "district", fv("x", {"a": 1}, 7, "a"), fv("y", {"b": 1}, 7, "b"))
    assert tie.value.value == "y"


def test_a_stamp_far_in_the_future_does_not_decide_dominance():
    # The remote laptop's date is years ahead, but it had not seen the local edit:
    # the vectors, not the stamps, say the local value is newer.
    local = fv("seen-both", {"a": 2, "b": 1}, stamp=10, device="a")
    remote = fv("stale", {"b": 1}, stamp=10**15, device="b")
    assert merge_field("r", "f", local, remote).outcome is Outcome.KEEP_LOCAL


vectors = st.dictionaries(st.sampled_from("abcd"), st.integers(1, 5), min_size=1, max_size=4)
values = st.one_of(st.text(max_size=5), st.integers(0, 3), st.none())
field_values = st.builds(FieldValue, values, vectors, st.integers(0, 50), st.sampled_from("abcd"))


@given(vectors, vectors)
def test_compare_is_antisymmetric(a, b):
    forward, backward = compare(a, b), compare(b, a)
    assert {forward, backward} in ({Order.EQUAL}, {Order.AFTER, Order.BEFORE}, {Order.CONCURRENT})


@given(field_values, field_values)
def test_merge_gives_the_same_value_and_conflict_on_both_machines(x, y):
    one, two = merge_field("r", "f", x, y), merge_field("r", "f", y, x)
    assert one.value.value == two.value.value
    assert dict(one.value.vector) == dict(two.value.vector) or one.outcome is not Outcome.CONFLICT
    assert one.conflict_id == two.conflict_id
    if one.outcome is Outcome.CONFLICT:
        assert (one.value.stamp, one.value.device) >= (one.loser.stamp, one.loser.device)


@given(field_values, field_values)
def test_merging_the_result_again_changes_nothing(x, y):
    first = merge_field("r", "f", x, y)
    again = merge_field("r", "f", first.value, y)
    assert again.value.value == first.value.value
    assert again.outcome is not Outcome.TAKE_REMOTE
    if again.outcome is Outcome.CONFLICT:  # only after a fault: equal vectors, other values
        assert again.loser.value == first.loser.value


@given(vectors, st.sampled_from("abcd"))
def test_a_local_edit_dominates_what_it_edited(vector, device):
    assert compare(bump(vector, device), vector) is Order.AFTER
    assert compare(join(vector, bump(vector, device)), vector) is Order.AFTER
