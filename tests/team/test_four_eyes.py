"""Four eyes on a team register: a procedure is ready to submit only after a reviewer other than
its last editor approves it (audited); an edit after the approval voids it; an editor cannot
approve, nor a reviewer their own last edit. A file register marks ready as before. Migration
0012 adds the approvals table on both backends (and takes it away again on a file)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from filing_desk.domain.enums import ProcedureState
from filing_desk.domain.errors import DomainError, InvalidInput
from filing_desk.domain.issues import Report
from filing_desk.store import migrate
from filing_desk.store.team.permissions import ViewerRefused
from filing_desk.store.team_register import TeamRegister
from filing_desk.workflows import readiness
from tests.helpers.materials import complete_algorithm
from tests.helpers.migration_files import engine_at, tables
from tests.helpers.postgres import TeamDatabase
from tests.helpers.registers import make_register
from tests.helpers.team_logins import ALGORITHM, ENTITY, open_as, team_with_people

DRAFT = {"algorithm.main_use": "个性化推荐"}


def _open_filing(db: TeamDatabase, editor: str) -> int:
    """The editor opens the algorithm's filing and fills in an answer; the procedure's id."""
    with open_as(db, editor) as reg:
        procedure = reg.start_filing(reg.algorithms()[0].id)
        reg.save_draft(procedure.id, DRAFT)
        return procedure.id


def _approvals(reg: TeamRegister) -> list[str]:
    return [e.os_user for e in reg.audit_events() if e.action == "procedure.approved"]


def _refused_ready(reg: TeamRegister, procedure_id: int) -> None:
    with pytest.raises(InvalidInput) as caught:
        reg.mark_ready(procedure_id, Report())
    assert [i.code for i in caught.value.issues] == ["approval.required"]
    assert reg.procedure(procedure_id).state is ProcedureState.EDITING


def test_editor_edits_reviewer_approves_then_it_is_ready(team_db: TeamDatabase) -> None:
    people = team_with_people(team_db)
    procedure_id = _open_filing(team_db, people["editor"])
    with open_as(team_db, people["editor"]) as reg:
        assert reg.awaits_approval(procedure_id)
        _refused_ready(reg, procedure_id)
    with open_as(team_db, people["reviewer"]) as reg:
        status = reg.approve(procedure_id)
        assert (status.approved, status.reviewer) == (True, people["reviewer"])
        assert status.last_editor == people["editor"]
        assert _approvals(reg) == [people["reviewer"]]
        assert reg.verify_audit().ok
    with open_as(team_db, people["editor"]) as reg:
        assert not reg.awaits_approval(procedure_id)
        assert reg.mark_ready(procedure_id, Report()).state is ProcedureState.READY


def test_an_edit_after_the_approval_voids_it(team_db: TeamDatabase) -> None:
    people = team_with_people(team_db)
    procedure_id = _open_filing(team_db, people["editor"])
    with open_as(team_db, people["reviewer"]) as reg:
        reg.approve(procedure_id)
    with open_as(team_db, people["editor"]) as reg:
        reg.save_draft(procedure_id, {**DRAFT, "algorithm.main_use": "改过的用途"})
        assert not reg.approval_status(procedure_id).approved
        assert reg.awaits_approval(procedure_id)
        _refused_ready(reg, procedure_id)
        reg.update_algorithm(reg.procedure(procedure_id).algorithm_id, name="改名算法")
    with open_as(team_db, people["reviewer"]) as reg:  # approved again, then edited through
        reg.approve(procedure_id)  # the algorithm the procedure files
    with open_as(team_db, people["editor"]) as reg:
        reg.update_algorithm(reg.procedure(procedure_id).algorithm_id, name="又改名算法")
        _refused_ready(reg, procedure_id)


@pytest.mark.parametrize(
    ("who", "edits_last", "code"),
    [
        ("editor", "editor", "approval.not_reviewer"),  # no reviewer role
        ("viewer", "editor", "approval.not_reviewer"),
        ("reviewer", "reviewer", "approval.own_edit"),  # a reviewer's own last edit
    ],
)
def test_an_approval_is_refused(
    team_db: TeamDatabase, who: str, edits_last: str, code: str
) -> None:
    people = team_with_people(team_db)
    procedure_id = _open_filing(team_db, people["editor"])
    with open_as(team_db, people[edits_last]) as reg:
        reg.save_draft(procedure_id, {**DRAFT, "algorithm.main_use": f"{edits_last} 的修改"})
    with open_as(team_db, people[who]) as reg:
        events = len(reg.audit_events())
        with pytest.raises(DomainError) as caught:
            reg.approve(procedure_id)
        assert caught.value.code == code
        assert len(reg.audit_events()) == events
        assert not reg.approval_status(procedure_id).approved
        with reg.session() as s:
            assert s.execute(text("SELECT count(*) FROM procedure_approval")).scalar() == 0


def test_another_reviewer_approves_a_reviewers_edit(team_db: TeamDatabase) -> None:
    people = team_with_people(team_db)
    procedure_id = _open_filing(team_db, people["reviewer"])
    with open_as(team_db, people["second_reviewer"]) as reg:
        reg.approve(procedure_id)
    with open_as(team_db, people["reviewer"]) as reg:
        assert reg.mark_ready(procedure_id, Report()).state is ProcedureState.READY
        with pytest.raises(DomainError) as caught:  # ready: nothing awaits approval
            reg.approve(procedure_id)
        assert caught.value.code == "approval.not_editing"


def test_a_viewer_is_refused_a_write_and_sees_the_approval(team_db: TeamDatabase) -> None:
    people = team_with_people(team_db)
    procedure_id = _open_filing(team_db, people["editor"])
    with open_as(team_db, people["reviewer"]) as reg:
        reg.approve(procedure_id)
    with open_as(team_db, people["viewer"]) as reg:
        assert reg.approval_status(procedure_id).reviewer == people["reviewer"]
        with pytest.raises(ViewerRefused):
            reg.save_draft(procedure_id, DRAFT)
        with pytest.raises(ViewerRefused):
            reg.mark_ready(procedure_id, Report())
        assert reg.procedure(procedure_id).state is ProcedureState.EDITING


def test_a_file_register_marks_ready_without_an_approval(tmp_path: Path) -> None:
    with make_register(tmp_path / "r.fdesk") as reg:
        assert reg.roles is None
        entity = reg.create_entity(**ENTITY)
        procedure = reg.start_filing(reg.create_algorithm(entity.id, **ALGORITHM).id)
        assert not reg.awaits_approval(procedure.id)
        assert reg.mark_ready(procedure.id, Report()).state is ProcedureState.READY
        with pytest.raises(DomainError) as caught:
            reg.approve(procedure.id)
        assert caught.value.code == "approval.not_reviewer"


def test_0012_up_and_down_on_a_file(tmp_path: Path) -> None:
    engine = engine_at(tmp_path / "m.fdesk", "0011")
    assert "procedure_approval" not in tables(engine)
    migrate.run(engine, "0012")
    assert "procedure_approval" in tables(engine)
    migrate.run(engine, "0011", downgrade=True)
    assert "procedure_approval" not in tables(engine)
    engine.dispose()


def test_an_override_is_kept_for_the_reviewer_then_ready_needs_no_new_reason(
    team_db: TeamDatabase,
) -> None:
    """Missing materials overridden on a team register: the reason is kept (its own step) and
    the reviewer approves the procedure with it; marking ready then asks no reason again."""
    people = team_with_people(team_db)
    reason = "材料原件在总部，复印件下周补交"
    with open_as(team_db, people["editor"]) as reg:
        algorithm_id = complete_algorithm(reg)
        procedure_id = reg.start_filing(algorithm_id).id
        with pytest.raises(InvalidInput) as refused:
            readiness.mark_ready(reg, procedure_id, override=reason)
        assert [i.code for i in refused.value.issues] == ["approval.required"]
        overrides = [e for e in reg.audit_events() if e.action == "procedure.override"]
        assert [e.after["reason"] for e in overrides if e.after] == [reason]
        assert reg.procedure(procedure_id).state is ProcedureState.EDITING
    with open_as(team_db, people["reviewer"]) as reg:
        assert reg.approve(procedure_id).approved
    with open_as(team_db, people["editor"]) as reg:
        assert readiness.mark_ready(reg, procedure_id).state is ProcedureState.READY
        assert len([e for e in reg.audit_events() if e.action == "procedure.override"]) == 1
