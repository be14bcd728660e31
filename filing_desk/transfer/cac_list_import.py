"""Importing rows from a CAC list: the list kept as evidence and its remarks acted on.

``read_list`` reads an annex with its evidence (title, batch, publication date, SHA-256 of the
file, every remark parsed). ``apply_list`` runs inside the import's transaction
(``register_io.apply``), through the register's ordinary commands, so that each step is
validated and audited as if a user had taken it:

* ``原主体名称“A”变更为“B”`` and the register holds A (not B): the entity is renamed B
  (``update_entity``) before the rows are imported, so they join it; the former name A is kept in
  the list record and its audit event (the entity has no former-names field: the lists are the
  evidence of a rename, and ``check-list`` reads the former names from them).
* ``已注销``: a filed algorithm with that number is cancelled as of the list — its cancellation
  is opened, submitted and accepted, each dated by the list's publication date.
* ``变更内容：…`` (and any other remark): kept in the list record as a change the list attests.

Each algorithm of the list carries its 公示批次 and 公示日期 (``list_batch``, ``list_published``)
from the FIRST list it appeared in: an algorithm created by the import takes this list's; one the
register held keeps an earlier list's and takes this one only when it had none or a later one.
The date is set only when the list's publication date was given (an estimate from the batch is
not a fact about the algorithm); lists are ordered by their date, else the batch's first day.
Rows match the register's algorithms by filing number first (``store.importer``): a list naming
an algorithm differently keeps the register's name and the import reports it.

No Qt. It must not write rows itself (the store does).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from filing_desk.domain.issues import Report
from filing_desk.domain.lifecycle import FILED_STATES
from filing_desk.store.cac_lists import CacListRecord
from filing_desk.transfer.batch import ImportBatch
from filing_desk.transfer.cac_check import fold
from filing_desk.transfer.cac_list import CacList, list_batch, read_cac_list
from filing_desk.transfer.cac_remarks import batch_of, batch_start, parse_remark
from filing_desk.transfer.limits import DEFAULT_LIMITS, Limits


@dataclass(frozen=True)
class ListSource:
    """A list's evidence, as read from its file."""

    title: str
    kind: str  # "algorithm" or "deep_synthesis"
    batch: str  # e.g. 2025年7月
    published: date | None
    published_estimated: bool  # True: the first day of the batch's month, not a given date
    sha256: str
    filename: str
    rows: int
    remarks: tuple[dict[str, Any], ...]  # every row with a remark, parsed

    def record(self, entities: list[str]) -> CacListRecord:
        return CacListRecord(
            title=self.title,
            kind=self.kind,
            batch=self.batch,
            published=self.published,
            published_estimated=self.published_estimated,
            sha256=self.sha256,
            filename=self.filename,
            rows=self.rows,
            entities=tuple(entities),
            remarks=self.remarks,
        )

    def with_published(self, published: date | None) -> ListSource:
        """The same list with the publication date the user gave (None: keep the estimate)."""
        if published is None:
            return self
        return ListSource(**{**self.__dict__, "published": published, "published_estimated": False})


def file_sha256(path: str | os.PathLike[str]) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


def source_of(cac: CacList, path: str | os.PathLike[str], published: date | None) -> ListSource:
    batch = batch_of(cac.title)
    remarks = tuple(
        {
            "line": row.line,
            "filing_number": row.filing_number,
            "entity": row.entity_name,
            "algorithm": row.name,
            **parse_remark(row.remark).as_dict(),
        }
        for row in cac.rows
        if row.remark.strip()
    )
    return ListSource(
        title=cac.title,
        kind="deep_synthesis" if cac.deep_synthesis else "algorithm",
        batch=batch,
        published=published or batch_start(batch),
        published_estimated=published is None,
        sha256=file_sha256(path),
        filename=Path(path).name,
        rows=len(cac.rows),
        remarks=remarks,
    )


def read_list(
    path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS, published: date | None = None
) -> tuple[ImportBatch, ListSource]:
    """An annex's rows as an import batch, and its evidence."""
    cac = read_cac_list(path, limits)
    source = source_of(cac, path, published)
    return listed_in(list_batch(cac, Path(path).name), source), source


def listed_in(batch: ImportBatch, source: ListSource) -> ImportBatch:
    """The rows' algorithms carrying the list's batch and (when given) its publication date."""
    when = None if source.published_estimated else source.published
    return batch.with_rows(
        replace(r, algorithm=replace(r.algorithm, list_batch=source.batch, list_published=when))
        for r in batch.rows
    )


