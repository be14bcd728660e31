"""Translations: the .ts is complete, the .qm is built from it, every error code has a sentence,
a walk of the window and dialogs in zh_CN finds no English source text, and the language
chosen in Settings persists."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from filing_desk.domain.enums import AlgorithmType
from filing_desk.paths import resource_dir
from filing_desk.store import errors as store_errors
from filing_desk.ui.messages import SENTENCES, error_text
from filing_desk.ui.prefs import Prefs
from tests.ui.conftest import make_window

TS = resource_dir() / "translations" / "filing_desk_zh_CN.ts"
QM = resource_dir() / "translations" / "filing_desk_zh_CN.qm"
ALLOWED = {"APP", "API", "H5", "OK", "Filing Desk"}  # acronyms and the product's name


def ts_sources() -> set[str]:
    root = ET.parse(TS).getroot()
    return {m.findtext("source", "").replace("&", "") for m in root.iter("message")}


def test_ts_has_no_unfinished_entries():
    root = ET.parse(TS).getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 250
    for m in messages:
        translation = m.find("translation")
        if translation.get("type") in ("vanished", "obsolete"):
            continue  # no longer in the code (`make translations` keeps them unless -no-obsolete)
        assert translation.get("type") is None, m.findtext("source")
        text = "".join(translation.itertext()).strip()
        assert text, m.findtext("source")


def test_qm_is_rebuilt_from_ts(tmp_path: Path):
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    target = tmp_path / "check.qm"
    subprocess.run([str(lrelease), str(TS), "-qm", str(target)], check=True, capture_output=True)
    assert target.read_bytes() == QM.read_bytes()


def test_every_store_error_code_has_a_sentence():
    codes = {
        cls.code
        for cls in vars(store_errors).values()
        if isinstance(cls, type) and issubclass(cls, store_errors.RegisterError)
    }
    assert codes - {"register.error"} <= set(SENTENCES)


def test_error_text_is_translated_in_chinese(chinese):
    text = error_text(store_errors.WrongKey("The key does not open r.fdesk"))
    assert text == "口令或恢复密钥无法打开此台账。"


def widget_texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle(), widget.toolTip()]
    if isinstance(widget, QLabel | QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QTabWidget):
        texts += [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QMenu):
        texts += [widget.title()] + [a.text() for a in widget.actions()]
    if isinstance(widget, QAbstractItemView) and isinstance(widget.model(), QAbstractItemModel):
        model = widget.model()
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
        texts += [model.headerData(c, Qt.Orientation.Horizontal) or "" for c in range(columns)]
        for r in range(min(model.rowCount(QModelIndex()), 30)):
            texts += [str(model.index(r, c).data() or "") for c in range(columns)]
    return [str(t).replace("&", "") for t in texts if t]


def english_found(texts: list[str], sources: set[str]) -> list[str]:
    phrases = [s for s in sources if len(s.split()) >= 2 and s not in ALLOWED]
    found = []
    for text in texts:
        if text in ALLOWED:
            continue
        if text in sources and re.search("[A-Za-z]{2,}", text):
            found.append(text)
        found += [f"{p!r} in {text!r}" for p in phrases if p in text]
    return found


def walk(sources: set[str], root: QWidget) -> list[str]:
    """English source text in ``root`` and its visible children (menus even when closed)."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.isVisible() or isinstance(widget, QMenu):
            found += english_found(widget_texts(widget), sources)
    return found


def test_chinese_walk_finds_no_english(qtbot, chinese, demo_register, prefs, temp_dir):
    prefs.language = "zh_CN"
    window = make_window(qtbot, demo_register, prefs, temp_dir)
    sources = ts_sources()
    try:
        ws = window.workspace
        assert ws.nav.item(0).text() == "工作台"
        assert ws.register_view.model.headerData(0, Qt.Orientation.Horizontal) == "主体"
        types = ws.register_view.type_filter
        assert AlgorithmType.PUSH.zh in [types.itemText(i) for i in range(types.count())]
        ws.register_view.table.selectRow(0)
        for name in ("dashboard", "register", "entities", "calendar", "audit"):
            ws.show_view(name)
            for index in range(ws.detail.count()):
                ws.detail.setCurrentIndex(index)
                assert not walk(sources, window), walk(sources, window)
        dialogs = [
            window.new_entity(),
            window.new_algorithm(),
            window.open_settings(),
            window.open_about(),
            ws.calendar.open_entry_dialog(),
        ]
        for dialog in dialogs:
            assert dialog.isVisible()
            assert not walk(sources, dialog), walk(sources, dialog)
            dialog.close()
        window.lock()
        assert window.lock_screen.unlock_button.text() == "解锁"
        assert not walk(sources, window), walk(sources, window)
    finally:
        window.shutdown()


def test_unlock_and_recovery_dialogs_in_chinese(qtbot, chinese, tmp_path):
    from datetime import date

    from filing_desk.ui.dialogs.recovery import RecoveryKeyDialog
    from filing_desk.ui.dialogs.unlock import UnlockDialog

    sources = ts_sources()
    unlock = UnlockDialog(tmp_path / "r.fdesk", store_errors.KeyNotFound("No key"))
    qtbot.addWidget(unlock)
    unlock.open()
    recovery = RecoveryKeyDialog(
        "ABCD-" * 16 + "ABCD", "00" * 16, tmp_path / "r.fdesk", date(2026, 1, 5)
    )
    qtbot.addWidget(recovery)
    recovery.open()
    assert unlock.reason.text().startswith("系统密钥环中没有")
    assert not english_found(widget_texts(unlock.ok_button), sources)
    texts = [t for w in unlock.findChildren(QWidget) + recovery.findChildren(QWidget)
             if w.isVisible() and w is not unlock.exact for t in widget_texts(w)]  # fmt: skip
    assert not english_found(texts, sources)
    buttons = recovery.findChildren(QDialogButtonBox)
    assert not buttons or all(b.isVisible() for b in buttons)


def test_language_chosen_in_settings_persists(main_window, qtbot, prefs):
    dialog = main_window.open_settings()
    assert dialog.language.currentData() == "en"
    with qtbot.waitSignal(dialog.language_changed, timeout=2000) as signal:
        dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
        qtbot.mouseClick(
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
            Qt.MouseButton.LeftButton,
        )
    assert signal.args == ["zh_CN"]
    assert Prefs(prefs.path).language == "zh_CN"
    assert "language=zh_CN" in prefs.path.read_text(encoding="utf-8")


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_preferences_file_never_holds_register_data(main_window, prefs, language):
    prefs.language = language
    main_window.close()
    text = prefs.path.read_text(encoding="utf-8")
    assert main_window.register_path.name not in text
    assert "key" not in text.lower().replace("geometry", "")


def test_the_walk_does_find_english_in_an_english_window(main_window):
    assert walk(ts_sources(), main_window), "the zh_CN walk would be vacuous"
