"""Never lose typed input: what an editing dialog holds, whether the user typed anything since it
was shown, and the "Discard what you typed?" question asked before it closes.

``UnsavedInput(dialog)`` reads the dialog's editors when it is first shown (the baseline);
``typed()`` says whether any text editor (line, plain or rich text, a spin or date box) now reads
otherwise. A dialog calls ``confirm_close`` from its ``reject()`` — Esc, Cancel and the window's
close button all end there for a QDialog — and closes only when nothing was typed or the user
chose Discard. ``form_state``/``restore_state`` turn the editors' contents into plain strings and
back (the draft kept through auto-lock, ``ui.drafts``). The question is opened, not exec'd: no
nested event loop, so an auto-lock while it is shown can close the dialog safely.

No SQL and no register here: ``ui.drafts`` stores what this module reads.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QObject, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

State = dict[str, str]
_BASELINE = "unsavedBaseline"  # a dynamic property: the editor's text when shown or saved


def _inside_spin_or_combo(edit: QLineEdit) -> bool:
    parent = edit.parentWidget()
    return isinstance(parent, QAbstractSpinBox | QComboBox)


def _texts(dialog: QWidget) -> list[tuple[QWidget, str]]:
    """The text editors the user can type in, with what they read now."""
    out: list[tuple[QWidget, str]] = []
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QLineEdit) and not _inside_spin_or_combo(widget):
            if not widget.isReadOnly():
                out.append((widget, widget.text()))
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            if not widget.isReadOnly():
                out.append((widget, widget.toPlainText()))
        elif isinstance(widget, QAbstractSpinBox) and not widget.isReadOnly():
            out.append((widget, widget.text()))
    return out


def form_state(dialog: QWidget) -> State:
    """Every editor's content as text, keyed by its kind and place among its kind (the same
    dialog built again has its editors in the same order)."""
    state: State = {}
    for i, combo in enumerate(dialog.findChildren(QComboBox)):
        state[f"combo/{i}"] = (
            combo.currentText() if combo.isEditable() else str(combo.currentIndex())
        )
    for i, button in enumerate(dialog.findChildren(QAbstractButton)):
        if button.isCheckable():
            state[f"check/{i}"] = "1" if button.isChecked() else "0"
    for i, day in enumerate(dialog.findChildren(QDateEdit)):
        state[f"date/{i}"] = day.date().toString("yyyy-MM-dd")
    for i, tabs in enumerate(dialog.findChildren(QTabWidget)):
        state[f"tab/{i}"] = str(tabs.currentIndex())
    for i, (_widget, text) in enumerate(
        (w, t) for w, t in _texts(dialog) if not isinstance(w, QAbstractSpinBox)
    ):
        state[f"text/{i}"] = text
    return state


def restore_state(dialog: QWidget, state: State) -> None:
    """Put ``state`` (from ``form_state`` of the same dialog) back: choices first (they show or
    hide the rows), then dates, the tab shown and texts."""
    _restore_choices(dialog, state)
    for i, day in enumerate(dialog.findChildren(QDateEdit)):
        if f"date/{i}" in state:
            day.setDate(QDate.fromString(state[f"date/{i}"], "yyyy-MM-dd"))
    for i, tabs in enumerate(dialog.findChildren(QTabWidget)):
        if state.get(f"tab/{i}", "").isdigit():
            tabs.setCurrentIndex(int(state[f"tab/{i}"]))
    editors = [w for w, _t in _texts(dialog) if not isinstance(w, QAbstractSpinBox)]
    for i, widget in enumerate(editors):
        text = state.get(f"text/{i}")
        if text is not None and isinstance(widget, QLineEdit):
            widget.setText(text)
        elif text is not None and isinstance(widget, QPlainTextEdit | QTextEdit):
            widget.setPlainText(text)


def _restore_choices(dialog: QWidget, state: State) -> None:
    for i, combo in enumerate(dialog.findChildren(QComboBox)):
        value = state.get(f"combo/{i}")
        if value is not None and combo.isEditable():
            combo.setEditText(value)
        elif value is not None and value.lstrip("-").isdigit():
            combo.setCurrentIndex(int(value))
    for i, button in enumerate(dialog.findChildren(QAbstractButton)):
        if button.isCheckable() and f"check/{i}" in state:
            button.setChecked(state[f"check/{i}"] == "1")


class UnsavedInput(QObject):
    """Watches one dialog: its editors' texts when first shown, and whether they changed."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._shown = False
        self._close: Callable[[], None] | None = None
        self.question: DiscardQuestion | None = None  # the open question, for tests
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._dialog and event.type() == QEvent.Type.Show and not self._shown:
            self._shown = True
            self.mark_saved()
        return False

    @Slot()
    def mark_saved(self) -> None:
        """What the editors read now is kept (shown, saved): nothing typed from here on."""
        for widget, text in _texts(self._dialog):
            widget.setProperty(_BASELINE, text)

    def typed(self) -> bool:
        """True when an editor reads otherwise than when the dialog was shown or last saved
        (an editor made since then counts when it holds any text)."""
        return any(text != (w.property(_BASELINE) or "") for w, text in _texts(self._dialog))

    def confirm_close(self, close: Callable[[], None]) -> None:
        """``close()`` at once when nothing was typed; else ask, and close on Discard."""
        if not self.typed():
            close()
            return
        if self.question is not None and self.question.isVisible():
            return
        self.question = DiscardQuestion(self._dialog)
        self._close = close  # called from a slot of ours: Qt would resolve a bound super() to
        self.question.discard_button.clicked.connect(self._on_discard_clicked)  # the override
        self.question.open()

    @Slot()
    def _on_discard_clicked(self) -> None:
        if self._close is not None:
            self._close()


class DiscardQuestion(QMessageBox):
    """Discard what you typed? — Discard / Keep editing (the default, and what Esc picks)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(parent.windowTitle())
        self.setText(self.tr("Discard what you typed?"))
        self.setInformativeText(self.tr("What you typed here has not been saved."))
        self.discard_button = self.addButton(
            self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.keep_button = self.addButton(
            self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self.keep_button)
        self.setEscapeButton(self.keep_button)
