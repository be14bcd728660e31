"""The GUI's save-to-file paths, driven the same way for the overwrite and "written" tests:
each case names the file chosen in the (patched) file dialog, the file really written, and the
steps that save it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt

from filing_desk.ui.audit_view import AuditView
from filing_desk.ui.print_preview import save_pdfs
from tests.helpers.cac_lists import CAC_LISTS_DIR
from tests.helpers.workbooks import write_xlsx


@dataclass
class Case:
    chosen: str  # the name the user picks in the file dialog
    written: str  # the file that would be written (a suffix may be added)
    save: Callable[..., object]  # (main_window, qtbot, register, tmp_path) -> the save


def _print_preview(window, qtbot, register, tmp_path):
    return save_pdfs(window, [("form", b"%PDF-1.4 new")])


def _audit_report(window, qtbot, register, tmp_path):
    register.create_entity(name="审计报告有限公司")
    view = AuditView(register)
    qtbot.addWidget(view)
    view.refresh()
    return view.export_report(None)


def _export(window, qtbot, register, tmp_path):
    register.create_entity(name="导出有限公司")
    dialog = window.transfer.open_export()
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    return dialog.choose_and_export()


def _check_list_report(window, qtbot, register, tmp_path):
    dialog = window.transfer.check_list(str(CAC_LISTS_DIR / "deep-synthesis-list-2026-05.docx"))
    return dialog.save_report()


def _import_report(window, qtbot, register, tmp_path):
    rows = [["主体名称", "算法名称", "算法类别"], ["甲科技有限公司", "甲推荐算法", "个性化推送类"]]
    dialog = window.transfer.open_import()
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        dialog.load(write_xlsx(tmp_path / "in.xlsx", rows))
    return dialog.report.save_report()


def _backup(window, qtbot, register, tmp_path):
    dialog = window.transfer.open_backup()
    browse = [b for b in dialog.findChildren(type(dialog.backup_button)) if b.text() == "Browse…"]
    qtbot.mouseClick(browse[0], Qt.MouseButton.LeftButton)
    return dialog.back_up()


SAVE_PATHS = {
    "print preview: save as PDF": Case("form.pdf", "form.pdf", _print_preview),
    "audit report": Case("audit.pdf", "audit.pdf", _audit_report),
    "export (suffix added)": Case("out", "out.json", _export),
    "CAC list check report": Case("check.txt", "check.txt", _check_list_report),
    "import report": Case("report.txt", "report.txt", _import_report),
    "backup to a chosen file": Case("copy.fdesk", "copy.fdesk", _backup),
}
