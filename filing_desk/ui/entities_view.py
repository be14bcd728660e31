"""EntitiesView: the entities (主体) of the register, each editable (with undo) and with its own
attachments (business licence, ID copies) and products (each typed once; how many algorithms
each serves).

"New entity…" and "New algorithm…" open the creation dialogs; edits go through the shared
RecordEditor so Ctrl+Z undoes them. The entity's own filing (主体备案) is recorded with the
Submitted / Approved / Returned buttons (``Register.entity_step``); which are enabled follows the
domain's lifecycle table. No SQL and no rules here.

Signals:
    new_entity_requested(), new_algorithm_requested(int): the buttons (the window opens the
    dialogs so the menu and the buttons share one path).
    entity_changed(int): the entity's filing state was written (the window refreshes).
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QItemSelection, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from filing_desk.domain.enums import OwnerType
from filing_desk.domain.lifecycle import EntityStep, allowed_entity_steps
from filing_desk.domain.records import Entity
from filing_desk.ui.i18n import lang
from filing_desk.ui.icons import icon
from filing_desk.ui.messages import error_text
from filing_desk.ui.record_form import RecordEditor, RecordForm
from filing_desk.ui.table_model import KEY_ROLE, Column, ReadOnlyTableModel

ID_ROLE = KEY_ROLE  # the entity's id


class EntityListModel(ReadOnlyTableModel[Entity]):
    """The entities in one column (a list view shows it): name and filing state."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, key=attrgetter("id"))
        self.set_columns(
            [
                Column(
                    "",
                    lambda e: f"{e.name}\n{e.state.label(lang())}",
                    icon=lambda _e: icon("view-entities"),
                )
            ]
        )

    def set_entities(self, entities: Sequence[Entity]) -> None:
        self.set_rows(entities)

    def row_of(self, entity_id: int) -> int:
        return next((n for n, e in enumerate(self.rows()) if e.id == entity_id), -1)


class EntitiesView(QSplitter):
    """Entity list on the left; the selected entity's fields and attachments on the right."""

    new_entity_requested = Signal()
    new_algorithm_requested = Signal(int)
    entity_changed = Signal(int)

    def __init__(
        self, register: Any, editor: RecordEditor, temp_dir: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._register = register
        self.model = EntityListModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setSpacing(2)
        self.list.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.new_button = QPushButton(self.tr("New entity…"), self)
        self.new_button.clicked.connect(self.new_entity_requested)
        self.new_algorithm_button = QPushButton(self.tr("New algorithm for this entity…"), self)
        self.new_algorithm_button.clicked.connect(
            lambda: self.new_algorithm_requested.emit(self.selected_entity_id())
        )
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list, 1)
        buttons = QVBoxLayout()  # one above the other: the list stays narrow on a small screen
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.new_algorithm_button)
        column.addLayout(buttons)
        self.form = RecordForm("entity", editor, self)
        self.tabs = QTabWidget(self)
        area = QScrollArea(self.tabs)
        area.setWidgetResizable(True)
        area.setWidget(self.form)
        details = QWidget(self.tabs)
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addLayout(self._build_state_bar(details))
        details_layout.addWidget(area, 1)
        self.tabs.addTab(details, self.tr("Details"))
        from filing_desk.ui.attachments_panel import AttachmentsPanel

        self.attachments = AttachmentsPanel(temp_dir, self.tabs)
        self.tabs.addTab(self.attachments, self.tr("Attachments"))
        from filing_desk.ui.entity_products import EntityProductsPanel

        self.products = EntityProductsPanel(register, editor, self.tabs)
        self.products.changed.connect(lambda: self.entity_changed.emit(self.selected_entity_id()))
        self.tabs.addTab(self.products, self.tr("Products"))
        self.addWidget(left)
        self.addWidget(self.tabs)
        self.setStretchFactor(1, 2)
        self._select_after_refresh = 0

    def _build_state_bar(self, parent: QWidget) -> QHBoxLayout:
        """The entity's filing state (主体备案) and the portal steps that can follow it."""
        self.state_label = QLabel(parent)
        self.step_buttons: dict[EntityStep, QPushButton] = {}
        bar = QHBoxLayout()
        bar.addWidget(self.state_label, 1)
        for step, text in (
            (EntityStep.SUBMIT, self.tr("Submitted")),
            (EntityStep.APPROVE, self.tr("Approved")),
            (EntityStep.RETURN, self.tr("Returned…")),
        ):
            button = QPushButton(text, parent)
            button.clicked.connect(lambda _=False, s=step: self.record_step(s))
            bar.addWidget(button)
            self.step_buttons[step] = button
        return bar

    def _show_state(self, entity: Entity | None) -> None:
        state = entity.state if entity is not None else None
        self.state_label.setText(
            self.tr("Entity filing (主体备案): %1").replace("%1", state.label(lang()))
            if state is not None
            else ""
        )
        allowed = allowed_entity_steps(state) if state is not None else ()
        for step, button in self.step_buttons.items():
            button.setEnabled(step in allowed)

    def record_step(self, step: EntityStep) -> bool:
        """Record a step of the entity's filing; Returned asks for the CAC's reason first."""
        entity_id = self.selected_entity_id()
        if not entity_id:
            return False
        reason = ""
        if step is EntityStep.RETURN:
            reason, ok = QInputDialog.getText(
                self, self.tr("Entity filing returned"), self.tr("The CAC's reason for returning:")
            )
            if not ok:
                return False
        try:
            self._register.entity_step(entity_id, step.value, reason)
        except Exception as exc:  # the register's own errors carry a message fit to show
            QMessageBox.warning(self, self.tr("Entity filing"), error_text(exc))
            return False
        self.select_entity(entity_id)
        self.entity_changed.emit(entity_id)
        return True

    def refresh(self) -> None:
        selected = self._select_after_refresh or self.selected_entity_id()
        self._select_after_refresh = 0
        self.model.set_entities(self._register.entities())
        row = self.model.row_of(selected) if selected else 0
        if self.model.rowCount() and row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))
        self._on_selection_changed()

    def select_entity(self, entity_id: int) -> None:
        self._select_after_refresh = entity_id
        self.refresh()

    def selected_entity_id(self) -> int:
        index = self.list.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else 0

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, *_args: Any) -> None:
        entity_id = self.selected_entity_id()
        entity = self._register.entity(entity_id) if entity_id else None
        self.form.set_record(entity)
        self._show_state(entity)
        self.products.show_entity(entity_id)
        self.new_algorithm_button.setEnabled(bool(entity_id))
        if entity_id:
            self.attachments.set_owner(self._register, OwnerType.ENTITY, entity_id)
        else:
            self.attachments.clear()
