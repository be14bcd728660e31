"""Record the filing of a security assessment report with one authority through the
全国互联网安全管理服务平台 (2018 rules art. 7): the CAC or the public-security organ, the date,
the platform's reference, and what came back (feedback, a rectification order).

An assessment is complete once both are recorded; the register decides that and checks the
values (``store.security_assessments``). A refusal is shown here and nothing is written.

Signals:
    recorded(int): the assessment's id, after the register recorded the submission.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from filing_desk.domain.errors import DomainError
from filing_desk.domain.security_assessment import PLATFORM, Authority
from filing_desk.store.errors import RegisterError
from filing_desk.store.security_assessments import security_service
from filing_desk.ui.i18n import lang
from filing_desk.ui.messages import error_text
from filing_desk.ui.security_assessment_dialog import date_edit, pydate, qdate
from filing_desk.ui.wizard.editors import issue_row, show_issue_row


class SecuritySubmissionDialog(QDialog):
    """One submission: to whom, when, the platform reference, feedback and rectification."""

    recorded = Signal(int)

    def __init__(self, register: Any, assessment_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = security_service(register)
        self.assessment_id = assessment_id
        self.assessment = self.service.security_assessment(assessment_id)
        self.setWindowTitle(self.tr("Record a submission"))
        self.setMinimumWidth(520)
        today = register.today()
        platform = PLATFORM[0] if lang().startswith("zh") else PLATFORM[1]
        note = QLabel(self.tr("Filed through the %1.").replace("%1", platform), self)
        note.setWordWrap(True)
        self.authority = QComboBox(self)
        for who in Authority:
            self.authority.addItem(who.label(lang()), who.value)
        self.submitted = date_edit(self, today)
        self.submitted.setMaximumDate(qdate(today))
        self.reference = QLineEdit(self)
        self.feedback = QPlainTextEdit(self)
        self.feedback.setFixedHeight(60)
        self.feedback.setTabChangesFocus(True)
        self.has_feedback_date = QCheckBox(self.tr("Feedback received on"), self)
        self.feedback_date = date_edit(self, today)
        self.rectification = QPlainTextEdit(self)
        self.rectification.setFixedHeight(60)
        self.rectification.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("Filed with:"), self.authority)
        form.addRow(self.tr("Submitted on:"), self.submitted)
        form.addRow(self.tr("Platform reference:"), self.reference)
        form.addRow(self.tr("Feedback:"), self.feedback)
        form.addRow(self.has_feedback_date, self.feedback_date)
        form.addRow(self.tr("Rectification order:"), self.rectification)
        self.message = issue_row(self)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.message[0])
        layout.addWidget(self.box)
        self.authority.currentIndexChanged.connect(self._on_authority_changed)
        self.has_feedback_date.toggled.connect(self.feedback_date.setEnabled)
        missing = [a for a in Authority if self.assessment.submission(a) is None]
        self.authority.setCurrentIndex(list(Authority).index(missing[0]) if missing else 0)
        self._on_authority_changed()

    def chosen(self) -> Authority:
        return Authority(self.authority.currentData())

    @Slot()
    def _on_authority_changed(self) -> None:
        """Show what is recorded for that authority, to correct it; else blanks."""
        found = self.assessment.submission(self.chosen())
        self.reference.setText(found.reference if found else "")
        self.feedback.setPlainText(found.feedback if found else "")
        self.rectification.setPlainText(found.rectification if found else "")
        if found is not None:
            self.submitted.setDate(qdate(found.submitted))
        has_date = found is not None and found.feedback_date is not None
        self.has_feedback_date.setChecked(has_date)
        self.feedback_date.setEnabled(has_date)
        if found is not None and found.feedback_date is not None:
            self.feedback_date.setDate(qdate(found.feedback_date))

    def accept(self) -> None:
        feedback_date = (
            pydate(self.feedback_date.date()) if self.has_feedback_date.isChecked() else None
        )
        try:
            self.service.record_submission(
                self.assessment_id,
                self.chosen(),
                pydate(self.submitted.date()),
                self.reference.text(),
                feedback=self.feedback.toPlainText(),
                feedback_date=feedback_date,
                rectification=self.rectification.toPlainText(),
            )
        except (DomainError, RegisterError) as exc:
            show_issue_row(*self.message, [error_text(exc)], error=True)
            return
        self.recorded.emit(self.assessment_id)
        super().accept()
