"""StepDialog: take one step of a generative-AI service's 备案 / 登记 (``ServiceStep``).

Every step asks its date and an optional note; APPROVE also asks the number the CAC granted,
checked as it is typed against the track's format (``domain.codes.check_model_number``: errors
keep OK disabled, warnings are shown); RETURN asks the CAC's reasons, one per line. The register
writes (``register.step_service``); when it refuses, its message is shown here in the user's
language and nothing is written. No rules here beyond showing the domain's checks.

Signals:
    stepped(int): the service id, after the register recorded the step.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from filing_desk.domain.codes import check_model_number
from filing_desk.domain.enums import ModelTrack
from filing_desk.domain.errors import DomainError
from filing_desk.domain.genai_states import ServiceStep
from filing_desk.store.errors import RegisterError
from filing_desk.ui.i18n import lang
from filing_desk.ui.messages import error_text, issue_text
from filing_desk.ui.screen_fit import fit_size
from filing_desk.ui.wizard.editors import issue_row, show_issue_row


class StepDialog(QDialog):
    """One step of a service: its date, a note, and the number or reasons it needs."""

    stepped = Signal(int)

    def __init__(
        self,
        register: Any,
        service_id: int,
        step: ServiceStep,
        track: ModelTrack,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._register, self._service_id = register, service_id
        self.step, self.track = ServiceStep(step), ModelTrack(track)
        title = self.step.label(lang())  # the English label reads as a verb
        self.setWindowTitle(title[:1].upper() + title[1:])
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.number_edit = QLineEdit(self)
        self.number_edit.setPlaceholderText(self._number_hint())
        self.reasons_edit = QPlainTextEdit(self)
        self.reasons_edit.setPlaceholderText(self.tr("One reason per line, as the CAC gave them"))
        self.note_edit = QLineEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date_edit)
        if self.step is ServiceStep.APPROVE:
            form.addRow(self._number_label(), self.number_edit)
        if self.step is ServiceStep.RETURN:
            form.addRow(self.tr("The CAC's reasons"), self.reasons_edit)
        form.addRow(self.tr("Note"), self.note_edit)
        self.message = issue_row(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.windowTitle(), self))
        layout.addLayout(form)
        layout.addWidget(self.message[0])
        layout.addWidget(self.buttons)
        self.number_edit.textChanged.connect(self._check_number)
        self._check_number()
        fit_size(self, 460, 300)

    @property
    def ok_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _number_label(self) -> str:
        if self.track is ModelTrack.REGISTRATION:
            return self.tr("Registration number (上线编号)")
        return self.tr("Filing number (备案号)")

    def _number_hint(self) -> str:
        if self.track is ModelTrack.REGISTRATION:
            return "Beijing-XiaoZhi-20250314S0001"
        return "Beijing-YunQue-20230821"

    @Slot()
    def _check_number(self) -> None:
        """Live check of the number: errors keep OK disabled, warnings are only shown."""
        if self.step is not ServiceStep.APPROVE:
            return
        text = self.number_edit.text()
        issues = check_model_number(text, self.track, "service.number")
        errors = [i for i in issues if i.is_error]
        self._show([issue_text(i) for i in issues], bool(errors))
        self.ok_button.setEnabled(bool(text.strip()) and not errors)

    def _show(self, lines: list[str], error: bool) -> None:
        show_issue_row(*self.message, lines, error)

    def reasons(self) -> list[str]:
        return [line.strip() for line in self.reasons_edit.toPlainText().splitlines() if line]

    @Slot()
    def _on_ok(self) -> None:
        """Ask the register to take the step; on a refusal say why and stay open."""
        try:
            self._register.step_service(
                self._service_id,
                self.step,
                on=_day(self.date_edit.date()),
                number=self.number_edit.text().strip(),
                reasons=self.reasons(),
                note=self.note_edit.text().strip(),
            )
        except (DomainError, RegisterError) as exc:  # refused: nothing was written
            self._show(error_text(exc).splitlines(), True)
            return
        self.stepped.emit(self._service_id)
        self.accept()


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
