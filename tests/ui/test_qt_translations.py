"""Qt's own texts (standard buttons of dialogs and message boxes) follow the UI language:
``i18n.install`` loads qtbase's catalogue from Qt's folder, else from the PySide6 package.
That the bundle keeps ``qtbase_zh_CN.qm`` there is checked in ``tests/test_bundle_spec.py``."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from filing_desk.ui import i18n

Button = QDialogButtonBox.StandardButton
Standard = QMessageBox.StandardButton


def texts(qtbot) -> tuple[list[str], list[str]]:
    box = QDialogButtonBox(Button.Ok | Button.Cancel)
    qtbot.addWidget(box)
    message = QMessageBox()
    qtbot.addWidget(message)
    message.setStandardButtons(Standard.Yes | Standard.No | Standard.Save)
    return (
        [box.button(b).text() for b in (Button.Ok, Button.Cancel)],
        [message.button(b).text() for b in (Standard.Yes, Standard.No, Standard.Save)],
    )


def test_standard_buttons_in_chinese(chinese, qtbot):
    assert texts(qtbot) == (["确定", "取消"], ["是(&Y)", "否(&N)", "保存"])


def test_standard_buttons_in_english(english, qtbot):
    assert texts(qtbot) == (["OK", "Cancel"], ["&Yes", "&No", "Save"])


def test_found_in_the_pyside6_package_when_qt_points_elsewhere(qapp, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(QLibraryInfo, "path", lambda _which: str(tmp_path))  # an empty folder
    translators = i18n.install(qapp, "zh_CN")
    try:
        assert texts(qtbot)[0] == ["确定", "取消"]
    finally:
        i18n.remove(qapp, translators)
