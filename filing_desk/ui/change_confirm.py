"""ChangeConfirmDialog: before a filed field is saved, say which modification (变更) it opens or
joins and when it is due, and ask the change date; DiscardModificationDialog: the reason a
modification opened by mistake is discarded.

The due dates come from ``workflows.changes.ChangeDesk`` (the register's calendar, as the store
counts) and follow the date as it is changed. Cancel writes nothing (the editor keeps the typed
text). No rules here: allowed dates and due dates are the desk's.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from filing_desk.domain.change_plans import Effect
from filing_desk.ui.messages import issue_text
from filing_desk.workflows.changes import ChangeDesk


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ChangeConfirmDialog(QDialog):
    """The modifications an edit opens or joins, their due dates, and the change date."""

    def __init__(self, desk: ChangeDesk, effects: Sequence[Effect], parent: QWidget | None):
        super().__init__(parent)
        self._desk, self._effects = desk, tuple(effects)
        self.setWindowTitle(self.tr("A filed field changes"))
        self.day = QDateEdit(self, calendarPopup=True, displayFormat="yyyy-MM-dd")  # type: ignore[call-overload]
        self.day.setObjectName("change.date")
        today = desk.today()
        self.day.setMaximumDate(_qdate(today))
        floors = [e.floor for e in self._effects if e.floor is not None]
        if floors:
            self.day.setMinimumDate(_qdate(max(floors)))
        self.day.setDate(_qdate(today))
        self.day.setEnabled(any(e.fixed is None for e in self._effects))
        self.effect_labels = [QLabel(self) for _ in self._effects]
        self.issue = QLabel(self)
        self.issue.setStyleSheet("color: #b00020;")
        self.issue.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("Save the change"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        intro = QLabel(
            self.tr(
                "A change of filed information is reported to the CAC within ten working days "
                "(Algorithm Provisions art. 24)."
            ),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Date of the change"), self.day)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for label in self.effect_labels:
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(self.issue)
        layout.addWidget(self.buttons)
        self.day.dateChanged.connect(self._refresh)
        self._refresh()

    def change_date(self) -> date:
        d = self.day.date()
        return date(d.year(), d.month(), d.day())

    def texts(self) -> list[str]:
        return [label.text() for label in self.effect_labels]

    def _refresh(self) -> None:
        day = self.change_date()
        for effect, label in zip(self._effects, self.effect_labels, strict=True):
            due = self._desk.due_on(effect, day).value
            shown = due.isoformat() if due else "—"
            text = (
                self.tr("{name}: this change opens a modification (变更) due on {due}.")
                if effect.opens
                else self.tr("{name}: this change joins the open modification due on {due}.")
            )
            label.setText(text.format(name=effect.algorithm_name, due=shown))
        issue = self._desk.date_issue(day, self._effects)
        self.issue.setText(issue_text(issue) if issue else "")
        self.issue.setVisible(issue is not None)
        self.save_button.setEnabled(issue is None)


class DiscardModificationDialog(QDialog):
    """Confirm discarding a modification opened by mistake, with the reason (audited)."""

    def __init__(self, algorithm_name: str, due: date | None, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Discard the modification"))
        text = self.tr(
            "Discard the modification of {name} (due {due}) as opened by mistake? Its deadline "
            "goes away; the audit log keeps it with your reason. This is not a withdrawal "
            "recorded in the CAC's system."
        ).format(name=algorithm_name, due=due.isoformat() if due else "—")
        message = QLabel(text, self)
        message.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("discard.reason")
        self.reason.setPlaceholderText(self.tr("Why was it opened by mistake?"))
        self.buttons = QDialogButtonBox(self)
        self.discard_button = self.buttons.addButton(
            self.tr("Discard"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._refresh)
        self._refresh()

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def _refresh(self) -> None:
        self.discard_button.setEnabled(bool(self.reason_text()))
