"""The calendar view: a year's source and special days; entering 2027's official days turns a
provisional due date into an exact one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox

from filing_desk.domain.enums import ProcedureKind
from filing_desk.ui.register_model import Column
from tests.helpers.gui import type_text

DAYS_2027 = """date,kind,note
2027-01-01,holiday,元旦
2027-02-05,holiday,春节
2027-02-06,holiday,春节
2027-02-07,holiday,春节
2027-02-08,holiday,春节
2027-02-09,holiday,春节
2027-02-10,holiday,春节
2027-02-11,holiday,春节
2027-02-14,workday,春节调休
"""


def test_library_year_shows_holidays_and_make_up_days(main_window):
    view = main_window.workspace.calendar
    main_window.show_view("calendar")
    view.show_year(2026)
    assert "State Council notice" in view.source.text()
    names = [view.days.index(r, 2).data() for r in range(view.days.rowCount(QModelIndex()))]
    assert "Spring Festival" in names
    assert any("make-up working day" in n for n in names)
    assert not view.remove_button.isEnabled()


def test_entering_2027_days_makes_a_provisional_due_date_exact(main_window, register, qtbot):
    entity = register.create_entity(name="日历测试有限公司")
    algo = register.create_algorithm(entity.id, name="日历测试算法", launch_date=date(2026, 12, 28))
    register.start_filing(algo.id)
    ws = main_window.workspace
    ws.refresh_data()
    due = ws.register_view.model.index(0, Column.DUE)
    assert due.data().endswith("(provisional)")
    provisional = register.procedures(algo.id)[0].due_date
    ws.show_view("calendar")
    ws.calendar.show_year(2027)
    dialog = ws.calendar.open_entry_dialog()
    type_text(dialog.text, DAYS_2027)
    with qtbot.waitSignal(ws.calendar.calendar_changed, timeout=3000):
        qtbot.mouseClick(
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
            Qt.MouseButton.LeftButton,
        )
    procedure = register.procedures(algo.id)[0]
    assert procedure.kind is ProcedureKind.FILING
    assert not procedure.due_provisional
    assert procedure.due_date == date(2027, 1, 12)
    assert provisional == procedure.due_date  # same day, now exact
    assert "entered by you" in ws.calendar.source.text()
    assert ws.calendar.remove_button.isEnabled()
    due = ws.register_view.model.index(0, Column.DUE)
    assert due.data() == procedure.due_date.isoformat()
    assert ws.dashboard.years.model.texts() == []


def test_bad_lines_are_reported_by_line_number(main_window, register):
    ws = main_window.workspace
    dialog = ws.calendar.open_entry_dialog()
    dialog.text.setPlainText("2027-02-30,holiday,x\n2027-03-01,sometimes,y")
    dialog._on_accepted()
    assert dialog.isVisible()
    assert "Line 1" in dialog.issues.text() and "Line 2" in dialog.issues.text()
    assert register.calendar().year_status(2027).value == "provisional"
