"""Keyboard reach (issue 19 item 7): Tab leaves the register table and walks every field and
button of the detail pane and comes back; Enter on a row opens that algorithm's details; every
action is in a menu and no two share a shortcut. Real window over the demo register, offscreen.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QMenu, QWidget

from filing_desk.ui.focus import is_tab_stop

WALK_LIMIT = 400  # Tab presses before the walk gives up (the overview has about 60 stops)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def walk_from(table: QWidget, forward: bool = True) -> list[QWidget]:
    """Press Tab (Shift+Tab) from the table until the focus comes back to it."""
    table.setFocus(Qt.FocusReason.TabFocusReason)
    assert focused() is table
    seen: list[QWidget] = []
    for _ in range(WALK_LIMIT):
        key = Qt.Key.Key_Tab if forward else Qt.Key.Key_Backtab
        current = focused()
        assert current is not None
        QTest.keyClick(current, key)
        widget = focused()
        assert widget is not None
        if widget is table:
            return seen
        seen.append(widget)
    raise AssertionError(f"Tab never came back to the table; stuck around {seen[-3:]}")


def stops_inside(root: QWidget) -> set[QWidget]:
    """Every widget inside ``root`` that Tab can land on now (a spin box's own line edit is the
    spin box's part, not a stop of its own)."""
    return {
        w
        for w in root.findChildren(QWidget)
        if is_tab_stop(w) and not isinstance(w.parentWidget(), QAbstractSpinBox)
    }


def open_first_algorithm(window, qtbot) -> QWidget:
    ws = window.workspace
    ws.show_view("register")
    ws.register_view.table.selectRow(0)
    qtbot.waitUntil(lambda: ws.detail.algorithm_id() != 0)
    qtbot.waitUntil(lambda: ws.detail.form.isVisible())  # built on first use, shown queued
    return ws.register_view.table


def test_tab_leaves_the_table_and_reaches_every_field_and_button(demo_window, qtbot):
    table = open_first_algorithm(demo_window, qtbot)
    detail = demo_window.workspace.detail
    assert not table.tabKeyNavigation()
    for tab in (0, 2):  # the overview (fields and buttons), then the procedures' buttons
        detail.setCurrentIndex(tab)
        page = detail.widget(tab)
        expected = stops_inside(page)
        buttons = {w for w in expected if isinstance(w, QAbstractButton)}
        assert buttons, "the page shows enabled buttons"
        visited = walk_from(table)
        assert expected <= set(visited), [repr(w) for w in expected - set(visited)]
        assert detail.tabBar() in visited  # the tabs themselves, to switch with the arrows
        back = walk_from(table, forward=False)
        assert expected <= set(back)  # Shift+Tab walks the same stops the other way
        if tab == 0:  # the overview's 50-odd fields are reached, not only its buttons
            assert len(expected - buttons) > 20


def test_enter_on_a_row_opens_that_algorithm(demo_window, qtbot):
    ws = demo_window.workspace
    table = open_first_algorithm(demo_window, qtbot)
    table.selectRow(3)
    wanted = ws.register_view.selected_algorithm_id()
    table.setCurrentIndex(ws.register_view.model.index(3, 0))
    table.setFocus()
    ws.detail.setCurrentIndex(4)  # another tab was showing
    with qtbot.waitSignal(ws.register_view.algorithm_opened, timeout=2000) as opened:
        QTest.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [wanted]
    assert ws.detail.algorithm_id() == wanted and ws.detail.currentIndex() == 0
    assert ws.detail.widget(0).isAncestorOf(focused())  # typing goes into the algorithm now


def actions_of(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            found += actions_of(submenu)
        elif not action.isSeparator():
            found.append(action)
    return found


def test_no_two_actions_share_a_shortcut(demo_window):
    actions = [a for a in demo_window.findChildren(QAction) if not a.shortcut().isEmpty()]
    counts = Counter(a.shortcut().toString() for a in actions)
    assert not [k for k, n in counts.items() if n > 1], counts
    by_text = {a.text().replace("&", ""): a.shortcut().toString() for a in actions}
    assert by_text["New algorithm…"] == "Ctrl+N"
    assert by_text["Find"] == "Ctrl+F"
    assert by_text["Print…"] == "Ctrl+P"
    assert by_text["Lock"] == "Ctrl+L"


def test_detail_pane_buttons_have_menu_entries(demo_window, qtbot):
    open_first_algorithm(demo_window, qtbot)
    menu_texts = {
        a.text().replace("&", "").rstrip("…")
        for m in demo_window.menuBar().actions()
        if m.menu() is not None
        for a in actions_of(m.menu())
    }
    detail = demo_window.workspace.detail
    buttons = (
        detail.filing_button,
        detail.change_button,
        detail.terminate_button,
        detail.answer_button,
        detail.checklists_button,
        detail.continue_button,
        detail.discard_button,
        detail.print_button,
    )
    missing = []
    for button in buttons:
        text = button.text().replace("&", "").rstrip("…")
        if not any(text.lower() in m.lower() or m.lower() in text.lower() for m in menu_texts):
            missing.append(text)
    assert not missing, f"buttons without a menu entry: {missing}"


def test_find_focuses_the_search_box(demo_window, qtbot):
    ws = demo_window.workspace
    ws.show_view("dashboard")
    demo_window.find_action.trigger()
    assert ws.current_view() == "register"
    assert focused() is ws.register_view.search
