"""The audit log: a table of events (local time, user, action, object, before → after) and the
"Verify chain" action that names the first broken event.

``AuditTableModel`` is also used by the detail pane for one object's events. Values are shown as
the store recorded them; field names are shown with their form labels. No SQL here.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from filing_desk.domain.enums import OwnerType
from filing_desk.domain.records import AuditEvent
from filing_desk.ui.i18n import QT_TRANSLATE_NOOP, lang
from filing_desk.ui.icons import icon
from filing_desk.ui.messages import chain_text, field_label
from filing_desk.ui.table_model import Column, ReadOnlyTableModel, sortable

AUDIT_LIMIT = 5000

ACTIONS: dict[str, str] = {
    "entity.create": QT_TRANSLATE_NOOP("AuditTableModel", "Entity created"),
    "entity.update": QT_TRANSLATE_NOOP("AuditTableModel", "Entity edited"),
    "entity.submit": QT_TRANSLATE_NOOP("AuditTableModel", "Entity filing submitted"),
    "entity.approve": QT_TRANSLATE_NOOP("AuditTableModel", "Entity filing approved"),
    "entity.return": QT_TRANSLATE_NOOP("AuditTableModel", "Entity filing returned"),
    "import.rows": QT_TRANSLATE_NOOP("AuditTableModel", "Rows imported"),
    "procedure.import": QT_TRANSLATE_NOOP("AuditTableModel", "Filing imported"),
    "algorithm.create": QT_TRANSLATE_NOOP("AuditTableModel", "Algorithm created"),
    "algorithm.update": QT_TRANSLATE_NOOP("AuditTableModel", "Algorithm edited"),
    "algorithm.revoke": QT_TRANSLATE_NOOP("AuditTableModel", "Filing revoked by the CAC"),
    "algorithm.cancel_by_cac": QT_TRANSLATE_NOOP("AuditTableModel", "Filing cancelled by the CAC"),
    "product.create": QT_TRANSLATE_NOOP("AuditTableModel", "Product added"),
    "product.update": QT_TRANSLATE_NOOP("AuditTableModel", "Product edited"),
    "product.delete": QT_TRANSLATE_NOOP("AuditTableModel", "Product removed"),
    "model.create": QT_TRANSLATE_NOOP("AuditTableModel", "Model created"),
    "model.update": QT_TRANSLATE_NOOP("AuditTableModel", "Model edited"),
    "procedure.open": QT_TRANSLATE_NOOP("AuditTableModel", "Procedure opened"),
    "procedure.update": QT_TRANSLATE_NOOP("AuditTableModel", "Procedure updated"),
    "procedure.draft": QT_TRANSLATE_NOOP("AuditTableModel", "Draft saved"),
    "procedure.mark_ready": QT_TRANSLATE_NOOP("AuditTableModel", "Marked ready to submit"),
    "procedure.override": QT_TRANSLATE_NOOP(
        "AuditTableModel", "Materials overridden (reason given)"
    ),
    "procedure.reopen": QT_TRANSLATE_NOOP("AuditTableModel", "Reopened for editing"),
    "procedure.submit": QT_TRANSLATE_NOOP("AuditTableModel", "Submitted to the CAC"),
    "procedure.accept": QT_TRANSLATE_NOOP("AuditTableModel", "Accepted by the CAC"),
    "procedure.return": QT_TRANSLATE_NOOP("AuditTableModel", "Returned for correction"),
    "procedure.fix": QT_TRANSLATE_NOOP("AuditTableModel", "Correction started"),
    "procedure.withdraw": QT_TRANSLATE_NOOP("AuditTableModel", "Withdrawn"),
    "attachment.add": QT_TRANSLATE_NOOP("AuditTableModel", "Attachment added"),
    "attachment.replace": QT_TRANSLATE_NOOP("AuditTableModel", "Attachment replaced"),
    "calendar.set": QT_TRANSLATE_NOOP("AuditTableModel", "Working days entered"),
    "calendar.remove": QT_TRANSLATE_NOOP("AuditTableModel", "Working days removed"),
    "setting.set": QT_TRANSLATE_NOOP("AuditTableModel", "Setting changed"),
}


def _value(value: object) -> str:
    if value is None or value == "":
        return "∅"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def describe_change(event: AuditEvent) -> str:
    """``label: old → new`` per changed key (the whole record for a creation)."""
    before, after = event.before or {}, event.after or {}
    parts = []
    for key in sorted(set(before) | set(after)):
        label = field_label(f"{event.object_type}.{key}")
        if key in before and key in after:
            parts.append(f"{label}: {_value(before[key])} → {_value(after[key])}")
        elif key in after:
            parts.append(f"{label}: {_value(after[key])}")
        else:
            parts.append(f"{label}: {_value(before[key])} → ∅")
    return "; ".join(parts)


def _action_text(event: AuditEvent) -> str:
    source = ACTIONS.get(event.action)
    return QCoreApplication.translate("AuditTableModel", source) if source else event.action


def _object_text(event: AuditEvent) -> str:
    try:
        kind = OwnerType(event.object_type).label(lang())
    except ValueError:
        kind = event.object_type
    return f"{kind} #{event.object_id}" if event.object_id is not None else kind


class AuditTableModel(ReadOnlyTableModel[AuditEvent]):
    """Audit events, newest first (until a header click orders them otherwise)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, key=attrgetter("id"))
        self.set_columns(
            [
                Column(
                    self.tr("Time"),
                    lambda e: e.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                    sort=attrgetter("at"),
                ),
                Column(self.tr("User"), attrgetter("os_user")),
                Column(self.tr("Action"), _action_text),
                Column(self.tr("Object"), _object_text),
                Column(
                    self.tr("Before → after"),
                    describe_change,
                    tooltip=lambda e: describe_change(e).replace("; ", "\n"),
                ),
            ]
        )

    def set_events(self, events: Sequence[AuditEvent]) -> None:
        self.set_rows(events)


def make_audit_table(parent: QWidget, model: AuditTableModel) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    sortable(table)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setColumnWidth(0, 150)
    table.setColumnWidth(2, 160)
    table.setColumnWidth(3, 110)
    return table


class AuditView(QWidget):
    """The whole register's audit log with "Verify chain"."""

    def __init__(self, register: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._register = register
        self.model = AuditTableModel(self)
        self.table = make_audit_table(self, self.model)
        self.verify_button = QPushButton(icon("view-audit"), self.tr("Verify chain"), self)
        self.verify_button.clicked.connect(self.verify)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar = QHBoxLayout()
        bar.addWidget(self.verify_button)
        bar.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        self.model.set_events(self._register.audit_events(limit=AUDIT_LIMIT))

    @Slot()
    def verify(self) -> None:
        check = self._register.verify_audit()
        if check.ok:
            self.result.setText(
                self.tr("✓ The audit chain is intact: %n event(s) checked.", "", check.checked)
            )
        else:
            self.result.setText(
                self.tr("✗ The audit chain is broken at event #%1: %2")
                .replace("%1", str(check.first_bad_id))
                .replace("%2", chain_text(check))
            )
