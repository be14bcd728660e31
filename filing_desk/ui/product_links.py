"""ProductLinksPanel: the products an algorithm is used on, in the detail pane's Products tab.

A table of the algorithm's links — the product as the CAC lists write it (名称（形态）), its
address, the day the algorithm went live on it and the day it was withdrawn, whether it shows the
filing number — and, for the selected one, the product's own fields (shared by every algorithm
the product serves) and the link's (its dates, functions, display), edited in place with undo.
"Link a product…" picks one of the entity's products or makes a new one (``NewProductDialog``);
"Withdraw…" records the day the algorithm was taken off the product; "Remove link" deletes a
link made by mistake (the register refuses once the algorithm was filed with it).

No SQL and no rules here: the register decides, and dates the change a filed algorithm needs.

Signals:
    changed(): the register was written from this panel.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from filing_desk.domain.fields import values
from filing_desk.domain.records import LinkedProduct
from filing_desk.ui.i18n import lang
from filing_desk.ui.messages import error_text
from filing_desk.ui.record_form import RecordEditor, RecordForm, field_label
from filing_desk.ui.table_model import Column, ReadOnlyTableModel


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


class LinkTableModel(ReadOnlyTableModel[LinkedProduct]):
    """One row per link of the algorithm, withdrawn ones too."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, key=attrgetter("id"))
        self.set_columns(
            [
                Column(self.tr("Product"), lambda p: p.title(lang())),
                Column(self.tr("Access address"), attrgetter("address")),
                Column(
                    self.tr("Live since"), lambda p: _day(p.go_live), sort=attrgetter("go_live")
                ),
                Column(
                    self.tr("Withdrawn on"),
                    lambda p: _day(p.withdrawn),
                    sort=attrgetter("withdrawn"),
                ),
                Column(self.tr("Shows the number"), lambda p: values.show(p.shows_number, lang())),
            ]
        )


class WithdrawDialog(QDialog):
    """Asks the day the algorithm was taken off a product; ``chosen(date)`` on OK."""

    chosen = Signal(object)

    def __init__(self, product: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Withdraw from %1").replace("%1", product))
        # PySide6 takes any Qt property as a keyword; its stubs list only some
        self.day = QDateEdit(self, calendarPopup=True, displayFormat="yyyy-MM-dd")  # type: ignore[call-overload]
        self.day.setDate(QDate(today.year, today.month, today.day))
        form = QFormLayout()
        form.addRow(field_label("link", "withdrawn"), self.day)
        note = QLabel(
            self.tr(
                "For a filed algorithm, taking it off a product is a change: its modification is "
                "due ten working days after this day."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    @Slot()
    def _on_ok(self) -> None:
        qd = self.day.date()
        self.accept()
        self.chosen.emit(date(qd.year(), qd.month(), qd.day()))


class ProductLinksPanel(QWidget):
    """The algorithm's products: the links table, its buttons, the selected link's fields."""

    changed = Signal()

    def __init__(
        self,
        register: Any,
        editor: RecordEditor,
        parent: QWidget | None = None,
        opener: Callable[[QWidget], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self._register = register
        self._algorithm_id = 0
        self._dialogs: list[QWidget] = []
        self._opener = opener or self._open  # the pane's: it keeps its dialogs together
        self.model = LinkTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.add_product_button = self._button(self.tr("Link a product…"), self._on_link)
        self.withdraw_button = self._button(self.tr("Withdraw…"), self._on_withdraw)
        self.unlink_button = self._button(self.tr("Remove link"), self._on_unlink)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self.product_form = RecordForm("product", editor, self)
        self.link_form = RecordForm("link", editor, self)
        self._build()

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        bar = QHBoxLayout()
        for b in (self.add_product_button, self.withdraw_button, self.unlink_button):
            bar.addWidget(b)
        bar.addStretch(1)
        forms = QHBoxLayout()
        for title, form in (
            (self.tr("The product (every algorithm it serves)"), self.product_form),
            (self.tr("This algorithm on the product"), self.link_form),
        ):
            column = QVBoxLayout()
            heading = QLabel(f"<b>{title}</b>", self)
            column.addWidget(heading)
            column.addWidget(form, 1)
            forms.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(forms, 2)

    # --- showing ------------------------------------------------------------------------

    def show_algorithm(self, algorithm_id: int) -> None:
        """Show the algorithm's links (0: none), keeping the selected link where it still is."""
        current = self.selected()
        keep = current.id if current is not None and algorithm_id == self._algorithm_id else None
        self._algorithm_id = algorithm_id
        links = self._register.linked_products(algorithm_id) if algorithm_id else []
        self.model.set_rows(links)
        row = next((n for n, p in enumerate(links) if p.id == keep), 0 if links else -1)
        if row >= 0:
            self.table.selectRow(row)
        self._show(self.selected())

    def selected(self) -> LinkedProduct | None:
        return self.model.record_at(self.table.currentIndex())

    def _show(self, linked: LinkedProduct | None) -> None:
        self.product_form.set_record(linked.product if linked is not None else None)
        self.link_form.set_record(linked.link if linked is not None else None)
        self.add_product_button.setEnabled(bool(self._algorithm_id))
        self.withdraw_button.setEnabled(linked is not None and linked.live)
        self.unlink_button.setEnabled(linked is not None)

    @Slot()
    def _on_row_changed(self, *_args: Any) -> None:
        self.message.hide()
        self._show(self.selected())

    # --- actions ------------------------------------------------------------------------

    def open_link_dialog(self) -> QWidget | None:
        """The dialog that links one of the entity's products (or a new one) to the algorithm."""
        if not self._algorithm_id:
            return None
        from filing_desk.ui.dialogs.new_record import NewProductDialog

        dialog = NewProductDialog(self._register, self._algorithm_id, self)
        dialog.created.connect(self._written)
        self._opener(dialog)
        return dialog

    def _open(self, dialog: QWidget) -> None:
        self._dialogs = [d for d in self._dialogs if d.isVisible()] + [dialog]
        dialog.open()  # type: ignore[attr-defined]

    def withdraw(self, day: date) -> bool:
        """Take the algorithm off the selected product as of ``day``."""
        linked = self.selected()
        if linked is None or linked.id is None:
            return False
        return self._write(lambda: self._register.withdraw_link(linked.id, day))

    def unlink(self) -> bool:
        """Delete the selected link (made by mistake; refused once filed with it)."""
        linked = self.selected()
        if linked is None or linked.id is None:
            return False
        return self._write(lambda: self._register.unlink(linked.id))

    def _write(self, command: Any) -> bool:
        try:
            command()
        except Exception as exc:  # the register's own errors carry a message fit to show
            self.message.setText(error_text(exc))
            self.message.show()
            return False
        self._written()
        return True

    @Slot()
    def _written(self, *_args: Any) -> None:
        self.message.hide()
        self.show_algorithm(self._algorithm_id)
        self.changed.emit()

    @Slot()
    def _on_link(self) -> None:
        self.open_link_dialog()

    @Slot()
    def _on_withdraw(self) -> None:
        linked = self.selected()
        if linked is None:
            return
        dialog = WithdrawDialog(linked.title(lang()), self._register.today(), self)
        dialog.chosen.connect(self.withdraw)
        self._opener(dialog)

    @Slot()
    def _on_unlink(self) -> None:
        linked = self.selected()
        if linked is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove link"),
            self.tr("Remove %1 from this algorithm? Only a link made by mistake is removed; "
                    "withdraw a product the algorithm was used on.").replace("%1", linked.name),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self.unlink()
