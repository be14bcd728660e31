"""The wizard fits the record (issue 19.5): every field its summary says is missing is asked on a
page, a modification of a CAC-listed algorithm blocks only on what the change touches, pages are
numbered without a gap, and Finish says what happened as information."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from filing_desk.domain.codes import filing_check_digit
from filing_desk.domain.enums import AlgorithmType, ProcedureKind, Role
from filing_desk.domain.issues import Report
from filing_desk.transfer.register_io import prepare
from filing_desk.ui.wizard.procedure_wizard import ProcedureWizard
from filing_desk.ui.wizard.spec_page import SpecPage
from filing_desk.workflows.importing import import_batch
from tests.helpers.cac_lists import CAC_LISTS_DIR

ENTITY = {"name": "北京示例科技有限公司", "uscc": "91110000600037341L"}
ALGORITHM_LIST = CAC_LISTS_DIR / "algorithm-list-2025-11.docx"
JOBS = "金保信就业在线智能推荐算法"  # listed with five products, none with an address

CASES = [
    (kind, algo_type, role)
    for kind in ProcedureKind
    for algo_type in AlgorithmType
    for role in Role
    if role is Role.PROVIDER or algo_type is AlgorithmType.GENERATION  # 19(2): supporters
]


def bare_algorithm(register, kind: ProcedureKind, algo_type: AlgorithmType, role: Role) -> int:
    """An algorithm with a name, type and role only; filed first unless it is to be filed."""
    entity = register.create_entity(**ENTITY)
    algorithm = register.create_algorithm(
        entity.id, name="示例算法", algo_type=algo_type.value, role=role.value
    )
    if kind is not ProcedureKind.FILING:
        procedure = register.start_filing(algorithm.id)
        register.mark_ready(procedure.id, Report())
        register.submit(procedure.id, date(2026, 11, 16))
        first20 = "110108" + "1234567" + algo_type.value + "26" + "001"
        number = first20 + filing_check_digit(first20)
        register.record_filed(procedure.id, date(2026, 11, 20), number)
    return algorithm.id


def asked(wizard: ProcedureWizard) -> set[str]:
    """The keys a user can fill in on a page the wizard shows, named as the readiness check
    names them: ``product[2].address`` for the second product, the repeated section itself
    (``products``) when it has a slot, ``changes`` when a filed field can be changed."""
    context = wizard.preview()
    keys: set[str] = set()
    for page in (p for p in wizard.pages if wizard._shown(p, context)):
        prefix = page.section.item_prefix
        for number, slot in enumerate(page.slots, start=1):
            rows = [r for r in page.rows.values() if r.slot is slot and r.editable]
            keys |= {r.key for r in rows}
            if prefix and rows:
                keys |= {r.spec.key.replace(prefix, f"{prefix}[{number}]", 1) for r in rows}
                keys.add(page.section.repeat or "")
    if wizard.kind is ProcedureKind.MODIFICATION and any(k.startswith("algorithm.") for k in keys):
        keys.add("changes")
    return keys


@pytest.mark.parametrize(
    ("kind", "algo_type", "role"),
    CASES,
    ids=[f"{k.value}-{t.value}-{r.value}" for k, t, r in CASES],
)
def test_every_field_the_summary_misses_is_asked_on_a_page(qtbot, register, kind, algo_type, role):
    algorithm_id = bare_algorithm(register, kind, algo_type, role)
    wizard = ProcedureWizard(register, kind, algorithm_id)
    qtbot.addWidget(wizard)
    missing = {issue.field for issue in wizard.compute_summary().report.errors}
    assert missing  # a bare record lacks something on every kind's forms
    assert sorted(missing - asked(wizard)) == []


@pytest.fixture
def listed_id(register) -> int:
    """An algorithm imported from a real CAC annex: filed, five products, no details."""
    import_batch(register, prepare(ALGORITHM_LIST, published=date(2025, 11, 1)))
    return next(a.id for a in register.algorithms() if a.name == JOBS)


def _dated_modification(qtbot, register, listed_id) -> ProcedureWizard:
    """The listed algorithm's modification wizard, its change date and reason given."""
    wizard = ProcedureWizard(register, ProcedureKind.MODIFICATION, listed_id)
    qtbot.addWidget(wizard)
    wizard.show()
    first = wizard.currentPage()
    first.rows["procedure.trigger_date"].editor.set_value(date(2026, 11, 23))
    first.rows["procedure.reason"].editor.set_value("新增就业在线网站的推荐功能入口。")
    return wizard


