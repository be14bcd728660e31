"""A large register shows its first rows at once and the rest on the next turn of the loop."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from filing_desk.store.register import open_register
from filing_desk.ui import register_model, workspace
from filing_desk.ui.main_window import MainWindow
from filing_desk.ui.register_model import RECORD_ID_ROLE, Column
from filing_desk.ui.register_view import MAX_COLUMN_WIDTH
from tests.helpers.gui import make_window


def test_first_page_then_the_rest(qtbot, english, demo_register, prefs, temp_dir, monkeypatch):
    monkeypatch.setattr(workspace, "FIRST_PAGE", 5)
    window = make_window(qtbot, demo_register, prefs, temp_dir, loaded=False)
    try:
        model = window.workspace.register_view.model
        assert model.rowCount(QModelIndex()) <= 5  # what the table shows immediately
        assert not window.workspace.fully_loaded
        qtbot.waitUntil(lambda: model.rowCount(QModelIndex()) == 20)
        overdue = window.workspace.dashboard.overdue.model
        # the demo's six procedures and its overdue security assessment (issue 18)
        qtbot.waitUntil(lambda: overdue.rowCount(QModelIndex()) == 7)
    finally:
        window.shutdown()


def _closed_window(qtbot, register, prefs, temp_dir):
    """A window on the register's file, not yet unlocked (the register itself is closed)."""
    register.close()
    window = MainWindow(register.path, prefs, temp_dir)
    window.backup_on_exit = False
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_first_rows_show_before_the_store_opens(
    qtbot, english, demo_register, prefs, temp_dir, monkeypatch
):
    """Coming back to the register view: the flow hands over the keyed file, the table shows its
    first page at once, and the store (dashboard, detail pane…) is attached a turn later."""
    monkeypatch.setattr(workspace, "FIRST_PAGE", 5)
    prefs.last_view = "register"
    window = _closed_window(qtbot, demo_register, prefs, temp_dir)
    try:
        seen = []

        def top_ids():
            view = window.workspace.register_view
            return [view.model.index(r, 0).data(RECORD_ID_ROLE) for r in range(5)]

        window.flow.file_unlocked.connect(
            lambda _file: seen.append(
                (window.register, window.workspace.register_view.model.total(), top_ids())
            )
        )
        with qtbot.waitSignal(window.unlocked, timeout=10000):
            window.flow.start()
            shown = window.workspace  # still inside start(): the store is not open yet
            assert window.register is None
            assert shown.register_view.model.total() == 5
            assert not shown.nav.isEnabled()
            assert shown.register is None
            assert window.counts_label.text() == ""  # not "5 of 5": the rest is still coming
            assert window.lock_label.text() == "Opening the register…"
        assert [s[:2] for s in seen] == [(None, 5)]
        assert window.workspace is shown  # the same table, now attached
        assert shown.nav.isEnabled() and shown.register is window.register
        model = shown.register_view.model
        qtbot.waitUntil(lambda: model.total() == 20)
        assert top_ids() == seen[0][2]  # the whole register did not reshuffle the top rows
        assert "20 of 20 algorithms shown" in window.counts_label.text()
        assert window.lock_label.text() == "Unlocked"
        assert shown.current_view() == "register"
        assert window.find_action.isEnabled()
        shown.show_view("dashboard")
        assert shown.stack.currentWidget() is shown.dashboard
    finally:
        window.shutdown()


def test_the_dashboard_user_waits_for_the_whole_store(
    qtbot, english, demo_register, prefs, temp_dir
):
    prefs.last_view = "dashboard"
    window = _closed_window(qtbot, demo_register, prefs, temp_dir)
    try:
        with qtbot.waitSignal(window.unlocked, timeout=10000):
            window.flow.start()
            assert window.workspace is None  # nothing to show before the dashboard can be
        assert window.workspace.stack.currentWidget() is window.workspace.dashboard
    finally:
        window.shutdown()


def test_a_store_failure_after_the_first_rows_locks_the_window_again(
    qtbot, english, demo_register, prefs, temp_dir, monkeypatch
):
    from filing_desk.store import engine
    from filing_desk.store.errors import StorageError

    def full_disk(*_args, **_kwargs):
        raise StorageError("The register could not be opened: the disk is full.")

    prefs.last_view = "register"
    window = _closed_window(qtbot, demo_register, prefs, temp_dir)
    monkeypatch.setattr(engine, "make_engine", full_disk)
    try:
        with qtbot.waitSignal(window.flow.failed, timeout=10000):
            window.flow.start()
            assert window.workspace is not None  # the first rows were on screen
        assert window.workspace is None and window.register is None
        assert window.central.currentWidget() is window.lock_screen
        assert "disk is full" in window.lock_screen.detail.text()
        assert not window.find_action.isEnabled()
    finally:
        window.shutdown()
    monkeypatch.undo()
    open_register(demo_register.path).close()  # the lock was released


def test_columns_fit_their_longest_texts(qtbot, demo_window):
    view = demo_window.workspace.register_view
    metrics = view.table.fontMetrics()
    model = view.model
    for column in Column:
        widest = max(metrics.horizontalAdvance(model.display_text(r, column)) for r in model.rows())
        width = view.table.columnWidth(column)
        assert width >= min(widest, MAX_COLUMN_WIDTH - 20), (column, width, widest)
        assert 70 <= width <= MAX_COLUMN_WIDTH


def test_counts_are_of_matching_rows_not_of_rows_fetched_so_far(
    qtbot, english, demo_register, prefs, temp_dir, monkeypatch
):
    """The table fetches rows in batches as it scrolls; the status bar counts every match."""
    monkeypatch.setattr(register_model, "BATCH", 3)
    window = make_window(qtbot, demo_register, prefs, temp_dir)
    try:
        view = window.workspace.register_view
        qtbot.waitUntil(lambda: view.model.total() == 20)
        assert view.model.rowCount() < 20  # not all fetched yet
        assert "20 of 20 algorithms shown" in window.counts_label.text()
    finally:
        window.shutdown()
