"""ReadOnlyTableModel: a read-only Qt table over a list of records, driven by a column table.

A model declares its columns once, as ``Column`` values: the title (translated with the
declaring model's ``self.tr``, so zh and en come from the .ts), the cell text, and where needed
the raw value it sorts by, its alignment, tooltip, icon and any other role (a background, a
font, a check state). The base answers ``data`` with one lookup per cell and role, keeps the
records as given (no copy into items), hands back the record (``ROW_ROLE``) and its key
(``KEY_ROLE``), and sorts on the raw values, text in Chinese collation (pinyin, numbers by value)
through precomputed ``QCollator`` sort keys, so a header click orders 10,000 rows in milliseconds.

``sortable(table)`` lets a table's header clicks sort it. The module knows nothing of what the
records mean: no SQL, no rules, no formatting of its own. It edits nothing: a model with a check
box adds ``flags`` and ``setData`` itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
Getter = Callable[[Any], Any]

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw value the column sorts by
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the record's key (an id), given by the model's ``key``
ROW_ROLE = Qt.ItemDataRole.UserRole + 3  # the record shown on the row
DISPLAY = Qt.ItemDataRole.DisplayRole
ASCENDING = Qt.SortOrder.AscendingOrder


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its title and how a record shows in it.

    ``sort`` gives the raw value to order by (a date, a number, a code); without it the column
    orders by its text. ``collate``: order text values as a Chinese reader expects (pinyin,
    numbers by value) rather than by code point. ``roles`` adds any other role (background,
    font, check state…), each a function of the record.
    """

    title: str
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    collate: bool = True
    align: Qt.AlignmentFlag | None = None
    tooltip: Callable[[R], str | None] | None = None
    icon: Callable[[R], Any] | None = None
    roles: Mapping[int, Callable[[R], Any]] = field(default_factory=dict)

    def getters(self, key: Callable[[R], Any] | None) -> dict[int, Getter]:
        """Role → function of the record, for every role this column answers."""
        out: dict[int, Getter] = dict(self.roles)
        out[DISPLAY] = self.text
        out[SORT_ROLE] = self.sort or self.text
        if self.align is not None:
            align = self.align
            out[Qt.ItemDataRole.TextAlignmentRole] = lambda _row: align
        if self.tooltip is not None:
            out[Qt.ItemDataRole.ToolTipRole] = self.tooltip
        if self.icon is not None:
            out[Qt.ItemDataRole.DecorationRole] = self.icon
        if key is not None:
            out[KEY_ROLE] = key
        return out


@cache
def _collator() -> QCollator:
    collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    collator.setNumericMode(True)
    return collator


def sort_positions(rows: Sequence[R], column: Column[R], descending: bool = False) -> list[int]:
    """The positions of ``rows`` in ``column``'s order (stable: ties keep their order; empty
    values last whichever the direction)."""
    get = column.sort or column.text
    values = [get(r) for r in rows]
    if column.collate:
        values = _collated(values)
    if any(v is None for v in values):  # (flag, value): the flag puts None after the rest
        values = [((v is None) != descending, 0 if v is None else v) for v in values]
    return sorted(range(len(rows)), key=values.__getitem__, reverse=descending)


def collation_key(text: str) -> Any:
    """The Chinese collation sort key of one text, as ``sort_positions`` orders texts by."""
    return _collator().sortKey(text)


def _collated(values: list[Any]) -> list[Any]:
    """Texts replaced by their Chinese collation sort keys (one key per distinct text)."""
    collator = _collator()
    keys: dict[str, Any] = {}
    return [
        (keys.get(v) or keys.setdefault(v, collator.sortKey(v))) if isinstance(v, str) else v
        for v in values
    ]


class ReadOnlyTableModel(QAbstractTableModel, Generic[R]):
    """Records in rows, ``Column``s in columns. Subclasses call ``set_columns`` in ``__init__``
    (titles through their own ``self.tr``) and fill it with ``set_rows``."""

    def __init__(self, parent: Any = None, *, key: Callable[[R], Any] | None = None) -> None:
        super().__init__(parent)
        self._key = key
        self._columns: tuple[Column[R], ...] = ()
        self._getters: list[dict[int, Getter]] = []
        self._rows: list[R] = []
        self._sort_column = -1
        self._sort_order = ASCENDING

    # --- data in ------------------------------------------------------------------------

    def set_columns(self, columns: Sequence[Column[R]]) -> None:
        self.beginResetModel()
        self._columns = tuple(columns)
        self._getters = [c.getters(self._key) for c in self._columns]
        self._sort_column = -1
        self.endResetModel()

    def set_rows(self, rows: Sequence[R]) -> None:
        """Replace every record (kept in the order the table is sorted by, if it is)."""
        self.beginResetModel()
        self._rows = self._in_order(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows(())

    # --- data out -----------------------------------------------------------------------

    def columns(self) -> tuple[Column[R], ...]:
        return self._columns

    def rows(self) -> list[R]:
        """The records in the order shown (do not modify)."""
        return self._rows

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def record_at(self, index: QModelIndex) -> R | None:
        """The record in ``index``'s row (a view's current index), None when there is none."""
        row = index.row()
        return self._rows[row] if index.isValid() and row < len(self._rows) else None

    def display_text(self, record: R, column: int) -> str:
        """What ``record`` shows in ``column`` (also used to size columns)."""
        return self._columns[column].text(record)

    def column_titles(self) -> list[str]:
        return [c.title for c in self._columns]

    # --- Qt model API -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY:
            return None
        return self._columns[section].title if 0 <= section < len(self._columns) else None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        if role == ROW_ROLE:
            return record
        getter = self._getters[index.column()].get(role)
        return None if getter is None else getter(record)

    def sort(self, column: int, order: Qt.SortOrder = ASCENDING) -> None:
        """Order the records by ``column`` (-1: as given); selections follow their rows."""
        self._sort_column, self._sort_order = column, order
        if not 0 <= column < len(self._columns) or not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        positions = sort_positions(self._rows, self._columns[column], order != ASCENDING)
        where = [0] * len(positions)
        for new, old in enumerate(positions):
            where[old] = new
        self._rows = [self._rows[n] for n in positions]
        persistent = self.persistentIndexList()
        moved = [self.index(where[i.row()], i.column()) for i in persistent]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _in_order(self, rows: Sequence[R]) -> list[R]:
        column = self._sort_column
        if not 0 <= column < len(self._columns):
            return list(rows)
        descending = self._sort_order != ASCENDING
        return [rows[n] for n in sort_positions(rows, self._columns[column], descending)]


def record_table(model: ReadOnlyTableModel[Any], parent: QWidget) -> QTableView:
    """A table of ``model``'s records picked one whole row at a time, without row numbers, its
    last column taking the room left."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def sortable(table: QTableView) -> None:
    """Let header clicks sort ``table`` (its model's ``sort``); until the first click the rows
    keep the order they were given in."""
    table.horizontalHeader().setSortIndicator(-1, ASCENDING)
    table.setSortingEnabled(True)
