"""RegisterFilterProxy: filters (entity, type, role, state, overdue), search and sorting.

Filtering reads each row's precomputed ``search_text`` haystack (Chinese and English labels,
names, numbers, products), so it stays fast. Sorting uses the model's raw ``SORT_ROLE``; text is
compared with a QCollator (Chinese by pinyin). No SQL and no rules here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

from filing_desk.domain.enums import AlgorithmState, AlgorithmType, Role
from filing_desk.domain.records import RegisterRow
from filing_desk.ui.register_model import ROW_ROLE, SORT_ROLE, RegisterTableModel

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class RowFilter:
    """What the filter bar asks for; ``None`` means any."""

    entity_id: int | None = None
    algo_type: AlgorithmType | None = None
    role: Role | None = None
    state: AlgorithmState | None = None
    overdue_only: bool = False
    terms: tuple[str, ...] = field(default=())

    def accepts(self, row: RegisterRow) -> bool:
        if self.entity_id is not None and row.entity_id != self.entity_id:
            return False
        if self.algo_type is not None and row.algo_type is not self.algo_type:
            return False
        if self.role is not None and row.role is not self.role:
            return False
        if self.state is not None and row.state is not self.state:
            return False
        if self.overdue_only and not row.overdue:
            return False
        return all(term in row.search_text for term in self.terms)


def search_terms(text: str) -> tuple[str, ...]:
    """Lower-cased words of the search box; every word must match."""
    return tuple(word for word in text.lower().split() if word)


class RegisterFilterProxy(QSortFilterProxyModel):
    """Filter and sort the register table."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._filter = RowFilter()
        self._collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        self._collator.setNumericMode(True)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    @property
    def row_filter(self) -> RowFilter:
        return self._filter

    def set_filter(self, row_filter: RowFilter) -> None:
        if row_filter == self._filter:
            return
        self.beginFilterChange()
        self._filter = row_filter
        source = self.sourceModel()
        if isinstance(source, RegisterTableModel) and row_filter != RowFilter():
            source.fetch_all()  # a filter must see every row, not only the fetched batches
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        row = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        return row is not None and self._filter.accepts(row)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if isinstance(a, str) and isinstance(b, str):
            return self._collator.compare(a, b) < 0
        return (a is not None, a) < (b is not None, b)
