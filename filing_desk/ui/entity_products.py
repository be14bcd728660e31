"""EntityProductsPanel: an entity's products, each typed once, with how many algorithms each serves.

The entities view's Products tab: a table (the product as the CAC lists write it, its address,
the number of algorithms it is live on) and the selected product's own fields, edited in place
with undo (a filed field is a change of every filed algorithm the product serves: the register
says so and dates it). "New product…" adds one to the entity; "Remove product" deletes one linked
to no algorithm (entered by mistake). Links are made from the algorithm (the detail pane).

No SQL and no rules here.

Signals:
    changed(): the register was written from this panel.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from filing_desk.domain.records import Product
from filing_desk.ui.i18n import lang
from filing_desk.ui.messages import error_text
from filing_desk.ui.record_form import RecordEditor, RecordForm
from filing_desk.ui.table_model import Column, ReadOnlyTableModel


class ProductTableModel(ReadOnlyTableModel[Product]):
    """The entity's products and the number of algorithms each is live on."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, key=attrgetter("id"))
        self.served: dict[int, int] = {}
        self.set_columns(
            [
                Column(self.tr("Product"), lambda p: p.title(lang())),
                Column(self.tr("Access address"), attrgetter("address")),
                Column(
                    self.tr("Algorithms"),
                    lambda p: str(self.count(p)),
                    sort=self.count,
                    align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
            ]
        )

    def count(self, product: Product) -> int:
        """How many algorithms the product is live on."""
        return self.served.get(product.id or 0, 0)

    def set_products(self, products: list[Product], served: dict[int, int]) -> None:
        self.served = served
        self.set_rows(products)


class EntityProductsPanel(QWidget):
    """The entity's products: the table, its buttons and the selected product's fields."""

    changed = Signal()

    def __init__(self, register: Any, editor: RecordEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._register = register
        self._entity_id = 0
        self._dialogs: list[QWidget] = []
        self.model = ProductTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.new_button = QPushButton(self.tr("New product…"), self)
        self.new_button.clicked.connect(self.open_new_dialog)
        self.remove_button = QPushButton(self.tr("Remove product"), self)
        self.remove_button.clicked.connect(self.remove)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self.form = RecordForm("product", editor, self)
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.remove_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form, 1)

    def show_entity(self, entity_id: int) -> None:
        """Show the entity's products (0: none), keeping the selected one where it still is."""
        current = self.selected()
        keep = current.id if current is not None and entity_id == self._entity_id else None
        self._entity_id = entity_id
        products = self._register.products(entity_id=entity_id) if entity_id else []
        served = self._register.products_served(entity_id) if entity_id else {}
        self.model.set_products(products, served)
        row = next((n for n, p in enumerate(products) if p.id == keep), 0 if products else -1)
        if row >= 0:
            self.table.selectRow(row)
        self._on_row_changed()

    def selected(self) -> Product | None:
        return self.model.record_at(self.table.currentIndex())

    @Slot()
    def _on_row_changed(self, *_args: Any) -> None:
        product = self.selected()
        self.form.set_record(product)
        self.new_button.setEnabled(bool(self._entity_id))
        self.remove_button.setEnabled(product is not None)

    @Slot()
    def open_new_dialog(self) -> QWidget | None:
        if not self._entity_id:
            return None
        from filing_desk.ui.dialogs.new_record import NewProductDialog

        dialog = NewProductDialog(self._register, None, self, entity_id=self._entity_id)
        dialog.created.connect(self._written)
        self._dialogs = [d for d in self._dialogs if d.isVisible()] + [dialog]
        dialog.open()
        return dialog

    @Slot()
    def remove(self) -> bool:
        """Delete the selected product; the register refuses one linked to an algorithm."""
        product = self.selected()
        if product is None or product.id is None:
            return False
        try:
            self._register.delete_product(product.id)
        except Exception as exc:  # the register's own errors carry a message fit to show
            self.message.setText(error_text(exc))
            self.message.show()
            return False
        self._written()
        return True

    @Slot()
    def _written(self, *_args: Any) -> None:
        self.message.hide()
        self.show_entity(self._entity_id)
        self.changed.emit()
