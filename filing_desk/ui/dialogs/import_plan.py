"""What an import would do with the rows it keeps, counted before anything is written.

The import dialogs show this plan so the number announced equals the number the register
writes: rows already in the register are skipped (or updated, when the user chose so), and a
row naming the same algorithm as an earlier row of the file meets that row's record when it is
written, so it is skipped too (or updates it). Matching mirrors ``Register.import_rows``: by
filing number, else by entity and name when the numbers do not differ. No Qt, no I/O here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from filing_desk.transfer.batch import ImportRow


@dataclass(frozen=True)
class ImportPlan:
    """Counts of the kept rows: ``created`` + ``updated`` rows are written."""

    created: int = 0
    updated: int = 0
    skipped_existing: int = 0  # already in the register, "skip them" chosen
    skipped_repeats: int = 0  # the same algorithm as an earlier row of the file

    @property
    def written(self) -> int:
        return self.created + self.updated

    @property
    def skipped(self) -> int:
        return self.skipped_existing + self.skipped_repeats


def _same(a: ImportRow, b: ImportRow) -> bool:
    x, y = a.algorithm.filing_number, b.algorithm.filing_number
    if x and y:
        return x == y
    return (a.entity.name, a.algorithm.name) == (b.entity.name, b.algorithm.name)


def plan_import(rows: Iterable[ImportRow], existing: Iterable[int], update: bool) -> ImportPlan:
    """Plan the writing of ``rows`` (left-out rows already removed); ``existing`` holds the
    lines that match an algorithm of the register; ``update`` is the existing-rows choice."""
    in_register = set(existing)
    created = updated = skipped_existing = skipped_repeats = 0
    new: list[ImportRow] = []
    for row in rows:
        if row.line in in_register:
            if update:
                updated += 1
            else:
                skipped_existing += 1
        elif any(_same(row, earlier) for earlier in new):
            if update:
                updated += 1
            else:
                skipped_repeats += 1
        else:
            new.append(row)
            created += 1
    return ImportPlan(created, updated, skipped_existing, skipped_repeats)
