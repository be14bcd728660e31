"""RegisterTableModel: the register table over ``RegisterRow`` records, fetched in batches,
filtered and sorted in one Python pass each.

Its columns are a ``table_model.Column`` table (text per cell, raw values for sorting: dates,
codes, numbers; names in Chinese collation). Rows arrive in batches (``canFetchMore`` /
``fetchMore``) so the first rows show at once; the batches are taken from the filtered, sorted
order, so filtering and sorting belong here, before the batching, and not to a proxy above it
(which would see only the fetched rows, or call back into Python for every row and comparison).
A filter change re-lays the model out once; 10,000 rows cost a few milliseconds a keystroke.

``update_rows``/``remove_rows`` bring single rows up to date with signals for those rows only
(the seam for a targeted refresh after a write). No SQL and no rules here.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from filing_desk.domain.records import RegisterRow
from filing_desk.ui.register_columns import Column, register_columns
from filing_desk.ui.register_filter import Accepts, RowFilter
from filing_desk.ui.row_steps import Insert, Move, Remove, Step, plan_steps
from filing_desk.ui.table_model import (
    KEY_ROLE,
    ROW_ROLE,
    SORT_ROLE,
    Index,
    ReadOnlyTableModel,
    collation_key,
    sort_positions,
)

BATCH = 500
FEW = 32  # up to this many rows are put in place one by one; more re-sort everything once
DESCENDING = Qt.SortOrder.DescendingOrder
RECORD_ID_ROLE = KEY_ROLE  # the algorithm's id
__all__ = ["BATCH", "RECORD_ID_ROLE", "ROW_ROLE", "SORT_ROLE", "Column", "RegisterTableModel"]


class RegisterTableModel(ReadOnlyTableModel[RegisterRow]):
    """One row per algorithm; columns in ``Column`` order. ``rows()`` holds every row of the
    register; the table shows those the filter accepts, as far as the view has fetched them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, key=attrgetter("algorithm_id"))
        self._all: list[RegisterRow] = []  # every row, in the current order
        self._by_id: dict[int, RegisterRow] = {}  # ``_all`` by id, built when first needed
        self._indexed: list[RegisterRow] | None = None  # the ``_all`` list ``_by_id`` indexes
        self._overdue = 0  # overdue rows in ``_counted``, kept up to date by ``_move_one``
        self._counted: list[RegisterRow] | None = None
        self._shown = 0  # how many of the accepted rows (``_rows``) the view has fetched
        self._filter = RowFilter()
        self._accepts: Accepts | None = None
        self.set_columns(register_columns())

    # --- data in ------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[RegisterRow]) -> None:
        """Replace every row (a reload); the first batch is shown at once."""
        self.beginResetModel()
        self._all = self._sorted(rows)
        self._rows = self._filtered(self._all)
        self._shown = len(self._rows) if self._accepts else min(BATCH, len(self._rows))
        self.endResetModel()

    def apply_rows(self, rows: Sequence[RegisterRow]) -> None:
        """Bring the model in line with ``rows``: changed cells, inserted and removed rows."""
        new = {r.algorithm_id: r for r in rows}
        old_ids = [r.algorithm_id for r in self._all]
        if self._shown < len(self._rows) or set(old_ids) - set(new):
            self.set_rows(rows)
            return
        known = set(old_ids)
        added = [r for r in rows if r.algorithm_id not in known]
        if added or any(new[r.algorithm_id] != r for r in self._all):
            self._relayout([new[a] for a in old_ids] + added)

    def update_rows(self, rows: Sequence[RegisterRow]) -> None:
        """Bring these rows up to date (adding the ones not known yet), each where the order
        and the filter now put it; only their rows signal (changed, moved, shown or hidden)."""
        if len(rows) <= FEW:  # an edit: each row taken out and put back where it now goes
            for row in rows:
                self._move_one(row.algorithm_id, row)
            return
        fresh = {r.algorithm_id: r for r in rows}
        known = {r.algorithm_id for r in self._all}
        merged = [fresh.get(r.algorithm_id, r) for r in self._all]
        self._settle(merged + [r for r in rows if r.algorithm_id not in known], fresh)

    def remove_rows(self, algorithm_ids: Collection[int]) -> None:
        """Take these algorithms out (after a deletion); only their rows signal."""
        gone = set(algorithm_ids)
        if len(gone) <= FEW:
            for algorithm_id in gone:
                self._move_one(algorithm_id, None)
            return
        self._settle([r for r in self._all if r.algorithm_id not in gone], dict.fromkeys(gone))

    def _move_one(self, algorithm_id: int, row: RegisterRow | None) -> None:
        """Take the algorithm's row out (if there) and put ``row`` (None: nothing) where the
        order and the filter put it: binary searches, so a few keys computed, not 10,000."""
        before = self.row_by_id(algorithm_id)
        if before is not None:
            at = self._find(self._all, before)
            assert at is not None  # it is in the index, so in the list
            del self._all[at]
            del self._by_id[algorithm_id]
        if row is not None:
            self._all.insert(self._place(self._all, row), row)
            self._by_id[algorithm_id] = row
        if self._counted is self._all:
            self._overdue += bool(row and row.overdue) - bool(before and before.overdue)
        source = None if before is None else self._find(self._rows, before)
        if row is None or (self._accepts is not None and not self._accepts(row)):
            if source is not None:  # filtered out or gone: its row leaves the table
                self._step(Remove(source), {})
            return
        to = self._place(self._rows, row)  # among the rows without its old one (no copy):
        to -= source is not None and source < to  # one place less if that one came before
        step = Insert(algorithm_id, to) if source is None else Move(algorithm_id, source, to)
        self._step(step, {algorithm_id: row})

    def row_by_id(self, algorithm_id: int) -> RegisterRow | None:
        """The algorithm's row (filtered out or not); None if it is not in the register."""
        if self._indexed is not self._all:  # a reload, sort or filter made a new list
            self._by_id = {r.algorithm_id: r for r in self._all}
            self._indexed = self._all
        return self._by_id.get(algorithm_id)

    def _find(self, rows: list[RegisterRow], row: RegisterRow) -> int | None:
        """Where ``row`` stands in ``rows`` (in the current order); None if absent."""
        at = self._place(rows, row)
        if at < len(rows) and rows[at].algorithm_id == row.algorithm_id:
            return at
        if rows is self._rows and self._accepts is not None and not self._accepts(row):
            return None  # filtered out: not in the shown rows
        return next((n for n, r in enumerate(rows) if r.algorithm_id == row.algorithm_id), None)

    def _place(self, rows: list[RegisterRow], row: RegisterRow) -> int:
        """Where ``row`` goes in ``rows`` (in the current order): the order ``_sorted`` makes."""
        key = self._order_key(row)
        lo, hi = 0, len(rows)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._precedes(self._order_key(rows[mid]), key):
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _order_key(self, row: RegisterRow) -> tuple[bool, Any, int]:
        if not 0 <= self._sort_column < len(self._columns):
            return (False, None, row.algorithm_id)
        column = self._columns[self._sort_column]
        value = (column.sort or column.text)(row)
        if column.collate and isinstance(value, str):
            value = collation_key(value)
        return (value is None, value, row.algorithm_id)

    def _precedes(self, a: tuple[bool, Any, int], b: tuple[bool, Any, int]) -> bool:
        """``a`` before ``b``: values in the sort direction, empty ones last, ties by id."""
        if a[0] != b[0]:
            return b[0]
        if not a[0] and self._sort_column >= 0:
            first, second = (b[1], a[1]) if self._sort_order == DESCENDING else (a[1], b[1])
            if first < second:
                return True
            if second < first:
                return False
        return a[2] < b[2]

    def _settle(self, rows: list[RegisterRow], touched: Mapping[int, RegisterRow | None]) -> None:
        """Take ``rows`` as every row, where only the ``touched`` ones changed: one step per
        touched row, each with its own signal (a reset if the rest would not keep its order)."""
        ordered = self._sorted(rows)
        target = self._filtered(ordered)
        steps = plan_steps(
            [r.algorithm_id for r in self._rows], [r.algorithm_id for r in target], set(touched)
        )
        if steps is None:
            self.set_rows(rows)
            return
        self._all = ordered
        for step in steps:
            self._step(step, touched)

    def _step(self, step: Step[int], fresh: Mapping[int, RegisterRow | None]) -> None:
        if isinstance(step, Remove):
            self._take(step.at)
            return
        row = fresh[step.key]
        assert row is not None  # only removed rows are None, and they are only taken
        if isinstance(step, Insert):
            self._put(step.at, row)
            return
        source, to, shown = step.source, step.to, self._shown
        if source == to:
            self._rows[to] = row
            if to < shown:
                self.dataChanged.emit(self.index(to, 0), self.index(to, len(self._columns) - 1))
            return
        left = shown - 1 if source < shown else shown  # shown once the row is taken out
        if source < shown and (to < left or to == left == len(self._rows) - 1):
            self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), to + (to > source))
            del self._rows[source]
            self._rows.insert(to, row)
            self.endMoveRows()
            self.dataChanged.emit(self.index(to, 0), self.index(to, len(self._columns) - 1))
            return
        self._take(source)
        self._put(to, row)

    def _take(self, at: int) -> None:
        if at >= self._shown:  # not fetched yet: no row to remove from the view
            del self._rows[at]
            return
        self.beginRemoveRows(QModelIndex(), at, at)
        del self._rows[at]
        self._shown -= 1
        self.endRemoveRows()

    def _put(self, at: int, row: RegisterRow) -> None:
        if at > self._shown or (at == self._shown < len(self._rows)):  # among the unfetched
            self._rows.insert(at, row)
            return
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.insert(at, row)
        self._shown += 1
        self.endInsertRows()

    @property
    def row_filter(self) -> RowFilter:
        return self._filter

    def set_filter(self, row_filter: RowFilter) -> None:
        """Show the rows ``row_filter`` accepts, all of them at once (every row, in batches,
        for the empty filter)."""
        if row_filter == self._filter:
            return
        self._filter, self._accepts = row_filter, row_filter.predicate()
        self._relayout(self._all, resort=False, show_all=True)

    def _relayout(
        self, rows: Sequence[RegisterRow], *, resort: bool = True, show_all: bool = False
    ) -> None:
        """Re-sort and re-filter ``rows`` in one layout change; selections follow their rows.

        Every accepted row is shown after a filter change (so counts are exact); otherwise the
        fetched batches stay as they were.
        """
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [self._rows[i.row()].algorithm_id for i in persistent]
        self._all = self._sorted(rows) if resort else list(rows)
        self._rows = self._filtered(self._all)
        fetched = max(min(self._shown, len(self._rows)), min(BATCH, len(self._rows)))
        self._shown = len(self._rows) if show_all or self._accepts else fetched
        where = {r.algorithm_id: n for n, r in enumerate(self._rows[: self._shown])}
        self.changePersistentIndexList(
            persistent,
            [
                self.index(where[a], i.column()) if a in where else QModelIndex()
                for a, i in zip(held, persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _filtered(self, rows: list[RegisterRow]) -> list[RegisterRow]:
        accepts = self._accepts
        return [r for r in rows if accepts(r)] if accepts else list(rows)

    def fetch_all(self) -> None:
        while self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    # --- data out -----------------------------------------------------------------------

    def row_of(self, algorithm_id: int) -> int | None:
        """Where the algorithm is shown (fetching every row); None when absent or filtered out."""
        self.fetch_all()
        for position, r in enumerate(self._rows):
            if r.algorithm_id == algorithm_id:
                return position
        return None

    def total(self) -> int:
        return len(self._all)

    def matching(self) -> int:
        """Rows the filter accepts, whether the view has fetched them yet or not."""
        return len(self._rows)

    def rows(self) -> list[RegisterRow]:
        """Every row in the current order, accepted by the filter or not (do not modify)."""
        return self._all

    def loading(self) -> bool:
        """True while rows are still arriving from the register."""
        return False

    def overdue_count(self) -> int:
        if self._counted is not self._all:  # a reload, sort or filter made a new list
            self._overdue, self._counted = sum(1 for r in self._all if r.overdue), self._all
        return self._overdue

    # --- order --------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order every row by ``column`` (-1: the store's order); selections follow their rows."""
        self._sort_column, self._sort_order = column, order
        if self._all:
            self._relayout(self._all)

    def _sorted(self, rows: Sequence[RegisterRow]) -> list[RegisterRow]:
        """In the column's order, ties by id: the same rows give the same order, however they
        came (a reload, or one update after another)."""
        by_id = sorted(rows, key=attrgetter("algorithm_id"))
        if not 0 <= self._sort_column < len(self._columns):
            return by_id
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        column = self._columns[self._sort_column]
        return [by_id[n] for n in sort_positions(by_id, column, descending)]

    # --- Qt model API -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        more = min(BATCH, len(self._rows) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()
