"""ServiceLinksPanel: the models a generative-AI service runs or calls, and the algorithms it is
filed under and the products it powers — each link a click away from its record.

The models table shows origin, developer and, for a third-party model, its 备案号; the two lists
below name the linked 生成合成类 algorithms and the products. Read only: links are edited in the
service wizard. No SQL and no rules here.

Signals:
    algorithm_activated(int): a linked algorithm was clicked (the workspace shows it).
    product_activated(int, int): a linked product was clicked (product id, entity id).
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QTableView, QVBoxLayout, QWidget

from filing_desk.domain.genai_services import ServiceModel
from filing_desk.ui.i18n import lang
from filing_desk.ui.icons import icon
from filing_desk.ui.table_model import ROW_ROLE, Column, ReadOnlyTableModel


@dataclass(frozen=True)
class Link:
    """A linked record as a list shows it: its kind ("algorithm" or "product"), id and name."""

    kind: str
    id: int
    text: str
    entity_id: int = 0


class ModelTableModel(ReadOnlyTableModel[ServiceModel]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_columns(
            [
                Column(self.tr("Model"), attrgetter("name")),
                Column(self.tr("Version"), attrgetter("version")),
                Column(self.tr("Origin"), lambda m: m.origin.label(lang())),
                Column(self.tr("Developer"), attrgetter("developer")),
                Column(self.tr("Model filing number"), attrgetter("filing_number")),
            ]
        )


class LinkListModel(ReadOnlyTableModel[Link]):
    def __init__(self, icon_name: str, parent: Any = None) -> None:
        super().__init__(parent, key=attrgetter("id"))
        self.set_columns([Column("", attrgetter("text"), icon=lambda _l: icon(icon_name))])


def _list(model: LinkListModel, parent: QWidget) -> QListView:
    view = QListView(parent)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setMaximumHeight(90)
    return view


class ServiceLinksPanel(QWidget):
    """Models, linked algorithms and linked products of one service."""

    algorithm_activated = Signal(int)
    product_activated = Signal(int, int)

    def __init__(self, register: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._register = register
        self.models = ModelTableModel(self)
        self.models_table = QTableView(self)
        self.models_table.setModel(self.models)
        self.models_table.verticalHeader().hide()
        self.models_table.horizontalHeader().setStretchLastSection(True)
        self.algorithms = LinkListModel("view-register", self)
        self.products = LinkListModel("product", self)
        self.algorithm_list = _list(self.algorithms, self)
        self.product_list = _list(self.products, self)
        for view in (self.algorithm_list, self.product_list):
            view.clicked.connect(self._on_link_clicked)
            view.activated.connect(self._on_link_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Models"), self))
        layout.addWidget(self.models_table, 1)
        layout.addWidget(QLabel(self.tr("Filed under the algorithms"), self))
        layout.addWidget(self.algorithm_list)
        layout.addWidget(QLabel(self.tr("Powers the products"), self))
        layout.addWidget(self.product_list)

    def show_service(self, service: Any) -> None:
        """Show ``service``'s models and links (None: nothing)."""
        if service is None:
            for model in (self.models, self.algorithms, self.products):
                model.clear()
            return
        self.models.set_rows(service.models)
        algorithms = []
        for algorithm_id in service.algorithm_ids:
            algorithm = self._register.algorithm(algorithm_id)
            algorithms.append(Link("algorithm", int(algorithm_id), algorithm.name))
        self.algorithms.set_rows(algorithms)
        known = {p.id: p for p in self._register.products(entity_id=service.entity_id)}
        products = [
            Link("product", int(p.id), p.title(lang()), int(p.entity_id or 0))
            for product_id in service.product_ids
            if (p := known.get(product_id)) is not None
        ]
        self.products.set_rows(products)

    @Slot(QModelIndex)
    def _on_link_clicked(self, index: QModelIndex) -> None:
        link = index.data(ROW_ROLE)
        if not isinstance(link, Link):
            return
        if link.kind == "algorithm":
            self.algorithm_activated.emit(link.id)
        else:
            self.product_activated.emit(link.id, link.entity_id)
