"""An empty register's dashboard shows the getting-started panel (import a CAC list, add an
entity, open the demo), each button triggering the existing action; a register with an entity
shows the usual sections instead."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from filing_desk.ui.dialogs.cac_list_dialog import CacListDialog
from filing_desk.ui.dialogs.new_record import NewEntityDialog


def dashboard(window):
    window.workspace.show_view("dashboard")
    window.workspace.refresh_data()
    return window.workspace.dashboard


def test_empty_register_shows_the_first_steps(main_window):
    board = dashboard(main_window)
    assert board.getting_started.isVisible()
    assert not any(section.isVisible() for section in board.sections())
    start = board.getting_started
    assert [b.text() for b in (start.import_button, start.entity_button, start.demo_button)] == [
        "Import a CAC list…",
        "Add an entity…",
        "Open the demo",
    ]


def test_a_register_with_an_entity_shows_the_sections(main_window, register):
    register.create_entity(name="甲科技有限公司")
    board = dashboard(main_window)
    assert not board.getting_started.isVisible()
    assert all(section.isVisible() for section in board.sections())


@pytest.mark.parametrize(
    ("button", "action", "dialog_type"),
    [
        ("import_button", lambda w: w.transfer.cac_list_action, CacListDialog),
        ("entity_button", lambda w: w.new_entity_action, NewEntityDialog),
    ],
)
def test_each_button_triggers_its_action(main_window, qtbot, button, action, dialog_type):
    board = dashboard(main_window)
    with qtbot.waitSignal(action(main_window).triggered, timeout=2000):
        qtbot.mouseClick(getattr(board.getting_started, button), Qt.MouseButton.LeftButton)
    opened = [d for d in main_window.workspace.findChildren(dialog_type) if d.isVisible()]
    assert len(opened) == 1


def test_open_the_demo_asks_for_the_demo_register(main_window, qtbot):
    board = dashboard(main_window)
    with qtbot.waitSignal(main_window.registers.demo_requested, timeout=2000):
        qtbot.mouseClick(board.getting_started.demo_button, Qt.MouseButton.LeftButton)


def test_the_panel_goes_once_an_entity_is_added(main_window, register):
    board = dashboard(main_window)
    assert board.getting_started.isVisible()
    register.create_entity(name="乙数据有限公司")
    board.refresh()
    assert not board.getting_started.isVisible()
