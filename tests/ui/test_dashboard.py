"""The dashboard after demo.fill: every bucket shows, entries select the algorithm or year."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt


def click_entry(qtbot, section, row: int = 0) -> None:
    view = section.view
    rect = view.visualRect(section.model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_dashboard_sections_after_demo_fill(demo_window, demo_register):
    dash = demo_window.workspace.dashboard
    board = demo_register.dashboard()
    assert demo_window.workspace.current_view() == "dashboard"
    # the security assessments (issue 18) sit in the same buckets, after the procedures
    security = board.security
    assert dash.overdue.model.rowCount(QModelIndex()) == len(board.overdue) + 1
    assert len(board.overdue) > 0 and len(security.overdue) == 1  # the demo's trigger (1)
    assert dash.due_soon.model.rowCount(QModelIndex()) == len(board.due_soon) + len(
        security.due_soon
    )
    assert len(board.due_soon) > 0
    assert "数智资讯推送算法 — Security assessment (2018 rules)" in dash.overdue.model.texts()[-1]
    assert dash.security_growth.model.texts() == [
        "数智APP: monthly active users grew from 300,000 (2026-09-04) to 520,000 (2026-11-16) "
        "— trigger (3)?"
    ]
    assert dash.awaiting.model.rowCount(QModelIndex()) == len(board.awaiting_cac) > 0
    assert dash.products.model.rowCount(QModelIndex()) == len(board.products_without_number) > 0
    assert dash.years.model.texts() == ["2027: official working days not entered yet"]
    first = board.overdue[0]
    text = dash.overdue.model.texts()[0]
    assert first.algorithm_name in text and "working days overdue" in text
    assert first.procedure.due_date.isoformat() in text
    assert "decision expected by" in dash.awaiting.model.texts()[0]
    assert dash.overdue.title_label.text() == f"Overdue ({len(board.overdue) + 1})"
    # state by text and icon, never colour alone
    icon = dash.overdue.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()
    assert not dash.overdue.heading.pixmap().isNull()


def test_clicking_an_entry_selects_the_algorithm_in_the_register(demo_window, demo_register, qtbot):
    ws = demo_window.workspace
    first = demo_register.dashboard().due_soon[0]
    click_entry(qtbot, ws.dashboard.due_soon)
    assert ws.current_view() == "register"
    assert ws.register_view.selected_algorithm_id() == first.procedure.algorithm_id
    assert ws.detail.title.text() == first.algorithm_name


def test_clicking_a_provisional_year_opens_the_calendar(demo_window, qtbot):
    ws = demo_window.workspace
    click_entry(qtbot, ws.dashboard.years)
    assert ws.current_view() == "calendar"
    assert ws.calendar.year.value() == 2027
    assert "PROVISIONAL" in ws.calendar.source.text()


def test_dashboard_refreshes_after_a_change(demo_window, demo_register):
    ws = demo_window.workspace
    before = ws.dashboard.undecided.model.rowCount(QModelIndex())
    entity = demo_register.entities()[0]
    ws.editor.register.create_algorithm(entity.id, name="新的待判断算法")
    ws.refresh_data()
    assert ws.dashboard.undecided.model.rowCount(QModelIndex()) == before + 1