def test_a_listed_algorithms_change_blocks_only_on_what_it_touches(qtbot, register, listed_id):
    wizard = _dated_modification(qtbot, register, listed_id)
    titles = []
    while isinstance(wizard.currentPage(), SpecPage):
        page = wizard.currentPage()
        titles.append(page.title())
        assert wizard.button(QWizard.WizardButton.NextButton).isEnabled(), page.title()
        assert page.missing_label.text() == ""
        if page.section.repeat == "products":
            products = page
        wizard.next()
    assert titles == [  # numbered 1, 2, 3…: the models page (no models) is not shown
        "1. What changed",
        "2. Filing entity",  # the USCC the list never gave can be completed (not a change)
        "3. Basic attributes",
        "4. Detailed attributes",
        "5. Products and functions",
    ]
    # Each address field sits in a box titled with its product's name.
    addresses = [r for r in products.rows.values() if r.spec.key == "product.address"]
    assert [r.label.parentWidget().title() for r in addresses] == [
        p.name for p in register.linked_products(listed_id)
    ]
    # Blanking two products' names is a change: it blocks, each named with its product.
    wizard.back()
    assert wizard.currentPage() is products
    for slot in products.slots[:2]:
        row = next(
            r for r in products.rows.values() if r.slot is slot and r.spec.key.endswith("name")
        )
        row.editor.set_value("")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert products.missing_label.text() == (
        "To continue, complete or correct: Product name (就业在线H5), Product name (就业在线)."
    )


def test_a_filing_asks_the_entity_what_the_register_lacks_and_writes_it(qtbot, register):
    algorithm_id = bare_algorithm(register, ProcedureKind.FILING, AlgorithmType.PUSH, Role.PROVIDER)
    wizard = ProcedureWizard(register, ProcedureKind.FILING, algorithm_id)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.currentPage()
    assert not page.rows["entity.name"].editable  # held by the register: shown, not asked
    address = page.rows["entity.address"]
    assert address.editable and address.label.text().endswith(" *")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "Detailed address" in page.missing_label.text()
    address.editor.set_value("北京市海淀区示例路1号")
    wizard.accept()  # Finish early: the answers are applied, the procedure stays a draft
    entity = register.entities()[0]
    assert entity.address == "北京市海淀区示例路1号"
    assert entity.name == ENTITY["name"]


def test_saying_the_draft_is_kept_is_information_not_a_warning(qtbot, register):
    algorithm_id = bare_algorithm(register, ProcedureKind.FILING, AlgorithmType.PUSH, Role.PROVIDER)
    wizard = ProcedureWizard(register, ProcedureKind.FILING, algorithm_id)
    qtbot.addWidget(wizard)
    wizard.show()
    with qtbot.waitSignal(wizard.procedure_saved, timeout=2000):
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.CustomButton1), Qt.MouseButton.LeftButton
        )
    _row, icon, text = wizard.currentPage().message_widgets
    assert text.text() == "The draft is saved; you can continue later."
    information = wizard.style().standardIcon(
        wizard.style().StandardPixmap.SP_MessageBoxInformation
    )
    assert icon.pixmap().toImage() == information.pixmap(16, 16).toImage()


