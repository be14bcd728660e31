"""The register against one CAC list: listed, missing, renamed, cancelled or differs.

Pure comparison (domain.md Part A item 17): for each filed algorithm of the register, the list is
searched for its filing number; the row's names, type, role and main use are compared and its
remark read (``cac_remarks``). ``renamed``: the entity names differ and a rename explains it (the
row's remark, or a former name the register learnt from an earlier list); ``cancelled``: the
row's remark says 已注销; ``missing``: the list does not carry the number (a list is one batch, so
this is expected for other batches) or the register holds none. No Qt, no database, no files.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from filing_desk.domain.records import Algorithm, Entity
from filing_desk.transfer.batch import ImportBatch, ImportRow
from filing_desk.transfer.cac_remarks import parse_remark

SUMMARY = ("listed", "missing", "renamed", "cancelled", "differs")


class ListStatus(StrEnum):
    LISTED = "listed"  # number, names, type and role match
    MISSING = "missing"  # the list does not carry the number, or the register holds none
    RENAMED = "renamed"  # only the entity's name differs, and a rename explains it
    CANCELLED = "cancelled"  # the list's remark says 已注销
    DIFFERS = "differs"  # something else differs: see ``differences``


@dataclass(frozen=True)
class ListMatch:
    entity_name: str
    algorithm_name: str
    filing_number: str
    status: ListStatus
    list_line: int | None = None
    list_entity: str = ""
    list_name: str = ""
    list_remark: str = ""
    differences: tuple[str, ...] = ()  # what differs, one phrase each
    former_name: str = ""  # the entity's former name, when a rename is known …
    renamed_to: str = ""  # … and the name it took
    changes: tuple[str, ...] = field(default=())  # the changes the list's remark attests

    @property
    def has_number(self) -> bool:
        return bool(self.filing_number)


def fold(text: str) -> str:
    """Names compared as the CAC prints them: width and spaces do not count."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def compare_with_list(
    list_batch: ImportBatch,
    filed: Iterable[tuple[Entity, Algorithm]],
    former_names: Mapping[str, Iterable[str]] | None = None,
) -> tuple[ListMatch, ...]:
    """For each (entity, algorithm) of the register, its status against the list.

    ``former_names`` maps an entity name (folded) to the former names the register knows for it
    (from the lists imported before)."""
    by_number = {r.algorithm.filing_number: r for r in list_batch.rows if r.algorithm.filing_number}
    known = {fold(k): {fold(n) for n in v} for k, v in (former_names or {}).items()}
    return tuple(_match(entity, algorithm, by_number, known) for entity, algorithm in filed)


def _match(
    entity: Entity,
    algorithm: Algorithm,
    by_number: dict[str, ImportRow],
    known: dict[str, set[str]],
) -> ListMatch:
    base = ListMatch(entity.name, algorithm.name, algorithm.filing_number, ListStatus.MISSING)
    row = by_number.get(algorithm.filing_number) if algorithm.filing_number else None
    if row is None:
        return base
    remark = parse_remark(row.remark)
    differences = _differences(row, algorithm)
    rename: tuple[str, str] | None = remark.renames[0] if remark.renames else None
    if fold(row.entity.name) != fold(entity.name):
        rename = _rename(entity.name, row.entity.name, remark.renames, known)
        if rename is None:
            differences.insert(0, f"entity name: the list prints “{row.entity.name}”")
    if remark.cancelled:
        status = ListStatus.CANCELLED
    elif differences:
        status = ListStatus.DIFFERS
    else:
        status = (
            ListStatus.RENAMED if fold(row.entity.name) != fold(entity.name) else ListStatus.LISTED
        )
    return ListMatch(
        entity.name,
        algorithm.name,
        algorithm.filing_number,
        status,
        list_line=row.line,
        list_entity=row.entity.name,
        list_name=row.algorithm.name,
        list_remark=row.remark,
        differences=tuple(differences),
        former_name=rename[0] if rename else "",
        renamed_to=rename[1] if rename else "",
        changes=remark.changes,
    )


def _rename(
    ours: str, theirs: str, renames: tuple[tuple[str, str], ...], known: dict[str, set[str]]
) -> tuple[str, str] | None:
    """(former, new) when a rename explains why the register and the list differ, else None."""
    for former, new in renames:
        if fold(former) == fold(ours) and fold(new) == fold(theirs):
            return former, new  # the register still holds the old name
    if fold(theirs) in known.get(fold(ours), set()):
        return theirs, ours  # an older list: it prints the entity's former name
    if fold(ours) in known.get(fold(theirs), set()):
        return ours, theirs
    return None


def _differences(row: ImportRow, algorithm: Algorithm) -> list[str]:
    listed = row.algorithm
    found = []
    if fold(listed.name) != fold(algorithm.name):
        found.append(f"algorithm name: the list prints “{listed.name}”")
    if listed.algo_type is not algorithm.algo_type:
        found.append(
            f"type: the list prints {listed.algo_type.zh}, the register {algorithm.algo_type.zh}"
        )
    if listed.role is not algorithm.role:
        found.append(f"role: the list prints {listed.role.zh}, the register {algorithm.role.zh}")
    if algorithm.main_use and listed.main_use and fold(listed.main_use) != fold(algorithm.main_use):
        found.append(f"main use: the list prints “{listed.main_use}”")
    return found


def counts(matches: Iterable[ListMatch]) -> dict[ListStatus, int]:
    found = list(matches)
    return {s: sum(1 for m in found if m.status is s) for s in ListStatus}


def summary_line(matches: Iterable[ListMatch]) -> str:
    """``listed: N  missing: M  renamed: R  cancelled: C  differs: D``."""
    count = counts(matches)
    return "  ".join(f"{s.value}: {count[s]}" for s in ListStatus)


def check_against_list(
    list_batch: ImportBatch,
    filed: Iterable[tuple[Entity, Algorithm]],
    former_names: Mapping[str, Iterable[str]] | None = None,
    heading: Iterable[str] = (),
) -> list[str]:
    """The comparison as report lines: a heading, one line per algorithm, the summary line."""
    matches = compare_with_list(list_batch, filed, former_names)
    lines = [f"check against list: {list_batch.source}", *heading]
    lines += [match_line(m) for m in matches]
    lines.append(summary_line(matches))
    return lines


def match_line(m: ListMatch) -> str:
    """One algorithm's line: its status first, then who, the number and what the list says."""
    who = f"{m.entity_name} / {m.algorithm_name}"
    if not m.filing_number:
        return f"missing: {who}: the register holds no filing number"
    number = f"网信算备{m.filing_number}号"
    if m.list_line is None:
        return f"missing: {who} {number}: this list does not carry the number"
    parts = list(m.differences)
    if m.status is ListStatus.CANCELLED:
        parts.insert(0, "the list marks it 已注销 (cancelled)")
    if m.former_name:
        parts.append(f"entity renamed: “{m.former_name}” → “{m.renamed_to}”")
    parts += [f"the list attests a change: {c}" for c in m.changes]
    detail = f": {'; '.join(parts)}" if parts else ""
    return f"{m.status.value}: {who} {number} in row {m.list_line}{detail}"
