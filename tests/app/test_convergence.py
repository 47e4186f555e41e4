"""Convergence (BUNDLES.md "Merge"): random edit histories on an office and two laptops, run
through the real export, import and merge code, with bundles delivered late, out of order and
twice, end with every machine holding the same cases, values, clocks and conflicts. A third,
misbehaving laptop sends bundles made by hand that rewrite the others' cases: each is refused
every time it arrives, and changes nothing anywhere."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseworker.app.session import Session
from caseworker.domain.errors import BundleNotPermitted
from tests.app import thief
from tests.conftest import PASSWORD, child

WHO = ("office", "laptop1", "laptop2")
FIELDS = {"summary": st.sampled_from(["А", "Б", "В", "Г"]), "risk": st.sampled_from(["low", "medium", "high"])}

edit = st.tuples(st.just("edit"), st.sampled_from(WHO), st.integers(0, 1), st.sampled_from(sorted(FIELDS)),
                 st.integers(0, 3))
# Each round: some edits anywhere, then every side sends before anything is delivered, so
# bundles cross in transit (both sides meet the other's concurrent edit), then deliveries in
# a random order of destinations, each inbox out of order and sometimes twice.
# ... and the misbehaving laptop's forgery about one of the others' cases, or none.
round_ = st.tuples(st.lists(edit, min_size=1, max_size=4), st.permutations(WHO), st.integers(0, 1000),
                   st.booleans(), st.one_of(st.none(), st.integers(0, 3)))
history = st.lists(round_, min_size=1, max_size=4)


def snapshot(session, case_ids) -> list:
    marks = ",".join("?" * len(case_ids))
    return session.workspace.read(lambda c: [
        *c.execute(f"SELECT id, summary, risk, clocks FROM cases WHERE id IN ({marks}) ORDER BY id", case_ids),
        *c.execute(f"SELECT id, resolved_at FROM conflicts WHERE record_id IN ({marks}) ORDER BY id", case_ids),
    ])


class World:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.office = Session.create(folder / "office", "admin", PASSWORD, office_name="O")
        self.office.accounts.add("sabina", PASSWORD, "supervisor")
        self.supervisor = Session.open(folder / "office", "sabina", PASSWORD)
        self.laptops, self.cases, self.inbox, self.n = {}, {}, {w: [] for w in WHO}, 0
        for name in WHO[1:]:
            laptop = Session.create(folder / name, "nigora", PASSWORD)
            fp = laptop.enrolment.request("Ваҳдат", folder / f"{name}.req")
            self.office.enrolment.approve(folder / f"{name}.req", fp, folder / f"{name}.cert")
            laptop.enrolment.complete(folder / f"{name}.cert", self.office.enrolment.office_fingerprint())
            self.cases[name] = laptop.cases.add([child(given_name=f"Бача{i}") for i in range(2)],
                                                check_duplicates=False).ids
            self.laptops[name] = laptop
        self.rogue = Session.create(folder / "rogue", "farrukh", PASSWORD)
        fp = self.rogue.enrolment.request("Ҳисор", folder / "rogue.req")
        self.office.enrolment.approve(folder / "rogue.req", fp, folder / "rogue.cert")
        self.rogue.enrolment.complete(folder / "rogue.cert", self.office.enrolment.office_fingerprint())
        [self.rogue_case] = self.rogue.cases.add([child(given_name="Бегона")]).ids
        self.forged: set[Path] = set()
        for name in WHO[1:]:
            self.send(name)
            self.deliver("office", order=0, twice=False)
        self.inbox["office"] += self.rogue.bundles.export(folder / "rogue0").paths
        self.deliver("office", order=0, twice=False)

    def forge(self, target: int) -> None:
        """The rogue's bundle: its own case under another's id, with a clock dominating all."""
        record = thief.own_case(self.rogue, self.rogue_case)
        record["id"] = self.cases[WHO[1 + target // 2]][target % 2]
        record["fields"]["summary"] = "Rewritten by the rogue."
        devices = [s.workspace.device_id for s in (self.office, *self.laptops.values(), self.rogue)]
        record["clocks"] = {n: [dict.fromkeys(devices, 10**12), 10**12, self.rogue.workspace.device_id]
                            for n in record["clocks"]}
        self.n += 1
        path = thief.forge(self.rogue, [record], self.folder / f"forged{self.n}")
        self.forged.add(path)
        self.inbox["office"].append(path)

    def session(self, who):
        return self.supervisor if who == "office" else self.laptops[who]

    def send(self, laptop: str) -> None:
        self.n += 1
        exported = self.laptops[laptop].bundles.export(self.folder / f"out{self.n}")
        self.inbox["office"] += exported.paths

    def send_back(self, laptop: str) -> None:
        self.n += 1
        device = self.laptops[laptop].workspace.device_id
        exported = self.office.bundles.export(self.folder / f"back{self.n}", device=device)
        self.inbox[laptop] += exported.paths

    def deliver(self, to: str, order: int, twice: bool) -> None:
        waiting = self.inbox[to]
        self.inbox[to] = []
        if waiting:
            k = order % len(waiting)
            waiting = waiting[k:] + waiting[:k]  # out of order
        if twice:
            waiting = waiting + waiting  # and again: a re-import is a no-op
        target = self.office if to == "office" else self.laptops[to]
        for path in waiting:
            if path in self.forged:
                try:
                    target.bundles.import_file(path)
                except BundleNotPermitted as refused:
                    assert refused.params["rule"].key == "bundle.rule.case_not_held"
                else:
                    raise AssertionError("a forged bundle was imported")
            else:
                target.bundles.import_file(path)

    def close(self) -> None:
        for s in (self.supervisor, self.office, self.rogue, *self.laptops.values()):
            s.close()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(history)
def test_any_history_delivered_in_any_order_any_number_of_times_converges(steps):
    """`steps`: rounds of (edits, order of destinations, inbox rotation, deliver twice, forgery)."""
    with tempfile.TemporaryDirectory() as tmp:
        world = World(Path(tmp))
        try:
            for edits, destinations, order, twice, forgery in steps:
                for _op, who, a, b, c in edits:
                    laptop = who if who != "office" else ("laptop1" if a == 0 else "laptop2")
                    case_id = world.cases[laptop][a if who != "office" else c % 2]
                    values = {"summary": ["А", "Б", "В", "Г"], "risk": ["low", "medium", "high", "low"]}[b]
                    world.session(who).cases.edit(case_id, {b: values[c]})
                if forgery is not None:
                    world.forge(forgery)
                for laptop in WHO[1:]:
                    world.send(laptop)
                    world.send_back(laptop)
                for destination in destinations:
                    world.deliver(destination, order=order, twice=twice)
            for _ in range(2):  # then everyone syncs until nothing is waiting
                for laptop in WHO[1:]:
                    world.send(laptop)
                    world.deliver("office", order=1, twice=True)
                for laptop in WHO[1:]:
                    world.send_back(laptop)
                    world.deliver(laptop, order=1, twice=False)
            for laptop in WHO[1:]:
                ids = world.cases[laptop]
                assert snapshot(world.laptops[laptop], ids) == snapshot(world.office, ids)
                assert "Rewritten by the rogue." not in str(snapshot(world.office, ids))
            # Nothing of the others' cases reaches the rogue, even after its return bundle.
            back = world.office.bundles.export(world.folder / "rogue-back", device=world.rogue.workspace.device_id)
            for path in back.paths:
                world.rogue.bundles.import_file(path)
            others = [i for ids in world.cases.values() for i in ids]
            assert snapshot(world.rogue, others) == []
        finally:
            world.close()
