"""A large register shows its first rows at once and the rest on the next turn of the loop."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from filing_desk.ui import workspace
from tests.ui.conftest import make_window


def test_first_page_then_the_rest(qtbot, english, demo_register, prefs, temp_dir, monkeypatch):
    monkeypatch.setattr(workspace, "FIRST_PAGE", 5)
    window = make_window(qtbot, demo_register, prefs, temp_dir)
    try:
        model = window.workspace.register_view.model
        assert model.rowCount(QModelIndex()) <= 5  # what the table shows immediately
        qtbot.waitUntil(lambda: model.rowCount(QModelIndex()) == 20)
        overdue = window.workspace.dashboard.overdue.model
        qtbot.waitUntil(lambda: overdue.rowCount(QModelIndex()) == 6)  # the demo's six
    finally:
        window.shutdown()
