"""The Services view in the workspace, both ways: the dashboard's service entries and the links of
a service lead to their records, and an algorithm's or a product's services are listed beside it.

``ServicesOfRecord`` lists the generative-AI services an algorithm is filed under or a product
powers (``register.services_of_algorithm`` / ``services_of_product``); a click opens the service.
``wire_services(workspace)`` connects the Services view's signals, adds a "Services" tab to the
algorithm's detail pane and puts a ``ServicesOfRecord`` under the entity's products (the detail
pane and the products panel stay as they are), and opens a service's GB/T 45654-2025 assessment
in the checklist view (``Workspace.show_checklists``), started there first when there is none.
No SQL and no rules here.

Signals:
    ServicesOfRecord.service_activated(int): a service was clicked.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from filing_desk.domain.genai_tracks import decide_track
from filing_desk.ui.i18n import lang
from filing_desk.ui.icons import icon
from filing_desk.ui.table_model import KEY_ROLE, Column, ReadOnlyTableModel


@dataclass(frozen=True)
class ServiceItem:
    id: int
    text: str


def service_line(service: Any) -> str:
    """``智答助手 — 登记 · 已备案/已登记 · Beijing-…``."""
    track = decide_track(service).track
    parts = [track.label(lang()) if track else "—", service.state.label(lang())]
    if service.number:
        parts.append(service.number)
    return f"{service.name} — {' · '.join(parts)}"


class ServiceListModel(ReadOnlyTableModel[ServiceItem]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, key=attrgetter("id"))
        self.set_columns([Column("", attrgetter("text"), icon=lambda _s: icon("view-services"))])


class ServicesOfRecord(QWidget):
    """The services of one algorithm or product, each a click away."""

    service_activated = Signal(int)

    def __init__(self, register: Any, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._register, self._kind = register, kind
        self.heading = QLabel(self)
        self.model = ServiceListModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.clicked.connect(self._on_clicked)
        self.view.activated.connect(self._on_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)

    def show_record(self, record_id: int) -> None:
        """The services of the algorithm or product ``record_id`` (0: none)."""
        if not record_id:
            services = []
        elif self._kind == "algorithm":
            services = self._register.services_of_algorithm(record_id)
        else:
            services = self._register.services_of_product(record_id)
        self.model.set_rows([ServiceItem(int(s.id), service_line(s)) for s in services])
        if self._kind == "algorithm":
            text = self.tr("Generative-AI services filed under this algorithm: %1")
        else:
            text = self.tr("Generative-AI services this product powers: %1")
        self.heading.setText(text.replace("%1", str(len(services))))

    def texts(self) -> list[str]:
        return [item.text for item in self.model.rows()]

    @Slot(QModelIndex)
    def _on_clicked(self, index: QModelIndex) -> None:
        service_id = index.data(KEY_ROLE)
        if service_id:
            self.service_activated.emit(int(service_id))


class _Wiring(QObject):
    """The slots ``wire_services`` connects (a QObject, so they die with the workspace)."""

    def __init__(self, ws: Any) -> None:
        super().__init__(ws)
        self.ws = ws

    @Slot(int)
    def show_service(self, service_id: int) -> None:
        self.ws.show_view("services")  # a stale view reads its rows as it comes on screen
        self.ws.services.select_service(service_id)

    @Slot(int, int)
    def show_product(self, product_id: int, entity_id: int) -> None:
        ws = self.ws
        ws.show_view("entities")
        ws.entities.select_entity(entity_id)
        ws.entities.tabs.setCurrentWidget(ws.entities.products)
        rows = ws.entities.products.model.rows()
        row = next((n for n, p in enumerate(rows) if p.id == product_id), -1)
        if row >= 0:
            ws.entities.products.table.selectRow(row)

    @Slot(int, bool)
    def show_assessment(self, service_id: int, start: bool) -> None:
        """The checklist view on the service's GB/T 45654-2025 assessment (started first when
        ``start`` and the view shows that checklist, not yet started, for the service)."""
        from filing_desk.domain.genai_annex_one import LIBRARY_ID

        view = self.ws.checklists
        self.ws.show_checklists("service", service_id, LIBRARY_ID)
        chosen = view.library is not None and view.library.id == LIBRARY_ID
        if start and chosen and view.assessment is None:
            view.start_assessment()

    @Slot()
    def services_written(self) -> None:
        self.ws.refresher.mark("dashboard", "audit")

    @Slot()
    def product_row_changed(self, *_args: Any) -> None:
        product = self.ws.entities.products.selected()
        self.ws.product_services.show_record(int(product.id) if product is not None else 0)


def wire_services(ws: Any) -> None:
    """Connect the Services view to the rest of the workspace ``ws`` (``Workspace._wire``)."""
    wiring = _Wiring(ws)
    ws.services.changed.connect(wiring.services_written)
    ws.services.algorithm_activated.connect(ws.show_algorithm)
    ws.services.product_activated.connect(wiring.show_product)
    ws.services.assessment_requested.connect(wiring.show_assessment)
    ws.dashboard.service_activated.connect(wiring.show_service)
    ws.show_service = wiring.show_service
    # the algorithm's detail pane: a tab of its services
    ws.algorithm_services = ServicesOfRecord(ws.register, "algorithm", ws.detail)
    ws.detail.insertTab(  # before the audit events, which stay last
        ws.detail.count() - 1,
        ws.algorithm_services,
        QCoreApplication.translate("ServicesOfRecord", "Services"),
    )
    ws.register_view.algorithm_selected.connect(ws.algorithm_services.show_record)
    ws.algorithm_services.service_activated.connect(wiring.show_service)
    # the entity's products: the selected product's services under its fields
    products = ws.entities.products
    ws.product_services = ServicesOfRecord(ws.register, "product", products)
    products.layout().addWidget(ws.product_services)
    products.table.selectionModel().currentRowChanged.connect(wiring.product_row_changed)
    products.model.modelReset.connect(wiring.product_row_changed)
    ws.product_services.service_activated.connect(wiring.show_service)
