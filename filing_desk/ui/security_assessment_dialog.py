"""Record or edit a security assessment under the 2018 rules for one subject (an algorithm or a
product): the art. 3 trigger and its date, the notice's reference for trigger (5), who assesses
(art. 4), the art. 5 checklist it rests on, and the art. 6 report's texts.

The register checks and writes (``store.security_assessments``); a refusal is shown here and
nothing is written. No rules here beyond showing the fields a trigger or assessor needs.

Signals:
    saved(int): the assessment's id, after the register recorded it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from filing_desk.domain.errors import DomainError
from filing_desk.domain.security_assessment import (
    LIBRARY_ID,
    REPORT_TEXTS,
    AssessorKind,
    SecurityAssessment,
    SubjectKind,
    Trigger,
)
from filing_desk.store.errors import RegisterError
from filing_desk.store.security_assessments import security_service
from filing_desk.ui.i18n import lang
from filing_desk.ui.messages import error_text
from filing_desk.ui.unsaved import UnsavedInput
from filing_desk.ui.wizard.editors import issue_row, show_issue_row


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def date_edit(parent: QWidget, day: date) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(qdate(day))
    return edit


class SecurityAssessmentDialog(QDialog):
    """The assessment's facts on one tab, the report's four parts on the other."""

    saved = Signal(int)

    def __init__(
        self,
        register: Any,
        subject_kind: SubjectKind,
        subject_id: int,
        subject_name: str,
        assessment_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.register = register
        self.service = security_service(register)
        self.subject, self.subject_name = (subject_kind, subject_id), subject_name
        self.assessment: SecurityAssessment | None = (
            self.service.security_assessment(assessment_id) if assessment_id else None
        )
        self.setWindowTitle(
            self.tr("Security assessment of “%1”").replace("%1", subject_name)
            if self.assessment is None
            else self.tr("Edit the security assessment of “%1”").replace("%1", subject_name)
        )
        self.setMinimumWidth(620)
        self._build()
        self._fill()
        self._on_trigger_changed()
        self.unsaved = UnsavedInput(self)

    def reject(self) -> None:
        """Esc, Cancel, the close button: ask first when something was typed (ui.unsaved)."""
        self.unsaved.confirm_close(super().reject)

    def _build(self) -> None:
        tabs = QTabWidget(self)
        facts = QWidget(tabs)
        form = self.form = QFormLayout(facts)
        self.trigger = QComboBox(facts)
        for trigger in Trigger:
            self.trigger.addItem(f"({trigger.item}) {trigger.label(lang())}", trigger.value)
        self.trigger_date = date_edit(facts, self.register.today())
        self.date_label = QLabel(facts)
        self.notice = QLineEdit(facts)
        self.assessor = QComboBox(facts)
        for kind in AssessorKind:
            self.assessor.addItem(kind.label(lang()), kind.value)
        self.assessor_name = QLineEdit(facts)
        self.checklist = QCheckBox(facts)
        form.addRow(self.tr("Occasion (art. 3):"), self.trigger)
        form.addRow(self.date_label, self.trigger_date)
        form.addRow(self.tr("Notice reference:"), self.notice)
        form.addRow(self.tr("Assessed by (art. 4):"), self.assessor)
        form.addRow(self.tr("Assessor's name:"), self.assessor_name)
        form.addRow(self.tr("Focus areas (art. 5):"), self.checklist)
        tabs.addTab(facts, self.tr("Assessment"))
        report = QWidget(tabs)
        texts = QFormLayout(report)
        self.texts: dict[str, QPlainTextEdit] = {}
        for name, label in zip(REPORT_TEXTS, self._text_labels(), strict=True):
            edit = QPlainTextEdit(report)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(60)
            self.texts[name] = edit
            texts.addRow(label, edit)
        tabs.addTab(report, self.tr("Report (art. 6)"))
        self.message = issue_row(self)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.message[0])
        layout.addWidget(self.box)
        self.trigger.currentIndexChanged.connect(self._on_trigger_changed)
        self.assessor.currentIndexChanged.connect(self._on_trigger_changed)

    def _text_labels(self) -> tuple[str, ...]:
        return (
            self.tr("Functions and scope:"),
            self.tr("Hardware and software:"),
            self.tr("Deployment location:"),
            self.tr("Licences:"),
            self.tr("Measures and their effect:"),
            self.tr("Conclusion:"),
            self.tr("Other matters:"),
        )

    def _fill(self) -> None:
        kind, subject_id = self.subject
        found = self.register.assessment_for(LIBRARY_ID, kind.value, subject_id)
        self._checklist_id = found.id if found is not None else None
        if found is None:
            self.checklist.setText(self.tr("no art. 5 checklist assessment of this subject yet"))
            self.checklist.setEnabled(False)
        else:
            self.checklist.setText(
                self.tr("rests on checklist assessment #%1").replace("%1", str(found.id))
            )
            self.checklist.setChecked(True)
        a = self.assessment
        if a is None:
            return
        self.trigger.setCurrentIndex(self.trigger.findData(a.trigger.value))
        self.trigger_date.setDate(qdate(a.trigger_date))
        self.notice.setText(a.notice_reference)
        self.assessor.setCurrentIndex(self.assessor.findData(a.assessor.value))
        self.assessor_name.setText(a.assessor_name)
        self.checklist.setChecked(a.checklist_id is not None and found is not None)
        for name, edit in self.texts.items():
            edit.setPlainText(getattr(a, name))

    def chosen_trigger(self) -> Trigger:
        return Trigger(self.trigger.currentData())

    @Slot()
    def _on_trigger_changed(self) -> None:
        trigger = self.chosen_trigger()
        self.date_label.setText(
            self.tr("Go-live or function date:")
            if trigger.gated
            else self.tr("Date it arose or the notice came:")
        )
        self.form.setRowVisible(self.notice, trigger is Trigger.NOTICE)
        third = AssessorKind(self.assessor.currentData()) is AssessorKind.THIRD_PARTY
        self.form.setRowVisible(self.assessor_name, third)

    def values(self) -> dict[str, Any]:
        """What the form holds, as the register's commands take it."""
        trigger = self.chosen_trigger()
        third = AssessorKind(self.assessor.currentData()) is AssessorKind.THIRD_PARTY
        out: dict[str, Any] = {
            "trigger": trigger,
            "trigger_date": pydate(self.trigger_date.date()),
            "notice_reference": self.notice.text() if trigger is Trigger.NOTICE else "",
            "assessor": AssessorKind(self.assessor.currentData()),
            "assessor_name": self.assessor_name.text() if third else "",
            "checklist_id": self._checklist_id if self.checklist.isChecked() else None,
        }
        out.update({name: edit.toPlainText() for name, edit in self.texts.items()})
        return out

    def accept(self) -> None:
        """Record it; on a refusal show the register's message and stay open."""
        values = self.values()
        try:
            if self.assessment is None:
                kind, subject_id = self.subject
                trigger, day = values.pop("trigger"), values.pop("trigger_date")
                saved = self.service.create_security_assessment(
                    kind, subject_id, trigger, day, **values
                )
            else:
                saved = self.service.update_security_assessment(
                    int(self.assessment.id or 0), **values
                )
        except (DomainError, RegisterError) as exc:
            show_issue_row(*self.message, [error_text(exc)], error=True)
            return
        self.saved.emit(int(saved.id or 0))
        super().accept()
