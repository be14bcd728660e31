"""The audit log in words: a table of events (local time, user, what happened, record), a
filter by kind of record and by text, "Verify chain" naming the first broken event, and
"Export report…" saving the audit report PDF (the whole register, or one algorithm).

``AuditTableModel`` is also the detail pane's table of one algorithm's events. Each event reads
as ``domain.audit_text`` says it, in the UI language: field labels, record names (looked up in
the register when the events are shown), choices by their labels, never a stored key or code.
No SQL here: names come through ``workflows.audit_report``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from filing_desk.domain import audit_text
from filing_desk.domain.audit_text import NameBook
from filing_desk.domain.enums import OwnerType
from filing_desk.domain.records import AuditEvent
from filing_desk.ui.i18n import lang
from filing_desk.ui.icons import icon
from filing_desk.ui.messages import chain_text
from filing_desk.ui.screen_fit import tip_cut_cells
from filing_desk.ui.table_model import Column, ReadOnlyTableModel, sortable

AUDIT_LIMIT = 5000
Namer = Callable[[Sequence[AuditEvent]], NameBook]


def register_namer(register: Any) -> Namer:
    """The register's names for a list of events (read when they are shown)."""
    from filing_desk.workflows.audit_report import names_for

    return lambda events: names_for(register, events)


class AuditTableModel(ReadOnlyTableModel[AuditEvent]):
    """Audit events, newest first (until a header click orders them otherwise)."""

    def __init__(self, parent: Any = None, namer: Namer | None = None) -> None:
        super().__init__(parent, key=attrgetter("id"))
        self._namer = namer
        self.names = NameBook()
        self.set_columns(
            [
                Column(
                    self.tr("Time"),
                    lambda e: audit_text.when_text(e.at.astimezone(), lang()),
                    sort=attrgetter("at"),
                ),
                Column(self.tr("User"), attrgetter("os_user")),
                Column(self.tr("What happened"), self.sentence, tooltip=self.details),
                Column(self.tr("Record"), self.record),
            ]
        )

    def sentence(self, event: AuditEvent) -> str:
        return audit_text.sentence(event, lang(), self.names)

    def details(self, event: AuditEvent) -> str:
        whole = audit_text.sentence(event, lang(), self.names, limit=None)
        lines = audit_text.details(event, lang(), self.names)
        return "\n".join([whole.split("：")[0].split(": ")[0], *lines]) if lines else whole

    def record(self, event: AuditEvent) -> str:
        return audit_text.record_name(event.object_type, event.object_id, lang(), self.names, event)

    def name_events(self, events: Sequence[AuditEvent]) -> None:
        """Look up the names of the records ``events`` are about (before showing them)."""
        self.names = self._namer(events) if self._namer is not None and events else NameBook()

    def set_events(self, events: Sequence[AuditEvent]) -> None:
        self.name_events(events)
        self.set_rows(events)


def make_audit_table(parent: QWidget, model: AuditTableModel) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    sortable(table)
    tip_cut_cells(table)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setColumnWidth(0, 150)
    table.setColumnWidth(1, 80)
    table.setColumnWidth(2, 520)
    return table


class AuditView(QWidget):
    """The whole register's audit log, its filters, "Verify chain" and the report export."""

    def __init__(self, register: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._register = register
        self._events: list[AuditEvent] = []
        self.model = AuditTableModel(self, register_namer(register))
        self.table = make_audit_table(self, self.model)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("All records"), "")
        for owner in OwnerType:
            self.kind.addItem(owner.label(lang()), owner.value)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter by record or words…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.verify_button = QPushButton(icon("view-audit"), self.tr("Verify chain"), self)
        self.verify_button.clicked.connect(self.verify)
        self.export_button = QPushButton(self.tr("Export report…"), self)
        menu = QMenu(self.export_button)
        self.export_all = menu.addAction(self.tr("Whole register (internal)…"))
        self.export_all.triggered.connect(lambda: self.export_report(None))
        self.export_one = menu.addAction(self.tr("One algorithm…"))
        self.export_one.triggered.connect(self._export_algorithm)
        self.export_button.setMenu(menu)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        filters = QHBoxLayout()
        filters.addWidget(self.kind)
        filters.addWidget(self.search, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.verify_button)
        bar.addWidget(self.export_button)
        bar.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        kind = self.kind.currentData() or None
        self._events = self._register.audit_events(kind, limit=AUDIT_LIMIT)
        self.model.name_events(self._events)
        self._apply_filter()

    @Slot()
    def _apply_filter(self) -> None:
        words = self.search.text().strip().lower()
        model = self.model
        self.model.set_rows(
            [
                e
                for e in self._events
                if not words or words in (model.sentence(e) + model.record(e)).lower()
            ]
        )

    @Slot()
    def verify(self) -> None:
        from filing_desk.ui.jobs import JobCancelled, run_and_wait

        title = self.tr("Verifying the audit chain…")

        def work(progress: Any, _cancelled: Any) -> Any:  # read only: Cancel drops the result
            progress(0, 0, title)
            return self._register.verify_audit()

        try:
            check = run_and_wait(self, title, work)
        except JobCancelled:
            return
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

    def _export_algorithm(self) -> None:
        algorithms = self._register.algorithms()
        if not algorithms:
            return
        labels = [a.name for a in algorithms]
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Audit report"), self.tr("Algorithm:"), labels, 0, False
        )
        if ok and chosen in labels:
            self.export_report(int(algorithms[labels.index(chosen)].id))

    def export_report(self, algorithm_id: int | None) -> list[Any]:
        """Render the audit report and ask where to save it; returns the files written."""
        from filing_desk.ui.jobs import JobCancelled, run_and_wait
        from filing_desk.ui.print_preview import save_pdfs
        from filing_desk.workflows.audit_report import FORM_ID, print_audit_report

        language, title = lang(), self.tr("Preparing the audit report…")

        def work(progress: Any, _cancelled: Any) -> bytes:  # read only: Cancel drops the result
            progress(0, 0, title)
            return print_audit_report(self._register, algorithm_id, language)

        try:
            pdf = run_and_wait(self, title, work)
        except JobCancelled:
            return []
        return save_pdfs(self, [(FORM_ID, pdf)])
