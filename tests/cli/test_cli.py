"""The command line as users run it: a real `caseworker` subprocess, its exit code and output."""

from __future__ import annotations

import json

import pytest

from tests.conftest import PASSWORD, child, run_cli

P = PASSWORD + "\n"


@pytest.fixture
def ws(tmp_path):
    folder = tmp_path / "ws"
    r = run_cli("init", "--workspace", str(folder), "--user", "nigora", "--password-stdin", stdin=P)
    assert r.returncode == 0, r.stderr
    return folder


def cw(folder, *args, user="nigora", stdin=P):
    return run_cli(*args, "--workspace", str(folder), "--user", user, "--password-stdin", stdin=stdin)


def add_file(tmp_path, data, name="cases.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return str(path)


def listed(folder, user="nigora"):
    r = cw(folder, "case", "list", "--json", user=user)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_help_lists_the_commands():
    r = run_cli("--help")
    assert r.returncode == 0 and "init" in r.stdout and "case" in r.stdout


def test_add_show_list_and_search(ws, tmp_path):
    records = [child(), child(surname="Ҷалолов", given_name="Шоҳрух", sex="male", birth_date="2011-03-04",
                              birth_year=None, other_names=["Shohrukh Jalolov"], risk="high")]
    r = cw(ws, "case", "add", "--file", add_file(tmp_path, records))
    assert r.returncode == 0, r.stderr
    ids = r.stdout.split()
    assert len(ids) == 2

    shown = json.loads(cw(ws, "case", "show", ids[1], "--json").stdout)
    assert shown["surname"] == "Ҷалолов" and shown["birth_date"] == "2011-03-04" and shown["risk"] == "high"
    assert shown["assigned_to"] == "nigora" and shown["id"] == ids[1]

    assert {c["id"] for c in listed(ws)} == set(ids)

    r = cw(ws, "case", "search", "Dzhalolov Shokhrukh", "--json", "--limit", "5")
    hits = json.loads(r.stdout)
    assert hits[0]["id"] == ids[1] and hits[0]["score"] == 100
    assert {"id", "surname", "given_name", "patronymic", "score"} <= set(hits[0])


def test_a_single_object_file_works_too(ws, tmp_path):
    r = cw(ws, "case", "add", "--file", add_file(tmp_path, child()))
    assert r.returncode == 0 and len(r.stdout.split()) == 1


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ([child(), child(sex="girl")], "Record 2, field sex: is not one of the allowed values."),
        ([child(birth_year=None)], "Record 1, field birth: give a birth date or an estimated birth year."),
        ([child(surname="  ")], "Record 1, field surname: must not be empty."),
        ([child(ideology="x")], "Record 1, field ideology: is not a field of a case."),
        ([42], "Record 1, field -: must be a JSON object."),
    ],
)
def test_invalid_records_are_named_and_nothing_is_added(ws, tmp_path, content, expected):
    r = cw(ws, "case", "add", "--file", add_file(tmp_path, content))
    assert r.returncode == 1
    assert r.stderr.strip() == f"caseworker: {expected}"
    assert "Traceback" not in r.stderr and "Қаюмова" not in r.stderr
    assert listed(ws) == []


