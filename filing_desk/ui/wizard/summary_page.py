"""The wizard's last page: due date, decision expected, readiness, materials, forms to print.

``SummaryPage`` shows a ``Summary`` the wizard computes from its answers (nothing is read or
written here); an issue is listed with an error or warning icon, never information with one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from filing_desk.domain.deadlines import DueDate
from filing_desk.domain.enums import AttachmentKind
from filing_desk.domain.issues import Report
from filing_desk.ui.wizard.editors import issue_row, show_issue_list, show_issue_row, wrapped_label


@dataclass(frozen=True)
class Summary:
    """What the last page shows; computed by the wizard from its answers."""

    due: DueDate | None
    decision_expected: date | None
    report: Report
    forms: tuple[tuple[str, str], ...]  # (form id, title)
    missing: tuple[AttachmentKind, ...] = ()


class SummaryPage(QWizardPage):
    """Due date, "decision expected by", readiness, missing materials, and the forms to print."""

    def __init__(self, lang: str, compute: Callable[[], Summary]) -> None:
        super().__init__()
        self.lang = lang
        self._compute = compute
        self.setTitle(self.tr("Due date, readiness and forms"))
        self.setFinalPage(True)
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # spare height below the rows, not between them
        self.due_label = wrapped_label("")
        self.decision_label = wrapped_label("")
        self.status_label = wrapped_label("")
        self.issue_list = QListWidget()
        self.issue_list.setMaximumHeight(150)
        self.missing_label = wrapped_label("")
        self.form_list = QListWidget()
        self.form_list.setMaximumHeight(110)
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        buttons = QHBoxLayout()
        for button in (self.print_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(self.tr("Due date:"), self.due_label)
        form.addRow(self.tr("Decision expected by:"), self.decision_label)
        form.addRow(self.tr("Readiness:"), self.status_label)
        form.addRow("", self.issue_list)
        form.addRow(self.tr("Materials:"), self.missing_label)
        form.addRow(self.tr("Forms to print:"), self.form_list)
        form.addRow(buttons)
        self.message_widgets = issue_row(self)
        form.addRow(self.message_widgets[0])
        self.summary: Summary | None = None

    def initializePage(self) -> None:
        self.set_message("")
        self.refresh()

    def refresh(self) -> None:
        self.summary = summary = self._compute()
        self.due_label.setText(self._due_text(summary.due))
        if summary.decision_expected is not None:
            self.decision_label.setText(summary.decision_expected.isoformat())
        else:
            self.decision_label.setText(
                self.tr(
                    "Known once the submission is recorded: the CAC decides within 30 working "
                    "days of a complete submission (Algorithm Provisions art. 25)."
                )
            )
        self._show_report(summary.report)
        kinds = ("、" if self.lang == "zh" else ", ").join(
            k.label(self.lang) for k in summary.missing
        )
        self.missing_label.setText(
            self.tr("Not attached yet: {kinds}.").format(kinds=kinds)
            if kinds
            else self.tr("Every material the procedure needs is attached.")
        )
        self.form_list.clear()
        for _form_id, title in summary.forms:
            self.form_list.addItem(title)

    def _due_text(self, due: DueDate | None) -> str:
        if due is None:
            return self.tr("Not known until the date that starts the clock is entered.")
        text = due.value.isoformat()
        if due.provisional:
            text = self.tr(
                "{date} (provisional: the official working-day calendar of that year is not "
                "known yet)"
            ).format(date=due.value.isoformat())
        if due.floor is not None:
            text += "\n" + self.tr(
                "Counted from {date}, when the {rule} took effect: no clock starts earlier."
            ).format(date=due.floor.in_force.isoformat(), rule=due.floor.label(self.lang))
        return text

    def _show_report(self, report: Report) -> None:
        if report.errors:
            text = self.tr(
                "Not ready to submit: %n item(s) below need attention.", "", len(report.errors)
            )
            self.status_label.setText(text)
        elif report.warnings:
            self.status_label.setText(self.tr("Ready to submit; please read the warnings below."))
        else:
            self.status_label.setText(self.tr("Ready to submit: every form is complete."))
        show_issue_list(self.issue_list, report.issues)

    def set_message(self, text: str, error: bool = True) -> None:
        """An error, else information (information icon)."""
        show_issue_row(*self.message_widgets, [text] if text else [], error=error, info=not error)
