"""The CAC lists imported into the register, kept as evidence (domain.md Part A item 17).

``CacListService`` records one list per distinct file (its SHA-256): title, batch, publication
date (or its estimate), the entities whose rows were imported from it and the remarks it printed,
parsed; re-importing the same file is recognised by its hash and adds the newly chosen entities
to the same record. Every write is audited in the caller's transaction. It must not read files
or parse remarks (``transfer`` does) nor change algorithms or entities (the importer, the records
and the procedures services do, called by ``transfer.cac_list_import``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select

from filing_desk.store.schema import CacListRow
from filing_desk.store.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class CacListRecord:
    """One imported list. ``remarks``: one dict per row with a remark (line, filing_number,
    entity, algorithm, remark, cancelled, renames, changes)."""

    title: str
    kind: str  # "algorithm" or "deep_synthesis"
    batch: str
    published: date | None
    sha256: str
    filename: str = ""
    published_estimated: bool = False
    rows: int = 0
    entities: tuple[str, ...] = ()
    remarks: tuple[dict[str, Any], ...] = field(default=())
    id: int | None = None
    imported_at: datetime | None = None

    def renames(self) -> list[tuple[str, str]]:
        """(former, new) entity names the list's remarks record."""
        return [(r[0], r[1]) for item in self.remarks for r in item.get("renames", ())]

    def summary(self) -> dict[str, object]:
        """What the audit event keeps of it."""
        return {
            "title": self.title,
            "kind": self.kind,
            "batch": self.batch,
            "published": self.published,
            "published_estimated": self.published_estimated,
            "filename": self.filename,
            "sha256": self.sha256,
            "rows": self.rows,
            "entities": list(self.entities),
        }


def _record(row: CacListRow) -> CacListRecord:
    return CacListRecord(
        id=row.id,
        title=row.title,
        kind=row.kind,
        batch=row.batch,
        published=row.published,
        published_estimated=row.published_estimated,
        filename=row.filename,
        sha256=row.sha256,
        rows=row.rows,
        entities=tuple(json.loads(row.entities_json)),
        remarks=tuple(json.loads(row.remarks_json)),
        imported_at=row.imported_at,
    )


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class CacListService:
    """The imported lists: record one, read them, the former names they attest."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def record_cac_list(
        self, record: CacListRecord, audit_extra: dict[str, object] | None = None
    ) -> tuple[CacListRecord, bool]:
        """Keep ``record`` (new: True) or, for a file imported before, add its new entities to
        the record kept then (False). ``audit_extra``: what the import did, for the event."""
        with self._uow.transaction() as s:
            row = s.scalars(select(CacListRow).where(CacListRow.sha256 == record.sha256)).first()
            extra = dict(audit_extra or {})
            if row is None:
                row = CacListRow(
                    title=record.title,
                    kind=record.kind,
                    batch=record.batch,
                    published=record.published,
                    published_estimated=record.published_estimated,
                    filename=record.filename,
                    sha256=record.sha256,
                    rows=record.rows,
                    entities_json=_dump(list(record.entities)),
                    remarks_json=_dump(list(record.remarks)),
                    imported_at=datetime.now(UTC).replace(tzinfo=None),
                )
                s.add(row)
                s.flush()
                self._uow.audit(
                    "cac_list.import", "cac_list", row.id, None, {**record.summary(), **extra}
                )
                return _record(row), True
            before = json.loads(row.entities_json)
            entities = list(dict.fromkeys([*before, *record.entities]))
            row.entities_json = _dump(entities)
            self._uow.audit(
                "cac_list.reimport",
                "cac_list",
                row.id,
                {"entities": before},
                {"entities": entities, "sha256": row.sha256, **extra},
            )
            return _record(row), False

    def cac_lists(self) -> list[CacListRecord]:
        """Every imported list, the latest publication first."""
        with self._uow.session() as s:
            rows = s.scalars(select(CacListRow)).all()
            records = [_record(r) for r in rows]
        return sorted(records, key=lambda r: (r.published or date.min, r.id or 0), reverse=True)

    def cac_list_by_hash(self, sha256: str) -> CacListRecord | None:
        with self._uow.session() as s:
            row = s.scalars(select(CacListRow).where(CacListRow.sha256 == sha256)).first()
            return _record(row) if row is not None else None

    def former_names(self) -> dict[str, list[str]]:
        """Entity name → the former names the imported lists attest (oldest list first)."""
        found: dict[str, list[str]] = {}
        for record in reversed(self.cac_lists()):
            for former, new in record.renames():
                names = found.setdefault(new, [])
                if former not in names:
                    names.append(former)
        return found


__all__ = ["CacListRecord", "CacListService"]
