"""The sample forms (docs/forms, tests/unit/forms/render_docs.py) are printed from demo records and
print the dates the product computes (issue 15 item 11).

On the docs day the demo's open modification and cancellation run across Chinese New Year 2026
(holidays 15-23 Feb; Saturdays 14 and 28 Feb are adjusted working days, and count): each
procedure's form prints its trigger, and the register summary prints its due date, read back
with pypdf and compared with ``domain.deadlines`` and with the count done by hand.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from filing_desk.domain.deadlines import DEADLINE_FOR, due_date, rule_for
from filing_desk.domain.enums import ProcedureKind
from filing_desk.domain.lifecycle import OPEN_STATES
from filing_desk.forms import loader
from filing_desk.store.register import Register
from filing_desk.workflows.printing import print_forms
from tests.helpers.demo_forms import open_demo, open_procedure, sample_documents
from tests.helpers.pdf_tables import table_rows
from tests.helpers.pdfcheck import all_text

# kind → the form that prints its trigger, the trigger and the due date counted by hand
BY_HAND = {
    ProcedureKind.FILING: ("algorithm-filing", date(2025, 9, 11), date(2025, 9, 25)),
    # 28 Feb (Sat) works: day 1; 2-6 Mar: days 2-6; 9-12 Mar: days 7-10 (not 13 Mar)
    ProcedureKind.MODIFICATION: ("modification", date(2026, 2, 27), date(2026, 3, 12)),
    # 6, 9-13, 14 (Sat) Feb: days 1-7; 24-27, 28 (Sat) Feb: 8-12; 2-6, 9-11 Mar: 13-20
    ProcedureKind.CANCELLATION: ("cancellation", date(2026, 2, 5), date(2026, 3, 11)),
}


def zh(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Register]:
    """The demo register the sample forms are printed from (its "today" is the docs day)."""
    register = open_demo(tmp_path_factory.mktemp("docs"))
    yield register
    register.close()


def computed_due(register: Register, procedure_id: int) -> date:
    procedure = register.procedure(procedure_id)
    algorithm = register.algorithm(procedure.algorithm_id)
    rule = rule_for(algorithm.algo_type, algorithm.role)
    assert procedure.trigger_date is not None
    kind = DEADLINE_FOR[procedure.kind]
    return due_date(kind, procedure.trigger_date, register.calendar(), rule=rule).value


def summary_due_dates(register: Register, entity_id: int) -> dict[str, str]:
    """Algorithm name → the due date its row of the printed register summary shows."""
    [(_, pdf)] = print_forms(register, ["register-summary"], entity_id=entity_id)
    return {row["算法名称"]: row["下一期限"] for row in table_rows(pdf, "算法名称")}


@pytest.mark.parametrize("kind", list(BY_HAND), ids=[k.value for k in BY_HAND])
def test_each_procedure_form_prints_its_trigger_and_the_summary_the_due_date(
    demo: Register, kind: ProcedureKind
) -> None:
    form_id, trigger, due = BY_HAND[kind]
    algorithm, procedure = open_procedure(demo, kind)
    assert procedure.trigger_date == trigger
    assert computed_due(demo, procedure.id) == procedure.due_date == due

    [(_, pdf)] = sample_documents(demo, [form_id])

    assert zh(trigger) in all_text(pdf)
    assert summary_due_dates(demo, algorithm.entity_id)[algorithm.name] == zh(due)


def test_every_open_procedure_of_the_demo_prints_the_computed_due_date(demo: Register) -> None:
    expected, printed = {}, {}
    for entity in demo.entities():
        printed.update(summary_due_dates(demo, entity.id))
        for algorithm in demo.algorithms(entity.id):
            live = [p for p in demo.procedures(algorithm.id) if p.state in OPEN_STATES]
            expected[algorithm.name] = zh(computed_due(demo, live[0].id)) if live else ""
    assert printed == expected
    assert sum(1 for text in expected.values() if text) >= 7


def test_every_form_has_a_sample_printed_from_the_demo(demo: Register) -> None:
    documents = sample_documents(demo)
    assert [form_id for form_id, _ in documents] == sorted(loader.load_all())
    assert all(pdf.startswith(b"%PDF") for _, pdf in documents)
