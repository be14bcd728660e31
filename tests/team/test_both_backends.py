"""The store's core on both backends (issue 20 item 8): the same ``Register`` calls on a SQLCipher
file and on a team register give the same records, the same procedure states and due dates, an
audit chain that verifies, and — done side by side — the same JSON export.

Each test takes ``register_backend`` (tests/team/conftest.py): an empty register on each backend
in turn. The team register is opened as its database's owner, who holds no desk role, so the
four-eyes rule (tests/team/test_four_eyes.py) does not hold it here.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from filing_desk.demo import filing_number
from filing_desk.domain.enums import AlgorithmState, AlgorithmType, ProcedureState
from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.issues import Report
from filing_desk.store.register import Register
from filing_desk.store.team_register import init_team
from filing_desk.store.versions import StaleRecord
from filing_desk.transfer import json_io, register_io
from tests.helpers.postgres import TeamDatabase
from tests.helpers.registers import TODAY, make_register

NUMBER = filing_number("110108", "8234839", AlgorithmType.PUSH, 2026, 1)
CREATED = re.compile(r'"created_at": "[^"]*"')
ENTITY = {"name": "北京示例科技有限公司", "legal_rep_name": "王建国", "officer_name": "李静"}


def _algorithm(reg: Register, entity_id: int, name: str = "个性化推荐算法") -> int:
    return reg.create_algorithm(
        entity_id,
        name=name,
        algo_type="02",
        role="provider",
        launch_date="2026-09-28",
        main_use="个性化推荐",
    ).id


def _filed(reg: Register) -> int:
    """An entity, an algorithm with a product, filed: submitted 9 Oct, filed 2 Nov 2026."""
    entity_id = reg.create_entity(**ENTITY).id
    algorithm_id = _algorithm(reg, entity_id)
    reg.add_product(algorithm_id, name="示例APP", form="app")
    procedure = reg.start_filing(algorithm_id)
    reg.mark_ready(procedure.id, Report())
    reg.submit(procedure.id, date(2026, 10, 9))
    reg.record_filed(procedure.id, date(2026, 11, 2), NUMBER)
    return algorithm_id


def test_records_are_created_updated_and_deleted(register_backend: Register) -> None:
    reg = register_backend
    entity = reg.create_entity(**ENTITY)
    algorithm_id = _algorithm(reg, entity.id)
    read = reg.version("algorithm", algorithm_id)
    reg.update_entity(entity.id, address="北京市海淀区中关村大街1号")
    reg.update_algorithm(algorithm_id, name="新闻推荐算法", expected_version=read)
    with pytest.raises(StaleRecord):  # an edit made on what was read before the change
        reg.update_algorithm(algorithm_id, name="旧名", expected_version=read)
    kept = reg.create_product(entity.id, name="示例APP", form="app")
    gone = reg.create_product(entity.id, name="示例小程序", form="mini_program")
    reg.delete_product(gone.id)
    with pytest.raises(InvalidInput):  # refused whole: nothing written
        reg.create_algorithm(entity.id, name="", algo_type="02", role="provider")
    assert reg.entity(entity.id).address == "北京市海淀区中关村大街1号"
    assert [a.name for a in reg.algorithms()] == ["新闻推荐算法"]
    assert [p.id for p in reg.products(entity_id=entity.id)] == [kept.id]
    assert reg.search("新闻") == [algorithm_id]
    assert reg.verify_audit().ok


def test_a_filing_goes_from_draft_to_filed(register_backend: Register) -> None:
    reg = register_backend
    algorithm_id = _filed(reg)
    filing = reg.procedures(algorithm_id)[0]
    assert filing.state is ProcedureState.COMPLETED
    assert filing.due_date == date(2026, 10, 16)  # ten working days past the 1–7 Oct holiday
    algorithm = reg.algorithm(algorithm_id)
    assert (algorithm.state, algorithm.filing_number) == (AlgorithmState.FILED, NUMBER)
    reg.update_algorithm(algorithm_id, main_use="新的主要用途", change_date=date(2026, 11, 20))
    assert reg.algorithm(algorithm_id).state is AlgorithmState.CHANGE_PENDING


def test_the_audit_chain_verifies_and_names_a_changed_event(register_backend: Register) -> None:
    from sqlalchemy import text

    from filing_desk.store.team.copying import engine_of

    reg = register_backend
    _filed(reg)
    events = reg.audit_events()
    assert len(events) >= 6
    assert reg.verify_audit().ok
    with engine_of(reg).begin() as conn:  # an event edited by SQL, below the app
        conn.execute(
            text("UPDATE audit_event SET action = 'entity.delete' WHERE id = :id"),
            {"id": events[0].id},
        )
    check = reg.verify_audit()
    assert not check.ok


def test_the_same_steps_export_the_same_json(tmp_path, team_db: TeamDatabase) -> None:
    """Side by side: the JSON export of a file register and of a team register after the same
    calls are byte-identical (but for a procedure's ``created_at``, the wall clock's moment)."""
    file_reg = make_register(tmp_path / "register.fdesk")
    team_reg = init_team(team_db.url, clock=lambda: TODAY)
    try:
        for reg in (file_reg, team_reg):
            _filed(reg)
        exported = [
            CREATED.sub('"created_at": "…"', json_io.dump(register_io.snapshot_of(reg)))
            for reg in (file_reg, team_reg)
        ]
    finally:
        file_reg.close()
        team_reg.close()
    assert exported[0] == exported[1]
    assert "个性化推荐算法" in exported[0]
