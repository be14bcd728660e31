"""AnswerEditor: one checklist item's answer — result, figure (its threshold shown and checked as
it is typed), note, owner, effective date — above its evidence files (``EvidencePanel``).

Every write is a Register call (``answer_item``, ``confirm_review``); a refused one is shown as
the store's message in the UI language and changes nothing. The live threshold check only
reads ``Threshold.check``; the store decides. No SQL, no rules of its own.

Signals:
    answer_saved(str): the item's answer was written.
    evidence_changed(str): a file was attached to the item or removed from it.
"""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from filing_desk.domain import citations
from filing_desk.domain.assessments import Answer, Result, next_review
from filing_desk.domain.checklists import Item, Library
from filing_desk.domain.errors import DomainError
from filing_desk.store.errors import RegisterError
from filing_desk.ui.checklist_evidence import EvidencePanel
from filing_desk.ui.i18n import lang
from filing_desk.ui.messages import error_text, sentence
from filing_desk.ui.wizard.editors import ERROR_COLOUR, issue_row, show_issue_row

OK_COLOUR = "#1b6e20"


def _wrapped(parent: QWidget, muted: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    if muted:
        label.setEnabled(False)
    return label


class AnswerEditor(QWidget):
    """The selected item's answer and evidence; disabled while no assessment item is chosen."""

    answer_saved = Signal(str)
    evidence_changed = Signal(str)

    def __init__(self, register: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._register = register
        self._lang = lang()
        self.assessment_id: int | None = None
        self.library: Library | None = None
        self.item: Item | None = None
        self._build()
        self.show_item(None, None, None, Answer(""))

    def _build(self) -> None:
        self.title = _wrapped(self)
        self.title.setStyleSheet("font-weight: bold;")
        self.basis, self.hint, self.state = _wrapped(self, True), _wrapped(self), _wrapped(self)
        self.result = QComboBox(self)
        for res in Result:
            self.result.addItem(res.label(self._lang), res.value)
        self.figure = QLineEdit(self)
        self.threshold = QLabel(self)
        self.check = _wrapped(self)
        self.note = QPlainTextEdit(self)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.owner = QLineEdit(self)
        self.effective = QDateEdit(self)
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("yyyy-MM-dd")
        self.next_review = QLabel(self)
        self.save_button = QPushButton(self.tr("Save answer"), self)
        self.review_button = QPushButton(self.tr("Confirm review"), self)
        self.evidence = EvidencePanel(self._register, self)
        self.message = issue_row(self)
        self._lay_out()
        self.result.currentIndexChanged.connect(self._update_check)
        self.figure.textChanged.connect(self._update_check)
        self.effective.dateChanged.connect(self._update_next_review)
        self.save_button.clicked.connect(self.save)
        self.review_button.clicked.connect(self._on_review_clicked)
        self.evidence.changed.connect(self.evidence_changed)

    def _lay_out(self) -> None:
        self._figure_row = figure_row = QHBoxLayout()
        figure_row.addWidget(self.figure, 1)
        figure_row.addWidget(self.threshold)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.addRow(self.tr("Result"), self.result)
        self.form.addRow(self.tr("Figure"), figure_row)
        self.form.addRow("", self.check)
        self.form.addRow(self.tr("Note"), self.note)
        self.form.addRow(self.tr("Owner"), self.owner)
        self.form.addRow(self.tr("Effective"), self.effective)
        self.form.addRow(self.tr("Next review"), self.next_review)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.review_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.basis, self.hint, self.state):
            layout.addWidget(widget)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.message[0])
        layout.addWidget(self.evidence)
        layout.addStretch(1)

    # --- showing ----------------------------------------------------------------------------

    def show_item(
        self, assessment_id: int | None, library: Library | None, item: Item | None, ans: Answer
    ) -> None:
        """Show ``item`` of the assessment (None: not started yet) with its answer."""
        self.assessment_id, self.library, self.item = assessment_id, library, item
        self._message("")
        editable = item is not None and not item.heading and assessment_id is not None
        self.setEnabled(item is not None)
        for w in (self.result, self.figure, self.note, self.owner, self.effective):
            w.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self._show_texts(item, assessment_id)
        self.result.setCurrentIndex(max(self.result.findData(ans.result.value), 0))
        self.figure.setText("" if ans.figure is None else f"{ans.figure:g}")
        self.note.setPlainText(ans.note)
        self.owner.setText(ans.owner)
        day: date = ans.effective or self._register.today()
        self.effective.setDate(QDate(day.year, day.month, day.day))
        self.review_button.setVisible(editable and ans.to_review)
        numeric = item is not None and item.threshold is not None
        self.form.setRowVisible(self._figure_row, numeric)
        self.form.setRowVisible(self.check, numeric)
        self.threshold.setText(
            self.tr("threshold %1").replace("%1", item.threshold.describe(self._lang))
            if item is not None and item.threshold is not None
            else ""
        )
        self._update_check()
        self._update_next_review()
        self.evidence.set_item(assessment_id, library, item)

    def _show_texts(self, item: Item | None, assessment_id: int | None) -> None:
        if item is None:
            self.title.setText(self.tr("Select an item of the checklist."))
            for label in (self.basis, self.hint, self.state):
                label.clear()
            return
        text = item.text.get(self._lang)
        self.title.setText(f"{item.clause}  {text}" if item.clause else text)
        self.basis.setText(citations.text(item.basis, self._lang) if item.basis else "")
        hint = item.evidence.get(self._lang) if item.evidence else ""
        self.hint.setText(self.tr("Typical evidence: %1").replace("%1", hint) if hint else "")
        if item.heading:
            state = self.tr("A heading takes no result: answer the items under it.")
        elif assessment_id is None:
            state = self.tr("Start the assessment to answer its items.")
        else:
            state = self.tr("Reviewed: %1").replace("%1", item.recurrence.label(self._lang))
        self.state.setText(state)

    def evidence_names(self) -> list[str]:
        return self.evidence.names()

    def attach_files(self, paths: list[Path]) -> int:
        """Attach the files as evidence for the shown item; how many were attached."""
        return self.evidence.attach_files(paths)

    # --- live checks --------------------------------------------------------------------------

    def _figure_value(self) -> float | None:
        """The figure typed (None when blank); raises ValueError when it is not a number."""
        text = self.figure.text().strip().replace(",", "").replace("，", "").rstrip("%")
        if not text:
            return None
        value = float(text)
        if not math.isfinite(value):
            raise ValueError(text)
        return value

    @Slot()
    def _update_check(self) -> None:
        item = self.item
        if item is None or item.threshold is None:
            self.check.clear()
            return
        threshold = item.threshold.describe(self._lang)
        conforms = self.result.currentData() == Result.CONFORMS.value
        try:
            value = self._figure_value()
        except ValueError:
            self._show_check(self.tr("✗ Not a number."), ok=False)
            return
        if value is None:
            text = self.tr("Enter the figure to mark the item as conforming.") if conforms else ""
            self._show_check(text, ok=not conforms)
        elif item.threshold.check(value):
            self._show_check(self.tr("✓ %1 meets the threshold %2.").replace("%1", f"{value:g}")
                             .replace("%2", threshold), ok=True)  # fmt: skip
        else:
            text = self.tr("✗ %1 misses the threshold %2: the item cannot be marked as conforming.")
            self._show_check(text.replace("%1", f"{value:g}").replace("%2", threshold), ok=False)

    def _show_check(self, text: str, ok: bool) -> None:
        self.check.setText(text)
        self.check.setStyleSheet(f"color: {OK_COLOUR if ok else ERROR_COLOUR};")

    @Slot()
    def _update_next_review(self) -> None:
        item = self.item
        if item is None or item.heading:
            self.next_review.clear()
            return
        due = next_review(item, self.effective.date().toPython())  # type: ignore[arg-type]
        self.next_review.setText(
            due.isoformat() if due else item.recurrence.label(self._lang)
        )  # fmt: skip

    # --- writes -----------------------------------------------------------------------------

    @Slot()
    def save(self) -> bool:
        """Write the answer as shown; False (and the reason shown) when the store refuses."""
        item, library, assessment_id = self.item, self.library, self.assessment_id
        if item is None or library is None or assessment_id is None:
            return False
        try:
            figure = self._figure_value()
        except ValueError:
            self._message(sentence("assessment.figure_invalid", {"item": item.id}))
            return False
        effective: date = self.effective.date().toPython()  # type: ignore[assignment]
        result = Result(self.result.currentData())
        if not self._attempt(
            lambda: self._register.answer_item(
                assessment_id, library, item.id, result, note=self.note.toPlainText(),
                figure=figure, owner=self.owner.text(), effective=effective,
            )
        ):  # fmt: skip
            return False
        self.answer_saved.emit(item.id)
        return True

    def _attempt(self, action: Any) -> bool:
        try:
            action()
        except (DomainError, RegisterError) as exc:
            self._message(error_text(exc))
            return False
        self._message("")
        return True

    def _message(self, text: str) -> None:
        show_issue_row(*self.message, [text] if text else [], error=True)

    def message_text(self) -> str:
        return self.message[2].text() if self.message[0].isVisibleTo(self) else ""

    @Slot()
    def _on_review_clicked(self) -> None:
        item, library, assessment_id = self.item, self.library, self.assessment_id
        if item is not None and library is not None and assessment_id is not None:
            register = self._register
            if self._attempt(lambda: register.confirm_review(assessment_id, library, item.id)):
                self.answer_saved.emit(item.id)
