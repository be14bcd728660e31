"""Column mapping for a spreadsheet import: source header → register field, and a preview.

``ColumnMappingTable`` lists the file's headers with a field combo each (the fields of
``transfer.columns.COLUMNS`` in the UI language, both labels in each item's tooltip), proposed
by ``auto_map`` and editable; ``PreviewModel`` shows the first rows as read. No file reading and
no rules here.

Signals:
    ColumnMappingTable.mapping_changed(): the user chose another field for a column.
"""

from __future__ import annotations

from functools import partial
from itertools import islice
from operator import itemgetter
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from filing_desk.transfer.columns import COLUMNS, REQUIRED
from filing_desk.transfer.tabular import Table
from filing_desk.ui.i18n import lang
from filing_desk.ui.table_model import Column, ReadOnlyTableModel

PREVIEW_ROWS = 10


def field_choice(key: str, language: str) -> tuple[str, str]:
    """A field as offered in the combo and its tooltip: the label in the UI language (a
    required field gets a star), then both labels, ``主体名称 · Entity``."""
    column = next(c for c in COLUMNS if c.key == key)
    star = " *" if key in REQUIRED else ""
    return f"{column.label(language)}{star}", f"{column.zh} · {column.en}"


class ColumnMappingTable(QTableWidget):
    """One line per source column: its header, the field it goes to, a sample value."""

    mapping_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Goes to field"), self.tr("First value")]
        )
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.setColumnWidth(0, 170)
        self.setColumnWidth(1, 260)
        self.combos: list[QComboBox] = []

    def set_columns(self, table: Table, mapping: dict[int, str]) -> None:
        """Show ``table``'s headers with ``mapping`` chosen (index → field key)."""
        self.combos = []
        self.setRowCount(len(table.headers))
        first = table.rows[0] if table.rows else ()
        for index, name in enumerate(table.headers):
            self.setItem(index, 0, QTableWidgetItem(name or self.tr("(no header)")))
            sample = first[index] if index < len(first) and first[index] is not None else ""
            self.setItem(index, 2, QTableWidgetItem(str(sample)))
            combo = QComboBox(self)
            combo.addItem(self.tr("— not imported —"), "")
            for column in COLUMNS:
                text, both = field_choice(column.key, lang())
                combo.addItem(text, column.key)
                combo.setItemData(combo.count() - 1, both, Qt.ItemDataRole.ToolTipRole)
            combo.setCurrentIndex(max(combo.findData(mapping.get(index, "")), 0))
            combo.currentIndexChanged.connect(self.mapping_changed)
            self.setCellWidget(index, 1, combo)
            self.combos.append(combo)

    def mapping(self) -> dict[int, str]:
        """The chosen mapping (columns not imported are left out)."""
        return {i: c.currentData() for i, c in enumerate(self.combos) if c.currentData()}

    def set_field(self, index: int, key: str) -> None:
        """Choose the field for source column ``index`` ("" = not imported), as a user would."""
        combo = self.combos[index]
        combo.setCurrentIndex(max(combo.findData(key), 0))


Line = tuple[int, tuple[object, ...]]  # the sheet's row number, the cells as read


def _cell(column: int, line: Line) -> str:
    cells = line[1]
    value = cells[column] if column < len(cells) else None
    return "" if value is None else str(value)


class PreviewModel(ReadOnlyTableModel[Line]):
    """The first rows of the file, as read (with the sheet's row numbers): one column per
    header of the file, so the column table is made when the file is."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, key=itemgetter(0))

    def set_table(self, table: Table | None) -> None:
        headers = table.headers if table is not None else ()
        self.set_columns([Column(name, partial(_cell, n)) for n, name in enumerate(headers)])
        lines = zip(table.lines, table.rows, strict=False) if table is not None else ()
        self.set_rows(list(islice(lines, PREVIEW_ROWS)))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(self.row_at(section)[0]) if 0 <= section < self.rowCount() else None
        return super().headerData(section, orientation, role)
