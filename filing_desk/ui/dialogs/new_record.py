"""Dialogs that create a record: a new entity, a new algorithm, a new product or a product linked
to an algorithm (one of the entity's products, or a new one: its name is typed once).

Each asks for the few fields needed to start, calls the register's ``create_*``/``add_product``/
``link_product`` command on OK, and shows the register's issues inline when it refuses. The rest
of the fields are edited afterwards in the detail pane. Opened with ``open()``; no SQL and no
rules here.

Signals:
    created(int): the new record's id.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from filing_desk.domain.enums import AlgorithmType, LabelledEnum, ProductForm, Role
from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.issues import Issue
from filing_desk.domain.records import Entity
from filing_desk.ui.i18n import lang
from filing_desk.ui.messages import issue_text
from filing_desk.ui.record_form import NO_DATE, field_label
from filing_desk.ui.unsaved import UnsavedInput


class _NewRecordDialog(QDialog):
    """Form layout, inline issue label, OK/Cancel; subclasses add fields and ``_create``."""

    created = Signal(int)

    def __init__(self, register: Any, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.issues = QLabel(self)
        self.issues.setWordWrap(True)
        self.issues.setStyleSheet("color: #b00020;")
        self.issues.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.issues)
        layout.addWidget(buttons)
        self.unsaved = UnsavedInput(self)

    def reject(self) -> None:
        """Esc, Cancel, the close button: ask first when something was typed (ui.unsaved)."""
        self.unsaved.confirm_close(super().reject)

    def _line(self, kind: str, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(f"{kind}.{name}")
        self.form.addRow(field_label(kind, name), edit)
        return edit

    def _choice(self, kind: str, name: str, enum: type[LabelledEnum]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(f"{kind}.{name}")
        for member in enum:
            combo.addItem(member.label(lang()), member)
        self.form.addRow(field_label(kind, name), combo)
        return combo

    def _create(self) -> int:
        raise NotImplementedError

    @Slot()
    def _on_accepted(self) -> None:
        try:
            new_id = self._create()
        except InvalidInput as exc:
            self.issues.setText("\n".join(issue_text(i) for i in exc.issues))
            self.issues.show()
            return
        self.accept()
        self.created.emit(new_id)


class NewEntityDialog(_NewRecordDialog):
    """A new entity (主体): name, USCC, region, legal representative, officer."""

    def __init__(self, register: Any, parent: QWidget | None = None) -> None:
        super().__init__(register, self.tr("New entity"), parent)
        self.name = self._line("entity", "name")
        self.uscc = self._line("entity", "uscc")
        self.region = self._line("entity", "region_code")
        self.legal_rep = self._line("entity", "legal_rep_name")
        self.officer = self._line("entity", "officer_name")

    def _create(self) -> int:
        entity = self.register.create_entity(
            name=self.name.text().strip(),
            uscc=self.uscc.text().strip(),
            region_code=self.region.text().strip(),
            legal_rep_name=self.legal_rep.text().strip(),
            officer_name=self.officer.text().strip(),
        )
        return int(entity.id)


class NewAlgorithmDialog(_NewRecordDialog):
    """A new algorithm of an entity: name, type, role, go-live date and main use."""

    def __init__(
        self,
        register: Any,
        entities: Sequence[Entity],
        entity_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(register, self.tr("New algorithm"), parent)
        self.entity = QComboBox(self)
        self.entity.setObjectName("algorithm.entity_id")
        for e in entities:
            self.entity.addItem(e.name, e.id)
        if entity_id is not None:
            self.entity.setCurrentIndex(max(self.entity.findData(entity_id), 0))
        self.form.addRow(self.tr("Entity"), self.entity)
        self.name = self._line("algorithm", "name")
        self.algo_type = self._choice("algorithm", "algo_type", AlgorithmType)
        self.algo_type.setPlaceholderText(self.tr("Choose a type…"))  # no silent default
        self.algo_type.setCurrentIndex(-1)
        self.role = self._choice("algorithm", "role", Role)
        # PySide6 takes any Qt property as a keyword; its stubs list only some
        self.launch = QDateEdit(self, calendarPopup=True, displayFormat="yyyy-MM-dd")  # type: ignore[call-overload]
        self.launch.setObjectName("algorithm.launch_date")
        self.launch.setMinimumDate(NO_DATE)
        self.launch.setSpecialValueText(self.tr("(no date)"))
        self.launch.setDate(NO_DATE)
        self.form.addRow(field_label("algorithm", "launch_date"), self.launch)
        self.main_use = self._line("algorithm", "main_use")
        self.ok_button.setEnabled(self.entity.count() > 0)
        if not entities:
            self.issues.setText(self.tr("Create an entity first: every algorithm belongs to one."))
            self.issues.show()

    def _create(self) -> int:
        if self.algo_type.currentData() is None:  # refused before anything is written
            raise InvalidInput(
                [Issue("field.required", "algorithm.algo_type", text="choose the type")]
            )
        qd = self.launch.date()
        launch = None if qd == NO_DATE else date(qd.year(), qd.month(), qd.day())
        algorithm = self.register.create_algorithm(
            int(self.entity.currentData()),
            name=self.name.text().strip(),
            algo_type=self.algo_type.currentData(),
            role=self.role.currentData(),
            launch_date=launch,
            main_use=self.main_use.text().strip(),
        )
        return int(algorithm.id)


class NewProductDialog(_NewRecordDialog):
    """A product for an algorithm — one of its entity's products, or a new one — linked with
    the day it went live on it; without an algorithm, a new product of the entity.

    ``created`` gives the link's id (the product's, without an algorithm)."""

    def __init__(
        self,
        register: Any,
        algorithm_id: int | None,
        parent: QWidget | None = None,
        *,
        entity_id: int | None = None,
    ) -> None:
        linking = algorithm_id is not None
        title = self.tr("Link a product") if linking else self.tr("New product")
        super().__init__(register, title, parent)
        self.algorithm_id = algorithm_id
        algorithm = register.algorithm(algorithm_id) if linking else None
        self.entity_id = algorithm.entity_id if algorithm is not None else entity_id
        self.existing = QComboBox(self)
        self.existing.setObjectName("product.product_id")
        self.existing.addItem(self.tr("A new product"), None)
        if linking:
            live = {p.product_id for p in register.linked_products(algorithm_id, live=True)}
            for p in register.products(entity_id=self.entity_id):
                if p.id not in live:
                    self.existing.addItem(p.title(lang()), p.id)
            self.form.addRow(self.tr("Product"), self.existing)
        self.existing.currentIndexChanged.connect(self._on_existing_changed)
        self.name = self._line("product", "name")
        self.product_form = self._choice("product", "form", ProductForm)
        self.address = self._line("product", "address")
        self.go_live = QDateEdit(self, calendarPopup=True, displayFormat="yyyy-MM-dd")  # type: ignore[call-overload]
        self.go_live.setObjectName("product.go_live")
        self.go_live.setMinimumDate(NO_DATE)
        self.go_live.setSpecialValueText(self.tr("(no date)"))
        launch = algorithm.launch_date if algorithm is not None else None
        self.go_live.setDate(QDate(launch.year, launch.month, launch.day) if launch else NO_DATE)
        self.functions = QLineEdit(self)
        self.functions.setObjectName("link.functions")
        if linking:  # what is the algorithm's on the product: since when, in which functions
            self.form.addRow(field_label("link", "go_live"), self.go_live)
            self.form.addRow(field_label("link", "functions"), self.functions)
        else:
            for widget in (self.existing, self.go_live, self.functions):
                widget.hide()

    @Slot(int)
    def _on_existing_changed(self, _index: int) -> None:
        new = self.existing.currentData() is None
        for edit in (self.name, self.product_form, self.address):
            edit.setEnabled(new)

    def _create(self) -> int:
        if self.algorithm_id is None:
            product = self.register.create_product(
                int(self.entity_id or 0),
                name=self.name.text().strip(),
                form=self.product_form.currentData(),
                address=self.address.text().strip(),
            )
            return int(product.id)
        qd = self.go_live.date()
        link = {
            "go_live": None if qd == NO_DATE else date(qd.year(), qd.month(), qd.day()),
            "functions": self.functions.text().strip(),
        }
        chosen = self.existing.currentData()
        if chosen is not None:
            linked = self.register.link_product(self.algorithm_id, int(chosen), **link)
        else:
            linked = self.register.add_product(
                self.algorithm_id,
                name=self.name.text().strip(),
                form=self.product_form.currentData(),
                address=self.address.text().strip(),
                **link,
            )
        return int(linked.id)


__all__ = ["NewAlgorithmDialog", "NewEntityDialog", "NewProductDialog"]
