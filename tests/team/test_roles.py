"""The desk's roles are the server's grants: a viewer's login reads, searches, prints and exports,
and every write it tries is refused BY THE SERVER, said in the desk's words (never the server's
text), with nothing changed; an editor writes records and procedures; only reviewers may add an
approval and nobody may change one (the grants of migration 0012 / team init)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from filing_desk.cli import main
from filing_desk.store.approvals import ProcedureApprovalRow
from filing_desk.store.team import roles
from filing_desk.store.team.permissions import RoleRefused, ViewerRefused
from filing_desk.store.team_register import TeamRegister
from tests.helpers.pdfcheck import all_text
from tests.helpers.postgres import TeamDatabase
from tests.helpers.team_logins import ALGORITHM, ENTITY, open_as, team_with_people, url_as

VIEWER_SAYS = "Your role on this team register (viewer) cannot change records."

Write = Callable[[TeamRegister, int], object]
WRITES: dict[str, Write] = {
    "new entity": lambda reg, _: reg.create_entity(**{**ENTITY, "name": "新主体有限公司"}),
    "new algorithm": lambda reg, _: reg.create_algorithm(
        reg.entities()[0].id, **{**ALGORITHM, "name": "新算法"}
    ),
    "edit algorithm": lambda reg, algo: reg.update_algorithm(algo, name="改名算法"),
    "open filing": lambda reg, algo: reg.start_filing(algo),
    "setting": lambda reg, _: reg.set_setting("backup.keep", "3"),
}


def _snapshot(reg: TeamRegister) -> tuple[object, ...]:
    return (
        [(e.id, e.name) for e in reg.entities()],
        [(a.id, a.name, a.state) for a in reg.algorithms()],
        len(reg.audit_events()),
        reg.setting("backup.keep"),
    )


@pytest.mark.parametrize("write", list(WRITES))
def test_a_viewer_write_is_refused_by_the_server_in_plain_words(
    team_db: TeamDatabase, write: str
) -> None:
    people = team_with_people(team_db)
    with open_as(team_db, people["viewer"]) as reg:
        assert reg.roles == frozenset({roles.VIEWER})
        algo_id = reg.algorithms()[0].id
        before = _snapshot(reg)
        with pytest.raises(ViewerRefused) as caught:
            WRITES[write](reg, algo_id)
        assert str(caught.value) == VIEWER_SAYS
        assert caught.value.code == "team.viewer_cannot_write"
        assert "permission denied" not in str(caught.value)
        assert _snapshot(reg) == before  # nothing changed, the register still answers


def test_a_viewer_opens_reads_searches_prints_and_exports(
    team_db: TeamDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    people = team_with_people(team_db)
    url = url_as(team_db, people["viewer"])
    with open_as(team_db, people["viewer"]) as reg:
        algo = reg.algorithms()[0]
        assert algo.name == ALGORITHM["name"]
        assert reg.search("推荐") == [algo.id]
        assert reg.verify_audit().ok
    pdf, exported = tmp_path / "audit.pdf", tmp_path / "register.json"
    assert main(["--register", url, "print", "--audit", "-o", str(pdf)]) == 0
    assert ENTITY["name"] in all_text(pdf.read_bytes())
    assert main(["--register", url, "export", "--format", "json", "-o", str(exported)]) == 0
    assert ALGORITHM["name"] in exported.read_text(encoding="utf-8")
    capsys.readouterr()


def test_an_editor_writes_records_and_procedures_as_themself(team_db: TeamDatabase) -> None:
    people = team_with_people(team_db)
    with open_as(team_db, people["editor"]) as reg:
        assert reg.roles == frozenset({roles.EDITOR})
        algo_id = reg.algorithms()[0].id
        reg.update_algorithm(algo_id, name="编辑改名算法")
        procedure = reg.start_filing(algo_id)
        reg.save_draft(procedure.id, {"algorithm.main_use": "推荐"})
        by_editor = [e.action for e in reg.audit_events() if e.os_user == people["editor"]]
        assert reg.algorithm(algo_id).name == "编辑改名算法"
    assert set(by_editor) == {"algorithm.update", "procedure.open", "procedure.draft"}


def _add_approval(reg: TeamRegister, procedure_id: int, reviewer: str) -> None:
    with reg.transaction() as s:  # straight to the table, past the store's own checks
        s.add(
            ProcedureApprovalRow(
                procedure_id=procedure_id,
                reviewer=reviewer,
                approved_at=datetime.now(UTC).isoformat(timespec="seconds"),
                state="editing",
            )
        )


def test_only_a_reviewer_may_add_an_approval_and_nobody_may_change_one(
    team_db: TeamDatabase,
) -> None:
    people = team_with_people(team_db)
    with open_as(team_db, people["editor"]) as reg:
        procedure_id = reg.start_filing(reg.algorithms()[0].id).id
        with pytest.raises(RoleRefused, match=r"^Your role on this team register \(editor\)"):
            _add_approval(reg, procedure_id, people["editor"])
    with open_as(team_db, people["reviewer"]) as reg:
        _add_approval(reg, procedure_id, people["reviewer"])
        refused = pytest.raises(RoleRefused, match=r"\(reviewer\) does not allow this change")
        with refused, reg.transaction() as s:
            s.execute(text("UPDATE procedure_approval SET reviewer = 'someone else'"))
        with pytest.raises(RoleRefused), reg.transaction() as s:
            s.execute(text("DELETE FROM procedure_approval"))
        with reg.session() as s:
            kept = s.execute(text("SELECT reviewer FROM procedure_approval")).scalars().all()
    assert kept == [people["reviewer"]]


def test_the_window_names_the_roles_as_the_server_grants_them() -> None:
    """ui.role_gate spells the role names itself (the store loads after the window shows)."""
    from filing_desk.store.team import roles
    from filing_desk.ui import role_gate

    assert (role_gate.EDITOR, role_gate.REVIEWER) == (roles.EDITOR, roles.REVIEWER)
