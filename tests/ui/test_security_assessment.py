"""The security-assessment tab of the detail pane, driven through its widgets: record a trigger (3)
assessment, see its due date on the dashboard, record both submissions and see it complete;
a product's per-se categories with an override that needs its reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from filing_desk.domain.security_assessment import SecurityState, SubjectKind
from filing_desk.domain.security_attributes import PerSeCategory
from filing_desk.store.security_assessments import security_service
from filing_desk.store.security_subjects import SecuritySubjectService

DUE_LINE = (
    "示例推荐算法 — Security assessment (2018 rules), In progress, due 2026-12-14, "
    "15 working days left (北京示例科技有限公司)"
)


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def ok(qtbot, dialog) -> None:
    click(qtbot, dialog.box.button(QDialogButtonBox.StandardButton.Ok))


def security_tab(window):
    ws = window.workspace
    detail = ws.detail
    index = next(i for i in range(detail.count()) if detail.tabText(i) == "Security assessment")
    detail.setCurrentIndex(index)
    return detail.security


def _algorithm(register, **extra) -> int:
    entity = register.create_entity(name="北京示例科技有限公司", uscc="91110000600037341L")
    algorithm = register.create_algorithm(
        entity.id, name="示例推荐算法", algo_type="02", role="provider", **extra
    )
    return int(algorithm.id)


def test_record_a_trigger_3_assessment_see_it_due_on_the_dashboard_and_complete_it(
    qtbot, main_window, register
) -> None:
    ident = _algorithm(register, launch_date=date(2026, 11, 10))
    ws = main_window.workspace
    ws.refresh_data()
    ws.show_view("register")
    assert ws.register_view.select_algorithm(ident)
    panel = security_tab(main_window)
    assert panel.status.text().startswith("No security assessment needed so far")

    click(qtbot, panel.new_button)
    dialog = panel._dialogs[-1]
    dialog.trigger.setCurrentIndex(dialog.trigger.findData("user_growth"))
    assert dialog.date_label.text() == "Date it arose or the notice came:"
    dialog.trigger_date.setDate(QDate(2026, 11, 2))
    qtbot.keyClicks(dialog.texts["conclusion"], "Measures work.")
    ok(qtbot, dialog)
    assert not dialog.isVisible()

    assert panel.model.rowCount() == 1
    ws.show_view("dashboard")  # a hidden dashboard recomputes when shown (ui.refresh)
    assert DUE_LINE in ws.dashboard.later.model.texts()
    ws.show_view("register")
    assert panel.status.text() == "Security assessment: In progress, due 2026-12-14."

    for reference in ("WX-2026-0001", "GA-2026-0002"):  # the CAC first, then public security
        panel.select_row(0)
        click(qtbot, panel.submit_button)
        submission = panel._dialogs[-1]
        qtbot.keyClicks(submission.reference, reference)
        ok(qtbot, submission)
    [found] = security_service(register).security_assessments(SubjectKind.ALGORITHM, ident)
    assert found.state is SecurityState.COMPLETE
    assert [s.reference for s in found.submissions] == ["WX-2026-0001", "GA-2026-0002"]
    assert found.conclusion == "Measures work."
    assert panel.status.text() == "Security assessment: complete."
    assert panel.model.index(0, 4).data() == "Complete"
    ws.show_view("dashboard")
    assert not any("Security assessment" in t for t in ws.dashboard.later.model.texts())


def test_a_refused_submission_shows_why_and_writes_nothing(qtbot, main_window, register) -> None:
    ident = _algorithm(register)
    service = security_service(register)
    service.create_security_assessment(SubjectKind.ALGORITHM, ident, "notice", date(2026, 11, 2),
                                       notice_reference="京网信函〔2026〕1号")  # fmt: skip
    ws = main_window.workspace
    ws.refresh_data()
    ws.show_view("register")
    ws.register_view.select_algorithm(ident)
    panel = security_tab(main_window)
    panel.select_row(0)
    click(qtbot, panel.submit_button)
    submission = panel._dialogs[-1]
    ok(qtbot, submission)  # no platform reference
    assert submission.isVisible()
    assert "platform's reference" in submission.message[2].text()
    assert service.security_assessments()[0].submissions == ()


def test_per_se_categories_and_an_override_that_needs_its_reason(
    qtbot, main_window, register
) -> None:
    ident = _algorithm(register)
    entity = register.algorithm(ident).entity_id
    product = register.create_product(entity, name="示例社区")
    register.link_product(product.id, ident, go_live=date(2026, 12, 1))
    ws = main_window.workspace
    ws.refresh_data()
    ws.show_view("register")
    ws.register_view.select_algorithm(ident)
    panel = security_tab(main_window)
    panel.subject.setCurrentIndex(1)  # the product
    box = panel.product_box
    assert box.isEnabled() and "示例社区" in box.title()
    box.categories[PerSeCategory.FORUM].setChecked(True)
    click(qtbot, box.save_categories)
    assert box.verdict.text().startswith("Treated as having public-opinion attributes")
    ws.show_view("dashboard")  # a hidden dashboard recomputes when shown (ui.refresh)
    assert ws.dashboard.due_soon.model.texts() == [
        "示例社区 — Security assessment (2018 rules), none recorded, before 2026-12-01, "
        "5 working days left (北京示例科技有限公司)"
    ]
    ws.show_view("register")
    box.override.setCurrentIndex(box.override.findData(False))
    click(qtbot, box.save_categories)
    assert "needs a reason" in box.message[2].text()
    qtbot.keyClicks(box.reason, "internal tool only")
    click(qtbot, box.save_categories)
    profile = SecuritySubjectService(register.uow).opinion_profile(product.id)
    assert (profile.public_opinion, profile.override_reason) == (False, "internal tool only")
    assert box.verdict.text() == "Not treated as having public-opinion attributes."


def test_the_register_column_reads_a_rows_standing(english) -> None:
    from types import SimpleNamespace

    from filing_desk.domain.security_assessment import SecurityClock, Standing
    from filing_desk.ui.register_columns import Column, register_columns

    column = register_columns()[Column.SECURITY]
    assert column.title == "Security assessment"
    late = Standing(SecurityState.OPEN, SecurityClock(date(2026, 3, 10), True), overdue=True)
    row = SimpleNamespace(security=late)
    assert column.text(row) == "In progress · overdue"
    assert column.tooltip is not None and column.tooltip(row) == "before 2026-03-10"
    done = SimpleNamespace(security=Standing(SecurityState.COMPLETE, None, False))
    assert column.sort is not None and column.sort(row) < column.sort(done)
    assert column.text(SimpleNamespace()) == ""  # a row without a standing