@dataclass(frozen=True)
class ListOutcome:
    """What importing from a list did beyond the rows."""

    record: CacListRecord
    new: bool  # False: the same file (by hash) was imported before
    renamed: tuple[tuple[str, str], ...]  # (former, new) entity names changed in the register
    cancelled: tuple[str, ...]  # the algorithms recorded as cancelled
    first_listed: tuple[str, ...] = ()  # register algorithms this list is now the first of

    def lines(self) -> list[str]:
        r = self.record
        when = f"{r.published}{' (estimated from the batch)' if r.published_estimated else ''}"
        seen = "recorded" if self.new else "already recorded (same file, by its SHA-256)"
        out = [f"list {seen}: {r.title} · batch {r.batch} · published {when} · sha256 {r.sha256}"]
        out += [f"entity renamed per the list: “{a}” → “{b}”" for a, b in self.renamed]
        out += [f"cancelled as of the list ({r.published}): {name}" for name in self.cancelled]
        out += [f"first listed in this list ({r.batch}): {name}" for name in self.first_listed]
        return out


def apply_list(
    register: Any, source: ListSource, batch: ImportBatch, import_rows: Callable[[], Any]
) -> ListOutcome:
    """Rename, import (``import_rows``), cancel, record the list: in the caller's transaction."""
    chosen = {r.line for r in batch.rows}
    mine = [r for r in source.remarks if r["line"] in chosen]
    renamed = _rename_entities(register, mine)
    before = {a.filing_number: _listing(a) for a in register.algorithms() if a.filing_number}
    import_rows()
    first = _keep_first_listing(register, batch, before)
    cancelled = _cancel(register, source, mine)
    entities = list(dict.fromkeys(r.entity.name for r in batch.rows))
    extra = {
        "renamed": [list(r) for r in renamed],
        "cancelled": list(cancelled),
        "first_listed": first,
        "remarks": [r for r in mine if r["renames"] or r["changes"] or r["cancelled"]],
    }
    record, new = register.record_cac_list(source.record(entities), extra)
    return ListOutcome(record, new, tuple(renamed), tuple(cancelled), tuple(first))


Listing = tuple[str, date | None]  # (list_batch, list_published)


def _listing(algorithm: Any) -> Listing:
    return algorithm.list_batch, algorithm.list_published


def _when(listing: Listing) -> date:
    """When a listing was published: its date, else its batch's first day; never: date.max."""
    return listing[1] or batch_start(listing[0]) or date.max


def _keep_first_listing(register: Any, batch: ImportBatch, before: dict[str, Listing]) -> list[str]:
    """Give each listed algorithm the earlier of the listing it had and this list's; the names of
    the algorithms the register held that take this list's (created ones have it already)."""
    now = {a.filing_number: a for a in register.algorithms() if a.filing_number}
    changed: list[str] = []
    for row in batch.rows:
        algo = now.get(row.algorithm.filing_number)
        if algo is None:
            continue
        had = before.get(algo.filing_number) or ("", None)
        first = _first(had, _listing(row.algorithm))
        if _listing(algo) != first:
            register.update_algorithm(algo.id, list_batch=first[0], list_published=first[1])
            algo = replace(algo, list_batch=first[0], list_published=first[1])
            now[algo.filing_number] = algo
        if first != had and algo.filing_number in before and algo.name not in changed:
            changed.append(algo.name)
    return changed


def _first(had: Listing, this: Listing) -> Listing:
    """The earlier listing; the same batch takes a date it lacked from this list."""
    if not had[0]:
        return this
    if had[0] == this[0]:
        return had[0], had[1] or this[1]
    return had if _when(had) <= _when(this) else this


def _rename_entities(register: Any, remarks: list[dict[str, Any]]) -> list[tuple[str, str]]:
    done: list[tuple[str, str]] = []
    for item in remarks:
        for former, new in item["renames"]:
            by_name = {fold(e.name): e for e in register.entities()}
            old = by_name.get(fold(former))
            if old is not None and fold(new) not in by_name:
                register.update_entity(old.id, name=new)
                done.append((former, new))
    return done


def _cancel(register: Any, source: ListSource, remarks: list[dict[str, Any]]) -> list[str]:
    numbers = {_digits(r["filing_number"]) for r in remarks if r["cancelled"]}
    when = source.published or register.today()
    reason = f"{source.title}: 已注销"
    done = []
    for algo in register.algorithms():
        if algo.filing_number in numbers and algo.state in FILED_STATES:
            proc = register.terminate(algo.id, when, reason)
            register.mark_ready(proc.id, Report())
            register.submit(proc.id, when)
            register.record_filed(proc.id, when)
            done.append(algo.name)
    return done


def _digits(number: str) -> str:
    return "".join(c for c in number if c.isdigit())
