"""Never lose typed input (issue 19.4), part one: every editing dialog and the wizard ask
"Discard what you typed?" on Esc, Cancel and the window's close button when something was typed
(Keep editing is the default and keeps the text), and close at once when nothing was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QWizard,
)

from filing_desk.domain.enums import ProcedureKind
from filing_desk.domain.lifecycle import ProcedureStep
from tests.helpers.drafts_lock import on_submitted_filing

TYPED = "张三的未保存说明"


@pytest.fixture
def window(main_window, register):
    """The main window on a register with an algorithm whose filing is ready to submit."""
    return on_submitted_filing(main_window, register)


def _security(window):
    detail = window.workspace.detail
    tab = next(i for i in range(detail.count()) if detail.widget(i).isAncestorOf(detail.security))
    detail.setCurrentIndex(tab)
    return detail.security.open_new()


OPENERS = {
    "new entity": lambda w: w.new_entity(),
    "new algorithm": lambda w: w.new_algorithm(),
    "CAC answer": lambda w: w.cac_answer(),
    "security assessment": _security,
    "modification wizard": lambda w: w.open_wizard(ProcedureKind.MODIFICATION),
    "filing wizard": lambda w: w.open_wizard(ProcedureKind.FILING),
}


def _show_typing_room(dialog: QDialog) -> None:
    """Show a row that takes free text: the CAC's reason, the report's tab."""
    if hasattr(dialog, "radios"):
        dialog.radios[ProcedureStep.RETURN].setChecked(True)
    if isinstance(dialog, QWizard) and dialog.kind is ProcedureKind.FILING:
        dialog.next()  # past the entity's page, which is read-only
    tabs = dialog.findChildren(QTabWidget)
    if tabs:
        tabs[0].setCurrentIndex(1)


def type_text(widget, text: str) -> None:
    widget.setFocus()
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.NoModifier)


def text_of(widget) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


def first_editor(dialog: QDialog):
    """The first text editor the user can type in, on the page shown."""
    for widget in [*dialog.findChildren(QLineEdit), *dialog.findChildren(QPlainTextEdit)]:
        readonly = widget.isReadOnly()
        if widget.isVisible() and widget.isEnabled() and not readonly and not text_of(widget):
            return widget
    raise AssertionError("no empty editor to type in")


def opened(qtbot, window, name: str) -> QDialog:
    dialog = OPENERS[name](window)
    assert dialog is not None, name
    qtbot.waitExposed(dialog)
    return dialog


def cancel_button(dialog: QDialog):
    if isinstance(dialog, QWizard):
        return dialog.button(QWizard.WizardButton.CancelButton)
    return next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")


def question_of(dialog: QDialog) -> QMessageBox:
    question = dialog.unsaved.question
    assert question is not None and question.isVisible(), "the question must be asked"
    return question


@pytest.mark.parametrize("name", list(OPENERS))
def test_nothing_typed_esc_closes_at_once(qtbot, window, name):
    dialog = opened(qtbot, window, name)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.unsaved.question is None


@pytest.mark.parametrize("name", list(OPENERS))
def test_typed_text_asks_on_esc_cancel_and_close_and_keep_editing_keeps_it(qtbot, window, name):
    dialog = opened(qtbot, window, name)
    _show_typing_room(dialog)
    editor = first_editor(dialog)
    type_text(editor, TYPED)
    assert text_of(editor).endswith(TYPED)

    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    question = question_of(dialog)
    assert question.text() == "Discard what you typed?"
    assert question.defaultButton() is question.keep_button
    assert {b.text() for b in question.buttons()} == {"Discard", "Keep editing"}
    qtbot.mouseClick(question.keep_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert text_of(editor).endswith(TYPED)

    dialog.close()  # the window's close button
    question = question_of(dialog)
    QTest.keyClick(question, Qt.Key.Key_Escape)  # Esc on the question keeps editing
    assert dialog.isVisible()
    assert text_of(editor).endswith(TYPED)

    qtbot.mouseClick(cancel_button(dialog), Qt.MouseButton.LeftButton)
    question = question_of(dialog)
    qtbot.mouseClick(question.discard_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_paging_through_the_wizard_without_typing_closes_at_once(qtbot, window):
    wizard = opened(qtbot, window, "filing wizard")
    wizard.next()
    wizard.back()
    wizard.next()
    qtbot.mouseClick(cancel_button(wizard), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    assert wizard.unsaved.question is None


def test_after_save_as_draft_the_wizard_closes_at_once(qtbot, window, register):
    entity_id = register.entities()[0].id
    fresh = register.create_algorithm(entity_id, name="新算法", algo_type="02", role="provider")
    window.workspace.refresh_data()
    window.workspace.show_algorithm(fresh.id)
    wizard = opened(qtbot, window, "filing wizard")
    _show_typing_room(wizard)
    type_text(first_editor(wizard), TYPED)
    qtbot.mouseClick(
        wizard.button(QWizard.WizardButton.CustomButton1), Qt.MouseButton.LeftButton
    )  # Save as draft
    assert register.procedures(fresh.id)[-1].draft  # saved
    QTest.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    assert wizard.unsaved.question is None
