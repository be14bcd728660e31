"""The main window: navigation, menus and shortcuts, status bar, preferences, About."""

from __future__ import annotations

from filing_desk.ui.workspace import VIEWS


def test_window_shows_the_register_and_the_five_views(demo_window, qtbot):
    ws = demo_window.workspace
    assert ws is not None
    assert [ws.nav.item(i).text() for i in range(ws.nav.count())] == [
        "Dashboard",
        "Register",
        "Entities",
        "Calendar",
        "Audit log",
    ]
    for name in VIEWS:
        demo_window.view_actions[name].trigger()
        assert ws.current_view() == name
    assert ws.register_view.model.total() == 20
    assert "20 of 20 algorithms shown" in demo_window.counts_label.text()
    assert demo_window.file_label.text() == "r.fdesk"
    assert demo_window.lock_label.text() == "Unlocked"
