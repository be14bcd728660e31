"""Four eyes held by the server (migration 0013): a login going around the app with its own
PostgreSQL connection cannot make a procedure ready without a valid approval, nor approve in
another's name; the owner (no desk role) stays outside the rule, as in the app; the app words the
server's refusal as ``approval.required``. 0013 goes up and down on both backends."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import psycopg
import pytest
from sqlalchemy import text

from filing_desk.domain.enums import ProcedureState
from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.issues import Report
from filing_desk.store import approvals, migrate
from filing_desk.store.team import roles
from filing_desk.store.team.copying import engine_of
from filing_desk.store.team.permissions import RoleRefused
from filing_desk.store.team_register import open_team, push_to_team
from tests.helpers.migration_files import engine_at, tables
from tests.helpers.postgres import TeamDatabase
from tests.helpers.registers import make_register
from tests.helpers.team_logins import ALGORITHM, ENTITY, open_as, team_with_people

MIGRATION = Path(__file__).parents[2] / "migrations" / "versions" / "0013_server_four_eyes.py"
DRAFT = {"algorithm.main_use": "个性化推荐"}
TRIGGERS = {
    "procedure_four_eyes",
    "procedure_four_eyes_insert",
    "procedure_approval_reviewer",
    "audit_event_append_only",
}


def _migration() -> ModuleType:
    spec = importlib.util.spec_from_file_location("migration_0013", MIGRATION)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _raw(db: TeamDatabase, login: str) -> psycopg.Connection[tuple[object, ...]]:
    """A plain psycopg connection as ``login``, as ``psql`` would make (autocommit)."""
    return psycopg.connect(
        host=db.cluster.host, port=db.cluster.port, dbname=db.name, user=login,
        password=db.password, autocommit=True,
    )  # fmt: skip


def _state(db: TeamDatabase, procedure_id: int) -> str:
    with _raw(db, db.user) as conn:
        row = conn.execute("SELECT state FROM procedure WHERE id = %s", (procedure_id,)).fetchone()
    assert row is not None
    return str(row[0])


def _mark_ready_raw(db: TeamDatabase, login: str, procedure_id: int) -> None:
    with _raw(db, login) as conn:
        conn.execute("UPDATE procedure SET state = 'ready' WHERE id = %s", (procedure_id,))


def _open_filing(db: TeamDatabase, editor: str) -> int:
    with open_as(db, editor) as reg:
        algorithm_id = reg.algorithms()[0].id
        assert algorithm_id is not None
        procedure_id = reg.start_filing(algorithm_id).id
        assert procedure_id is not None
        reg.save_draft(procedure_id, DRAFT)
        return procedure_id


def test_the_frozen_lists_equal_the_code_at_head() -> None:
    """0013 copies the app's rule as literals; at head they must still be the app's, and 0013
    must still be the migration that last defines the server's four-eyes functions (a later one
    that redefines them is the one to compare then)."""
    frozen = _migration()
    assert frozen.PROCEDURE_EDITS == approvals.PROCEDURE_EDITS
    assert frozen.ALGORITHM_EDITS == approvals.ALGORITHM_EDITS
    assert frozen.ROLES == roles.ROLES
    assert ProcedureState.READY.value == frozen.READY
    assert frozen.REFUSED == approvals.SERVER_REFUSED
    defining = [
        path.name
        for path in sorted(MIGRATION.parent.glob("*.py"))
        if "FUNCTION filing_desk_four_eyes()" in path.read_text(encoding="utf-8")
    ]
    assert defining[-1] == MIGRATION.name
    assert frozen.revision <= migrate.HEAD


def _approve(db: TeamDatabase, people: dict[str, str], pid: int) -> None:
    with open_as(db, people["reviewer"]) as reg:
        reg.approve(pid)


def _edit_after_approval(db: TeamDatabase, people: dict[str, str], pid: int) -> None:
    _approve(db, people, pid)
    with open_as(db, people["editor"]) as reg:
        reg.save_draft(pid, {"algorithm.main_use": "改过的用途"})


def _algorithm_edit_after_approval(db: TeamDatabase, people: dict[str, str], pid: int) -> None:
    _approve(db, people, pid)
    with open_as(db, people["editor"]) as reg:
        algorithm_id = reg.procedure(pid).algorithm_id
        assert algorithm_id is not None
        reg.update_algorithm(algorithm_id, name="改名算法")


def _nothing(db: TeamDatabase, people: dict[str, str], pid: int) -> None:
    """No approval at all."""


Before = Callable[[TeamDatabase, dict[str, str], int], None]
CASES: list[tuple[str, Before, str, bool]] = [
    # (case, what happened first, who runs the raw UPDATE, the server lets it through)
    ("editor, no approval", _nothing, "editor", False),
    ("reviewer, no approval", _nothing, "reviewer", False),
    ("editor, approved by a reviewer", _approve, "editor", True),
    ("editor, approval voided by a later edit", _edit_after_approval, "editor", False),
    ("editor, voided by an edit of the algorithm", _algorithm_edit_after_approval, "editor", False),
    ("owner, no approval", _nothing, "owner", True),
]


@pytest.mark.parametrize(
    ("before", "who", "passes"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_raw_update_to_ready(
    team_db: TeamDatabase, before: Before, who: str, passes: bool
) -> None:
    people = {**team_with_people(team_db), "owner": team_db.user}
    procedure_id = _open_filing(team_db, people["editor"])
    before(team_db, people, procedure_id)
    if passes:
        _mark_ready_raw(team_db, people[who], procedure_id)
        assert _state(team_db, procedure_id) == "ready"
        return
    with pytest.raises(psycopg.Error) as caught:
        _mark_ready_raw(team_db, people[who], procedure_id)
    assert caught.value.sqlstate == approvals.SERVER_REFUSED
    assert "approval of a reviewer other than its last editor" in str(caught.value)
    assert _state(team_db, procedure_id) == "editing"


def test_a_ready_procedure_cannot_be_inserted_by_an_editor(team_db: TeamDatabase) -> None:
    people = team_with_people(team_db)
    insert = (
        "INSERT INTO procedure (algorithm_id, kind, state, trigger_date, due_date, "
        "due_provisional, filing_number, reason, followup, return_reason, changes_json, "
        "snapshot_json, draft_json, created_at) SELECT id, 'filing', 'ready', '2026-12-01', "
        "'2026-12-15', false, '', '', '', '', '[]', '{}', '{}', '2026-12-01 09:00:00' "
        "FROM algorithm"
    )
    with pytest.raises(psycopg.Error) as caught, _raw(team_db, people["editor"]) as conn:
        conn.execute(insert)
    assert caught.value.sqlstate == approvals.SERVER_REFUSED
    with _raw(team_db, team_db.user) as conn:
        conn.execute(insert)  # the owner's bulk copies go in as they are
        states = conn.execute("SELECT state FROM procedure").fetchall()
    assert states == [("ready",)]


def test_a_reviewer_cannot_approve_in_anothers_name(team_db: TeamDatabase) -> None:
    people = team_with_people(team_db)
    procedure_id = _open_filing(team_db, people["reviewer"])  # a reviewer's own edit
    forged = (
        "INSERT INTO procedure_approval (procedure_id, reviewer, approved_at, state, "
        "edit_event_id) SELECT %s, %s, '2026-12-07T10:00:00+00:00', 'editing', max(id) "
        "FROM audit_event"
    )
    with pytest.raises(psycopg.Error) as caught, _raw(team_db, people["reviewer"]) as conn:
        conn.execute(forged, (procedure_id, people["second_reviewer"]))
    assert caught.value.sqlstate == "42501"
    app_sql = text(forged.replace("%s", ":p", 1).replace("%s", ":r", 1))
    reviewer = open_as(team_db, people["reviewer"])  # the app's connection: worded, not raw
    with reviewer, pytest.raises(RoleRefused), reviewer.transaction() as s:
        s.execute(app_sql, {"p": procedure_id, "r": people["second_reviewer"]})
    with _raw(team_db, team_db.user) as conn:
        assert conn.execute("SELECT count(*) FROM procedure_approval").fetchone() == (0,)
    with pytest.raises(psycopg.Error):
        _mark_ready_raw(team_db, people["reviewer"], procedure_id)


NEWEST_EDIT = "(SELECT max(id) FROM audit_event WHERE action = 'procedure.draft')"
AUDIT_TAMPERING = {
    "delete the edit that voided the approval": f"DELETE FROM audit_event WHERE id = {NEWEST_EDIT}",
    "pass the edit off as another's": f"UPDATE audit_event SET os_user = %(other)s "
    f"WHERE id = {NEWEST_EDIT}",
    "append an edit in another's name": "INSERT INTO audit_event (id, at, os_user, action, "
    "object_type, object_id, prev_hash, hash) SELECT max(id) + 1, 'x', %(other)s, "
    "'procedure.draft', 'procedure', %(procedure)s, 'x', 'x' FROM audit_event",
}


@pytest.mark.parametrize("tampering", list(AUDIT_TAMPERING))
def test_a_desk_login_only_appends_to_the_audit_log_as_itself(
    team_db: TeamDatabase, tampering: str
) -> None:
    people = team_with_people(team_db)
    procedure_id = _open_filing(team_db, people["editor"])
    _edit_after_approval(team_db, people, procedure_id)
    with _raw(team_db, team_db.user) as conn:
        before = conn.execute("SELECT id, os_user FROM audit_event ORDER BY id").fetchall()
    params = {"other": people["second_reviewer"], "procedure": procedure_id}
    with pytest.raises(psycopg.Error) as caught, _raw(team_db, people["editor"]) as conn:
        conn.execute(AUDIT_TAMPERING[tampering], params)
    assert caught.value.sqlstate == "42501"
    with _raw(team_db, team_db.user) as conn:
        assert conn.execute("SELECT id, os_user FROM audit_event ORDER BY id").fetchall() == before
    with pytest.raises(psycopg.Error):  # the approval stays voided
        _mark_ready_raw(team_db, people["editor"], procedure_id)


def test_the_app_words_the_servers_refusal_as_approval_required(team_db: TeamDatabase) -> None:
    people = team_with_people(team_db)
    procedure_id = _open_filing(team_db, people["editor"])
    with open_as(team_db, people["editor"]) as reg:
        with pytest.raises(InvalidInput) as caught, reg.transaction() as s:
            s.execute(
                text("UPDATE procedure SET state = 'ready' WHERE id = :id"), {"id": procedure_id}
            )
        assert [i.code for i in caught.value.issues] == ["approval.required"]
        assert "four eyes" not in str(caught.value)
        assert reg.procedure(procedure_id).state is ProcedureState.EDITING
    _approve(team_db, people, procedure_id)
    with open_as(team_db, people["editor"]) as reg:  # the app's own path, through the trigger
        assert reg.mark_ready(procedure_id, Report()).state is ProcedureState.READY


def test_team_push_of_a_file_with_ready_procedures(team_db: TeamDatabase, tmp_path: Path) -> None:
    with make_register(tmp_path / "r.fdesk") as source:
        entity = source.create_entity(**ENTITY)
        assert entity.id is not None
        algorithm_id = source.create_algorithm(entity.id, **ALGORITHM).id
        assert algorithm_id is not None
        procedure_id = source.start_filing(algorithm_id).id
        assert procedure_id is not None
        source.mark_ready(procedure_id, Report())
        with push_to_team(source, team_db.url) as team:  # the owner copies, rule or not
            assert team.procedure(procedure_id).state is ProcedureState.READY


def _triggers(db: TeamDatabase) -> set[str]:
    with _raw(db, db.user) as conn:
        rows = conn.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal").fetchall()
    return {str(r[0]) for r in rows}


def test_0013_up_and_down_on_the_server(team_db: TeamDatabase) -> None:
    people = team_with_people(team_db)
    procedure_id = _open_filing(team_db, people["editor"])
    assert _triggers(team_db) >= TRIGGERS
    with open_team(team_db.url) as owner:
        engine = engine_of(owner)
        migrate.run(engine, "0012", downgrade=True)
        assert not _triggers(team_db) & TRIGGERS
        _mark_ready_raw(team_db, people["editor"], procedure_id)  # the app alone held it
        assert _state(team_db, procedure_id) == "ready"
        migrate.run(engine, "0013")
    assert _triggers(team_db) >= TRIGGERS


def test_0013_up_and_down_on_a_file_changes_nothing(tmp_path: Path) -> None:
    engine = engine_at(tmp_path / "m.fdesk", "0012")
    before = tables(engine)
    migrate.run(engine, "0013")
    assert tables(engine) == before
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0013"
    migrate.run(engine, "0012", downgrade=True)
    assert tables(engine) == before
    engine.dispose()
