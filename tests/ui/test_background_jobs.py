"""Long work runs off the GUI thread with progress (``ui.jobs``): backups (Backup now, to a
chosen file, on closing a register, on exit), restores (File menu and welcome page), export and
the CAC-list check. Each test shows the work ran on another thread, progress arrived and the
GUI thread's event loop kept turning; then what the user sees. Already in jobs before: import
reading, CAC-list import reading, packet printing and the recovery sheet (tests/ui/test_jobs.py,
test_print_preview.py, test_import_dialog.py, test_cac_list_dialog.py)."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QPushButton

from filing_desk.paths import app_paths
from filing_desk.store.register import open_register
from filing_desk.ui import jobs
from tests.helpers.cac_lists import CAC_LISTS_DIR
from tests.helpers.gui import make_window
from tests.helpers.job_watch import JobWatch

DEEP_2026 = CAC_LISTS_DIR / "deep-synthesis-list-2026-05.docx"


@pytest.fixture
def watch(monkeypatch, qapp):
    watching = JobWatch(monkeypatch)
    yield watching
    watching.stop()


def _backup_now(window, register, tmp_path) -> Path:
    window.backup_now()
    (written,) = app_paths().backups_for(register.path).glob("*.fdesk")
    return written


def _backup_dialog(window, register, tmp_path) -> Path:
    dialog = window.transfer.open_backup()
    dialog.target.setText(str(tmp_path / "chosen.fdesk"))
    return Path(dialog.back_up())


def _restore_dialog(window, register, tmp_path) -> Path:
    register.backup_to(tmp_path / "b.fdesk")
    dialog = window.transfer.open_restore()
    dialog.source.setText(str(tmp_path / "b.fdesk"))
    dialog.target.setText(str(tmp_path / "restored.fdesk"))
    return Path(dialog.restore())


def _restore_here(window, register, tmp_path) -> Path:
    from filing_desk.ui.dialogs.restore_here import RestoreHereDialog

    register.backup_to(tmp_path / "b.fdesk")
    dialog = RestoreHereDialog(tmp_path / "here.fdesk", window)
    dialog.source.setText(str(tmp_path / "b.fdesk"))
    dialog.target.setText(str(tmp_path / "here.fdesk"))
    info = dialog.restore()
    return Path(info.path)


def _export(window, register, tmp_path) -> Path:
    dialog = window.transfer.open_export()
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    written = Path(dialog.export_to(tmp_path / "out.json"))
    names = [e["name"] for e in json.loads(written.read_text(encoding="utf-8"))["entities"]]
    assert names == ["后台任务有限公司"]
    return written


PATHS: dict[str, Callable[..., Path]] = {
    "backup now": _backup_now,
    "backup to a chosen file": _backup_dialog,
    "restore (File menu)": _restore_dialog,
    "restore (welcome page)": _restore_here,
    "export": _export,
}


@pytest.mark.parametrize("name", sorted(PATHS))
def test_long_work_runs_in_the_background(name, main_window, register, tmp_path, watch):
    register.create_entity(name="后台任务有限公司")
    written = PATHS[name](main_window, register, tmp_path)
    watch.assert_ran_in_background()
    assert written.is_file()
    if written.suffix == ".fdesk":
        with open_register(written, lock=False) as copy:
            assert [e.name for e in copy.entities()] == ["后台任务有限公司"]


def test_backup_on_exit_runs_in_the_background(qtbot, english, register, prefs, temp_dir, watch):
    window = make_window(qtbot, register, prefs, temp_dir)
    window.backup_on_exit = True
    register.create_entity(name="退出备份有限公司")
    window.shutdown()
    watch.assert_ran_in_background()
    assert watch.started and not watch.started[0].cancellable  # it holds the write lock
    assert len(list(app_paths().backups_for(register.path).glob("*.fdesk"))) == 1
    assert register._engine is None  # closed after the backup


def test_closing_a_changed_register_backs_it_up_in_the_background(main_window, register, watch):
    main_window.backup_on_exit = True
    register.create_entity(name="关闭备份有限公司")
    main_window.registers.close_register()
    watch.assert_ran_in_background()
    assert len(list(app_paths().backups_for(register.path).glob("*.fdesk"))) == 1


def test_the_cac_list_check_runs_in_the_background_and_can_be_cancelled(
    main_window, qtbot, register, watch, monkeypatch
):
    dialog = main_window.transfer.check_list(str(DEEP_2026))
    watch.assert_ran_in_background()
    assert watch.started[0].cancellable  # it only reads
    assert [text for _d, _t, text in watch.progress][:1] == [f"Reading {DEEP_2026.name}…"]
    assert dialog.summary.text().startswith("Listed: 0 · missing: 0")
    assert dialog.save_button.isEnabled()

    cancel_soon = JobWatch(monkeypatch)  # a fresh watch: cancel the next job while it sleeps
    QTimer.singleShot(50, lambda: cancel_soon.started[0].cancel())  # what Cancel does
    again = main_window.transfer.check_list(str(DEEP_2026))
    cancel_soon.stop()
    assert again.summary.text() == "The check was cancelled."
    assert not again.save_button.isEnabled()


def _audit_view(qtbot, register):
    from filing_desk.ui.audit_view import AuditView

    view = AuditView(register)
    qtbot.addWidget(view)
    view.refresh()
    return view


def test_verifying_the_audit_chain_runs_in_the_background(english, qtbot, register, watch):
    register.create_entity(name="审计校验有限公司")
    view = _audit_view(qtbot, register)
    view.verify()
    watch.assert_ran_in_background()
    assert watch.started[0].cancellable  # it only reads
    assert view.result.text().startswith("✓ The audit chain is intact:")


def test_the_audit_report_is_prepared_in_the_background(
    english, qtbot, register, tmp_path, watch, monkeypatch
):
    register.create_entity(name="审计报告有限公司")
    target = tmp_path / "audit.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert _audit_view(qtbot, register).export_report(None) == [target]
    watch.assert_ran_in_background()
    assert target.read_bytes().startswith(b"%PDF")


def test_work_that_must_not_stop_has_no_cancel_and_esc_does_not_hide_it(qtbot):
    """A backup or restore in progress: no Cancel button, and neither Esc nor closing the
    progress dialog hides it (it keeps the window blocked until the work is done)."""
    gate = threading.Event()
    job = jobs.run_job(None, "Backing up", lambda p, c: gate.wait(10), print, cancellable=False)
    job.dialog.show()
    qtbot.waitExposed(job.dialog)
    assert not [b for b in job.dialog.findChildren(QPushButton) if b.isVisible()]
    QTest.keyClick(job.dialog, Qt.Key.Key_Escape)
    job.dialog.close()
    assert job.dialog.isVisible() and not job.cancelled
    with qtbot.waitSignal(job.finished, timeout=10000):
        gate.set()
    assert not job.dialog.isVisible()