TITLES = [  # (kind, role, language) → the titles of the pages shown, before the summary
    (ProcedureKind.FILING, Role.PROVIDER, "en",
     ["1. Filing entity", "2. Basic attributes", "3. Detailed attributes",
      "4. Products and functions"]),
    (ProcedureKind.FILING, Role.SUPPORTER, "zh",
     ["一、备案主体", "二、算法基础属性信息", "三、算法详细属性信息", "四、技术服务方式"]),
    (ProcedureKind.MODIFICATION, Role.PROVIDER, "zh",
     ["一、变更事项", "二、算法基础属性信息", "三、算法详细属性信息", "四、产品及功能信息"]),
    (ProcedureKind.CANCELLATION, Role.PROVIDER, "en", ["1. The filing", "2. Cancellation"]),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "role", "language", "titles"), TITLES)
def test_pages_are_numbered_without_a_gap(qtbot, register, request, kind, role, language, titles):
    request.getfixturevalue("chinese" if language == "zh" else "english")
    algorithm_id = bare_algorithm(register, kind, AlgorithmType.GENERATION, role)
    wizard = ProcedureWizard(register, kind, algorithm_id)
    qtbot.addWidget(wizard)
    wizard.show()
    for page in wizard.pages:
        page.enforce = False  # walk a bare record's pages
    shown = []
    while isinstance(wizard.currentPage(), SpecPage):
        shown.append(wizard.currentPage().title())
        wizard.next()
    assert shown == titles  # the models page (no models) is skipped, and so is its number


def test_finish_closes_and_says_what_happened_as_information(qtbot, register, english):
    kind = ProcedureKind.CANCELLATION
    algorithm_id = bare_algorithm(register, kind, AlgorithmType.PUSH, Role.PROVIDER)
    wizard = ProcedureWizard(register, kind, algorithm_id)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.currentPage()
    page.rows["procedure.trigger_date"].editor.set_value(date(2026, 11, 20))
    page.rows["procedure.reason"].editor.set_value("产品下线，算法停止使用。")
    page.rows["procedure.followup"].editor.set_value("已告知用户，日志留存六个月。")
    wizard.next()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    notice = wizard.finished_notice
    assert notice is not None and notice.isVisible()
    assert notice.icon() is QMessageBox.Icon.Information
    assert notice.text() == "Cancellation of 示例算法 marked ready; due 2026-12-18."
    notice.close()


def test_every_field_a_listed_algorithms_change_misses_is_asked_on_a_page(
    qtbot, register, listed_id
):
    wizard = ProcedureWizard(register, ProcedureKind.MODIFICATION, listed_id)
    qtbot.addWidget(wizard)
    missing = {issue.field for issue in wizard.compute_summary().report.errors}
    assert "entity.uscc" in missing  # the list never gave it
    assert sorted(missing - asked(wizard)) == []


def test_a_listed_algorithms_change_completes_the_entity_on_finish(qtbot, register, listed_id):
    wizard = _dated_modification(qtbot, register, listed_id)
    wizard.next()
    page = wizard.currentPage()
    assert page.title() == "2. Filing entity"
    assert not page.rows["entity.name"].editable  # given by the list: shown, not asked
    page.rows["entity.uscc"].editor.set_value(ENTITY["uscc"])
    wizard.next()
    wizard.currentPage().rows["algorithm.main_use"].editor.set_value("应用于岗位与培训推荐场景。")
    wizard.accept()  # the entity's answer and the change, in one transaction
    algorithm = register.algorithm(listed_id)
    assert register.entity(algorithm.entity_id).uscc == ENTITY["uscc"]
    (modification,) = [p for p in register.procedures(listed_id) if p.kind.value == "modification"]
    assert [c.field for c in modification.changes] == ["algorithm.main_use"]
    # Asked no more once the register holds it: the entity page is not shown then.
    again = ProcedureWizard(register, ProcedureKind.MODIFICATION, listed_id)
    qtbot.addWidget(again)
    assert "entity.uscc" not in asked(again)
