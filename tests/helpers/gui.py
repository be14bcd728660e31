"""Driving the GUI in tests: the main window on an open register, typing any text (Chinese
included) key by key, and the register table's cells as the user sees them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFormLayout, QLabel

from filing_desk.ui.main_window import MainWindow
from filing_desk.ui.register_model import Column


def make_window(qtbot, register, prefs, temp_dir, loaded: bool = True) -> MainWindow:
    """A window on an open register; with ``loaded``, once every view has been filled (they
    fill on the next turns of the event loop, as in the app)."""
    window = MainWindow(register.path, prefs, temp_dir, register=register)
    window.backup_on_exit = False
    qtbot.addWidget(window)
    window.show()
    if loaded:
        qtbot.waitUntil(lambda: window.workspace is not None and window.workspace.fully_loaded)
    return window


def type_text(widget, text: str) -> None:
    """Type any text (Chinese included) key by key; qtbot.keyClicks aborts on non-ASCII."""
    widget.setFocus()
    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
            continue
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )
    QCoreApplication.processEvents()


def table_cells(window: MainWindow, column: Column) -> list[str]:
    """The register table's cells of one column, every row fetched."""
    model = window.workspace.register_view.model
    if hasattr(model, "fetch_all"):
        model.fetch_all()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def save_field(ws: Any, kind: str, record_id: int, name: str, old: Any, new: Any) -> None:
    """Commit a field as the form does; a filed field's question is answered with OK."""
    ws.editor.edit(kind, record_id, name, old, new)
    dialog = getattr(ws.editor, "confirm_dialog", None)
    if dialog is not None and dialog.isVisible():
        ws.editor.confirm_dialog = None
        dialog.accept()


def about_value(dialog: Any, label: str) -> str:
    """The value shown on the form row labelled ``label``."""
    form = dialog.layout().itemAt(1).layout()
    assert isinstance(form, QFormLayout)
    role = QFormLayout.ItemRole
    rows = {
        form.itemAt(row, role.LabelRole).widget().text(): form.itemAt(row, role.FieldRole).widget()
        for row in range(form.rowCount())
    }
    value = rows[label]
    assert isinstance(value, QLabel)
    return value.text()
