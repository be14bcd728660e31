"""Record the CAC's answer to a procedure: submitted, filed (with its number), returned, withdrawn.

Only the answers the procedure's state allows are enabled (``lifecycle.allowed_procedure_steps``).
A filing number is checked as it is typed (``domain.codes.check_filing_number``): errors keep OK
disabled, warnings are shown. The register does the writing; when it refuses, its message is
shown here and nothing is written.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from filing_desk.domain.codes import check_filing_number
from filing_desk.domain.enums import ProcedureKind
from filing_desk.domain.errors import DomainError
from filing_desk.domain.issues import Issue
from filing_desk.domain.lifecycle import ProcedureStep, allowed_procedure_steps
from filing_desk.store.errors import RegisterError
from filing_desk.ui.i18n import lang
from filing_desk.ui.messages import error_text, issue_text
from filing_desk.ui.unsaved import UnsavedInput
from filing_desk.ui.wizard.editors import issue_row, show_issue_row

if TYPE_CHECKING:
    from filing_desk.store.register import Register

ANSWER_STEPS = (
    ProcedureStep.SUBMIT,
    ProcedureStep.ACCEPT,
    ProcedureStep.RETURN,
    ProcedureStep.WITHDRAW,
)


class CacAnswerDialog(QDialog):
    """What the CAC (or the user, for submission and withdrawal) did with a procedure.

    Signals:
        answered(int): the procedure id, after the register recorded the answer.
    """

    answered = Signal(int)

    def __init__(
        self, register: Register, procedure_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.register = register
        self.procedure = register.procedure(procedure_id)
        assert self.procedure.algorithm_id is not None  # a stored procedure has its algorithm
        self.algorithm = register.algorithm(self.procedure.algorithm_id)
        self.lang = lang()
        self.setWindowTitle(self.tr("Record the CAC's answer"))
        self.setMinimumWidth(560)
        self._build()
        self._on_answer_changed()
        self.unsaved = UnsavedInput(self)

    def reject(self) -> None:
        """Esc, Cancel, the close button: ask first when something was typed (ui.unsaved)."""
        self.unsaved.confirm_close(super().reject)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        heading = QLabel(self._heading())
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.buttons_group = QButtonGroup(self)
        allowed = set(allowed_procedure_steps(self.procedure.state))
        self.radios: dict[ProcedureStep, QRadioButton] = {}
        for step, text in zip(ANSWER_STEPS, self._answer_texts(), strict=True):
            radio = QRadioButton(text)
            radio.setEnabled(step in allowed)
            self.buttons_group.addButton(radio)
            self.radios[step] = radio
            layout.addWidget(radio)
        first = next((r for r in self.radios.values() if r.isEnabled()), None)
        if first is not None:
            first.setChecked(True)
        self.form = QFormLayout()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        today = self.register.today()
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(
            self.tr("网信算备, the 21 digits, 号 (or only the digits)")
        )
        self.number_issues = issue_row(self)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(90)
        self.form.addRow(self.tr("Date:"), self.date_edit)
        self.form.addRow(self.tr("Filing number:"), self.number_edit)
        self.form.addRow("", self.number_issues[0])
        self.form.addRow(self.tr("Reason the CAC gave:"), self.reason_edit)
        layout.addLayout(self.form)
        self.message = issue_row(self)
        layout.addWidget(self.message[0])
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        layout.addWidget(self.box)
        self.buttons_group.buttonToggled.connect(self._on_answer_changed)
        self.number_edit.textChanged.connect(self._on_number_changed)

    def _heading(self) -> str:
        text = self.tr("{kind} of the algorithm “{name}”, now: {state}.")
        return text.format(
            kind=self.procedure.kind.label(self.lang),
            name=self.algorithm.name,
            state=self.procedure.state.label(self.lang),
        )

    def _answer_texts(self) -> tuple[str, str, str, str]:
        return (
            self.tr("Submitted in the CAC system"),
            self.tr("Filed: the CAC accepted it"),
            self.tr("Returned for correction"),
            self.tr("Withdrawn"),
        )

    def answer(self) -> ProcedureStep | None:
        return next((step for step, r in self.radios.items() if r.isChecked()), None)

    def _needs_number(self) -> bool:
        return self.answer() is ProcedureStep.ACCEPT and self.procedure.kind is ProcedureKind.FILING

    @Slot()
    def _on_answer_changed(self) -> None:
        step = self.answer()
        self.form.setRowVisible(self.date_edit, step is not ProcedureStep.WITHDRAW)
        self.form.setRowVisible(self.number_edit, self._needs_number())
        self.form.setRowVisible(self.number_issues[0], self._needs_number())
        self.form.setRowVisible(self.reason_edit, step is ProcedureStep.RETURN)
        self._on_number_changed()

    def number_issues_found(self) -> list[Issue]:
        text = self.number_edit.text().strip()
        if not text:
            return []
        return check_filing_number(
            text, algo_type=self.algorithm.algo_type, field="procedure.filing_number"
        )

    @Slot()
    def _on_number_changed(self) -> None:
        issues = self.number_issues_found() if self._needs_number() else []
        errors = [issue_text(i) for i in issues if i.is_error]
        warnings = [issue_text(i) for i in issues if not i.is_error]
        show_issue_row(*self.number_issues, errors or warnings, error=bool(errors))
        blocked = self._needs_number() and (bool(errors) or not self.number_edit.text().strip())
        ok = self.box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.answer() is not None and not blocked)

    def _date(self) -> date:
        day = self.date_edit.date()
        return date(day.year(), day.month(), day.day())

    def accept(self) -> None:
        """Record the answer; on a refusal show the register's message and stay open."""
        step, procedure_id = self.answer(), self.procedure.id
        assert procedure_id is not None  # read from the register
        try:
            if step is ProcedureStep.SUBMIT:
                self.register.submit(procedure_id, self._date())
            elif step is ProcedureStep.ACCEPT:
                number = self.number_edit.text().strip() if self._needs_number() else ""
                self.register.record_filed(procedure_id, self._date(), number)
            elif step is ProcedureStep.RETURN:
                reason = self.reason_edit.toPlainText()
                self.register.record_returned(procedure_id, self._date(), reason)
            elif step is ProcedureStep.WITHDRAW:
                self.register.withdraw(procedure_id)
            else:
                return
        except (DomainError, RegisterError) as exc:
            show_issue_row(*self.message, [error_text(exc)], error=True)
            return
        self.answered.emit(procedure_id)
        super().accept()
