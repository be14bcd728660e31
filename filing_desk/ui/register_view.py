"""RegisterView: the register table with its filter bar and a debounced search box.

Emits the selected algorithm's id; the main window shows it in the detail pane. Filters are
entity, type, role, state and "overdue only"; the search box matches Chinese and English text.
No SQL and no rules here.

Signals:
    algorithm_selected(int): the selected algorithm's id, 0 when nothing is selected.
    algorithm_opened(int): Enter (or a double-click) on a row: go to that algorithm's details.
    counts_changed(int, int): rows shown, rows in the register.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from filing_desk.domain.enums import AlgorithmState, AlgorithmType, LabelledEnum, Role
from filing_desk.domain.records import Entity, RegisterRow
from filing_desk.ui.i18n import lang
from filing_desk.ui.register_filter import RowFilter, search_terms
from filing_desk.ui.register_model import RECORD_ID_ROLE, Column, RegisterTableModel
from filing_desk.ui.screen_fit import compact_combo, tip_cut_cells

SEARCH_DELAY_MS = 200
SEARCH_MIN_WIDTH = 200  # px: room for a few words; the filters shrink before the search box
ENTITY_FILTER_CHARS = 10  # a filter shows about this many characters; its popup, whole names
FILTER_CHARS = 6
MAX_COLUMN_WIDTH = 280
FIT_SAMPLE = 200  # rows whose texts size the columns
FIT_MEASURED = 6  # of those, the longest few texts per column are measured
CELL_PADDING = 20  # the cell's margins and focus frame, and some air
SORT_INDICATOR = 16
ICON_COLUMNS = frozenset({Column.STATE, Column.DUE, Column.OVERDUE})


class RegisterView(QWidget):
    """Filter bar, search box and the register table."""

    algorithm_selected = Signal(int)
    algorithm_opened = Signal(int)
    counts_changed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RegisterTableModel(self)  # it filters and sorts itself: no proxy
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._apply_filter)
        self._build_filters()
        self._build_table()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._filter_bar)
        layout.addWidget(self.table, 1)
        # A filter change is one layout change (no row signals); _apply_filter emits the counts.
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self.emit_counts)
        self.model.layoutChanged.connect(self.emit_counts)

    # --- building -----------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search names, numbers, products… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.entity_filter = QComboBox(self)
        self.type_filter = _enum_combo(self, AlgorithmType, self.tr("All types"))
        self.role_filter = _enum_combo(self, Role, self.tr("All roles"))
        self.state_filter = _enum_combo(self, AlgorithmState, self.tr("All states"))
        self.overdue_filter = QCheckBox(self.tr("Overdue only"), self)
        self.set_entities(())
        self.search.setMinimumWidth(SEARCH_MIN_WIDTH)  # the combos shrink first (elided)
        compact_combo(self.entity_filter, ENTITY_FILTER_CHARS)
        for combo in (self.type_filter, self.role_filter, self.state_filter):
            compact_combo(combo, FILTER_CHARS)
        for combo in (self.entity_filter, self.type_filter, self.role_filter, self.state_filter):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.overdue_filter.toggled.connect(self._apply_filter)
        self._filter_bar = QHBoxLayout()
        self._filter_bar.addWidget(QLabel(self.tr("Filter:"), self))
        for w in (
            self.entity_filter,
            self.type_filter,
            self.role_filter,
            self.state_filter,
            self.overdue_filter,
        ):
            self._filter_bar.addWidget(w)
        self._filter_bar.addWidget(self.search, 1)

    def _build_table(self) -> None:
        self.table = QTableView(self)
        self.table.setModel(self.model)
        tip_cut_cells(self.table)  # a name cut at MAX_COLUMN_WIDTH shows whole on hover
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it)
        self.table.activated.connect(self._on_activated)  # Enter, or a double-click
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(200)  # sample rows, never measure a huge register
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

    # --- data ---------------------------------------------------------------------------

    def set_entities(self, entities: Sequence[Entity]) -> None:
        current = self.entity_filter.currentData()
        self.entity_filter.blockSignals(True)
        self.entity_filter.clear()
        self.entity_filter.addItem(self.tr("All entities"), None)
        for entity in entities:
            self.entity_filter.addItem(entity.name, entity.id)
        position = self.entity_filter.findData(current)
        self.entity_filter.setCurrentIndex(max(position, 0))
        self.entity_filter.blockSignals(False)
        self.entity_filter.setToolTip(self.entity_filter.currentText())  # a name may be cut

    def set_rows(self, rows: Sequence[RegisterRow]) -> None:
        self.model.set_rows(rows)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Each column as wide as its title and the longest texts of the first rows, within
        bounds. Measured here: Qt's ``resizeColumnsToContents`` asks the model for every
        cell's data and size hint, one Python call each (about 100 ms for 200 rows)."""
        cells = self.table.fontMetrics()
        titles_metrics = self.table.horizontalHeader().fontMetrics()
        icon_width = self.table.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 6
        rows = self.model.rows()[:FIT_SAMPLE]
        for column, title in zip(Column, self.model.column_titles(), strict=True):
            texts = {self.model.display_text(row, column) for row in rows}
            longest = heapq.nlargest(FIT_MEASURED, texts, key=_visual_length)
            width = max((cells.horizontalAdvance(t) for t in longest), default=0)
            if column in ICON_COLUMNS:
                width += icon_width
            width = max(width, titles_metrics.horizontalAdvance(title) + SORT_INDICATOR)
            self.table.setColumnWidth(column, min(max(width + CELL_PADDING, 70), MAX_COLUMN_WIDTH))

    def apply_rows(self, rows: Sequence[RegisterRow]) -> None:
        self.model.apply_rows(rows)

    def clear(self) -> None:
        self.model.clear()
        self.set_entities(())
        self.search.clear()

    # --- selection ----------------------------------------------------------------------

    def selected_algorithm_id(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(RECORD_ID_ROLE)) if rows else 0

    def select_algorithm(self, algorithm_id: int) -> bool:
        """Select the algorithm's row, clearing filters that hide it; False if it is absent."""
        row = self.model.row_of(algorithm_id)
        if row is None:
            self.reset_filters()
            row = self.model.row_of(algorithm_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def reset_filters(self) -> None:
        for combo in (self.entity_filter, self.type_filter, self.role_filter, self.state_filter):
            combo.setCurrentIndex(0)
        self.overdue_filter.setChecked(False)
        self.search.clear()
        self._apply_filter()

    def apply_pending_filter(self) -> None:
        """Apply a search still waiting for its debounce now (tests, the bench, Enter)."""
        if self._debounce.isActive():
            self._apply_filter()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- slots --------------------------------------------------------------------------

    @Slot()
    def _apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_filter(
            RowFilter(
                entity_id=self.entity_filter.currentData(),
                algo_type=_member(self.type_filter, AlgorithmType),
                role=_member(self.role_filter, Role),
                state=_member(self.state_filter, AlgorithmState),
                overdue_only=self.overdue_filter.isChecked(),
                terms=search_terms(self.search.text()),
            )
        )
        self.emit_counts()

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.algorithm_opened.emit(int(index.siblingAtColumn(0).data(RECORD_ID_ROLE)))

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, *_args: Any) -> None:
        self.algorithm_selected.emit(self.selected_algorithm_id())

    @Slot()
    def emit_counts(self, *_args: Any) -> None:
        self.counts_changed.emit(self.model.matching(), self.model.total())


def _visual_length(text: str) -> int:
    """Length with wide (CJK) characters counted twice: picks the texts worth measuring."""
    return len(text) + sum(1 for ch in text if ch >= "\u2e80")


def _member(combo: QComboBox, enum: type[LabelledEnum]) -> Any:
    """The enum member behind the current item (Qt hands back the stored code as a str)."""
    value = combo.currentData()
    return None if value is None else enum(value)


def _enum_combo(parent: QWidget, enum: type[LabelledEnum], any_text: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(any_text, None)
    for member in enum:
        combo.addItem(member.label(lang()), member)
    return combo
