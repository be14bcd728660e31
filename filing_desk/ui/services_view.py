"""ServicesView: the generative-AI services (生成式人工智能服务) of the register — a table with a
filter box above the selected service's detail pane (``ServiceDetail``).

The table (``ServiceTableModel``) lists every service with its entity, track, state, number,
go-live date and alerts, the live-without-number ones first. With no service yet it shows a
sentence and a "New service" button instead. "New service…" and the pane's "Edit…" open the
service wizard (``ui.wizard.service_wizard.ServiceWizard``); after any write the view reloads and
says so, so the workspace can bring the dashboard up to date. No SQL and no rules here.

Signals:
    changed(): a service was written from this view.
    algorithm_activated(int), product_activated(int, int): a linked record was clicked.
    assessment_requested(int, bool): the pane asks for a service's GB/T 45654-2025 assessment.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from filing_desk.ui.screen_fit import tip_cut_cells, wrapped_label
from filing_desk.ui.service_detail import ServiceDetail
from filing_desk.ui.service_model import ServiceRow, ServiceTableModel, matching, service_rows
from filing_desk.ui.table_model import record_table, sortable


class ServicesView(QSplitter):
    """The services table (or, with none, the empty state) above the detail pane."""

    changed = Signal()
    algorithm_activated = Signal(int)
    product_activated = Signal(int, int)
    assessment_requested = Signal(int, bool)

    def __init__(self, register: Any, temp_dir: Any, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self._register = register
        self._rows: list[ServiceRow] = []
        self.wizard: Any = None
        self.read_only = False  # a viewer of a team register (set_read_only)
        top = QWidget(self)
        self.filter_edit = QLineEdit(top)
        self.filter_edit.setPlaceholderText(self.tr("Filter services (name, entity, number…)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.new_button = QPushButton(self.tr("New service…"), top)
        self.new_button.clicked.connect(lambda: self.open_wizard())
        self.model = ServiceTableModel(self)
        self.table = record_table(self.model, top)
        self.table.setWordWrap(False)  # a number breaks at its hyphens: one line, cut at the end
        self.table.horizontalHeader().setMaximumSectionSize(210)
        tip_cut_cells(self.table)
        sortable(self.table)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.stack = QStackedWidget(top)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self._empty_state(top))
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.new_button)
        box = QVBoxLayout(top)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(bar)
        box.addWidget(self.stack, 1)
        self.detail = ServiceDetail(register, temp_dir, self)
        self.detail.changed.connect(self._on_detail_written)
        self.detail.algorithm_activated.connect(self.algorithm_activated)
        self.detail.product_activated.connect(self.product_activated)
        self.detail.assessment_requested.connect(self.assessment_requested)
        self.detail.edit_requested.connect(lambda sid: self.open_wizard(sid))
        self.addWidget(top)
        self.addWidget(self.detail)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 1)
        self.setSizes([1000, 1000])  # half each, whatever the window's height

    def _empty_state(self, parent: QWidget) -> QWidget:
        page = QWidget(parent)
        self.empty_label = wrapped_label(
            self.tr(
                "No generative-AI service yet. A public service built on a large model needs a "
                "filing (备案) or a registration (登记) of its own, besides its algorithm's filing."
            ),
            page,
        )
        self.empty_button = QPushButton(self.tr("New service…"), page)
        self.empty_button.clicked.connect(lambda: self.open_wizard())
        box = QVBoxLayout(page)
        box.addWidget(self.empty_label)
        box.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addStretch(1)
        return page

    # --- data ---------------------------------------------------------------------------

    def refresh(self, *, detail: bool = True) -> None:
        """Read the services again, keeping the selected one (and the detail pane on it, read
        again too unless ``detail`` is False: the pane has just reloaded itself)."""
        keep = self.selected_id()
        names = {int(e.id or 0): e.name for e in self._register.entities()}
        self._rows = service_rows(self._register.services(), names, self._register.service_alerts())
        self.stack.setCurrentIndex(0 if self._rows else 1)
        self.filter_edit.setEnabled(bool(self._rows))
        self._apply_filter()
        # sized to the rows now in the model (not before they are set: the headers alone)
        self.table.resizeColumnsToContents()  # within the header's maximum: numbers are long
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 150))  # entity: a tooltip
        if keep and self.model.row_of(keep) >= 0:
            self.select_service(keep)
            if detail:
                self.detail.refresh()
        elif self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.detail.show_service(0)

    @Slot()
    def _apply_filter(self, *_args: Any) -> None:
        keep = self.selected_id()
        self.model.set_rows(matching(self._rows, self.filter_edit.text()))
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.table.selectRow(row)

    def selected_id(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else 0

    def select_service(self, service_id: int) -> None:
        """Select a service (clearing a filter that hides it) and show it in the pane."""
        if self.model.row_of(service_id) < 0 and self.filter_edit.text():
            self.filter_edit.clear()
        row = self.model.row_of(service_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, *_args: Any) -> None:
        service_id = self.selected_id()
        if service_id != self.detail.service_id():
            self.detail.show_service(service_id)

    # --- writing ------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        """Offer no write (a viewer of a team register, ``ui.role_gate``): the "New service"
        buttons and the pane's writes are hidden, its editors disabled; reading stays."""
        self.read_only = read_only
        for button in (self.new_button, self.empty_button):
            button.setVisible(not read_only)
        self.detail.set_read_only(read_only)

    def open_wizard(self, service_id: int = 0, *, entity_id: int = 0) -> Any:
        """The service wizard on a new service (0; of ``entity_id``, else the selected one's
        entity) or on ``service_id``; None when read-only."""
        from filing_desk.ui.wizard.service_wizard import ServiceWizard

        if self.read_only:
            return None
        service = self._register.service(service_id) if service_id else None
        if service is not None:
            entity_id = int(service.entity_id or 0)
        entity_id = entity_id or self._entity_for_new()
        if not entity_id:
            self.empty_label.setText(self.tr("Create the entity that offers the service first."))
            return None
        self.wizard = ServiceWizard(self._register, entity_id, service=service, parent=self)
        self.wizard.saved.connect(self._on_saved)
        self.wizard.open()
        return self.wizard

    def _entity_for_new(self) -> int:
        """The selected service's entity, else the register's first (0: there is none)."""
        current = self.detail.service
        if current is not None:
            return int(current.entity_id or 0)
        entities = self._register.entities()
        return int(entities[0].id or 0) if entities else 0

    @Slot(int)
    def _on_saved(self, service_id: int) -> None:
        self.refresh(detail=False)
        self.select_service(service_id)
        self.detail.show_service(service_id)
        self.changed.emit()

    @Slot()
    def _on_detail_written(self) -> None:
        """The pane reloaded itself; the rows (state, number, alerts) may have moved."""
        self.refresh(detail=False)
        self.changed.emit()
