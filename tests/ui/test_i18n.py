"""Translations: the .ts is complete, the .qm is built from it, every error code has a sentence,
a walk of the window and dialogs in zh_CN finds no English source text, and the language
chosen in Settings persists."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from filing_desk.domain.enums import AlgorithmType
from filing_desk.store import errors as store_errors
from filing_desk.ui.messages import SENTENCES, error_text
from filing_desk.ui.prefs import Prefs
from tests.helpers.gui import make_window
from tests.helpers.i18n import QM, TS, english_found, ts_sources, walk, widget_texts


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
             if w.isVisible() for t in widget_texts(w)]  # fmt: skip
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
    # the paths of the current and recent registers are kept (issue 19), nothing else of them
    kept = ("current=", "recent=")
    others = "\n".join(line for line in text.splitlines() if not line.startswith(kept))
    assert f"current={main_window.register_path}" in text
    assert main_window.register_path.name not in others
    assert "key" not in text.lower().replace("geometry", "")


def test_the_walk_does_find_english_in_an_english_window(main_window):
    assert walk(ts_sources(), main_window), "the zh_CN walk would be vacuous"