def test_a_file_that_is_not_json_is_a_clear_error(ws, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('[{"surname": "Қаюмова",', "utf-8")
    r = cw(ws, "case", "add", "--file", str(path))
    assert r.returncode == 1 and "is not valid JSON: the error is at line 1" in r.stderr
    r = cw(ws, "case", "add", "--file", str(tmp_path / "missing.json"))
    assert r.returncode == 1 and r.stderr.strip().endswith("missing.json cannot be read.")
    assert listed(ws) == []


def test_a_likely_duplicate_is_a_warning_not_a_refusal(ws, tmp_path):
    first = cw(ws, "case", "add", "--file", add_file(tmp_path, child(), "a.json")).stdout.strip()
    r = cw(ws, "case", "add", "--file", add_file(tmp_path, child(surname="Каюмова", birth_year=2015), "b.json"))
    assert r.returncode == 0
    assert f"may be the same child as case {first}" in r.stderr
    assert len(listed(ws)) == 2


def test_wrong_password_is_one_line_and_then_backs_off(ws):
    for _ in range(3):
        r = cw(ws, "case", "list", "--json", stdin="wrong password\n")
        assert r.returncode == 1 and r.stderr == "caseworker: Wrong user name or password.\n"
    r = cw(ws, "case", "list", "--json")
    assert r.returncode == 1 and "try again in" in r.stderr and r.stderr.count("\n") == 1


def test_no_password_source_is_a_usage_error(ws):
    r = run_cli("case", "list", "--workspace", str(ws), "--user", "nigora")
    assert r.returncode == 2 and "password" in r.stderr


def test_usage_errors_exit_2(ws):
    assert run_cli("case", "frobnicate").returncode == 2
    assert run_cli("case", "list", "--user", "nigora", "--password-stdin", stdin=P).returncode == 2
    r = cw(ws, "user", "add", "--new-user", "farrukh", "--role", "caseworker")  # no second line
    assert r.returncode == 2 and "standard input ended" in r.stderr


def test_user_add_then_the_new_user_logs_in_with_their_roles(ws, tmp_path):
    r = cw(ws, "user", "add", "--new-user", "farrukh", "--role", "caseworker", stdin=P + "farrukh password\n")
    assert r.returncode == 0, r.stderr
    cw(ws, "case", "add", "--file", add_file(tmp_path, child()))
    r = run_cli("case", "list", "--json", "--workspace", str(ws), "--user", "farrukh", "--password-stdin",
                stdin="farrukh password\n")
    assert r.returncode == 0 and json.loads(r.stdout) == []  # nigora's case is not farrukh's
    r = cw(ws, "user", "add", "--new-user", "x", "--role", "boss", stdin=P + "long enough\n")
    assert r.returncode == 1 and "Unknown role boss" in r.stderr


def test_a_caseworker_without_admin_cannot_add_accounts(ws):
    cw(ws, "user", "add", "--new-user", "farrukh", "--role", "caseworker", stdin=P + "farrukh password\n")
    r = run_cli("user", "add", "--workspace", str(ws), "--user", "farrukh", "--password-stdin",
                "--new-user", "other", "--role", "admin", stdin="farrukh password\nother password\n")
    assert r.returncode == 1 and r.stderr.strip() == "caseworker: Your account may not add accounts."


def test_passwd_reads_old_then_new(ws):
    r = cw(ws, "passwd", stdin=P + "a new password\n")
    assert r.returncode == 0, r.stderr
    assert cw(ws, "case", "list", "--json").returncode == 1
    assert cw(ws, "case", "list", "--json", stdin="a new password\n").returncode == 0
    r = cw(ws, "passwd", stdin="a new password\nshort\n")
    assert r.returncode == 1 and "at least 8 characters" in r.stderr


def test_audit_verify_catches_an_edited_row(ws, tmp_path):
    cw(ws, "case", "add", "--file", add_file(tmp_path, [child(), child(given_name="Зарина")]))
    r = cw(ws, "audit", "verify")
    assert r.returncode == 0 and "intact" in r.stdout

    from caseworker.app.session import Session  # tamper as someone with the key would

    with Session.open(ws, "nigora", PASSWORD) as s:
        s.workspace.read(lambda c: c.execute("UPDATE audit SET actor = 'someone else' WHERE seq = 3"))
    r = cw(ws, "audit", "verify")
    assert r.returncode == 1
    assert r.stderr.strip() == "caseworker: The audit log is broken at entry 3: it was changed or removed."


def test_backup_create_and_restore(ws, tmp_path):
    [case_id] = cw(ws, "case", "add", "--file", add_file(tmp_path, child())).stdout.split()
    before = listed(ws)
    name = cw(ws, "backup", "create").stdout.strip()
    assert name.endswith(".cwbackup")
    cw(ws, "case", "delete", case_id)
    assert listed(ws) == []
    assert name in cw(ws, "backup", "list").stdout
    r = cw(ws, "backup", "restore", name)
    assert r.returncode == 0, r.stderr
    assert listed(ws) == before
    r = cw(ws, "backup", "restore", "backup-20000101T000000Z.cwbackup")
    assert r.returncode == 1 and "No backup named" in r.stderr


def test_case_edit_and_show_unknown(ws, tmp_path):
    [case_id] = cw(ws, "case", "add", "--file", add_file(tmp_path, child())).stdout.split()
    r = cw(ws, "case", "edit", case_id, "--file", add_file(tmp_path, {"risk": "high"}, "e.json"))
    assert r.returncode == 0 and "risk" in r.stdout
    r = cw(ws, "case", "edit", case_id, "--file", add_file(tmp_path, {"risk": "extreme"}, "f.json"))
    assert r.returncode == 1 and "field risk" in r.stderr
    assert listed(ws)[0]["risk"] == "high"
    r = cw(ws, "case", "show", "no-such-id", "--json")
    assert r.returncode == 1 and r.stderr.strip() == "caseworker: No case no-such-id that you may see."


def test_init_refuses_a_folder_in_use(ws):
    r = run_cli("init", "--workspace", str(ws), "--user", "x", "--password-stdin", stdin=P)
    assert r.returncode == 1 and "already holds a workspace" in r.stderr


def test_demo_builds_a_searchable_workspace_once(tmp_path):
    folder = tmp_path / "demo"
    r = run_cli("demo", "--workspace", str(folder), "--cases", "60")
    assert r.returncode == 0 and "demo-password" in r.stdout
    r = run_cli("case", "list", "--json", "--workspace", str(folder), "--user", "supervisor", "--password-stdin",
                stdin="demo-password\n")
    assert len(json.loads(r.stdout)) == 60
    again = run_cli("demo", "--workspace", str(folder), "--cases", "60")
    assert again.returncode == 0 and "already" in again.stdout


def test_options_may_come_before_the_subcommand(ws):
    r = run_cli("--workspace", str(ws), "--user", "nigora", "--password-stdin", "case", "list", "--json", stdin=P)
    assert r.returncode == 0 and json.loads(r.stdout) == []
    r = run_cli("case", "list", "--user", "nigora", "--password-stdin", stdin=P)
    assert r.returncode == 2 and "--workspace" in r.stderr


def test_a_file_that_is_not_utf8_or_not_an_object_is_a_clear_error(ws, tmp_path):
    path = tmp_path / "latin1.json"
    path.write_bytes('[{"surname": "Джалолов"}]'.encode("cp1251"))  # an old Windows export
    r = cw(ws, "case", "add", "--file", str(path))
    assert r.returncode == 1 and "is not UTF-8 text" in r.stderr
    [case_id] = cw(ws, "case", "add", "--file", add_file(tmp_path, child())).stdout.split()
    r = cw(ws, "case", "edit", case_id, "--file", add_file(tmp_path, [{"risk": "high"}], "e.json"))
    assert r.returncode == 1 and "must hold one JSON object" in r.stderr
    assert listed(ws)[0]["risk"] is None


def test_workspace_files_are_private(ws):
    for name in ("keys.json", "case.db"):
        assert (ws / name).stat().st_mode & 0o077 == 0, name
    assert ws.stat().st_mode & 0o077 == 0


def test_district_list_and_set(ws, tmp_path):
    r = cw(ws, "district", "list", "--language", "ru")
    assert r.returncode == 0 and "Худжанд" in r.stdout.splitlines()
    own = [{"tg": "Ҳисор", "ru": "Гиссар", "en": "Hisor"}]
    r = cw(ws, "district", "set", "--file", add_file(tmp_path, own, "d.json"))
    assert r.returncode == 0 and "Districts offered: 1" in r.stdout
    assert cw(ws, "district", "list").stdout.splitlines() == ["Ҳисор"]
