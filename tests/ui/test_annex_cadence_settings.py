"""Settings edits how often a generative-AI service's keyword list and test bank are renewed:
the register's values shown, a change kept in the register, Cancel keeping nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from filing_desk.domain.genai_annex_findings import Cadences


def _button(dialog, which):
    return dialog.findChild(QDialogButtonBox).button(which)


def test_settings_shows_and_saves_the_annex_cadences(main_window, qtbot, register) -> None:
    dialog = main_window.open_settings()
    assert (dialog.keyword_days.value(), dialog.test_bank_days.value()) == (7, 30)
    assert dialog.keyword_days.suffix() == " days"
    assert "practice" in dialog.keyword_days.toolTip()
    before = len(register.audit_events("setting"))
    dialog.keyword_days.setValue(14)
    dialog.test_bank_days.setValue(45)
    qtbot.mouseClick(_button(dialog, QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert register.annex_cadences() == Cadences(14, 45)
    events = register.audit_events("setting")[: len(register.audit_events("setting")) - before]
    cadence_events = [e.after for e in events if "genai.keyword_list_days" in (e.after or {})]
    assert cadence_events == [{"genai.keyword_list_days": "14", "genai.test_bank_days": "45"}]

    again = main_window.open_settings()
    assert (again.keyword_days.value(), again.test_bank_days.value()) == (14, 45)
    assert again.test_bank_days.maximum() == 366 and again.test_bank_days.minimum() == 1
    again.test_bank_days.setValue(90)
    qtbot.mouseClick(
        _button(again, QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert register.annex_cadences() == Cadences(14, 45)


def test_an_unchanged_dialog_writes_no_cadence(main_window, qtbot, register) -> None:
    dialog = main_window.open_settings()
    qtbot.mouseClick(_button(dialog, QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert register.setting("genai.keyword_list_days", "unset") == "unset"


def test_without_a_register_the_cadences_show_the_defaults_disabled(qtbot, prefs) -> None:
    from filing_desk.ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(prefs, None)
    qtbot.addWidget(dialog)
    assert (dialog.keyword_days.value(), dialog.test_bank_days.value()) == (7, 30)
    assert not dialog.keyword_days.isEnabled() and not dialog.test_bank_days.isEnabled()
