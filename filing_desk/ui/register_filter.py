"""RowFilter: what the register table's filter bar and search box ask for, as one value.

Filtering reads each row's precomputed ``search_text`` haystack (Chinese and English labels,
names, numbers, products), so a keystroke over 10,000 rows is one ``in`` per row and term.
``RegisterTableModel.set_filter`` applies it. Plain Python: no Qt, no SQL, no rules.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from filing_desk.domain.enums import AlgorithmState, AlgorithmType, Role
from filing_desk.domain.records import RegisterRow

Accepts = Callable[[RegisterRow], bool]


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

    def is_empty(self) -> bool:
        return self == RowFilter()

    def predicate(self) -> Accepts | None:
        """``accepts`` reduced to the checks this filter makes (None: every row passes). It is
        called for every row on every keystroke, so a search alone is one ``in`` per term."""
        if self.is_empty():
            return None
        others = (self.entity_id, self.algo_type, self.role, self.state)
        if self.overdue_only or any(v is not None for v in others):
            return self.accepts
        terms = self.terms
        if len(terms) == 1:
            term = terms[0]
            return lambda row: term in row.search_text
        return lambda row: all(t in row.search_text for t in terms)


def search_terms(text: str) -> tuple[str, ...]:
    """Lower-cased words of the search box; every word must match."""
    return tuple(word for word in text.lower().split() if word)
