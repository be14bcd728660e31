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

No Qt. It must not write rows itself (the store does).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
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
    return list_batch(cac, Path(path).name), source_of(cac, path, published)


@dataclass(frozen=True)
class ListOutcome:
    """What importing from a list did beyond the rows."""

    record: CacListRecord
    new: bool  # False: the same file (by hash) was imported before
    renamed: tuple[tuple[str, str], ...]  # (former, new) entity names changed in the register
    cancelled: tuple[str, ...]  # the algorithms recorded as cancelled

    def lines(self) -> list[str]:
        r = self.record
        when = f"{r.published}{' (estimated from the batch)' if r.published_estimated else ''}"
        seen = "recorded" if self.new else "already recorded (same file, by its SHA-256)"
        out = [f"list {seen}: {r.title} · batch {r.batch} · published {when} · sha256 {r.sha256}"]
        out += [f"entity renamed per the list: “{a}” → “{b}”" for a, b in self.renamed]
        out += [f"cancelled as of the list ({r.published}): {name}" for name in self.cancelled]
        return out


def apply_list(
    register: Any, source: ListSource, batch: ImportBatch, import_rows: Callable[[], Any]
) -> ListOutcome:
    """Rename, import (``import_rows``), cancel, record the list: in the caller's transaction."""
    chosen = {r.line for r in batch.rows}
    mine = [r for r in source.remarks if r["line"] in chosen]
    renamed = _rename_entities(register, mine)
    import_rows()
    cancelled = _cancel(register, source, mine)
    entities = list(dict.fromkeys(r.entity.name for r in batch.rows))
    extra = {
        "renamed": [list(r) for r in renamed],
        "cancelled": list(cancelled),
        "remarks": [r for r in mine if r["renames"] or r["changes"] or r["cancelled"]],
    }
    record, new = register.record_cac_list(source.record(entities), extra)
    return ListOutcome(record, new, tuple(renamed), tuple(cancelled))


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
