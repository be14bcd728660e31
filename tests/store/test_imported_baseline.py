"""Completing an algorithm imported from a CAC list is not a change (issue 19.5): a filed field
the list left blank, filled in, is written into the imported filing's snapshot (audited) and
opens no modification; a field the list gave, and every field of a filing made in the app, is a
change as before. Real register, real annex, real import."""

from __future__ import annotations

from datetime import date

import pytest

from filing_desk.domain import audit_text
from filing_desk.domain.codes import filing_check_digit
from filing_desk.domain.enums import AlgorithmState, AlgorithmType, ProcedureKind, Role
from filing_desk.domain.issues import Report
from filing_desk.transfer.register_io import prepare
from filing_desk.workflows.audit_report import names_for
from filing_desk.workflows.changes import ChangeDesk
from filing_desk.workflows.importing import import_batch
from tests.helpers.cac_lists import CAC_LISTS_DIR

ANNEX = CAC_LISTS_DIR / "algorithm-list-2025-11.docx"
ENTITY = "享道出行（上海）科技股份有限公司"  # four algorithms in the annex, no officers named
JOBS = "金保信就业在线智能推荐算法"  # five products, none with an address


def modifications(register, algorithm_id: int) -> list:
    return [p for p in register.procedures(algorithm_id) if p.kind is ProcedureKind.MODIFICATION]


def imported_filing(register, algorithm_id: int):
    return next(p for p in register.procedures(algorithm_id) if p.kind is ProcedureKind.FILING)


def completed_events(register) -> list:
    events = reversed(register.audit_events("procedure"))
    return [e for e in events if e.action == "procedure.baseline_completed"]


@pytest.fixture
def listed(register):
    """The annex imported: the entity's id and its algorithms' ids."""
    import_batch(register, prepare(ANNEX, published=date(2025, 11, 1)))
    entity = next(e for e in register.entities() if e.name == ENTITY)
    ids = [a.id for a in register.algorithms() if a.entity_id == entity.id]
    assert len(ids) == 4
    return entity.id, ids


def test_filling_a_blank_the_list_left_completes_every_baseline_and_opens_nothing(register, listed):
    entity_id, ids = listed
    register.update_entity(entity_id, legal_rep_name="王小明", uscc="91110000600037341L")
    for algorithm_id in ids:
        assert modifications(register, algorithm_id) == []
        assert register.algorithm(algorithm_id).state is AlgorithmState.FILED
        assert imported_filing(register, algorithm_id).snapshot["entity.legal_rep_name"] == "王小明"
        assert register.baseline(algorithm_id)["entity.legal_rep_name"] == "王小明"
    events = completed_events(register)
    assert sorted(e.object_id for e in events) == sorted(
        imported_filing(register, i).id for i in ids
    )
    assert events[0].after["completed"] == [
        {"field": "entity.legal_rep_name", "old": "", "new": "王小明"}
    ]
    first = next(e for e in events if e.object_id == imported_filing(register, ids[0]).id)
    name = register.algorithm(ids[0]).name
    names = names_for(register, events)
    assert [audit_text.sentence(first, lang, names) for lang in ("zh", "en")] == [
        f"补全算法「{name}」的备案事项的导入记录（公示名单未载明的已备案信息，不属于变更）："
        "补全的字段：法定代表人",
        f'Completed the imported record of the filing of algorithm "{name}" with filed details the '
        "CAC list did not show (not a change): Fields completed: Legal representative",
    ]
    # Completed once: a later change of the same field is a change, for every algorithm.
    register.update_entity(entity_id, legal_rep_name="李四")
    for algorithm_id in ids:
        (mod,) = modifications(register, algorithm_id)
        assert [(c.field, c.old, c.new) for c in mod.changes] == [
            ("entity.legal_rep_name", "王小明", "李四")
        ]
    assert len(completed_events(register)) == 4  # nothing more completed


def _rename(register, algorithm_id: int) -> None:
    register.update_algorithm(algorithm_id, name="就业在线智能推荐算法（新版）")


def _address(register, algorithm_id: int) -> None:
    link = register.linked_products(algorithm_id)[0]
    register.update_product(link.product_id, address="https://job.example.cn")


