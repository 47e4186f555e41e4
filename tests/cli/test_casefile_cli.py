"""The full case file through the real command line: patches, consent, need-to-know, deadlines, closure, files."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSWORD, child, run_cli

P = PASSWORD + "\n"
# nigora (admin, caseworker) makes the workspace; these accounts are added to it.
ACCOUNTS = (("laylo", "caseworker"), ("sabina", "supervisor"), ("timur", "supervisor"))

NGO = "Ҳаёти нав"  # a psychosocial-support provider
OTHER_NGO = "Ташаббус"
AGENCY = "Раёсати маориф"  # the district education department
RESTRICTED = "[restricted]"
_inputs = itertools.count(1)


# -- helpers -------------------------------------------------------------------------------------
def cw(folder: Path, *args: str, user: str = "nigora", stdin: str = P):
    return run_cli(*args, "--workspace", str(folder), "--user", user, "--password-stdin", stdin=stdin)


def ok(folder: Path, *args: str, user: str = "nigora") -> str:
    """Runs a command that must succeed; returns its standard output, stripped."""
    r = cw(folder, *args, user=user)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    return r.stdout.strip()


def show(folder: Path, case_id: str, user: str = "nigora") -> dict:
    return json.loads(ok(folder, "case", "show", case_id, "--json", user=user))


def refused(folder: Path, *args: str, user: str = "nigora", case_id: str | None = None) -> str:
    """Runs a command that must be refused: exit 1, one line on standard error, no traceback,
    and (given `case_id`) that case file unchanged. Returns the message after "caseworker: "."""
    before = show(folder, case_id) if case_id else None
    r = cw(folder, *args, user=user)
    assert r.returncode == 1, (r.stdout, r.stderr)
    assert r.stderr.startswith("caseworker: ") and r.stderr.count("\n") == 1, r.stderr
    assert "Traceback" not in r.stderr and "internal error" not in r.stderr, r.stderr
    if case_id:
        assert show(folder, case_id) == before, "a refused command changed the case file"
    return r.stderr.strip().removeprefix("caseworker: ")


def write_json(folder: Path, data) -> str:
    """An input file beside (never inside) the workspace folder."""
    path = folder.parent / f"input-{next(_inputs)}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return str(path)


def add_case(folder: Path, user: str = "nigora", **fields) -> str:
    [case_id] = ok(folder, "case", "add", "--file", write_json(folder, child(**fields)), user=user).split()
    return case_id


def update(folder: Path, case_id: str, patch: dict, user: str = "nigora") -> str:
    return ok(folder, "case", "update", case_id, "--file", write_json(folder, patch), user=user)


def consent(purpose: str, recipient: str | None = None, child_view: str = "assent_given", **more) -> dict:
    """A consent given by the mother on 2025-03-01 (the default child is 10 then: her assent counts)."""
    data = {"purpose": purpose, "given_on": "2025-03-01", "given_by": "the mother", "legal_basis": "parent",
            "child_view": child_view, **more}
    if recipient:
        data["recipient"] = recipient
    return data


def refer(case_id: str, provider: str = NGO, on: str = "2025-03-10") -> tuple[str, ...]:
    return ("referral", "add", case_id, "--service", "psychosocial support", "--provider", provider, "--on", on)


def no_consent(recipient: str, purpose: str = "a referral") -> str:
    return f"No valid consent for {purpose} ({recipient}): record the consent first"


def make_workspace(folder: Path, accounts=ACCOUNTS) -> Path:
    r = run_cli("init", "--workspace", str(folder), "--user", "nigora", "--password-stdin", stdin=P)
    assert r.returncode == 0, r.stderr
    for name, role in accounts:
        r = cw(folder, "user", "add", "--new-user", name, "--role", role, stdin=P + P)
        assert r.returncode == 0, r.stderr
    return folder


def moment(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def minute(when: dt.datetime) -> str:
    """The form `due --at` takes: YYYY-MM-DDTHH:MM (UTC), seconds dropped."""
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M")


def due(folder: Path, *options: str, user: str = "nigora") -> list[dict]:
    return json.loads(ok(folder, "due", "--json", *options, user=user))


def entry(items: list[dict], case_id: str, what: str) -> dict | None:
    found = [i for i in items if i["case_id"] == case_id and i["what"] == what]
    assert len(found) <= 1, found
    return found[0] if found else None


def initial_assessment_due(shown: dict) -> dt.datetime:
    [d] = [d for d in shown["due"] if d["what"] == "initial_assessment"]
    return moment(d["due"])


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    return make_workspace(tmp_path_factory.mktemp("template") / "ws")


@pytest.fixture
def ws(template, tmp_path) -> Path:
    """A fresh copy of a laptop workspace with nigora, laylo, and the supervisors sabina and timur."""
    return Path(shutil.copytree(template, tmp_path / "ws"))


# -- patches ---------------------------------------------------------------------------------------
def test_a_patch_adds_changes_and_deletes_items(ws):
    case_id = add_case(ws)
    patch = {
        "risk": "medium",
        "care_arrangement": "kinship",
        "supervisor": "sabina",
        "persons": [{"relation": "grandmother", "surname": "Қаюмова", "given_name": "Мавлуда", "caregiver": True}],
        "documents": [{"kind": "birth_registration", "status": "requested", "requested_on": "2025-02-01"}],
        "goals": [{"domain": "education", "goal": "Enrol in grade 4", "due": "2025-09-01"}],
        "notes": [{"written_on": "2025-02-01", "text": "First meeting at the grandmother's home."}],
        "disclosures": [{"agency": "District prosecutor", "requested_on": "2025-02-03", "legal_basis": "Letter 12"}],
    }
    assert update(ws, case_id, patch) == (
        "case: 1, disclosure added: 1, document added: 1, goal added: 1, note added: 1, person added: 1"
    )
    shown = show(ws, case_id)
    assert (shown["risk"], shown["care_arrangement"], shown["supervisor"]) == ("medium", "kinship", "sabina")
    items = shown["items"]
    assert {plural: len(entries) for plural, entries in items.items() if entries} == {
        "persons": 1, "documents": 1, "goals": 1, "notes": 1, "disclosures": 1
    }
    [grandmother], [goal] = items["persons"], items["goals"]
    assert grandmother["given_name"] == "Мавлуда" and grandmother["caregiver"] is True
    assert {"what": "goal", "due": "2025-09-01T23:59:59Z", "item_id": goal["id"]} in shown["due"]
    assert items["disclosures"][0]["decision"] == "pending"

    doc_id, note_id = items["documents"][0]["id"], items["notes"][0]["id"]
    second = {"documents": [{"id": doc_id, "status": "issued", "issued_on": "2025-03-01"}],
              "notes": [{"id": note_id, "deleted": True}]}
    assert update(ws, case_id, second) == "document changed: 1, note deleted: 1"
    items = show(ws, case_id)["items"]
    assert items["documents"] == [{"id": doc_id, "kind": "birth_registration", "status": "issued",
                                   "requested_on": "2025-02-01", "issued_on": "2025-03-01"}]
    assert items["notes"] == []


VALID_NOTE = {"written_on": "2025-02-01", "text": "Visited the school."}


@pytest.mark.parametrize(
    ("patch", "expected"),
    [
        pytest.param([{"risk": "high"}], "must hold one JSON object.", id="not-an-object"),
        pytest.param({"ideology": "x"}, "field ideology: is not a field of a case.", id="unknown-field"),
        pytest.param(
            {"persons": [{"relation": "cousin", "surname": "Қаюмов", "given_name": "Бахтиёр"}]},
            "Record persons[1], field relation: is not one of the allowed values.",
            id="bad-enum-in-an-item",
        ),
        pytest.param(
            {"visits": [{"id": "no-such-item", "notes": "x"}]},
            "No entry no-such-item in a case that you may see.",
            id="unknown-item-id",
        ),
        pytest.param(
            {"risk": "high", "notes": [VALID_NOTE, {"written_on": "2025-02-02", "text": "  "}]},
            "Record notes[2], field text: must not be empty.",
            id="valid-first-part-invalid-second",
        ),
    ],
)
def test_a_bad_patch_is_refused_whole_naming_the_problem(ws, patch, expected):
    case_id = add_case(ws)
    message = refused(ws, "case", "update", case_id, "--file", write_json(ws, patch), case_id=case_id)
    assert message.endswith(expected)
    assert "Қаюм" not in message  # a problem is named, never the value


# -- consent -------------------------------------------------------------------------------------
def test_a_referral_needs_a_consent_for_that_provider_until_it_is_withdrawn(ws):
    case_id = add_case(ws)
    assert refused(ws, *refer(case_id), case_id=case_id).startswith(no_consent(NGO))
    ok(ws, "consent", "add", case_id, "--file", write_json(ws, consent("referral", OTHER_NGO)))
    assert refused(ws, *refer(case_id), case_id=case_id).startswith(no_consent(NGO))  # another provider's

    consent_id = ok(ws, "consent", "add", case_id, "--file", write_json(ws, consent("referral", NGO)))
    referral_id = ok(ws, *refer(case_id))
    assert "updated" in ok(ws, "referral", "update", referral_id, "--status", "accepted", "--feedback", "Weekly")
    [referral] = show(ws, case_id)["items"]["referrals"]
    assert referral["id"] == referral_id and referral["provider"] == NGO and referral["status"] == "accepted"

    ok(ws, "consent", "withdraw", consent_id, "--reason", "The mother changed her mind", "--on", "2025-04-01")
    withdrawn = next(c for c in show(ws, case_id)["items"]["consents"] if c["id"] == consent_id)
    assert withdrawn["withdrawn_on"] == "2025-04-01"
    assert refused(ws, *refer(case_id, on="2025-04-02"), case_id=case_id).startswith(no_consent(NGO))


def test_an_emergency_override_allows_a_referral_only_when_it_names_a_supervisor(ws):
    case_id = add_case(ws)
    override = {"purpose": "referral", "recipient": NGO, "given_on": "2025-03-01", "override": True,
                "override_reason": "The child is at risk of harm tonight"}
    message = refused(ws, "consent", "add", case_id, "--file",
                      write_json(ws, {**override, "override_supervisor": "nigora"}), case_id=case_id)
    assert message == "nigora is not a supervisor's account."
    assert refused(ws, *refer(case_id), case_id=case_id).startswith(no_consent(NGO))

    ok(ws, "consent", "add", case_id, "--file", write_json(ws, {**override, "override_supervisor": "sabina"}))
    ok(ws, *refer(case_id))
    [recorded] = show(ws, case_id)["items"]["consents"]
    assert recorded["override"] is True and recorded["override_supervisor"] == "sabina"


@pytest.mark.parametrize(
    ("birth_year", "age", "view", "not_enough"),
    [(2014, 10, "assent", ["not_asked"]), (2009, 15, "consent", ["not_asked", "assent_given"])],
)
def test_the_childs_own_view_is_required_from_seven_and_consent_from_fourteen(ws, birth_year, age, view, not_enough):
    case_id = add_case(ws, birth_year=birth_year)
    for child_view in not_enough:
        without = write_json(ws, consent("referral", NGO, child_view=child_view))
        message = refused(ws, "consent", "add", case_id, "--file", without, case_id=case_id)
        assert message == f"The child is {age}: record the child's own {view} (given or refused) with this consent."
    ok(ws, "consent", "add", case_id, "--file", write_json(ws, consent("referral", NGO, child_view=f"{view}_given")))
    ok(ws, *refer(case_id))


def test_the_age_bands_come_from_the_settings(ws):
    case_id = add_case(ws, birth_year=2014)  # 10 on 2025-03-01
    ok(ws, "settings", "set", "--file", write_json(ws, {"age_bands": {"assent_from": 12, "consent_from": 14}}))
    ok(ws, "consent", "add", case_id, "--file", write_json(ws, consent("referral", NGO, child_view="not_asked")))
    ok(ws, *refer(case_id))


def test_sharing_a_case_needs_a_sharing_consent_for_that_agency(ws):
    case_id = add_case(ws)
    share = ("case", "share", case_id, "--agency", AGENCY)
    assert refused(ws, *share, case_id=case_id).startswith(no_consent(AGENCY, "sharing with an agency"))
    ok(ws, "consent", "add", case_id, "--file", write_json(ws, consent("sharing", "UNICEF")))
    assert refused(ws, *share, case_id=case_id).startswith(no_consent(AGENCY, "sharing with an agency"))
    ok(ws, "consent", "add", case_id, "--file", write_json(ws, consent("sharing", AGENCY)))
    assert "covered by a consent" in ok(ws, *share)


def test_a_consent_for_one_numbered_clinic_does_not_cover_another(ws):
    case_id = add_case(ws)
    ok(ws, "consent", "add", case_id, "--file", write_json(ws, consent("referral", "Маркази саломатии №1")))
    message = refused(ws, *refer(case_id, "Маркази саломатии №2"), case_id=case_id)
    assert message.startswith(no_consent("Маркази саломатии №2"))


def test_a_patch_cannot_withdraw_a_consent_and_refer_on_it_at_once(ws):
    case_id = add_case(ws)
    consent_id = ok(ws, "consent", "add", case_id, "--file", write_json(ws, consent("referral", NGO)))
    patch = {
        "consents": [{"id": consent_id, "withdrawn_on": "2025-04-01", "withdrawal_reason": "The mother said no"}],
        "referrals": [{"service": "psychosocial support", "provider": NGO, "referred_on": "2025-04-05"}],
    }
    message = refused(ws, "case", "update", case_id, "--file", write_json(ws, patch), case_id=case_id)
    assert message.startswith(no_consent(NGO))


def test_an_incomplete_override_is_refused_naming_the_override_not_a_birth_field(ws):
    case_id = add_case(ws)
    incomplete = {"purpose": "referral", "recipient": NGO, "given_on": "2025-03-01", "override": True,
                  "override_supervisor": "sabina"}
    message = refused(ws, "consent", "add", case_id, "--file", write_json(ws, incomplete), case_id=case_id)
    assert "an emergency override needs a reason and a supervisor's name." in message
    assert "birth" not in message  # a rule on the whole consent is not a birth field


# -- need to know --------------------------------------------------------------------------------
def test_restricted_parts_are_shown_only_to_the_assigned_caseworker_and_the_named_supervisor(ws):
    health, prison, icrc = "Asthma; uses an inhaler", "Колонияи №3, Ваҳдат", "ICRC Dushanbe"
    case_id = add_case(ws)
    update(ws, case_id, {
        "supervisor": "sabina",
        "health": health,
        "persons": [{"relation": "father", "surname": "Қаюмов", "given_name": "Баҳром", "legal_status": "detained",
                     "detained_where": prison}],
        "tracing": [{"about": "the aunt, Гулнора", "to_whom": icrc, "sent_on": "2025-02-01"}],
    })
    for user in ("nigora", "sabina"):
        shown = show(ws, case_id, user)
        [father], [request] = shown["items"]["persons"], shown["items"]["tracing"]
        assert shown["health"] == health, user
        assert (father["legal_status"], father["detained_where"]) == ("detained", prison), user
        assert request["to_whom"] == icrc, user

    raw = ok(ws, "case", "show", case_id, "--json", user="timur")
    listed = ok(ws, "case", "list", "--json", user="timur")
    other = json.loads(raw)
    [father], [request] = other["items"]["persons"], other["items"]["tracing"]
    assert other["health"] == RESTRICTED and other["supervisor"] == "sabina"
    assert (father["legal_status"], father["detained_where"]) == (RESTRICTED, RESTRICTED)
    assert father["given_name"] == "Баҳром"  # what is not need-to-know stays visible
    assert {k: v for k, v in request.items() if k != "id"} == {"restricted": True}
    [in_list] = json.loads(listed)
    assert in_list["id"] == case_id and in_list["health"] == RESTRICTED
    for text in (health, prison, icrc, '"detained"'):
        assert text not in raw and text not in listed, text

    message = refused(ws, "case", "update", case_id, "--file", write_json(ws, {"health": "Healthy"}),
                      user="timur", case_id=case_id)
    assert message == "Only the assigned caseworker and the case's supervisor may see or change health."
    released = {"persons": [{"id": father["id"], "legal_status": "released"}]}
    message = refused(ws, "case", "update", case_id, "--file", write_json(ws, released), user="timur",
                      case_id=case_id)
    assert message == "Only the assigned caseworker and the case's supervisor may see or change legal_status."


# -- deadlines -----------------------------------------------------------------------------------
def test_the_initial_assessment_is_due_24_hours_after_a_high_risk_registration_and_72_after_a_medium_one(ws):
    high = add_case(ws, risk="high")
    medium = add_case(ws, surname="Ҷалолов", given_name="Шоҳрух", sex="male", risk="medium")
    for case_id, hours in ((high, 24), (medium, 72)):
        shown = show(ws, case_id)
        assert initial_assessment_due(shown) == moment(shown["registered_at"]) + dt.timedelta(hours=hours)

    deadline = initial_assessment_due(show(ws, high))
    after = minute(deadline + dt.timedelta(minutes=1))
    listed = due(ws, "--at", after, "--days", "0")
    assert entry(listed, high, "initial_assessment")["overdue"] is True
    assert entry(listed, medium, "initial_assessment") is None  # due two days later
    before = due(ws, "--at", minute(deadline - dt.timedelta(minutes=1)), "--days", "1")
    assert entry(before, high, "initial_assessment")["overdue"] is False
    assert entry(before, high, "initial_assessment")["due"] == deadline.strftime("%Y-%m-%dT%H:%M:%SZ")

    update(ws, high, {"initial_assessment_done": dt.date.today().isoformat()})
    assert entry(due(ws, "--at", after, "--days", "0"), high, "initial_assessment") is None
    shown = show(ws, high)
    assert shown["step"] == "best_interests_assessment"
    assert "initial_assessment" not in [d["what"] for d in shown["due"]]


def test_a_caseworker_sees_only_their_own_due_items_and_a_supervisor_any_district(ws):
    mine = add_case(ws, district="Ваҳдат")
    hers = add_case(ws, user="laylo", surname="Ҷалолов", given_name="Шоҳрух", sex="male", district="Ҳисор")

    def cases_due(user: str, *options: str) -> set[str]:
        return {d["case_id"] for d in due(ws, "--days", "30", *options, user=user)}

    assert cases_due("nigora") == {mine}
    assert cases_due("laylo") == {hers}
    assert cases_due("sabina") == {mine, hers}
    assert cases_due("sabina", "--district", "Ҳисор") == {hers}
    assert cases_due("sabina", "--district", "Ваҳдат") == {mine}


def test_changing_the_settings_moves_the_deadline(ws):
    case_id = add_case(ws, risk="high")
    registered = moment(show(ws, case_id)["registered_at"])
    twelve = write_json(ws, {"deadlines": {"initial_assessment_hours_high": 12}})
    message = refused(ws, "settings", "set", "--file", twelve, user="sabina", case_id=case_id)
    assert message == "Your account may not change the office's settings."

    ok(ws, "settings", "set", "--file", twelve)
    assert json.loads(ok(ws, "settings", "show"))["deadlines"]["initial_assessment_hours_high"] == 12
    assert initial_assessment_due(show(ws, case_id)) == registered + dt.timedelta(hours=12)
    listed = due(ws, "--at", minute(registered + dt.timedelta(hours=13)), "--days", "0")
    assert entry(listed, case_id, "initial_assessment")["overdue"] is True


# -- closure -------------------------------------------------------------------------------------
def test_a_case_is_closed_as_unreachable_only_after_three_visits_that_found_no_one(ws):
    case_id = add_case(ws)
    close = ("case", "close", case_id, "--reason", "unreachable", "--approved-by", "sabina")
    assert refused(ws, *close, case_id=case_id) == (
        "A case is closed as unreachable after 3 visits that found no one; 0 are recorded."
    )
    ok(ws, "visit", "add", case_id, "--done", "2025-03-01", "--reached", "--child-seen", "--seen-alone",
       "--safety", "ok")
    ok(ws, "visit", "add", case_id, "--done", "2025-04-01", "--not-reached")
    planned = ok(ws, "visit", "add", case_id, "--planned", "2025-05-01")
    ok(ws, "visit", "done", planned, "--on", "2025-05-02", "--not-reached", "--notes", "Neighbours: they moved")
    assert refused(ws, *close, case_id=case_id).endswith("found no one; 2 are recorded.")

    ok(ws, "visit", "add", case_id, "--done", "2025-06-01", "--not-reached")
    ok(ws, *close)
    shown = show(ws, case_id)
    assert (shown["status"], shown["closure_reason"], shown["closure_approved_by"]) == (
        "closed", "unreachable", "sabina")
    assert shown["closed_on"] == dt.date.today().isoformat()
    assert [v.get("reached") for v in shown["items"]["visits"]] == [True, False, False, False]
    assert shown["items"]["visits"][2]["done_on"] == "2025-05-02"


def test_a_closed_case_has_follow_ups_due_and_can_be_reopened(ws):
    case_id = add_case(ws, risk="high")
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    assert refused(ws, "case", "close", case_id, "--reason", "goals_met", "--on", tomorrow, case_id=case_id).endswith(
        "field date: a date of a step is in the future.")
    assert refused(ws, "case", "close", case_id, "--reason", "goals_met", "--approved-by", "laylo",
                   case_id=case_id) == "laylo is not a supervisor's account."

    ok(ws, "case", "close", case_id, "--reason", "goals_met")
    shown = show(ws, case_id)
    assert (shown["status"], shown["closure_reason"], shown["step"]) == ("closed", "goals_met", "follow_up")
    assert [d["what"] for d in shown["due"]] == ["follow_up", "purge_review"]
    [follow_up] = [d for d in due(ws, "--days", "100") if d["case_id"] == case_id]
    assert follow_up["what"] == "follow_up" and follow_up["overdue"] is False
    assert refused(ws, "case", "close", case_id, "--reason", "duplicate", case_id=case_id) == (
        f"Case {case_id} is closed; reopen it first.")

    ok(ws, "case", "reopen", case_id)
    shown = show(ws, case_id)
    assert (shown["status"], shown["closed_on"], shown["closure_reason"]) == ("open", None, None)
    assert shown["step"] == "initial_assessment"
    assert "follow_up" not in [d["what"] for d in shown["due"]]
    assert "initial_assessment" in [d["what"] for d in shown["due"]]
    assert refused(ws, "case", "reopen", case_id, case_id=case_id) == f"Case {case_id} is not closed."


# -- attachments ---------------------------------------------------------------------------------
PHOTO_MARK = b"photo-of-the-child-Zq81"
LETTER_MARK = b"letter-from-the-school-Wk42"


def test_a_photo_needs_a_photographs_consent_and_attached_files_stay_encrypted(ws):
    case_id = add_case(ws)
    photo, letter = ws.parent / "sitora.jpg", ws.parent / "letter.pdf"
    photo.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + PHOTO_MARK * 200 + bytes(range(256)))
    letter.write_bytes(b"%PDF-1.4\n" + LETTER_MARK * 200)
    message = refused(ws, "attachment", "add", case_id, "--file", str(photo), "--photo", case_id=case_id)
    assert message.startswith("No valid consent for photographs")

    letter_id = ok(ws, "attachment", "add", case_id, "--file", str(letter), "--description", "From the school")
    ok(ws, "consent", "add", case_id, "--file", write_json(ws, consent("photographs")))
    photo_id = ok(ws, "attachment", "add", case_id, "--file", str(photo), "--photo")

    listed = {a["id"]: a for a in show(ws, case_id)["items"]["attachments"]}
    assert listed.keys() == {letter_id, photo_id}
    assert listed[photo_id]["photo"] is True and listed[letter_id]["photo"] is False
    for item_id, source in ((photo_id, photo), (letter_id, letter)):
        out = ws.parent / f"fetched-{source.name}"
        assert f"{out}" in ok(ws, "attachment", "get", item_id, "--out", str(out))
        assert out.read_bytes() == source.read_bytes()
        assert listed[item_id]["sha256"] == hashlib.sha256(source.read_bytes()).hexdigest()
        assert listed[item_id]["size"] == len(source.read_bytes())

    files = [p for p in ws.rglob("*") if p.is_file()]
    assert files and not [p.name for p in files if PHOTO_MARK in p.read_bytes() or LETTER_MARK in p.read_bytes()]
    assert PHOTO_MARK in (ws.parent / "fetched-sitora.jpg").read_bytes()  # the scan can find it


def test_every_attachment_a_case_lists_can_be_fetched(ws):
    case_id = add_case(ws)
    cw(ws, "case", "update", case_id, "--file",
       write_json(ws, {"attachments": [{"name": "passport.jpg", "size": 3, "sha256": "ab" * 32}]}))
    for item in show(ws, case_id)["items"]["attachments"]:
        out = ws.parent / "fetched"
        r = cw(ws, "attachment", "get", item["id"], "--out", str(out))
        assert r.returncode == 0, r.stderr
        assert hashlib.sha256(out.read_bytes()).hexdigest() == item["sha256"]


def test_an_attachments_name_keeps_its_final_part_and_get_writes_only_where_asked(ws, tmp_path):
    case_id = add_case(ws)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 a consent")
    assert cw(ws, "attachment", "add", case_id, "--file", str(scan)).returncode == 0
    [item] = show(ws, case_id)["items"]["attachments"]
    for given, kept in (("../../x.pdf", "x.pdf"), ("/etc/passwd", "passwd"), ("C:\\Windows\\a.pdf", "a.pdf"),
                        ("Скан\x00.pdf", "Скан.pdf")):
        r = cw(ws, "case", "update", case_id, "--file", write_json(ws, {"attachments": [
            {"id": item["id"], "name": given, "size": item["size"], "sha256": item["sha256"]}]}))
        assert r.returncode == 0, r.stderr
        [item] = show(ws, case_id)["items"]["attachments"]
        assert item["name"] == kept
    folder = tmp_path / "saved"
    folder.mkdir()
    before = sorted(p.name for p in tmp_path.rglob("*"))
    r = cw(ws, "attachment", "get", item["id"], "--out", str(folder))
    assert r.returncode == 0, r.stderr
    assert [p.name for p in folder.iterdir()] == ["Скан.pdf"]
    assert sorted(p.name for p in tmp_path.rglob("*")) == sorted([*before, "Скан.pdf"])
    r = cw(ws, "attachment", "get", item["id"], "--out", str(tmp_path / "no-such-folder" / "a.pdf"))
    assert r.returncode == 1 and r.stderr.strip().endswith("cannot be written; nothing was saved.")
