"""ServiceChangesPanel: a generative-AI service's material changes (a new model version or
fine-tune, a different upstream model, new modalities) and the user's answer to each — must the
filing or registration be run again?

A table of ``register.service_changes`` (date, what changed, the domain's suggestion, the answer)
with the unanswered ones marked; for the selected unanswered change a choice of ``Rerun`` and a
note, written by ``register.answer_service_change``. No rules here.

Signals:
    changed(): an answer was written.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from filing_desk.domain.errors import DomainError
from filing_desk.domain.genai_changes import Rerun
from filing_desk.domain.genai_history import ServiceChange
from filing_desk.store.errors import RegisterError
from filing_desk.ui.i18n import lang
from filing_desk.ui.messages import error_text
from filing_desk.ui.screen_fit import wrapped_label
from filing_desk.ui.table_model import Column, ReadOnlyTableModel, record_table


def _what(change: ServiceChange) -> str:
    kinds = "、".join(k.label(lang()) for k in change.kinds)
    details = ", ".join(change.details)
    return f"{kinds}: {details}" if kinds and details else kinds or details


class ChangeTableModel(ReadOnlyTableModel[ServiceChange]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, key=attrgetter("id"))
        awaiting = self.tr("Awaiting your answer")
        self.set_columns(
            [
                Column(self.tr("Date"), lambda c: c.on.isoformat(), sort=attrgetter("on")),
                Column(self.tr("What changed"), _what),
                Column(self.tr("Suggested"), lambda c: c.suggested.label(lang())),
                Column(
                    self.tr("Answer"),
                    lambda c: c.rerun.label(lang()) if c.rerun is not None else awaiting,
                ),
                Column(self.tr("Note"), attrgetter("note")),
            ]
        )


class ServiceChangesPanel(QWidget):
    """The material changes of one service and the answer to the selected one."""

    changed = Signal()

    def __init__(self, register: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._register = register
        self.read_only = False  # a viewer of a team register (set_read_only)
        self.summary = wrapped_label("", self)
        self.model = ChangeTableModel(self)
        self.table = record_table(self.model, self)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.rerun_combo = QComboBox(self)
        for choice in (Rerun.REQUIRED, Rerun.NO):
            self.rerun_combo.addItem(choice.label(lang()), choice.value)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Note (why)"))
        self.answer_button = QPushButton(self.tr("Record answer"), self)
        self.answer_button.clicked.connect(self.answer)
        self.message = wrapped_label("", self)
        self.message.setStyleSheet("color: #b00020;")
        bar = QHBoxLayout()
        bar.addWidget(self.rerun_combo)
        bar.addWidget(self.note_edit, 1)
        bar.addWidget(self.answer_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        layout.addWidget(self.message)

    def set_read_only(self, read_only: bool) -> None:
        """No answer offered (``ui.role_gate``); the changes stay listed."""
        self.read_only = read_only
        self.answer_button.setVisible(not read_only)
        self._on_row_changed()

    def show_service(self, service_id: int) -> None:
        changes = self._register.service_changes(service_id) if service_id else []
        self.model.set_rows(changes)
        waiting = sum(not c.answered for c in changes)
        if not changes:
            self.summary.setText(self.tr("No material change recorded."))
        else:
            text = self.tr(
                "%n change(s) awaiting an answer: must the track be run again?", "", waiting
            )
            self.summary.setText(text)
        row = next((n for n, c in enumerate(changes) if not c.answered), 0)
        if changes:
            self.table.selectRow(row)
        self.message.clear()
        self._on_row_changed()

    def selected(self) -> ServiceChange | None:
        return self.model.record_at(self.table.currentIndex())

    @Slot()
    def _on_row_changed(self, *_args: Any) -> None:
        change = self.selected()
        open_ = change is not None and not change.answered
        for widget in (self.rerun_combo, self.note_edit, self.answer_button):
            widget.setEnabled(open_ and not self.read_only)
        if change is not None and open_:
            wanted = Rerun.REQUIRED if change.suggested is Rerun.REQUIRED else Rerun.NO
            self.rerun_combo.setCurrentIndex(self.rerun_combo.findData(wanted.value))

    @Slot()
    def answer(self) -> bool:
        change = self.selected()
        if change is None or change.answered or self.read_only:
            return False
        rerun = Rerun(self.rerun_combo.currentData())
        try:
            self._register.answer_service_change(change.id, rerun, self.note_edit.text().strip())
        except (DomainError, RegisterError) as exc:
            self.message.setText(error_text(exc))
            return False
        self.note_edit.clear()
        self.show_service(change.service_id)
        self.changed.emit()
        return True