def _principle(register, algorithm_id: int) -> None:
    register.update_algorithm(algorithm_id, principle="基于协同过滤与标签匹配的推荐排序。")


def _main_use(register, algorithm_id: int) -> None:
    register.update_algorithm(algorithm_id, main_use="应用于岗位推荐与职业培训推荐场景。")


EDITS = [  # (what the user does to the listed algorithm, the modification's changed fields)
    ("fill the principle the list left blank", _principle, []),
    ("fill a product's address the list left blank", _address, []),
    ("rename the algorithm the list named", _rename, ["algorithm.name"]),
    ("change the main use the list gave", _main_use, ["algorithm.main_use"]),
]


@pytest.mark.parametrize(("edit", "expected"), [e[1:] for e in EDITS], ids=[e[0] for e in EDITS])
def test_an_edit_of_a_listed_algorithm(register, listed, edit, expected):
    algorithm_id = next(a.id for a in register.algorithms() if a.name == JOBS)
    edit(register, algorithm_id)
    changed = [[c.field for c in m.changes] for m in modifications(register, algorithm_id)]
    assert changed == ([expected] if expected else [])


def _filed_here(register) -> int:
    entity = register.create_entity(name="北京示例科技有限公司", uscc="91110000600037341L")
    algorithm = register.create_algorithm(
        entity.id, name="示例算法", algo_type=AlgorithmType.PUSH.value, role=Role.PROVIDER.value
    )
    procedure = register.start_filing(algorithm.id)
    register.mark_ready(procedure.id, Report())
    register.submit(procedure.id, date(2026, 11, 16))
    first20 = "110108" + "1234567" + AlgorithmType.PUSH.value + "26" + "001"
    register.record_filed(procedure.id, date(2026, 11, 20), first20 + filing_check_digit(first20))
    return algorithm.id


def test_a_blank_filed_through_the_app_filled_later_is_a_change(register):
    algorithm_id = _filed_here(register)
    entity_id = register.algorithm(algorithm_id).entity_id
    register.update_entity(entity_id, legal_rep_name="王小明")
    (mod,) = modifications(register, algorithm_id)
    assert [(c.field, c.old, c.new) for c in mod.changes] == [
        ("entity.legal_rep_name", "", "王小明")
    ]
    assert completed_events(register) == []


def test_the_change_preview_says_nothing_opens_for_a_completion(register, listed):
    entity_id, ids = listed
    desk = ChangeDesk(register)
    assert desk.preview("entity", entity_id, {"legal_rep_name": "王小明"}) == ()
    assert completed_events(register) == []  # the preview kept nothing
    assert imported_filing(register, ids[0]).snapshot["entity.legal_rep_name"] == ""
    renamed = desk.preview("entity", entity_id, {"name": "享道出行科技有限公司"})
    assert sorted(e.algorithm_id for e in renamed) == sorted(ids)  # a listed field: it opens


def test_undoing_a_completion_takes_it_back_without_a_modification(register, listed):
    entity_id, ids = listed
    desk = ChangeDesk(register)
    opened = desk.save("entity", entity_id, {"officer_name": "赵六"}, None)
    assert opened == ()
    assert desk.undo("entity", entity_id, {"officer_name": ""}, opened) == ()  # Ctrl+Z
    for algorithm_id in ids:
        assert modifications(register, algorithm_id) == []
        assert imported_filing(register, algorithm_id).snapshot["entity.officer_name"] == ""
    undone = [e for e in register.audit_events("procedure") if "undone" in e.action]
    assert len(undone) == 4
    assert undone[0].after["completed"] == [
        {"field": "entity.officer_name", "old": "赵六", "new": ""}
    ]
    # Filled in again, it is a completion again; a field the list gave, cleared, is a change.
    desk.save("entity", entity_id, {"officer_name": "赵六"}, None)
    assert all(modifications(register, i) == [] for i in ids)
    register.update_algorithm(ids[0], main_use="")
    (mod,) = modifications(register, ids[0])
    assert [(c.field, c.new) for c in mod.changes] == [("algorithm.main_use", "")]
