"""Between the register and the file formats: read a register into a snapshot, import a file.

No Qt. Reading and validating are the pure functions of this package; the writing is the store's
(``Register.import_rows`` / ``import_snapshot``), each one transaction: all rows or none. A CAC
list's import also records the list and acts on its remarks (``cac_list_import``); ``check_list``
compares the register with a list (``cac_check``), using the former names the lists recorded.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from filing_desk.domain.enums import AlgorithmState
from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.issues import Issue
from filing_desk.transfer.batch import ImportBatch, RegisterSnapshot
from filing_desk.transfer.errors import TransferError, UnsupportedFormat
from filing_desk.transfer.limits import DEFAULT_LIMITS, Limits

if TYPE_CHECKING:
    from filing_desk.transfer.cac_list_import import ListSource
    from filing_desk.transfer.service_columns import ServiceSheets


class ExportFailed(TransferError):
    """The export file could not be written; nothing was left behind."""

    code = "transfer.export_failed"


FILED = (AlgorithmState.FILED, AlgorithmState.CHANGE_PENDING, AlgorithmState.CHANGE_SUBMITTED)
CHECKED = (
    *FILED,
    AlgorithmState.CANCEL_PENDING,
    AlgorithmState.CANCEL_SUBMITTED,
    AlgorithmState.CANCELLED,
    AlgorithmState.CANCELLED_BY_CAC,
)
"""The states ``check-list`` reports on: filed, and filed then cancelled (a list may say so)."""


def snapshot_of(register: Any, entity_id: int | None = None) -> RegisterSnapshot:
    """The register (or one entity's part of it) as records, for the exporters."""
    from filing_desk.transfer.service_io import services_of

    services, displays = services_of(register)
    snapshot = RegisterSnapshot(
        services=services,
        service_displays=displays,
        entities=tuple(register.entities()),
        algorithms=tuple(register.algorithms()),
        products=tuple(register.products()),
        models=tuple(register.models()),
        procedures=tuple(register.procedures()),
        links=tuple(p.link for p in register.linked_products()),
    )
    return snapshot.for_entity(entity_id) if entity_id is not None else snapshot


def export_register(
    register: Any, fmt: str, path: Path, entity_id: int | None = None, lang: str = "zh"
) -> Path:
    from filing_desk.transfer import export

    writers = {"xlsx": export.export_xlsx, "csv": export.export_csv, "json": export.export_json}
    if fmt not in writers:
        raise UnsupportedFormat(f"cannot export as {fmt!r}; choose xlsx, csv or json")
    if entity_id is not None:
        register.entity(entity_id)  # an unknown id fails with a clear message
    snapshot = snapshot_of(register, entity_id)
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        writers[fmt](snapshot, partial, lang)
        if fmt == "csv":  # the services beside it, named after the file asked for
            export.export_service_csvs(snapshot, path, lang)
        os.replace(partial, path)
    except Exception as exc:  # disk full, read-only folder, serialiser errors: one clear message
        with contextlib.suppress(OSError):
            partial.unlink()
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise ExportFailed(
            f"The export could not be written to {path}: {reason} (is the disk "
            "full or the folder read-only?). No partial file was left."
        ) from exc
    return path


@dataclass(frozen=True)
class Prepared:
    """A file read and validated, not yet written: the report and what would be written."""

    batch: ImportBatch
    snapshot: RegisterSnapshot | None = None  # whole-register JSON
    cac: ListSource | None = None  # a CAC list: its evidence, recorded on import
    services: ServiceSheets | None = None  # a workbook's services sheets, a CSV's files beside

    def existing(self, register: Any) -> list[tuple[int, str]]:
        """Rows (line, algorithm name) that match an algorithm of the register: by filing
        number, else by entity+name (as ``Register.import_rows`` matches them)."""
        rows = register.register_rows()
        numbers = {r.filing_number for r in rows if r.filing_number}
        known = {(r.entity_name, r.name) for r in rows}
        return [
            (row.line, row.algorithm.name)
            for row in self.batch.rows
            if row.algorithm.filing_number in numbers
            or (row.entity.name, row.algorithm.name) in known
        ]


def prepare(
    path: Path,
    entities: list[str] | None = None,
    limits: Limits = DEFAULT_LIMITS,
    mapping: dict[int, str] | None = None,
    published: date | None = None,
) -> Prepared:
    """Read and validate ``path`` (xlsx, csv, json or a CAC .docx list); nothing is written.

    ``published``: a CAC list's publication date (else estimated from its batch)."""
    suffix = Path(path).suffix.lower()
    if suffix == ".docx":
        from filing_desk.transfer import cac_list
        from filing_desk.transfer.cac_list_import import read_list

        batch, source = read_list(path, limits, published)
        if entities:
            unknown = sorted(set(entities) - set(cac_list.entity_names(batch)))
            if unknown:
                raise InvalidInput(
                    [
                        Issue(
                            "import.entity_not_in_list",
                            "entity",
                            text=(f"{'、'.join(unknown)} is not in this list"),
                        )
                    ]
                )
            batch = cac_list.select_entities(batch, entities)
        return Prepared(batch, cac=source)
    if suffix == ".json":
        from filing_desk.transfer import json_io

        snapshot = json_io.load_file(path, limits)
        return Prepared(json_io.to_batch(snapshot, Path(path).name), json_io.canonical(snapshot))
    if suffix in (".xlsx", ".csv"):
        from filing_desk.transfer import service_columns, tabular

        batch = tabular.import_table(path, mapping, limits)
        return Prepared(batch, services=service_columns.read_file(Path(path), limits))
    raise UnsupportedFormat(
        f"{Path(path).name}: import reads .xlsx, .csv, .json or a CAC .docx list"
    )


def apply(register: Any, prepared: Prepared, update_existing: bool = False) -> Any:
    """Write what ``prepare`` read, in one transaction; refused when any row has an error."""
    errors = prepared.batch.counts().errors
    if errors:
        raise InvalidInput(
            [
                Issue(
                    "import.errors",
                    "import",
                    text=(
                        f"nothing was imported: {errors} row(s) have errors; fix them or "
                        "leave those rows out, then import again"
                    ),
                )
            ]
        )
    services = prepared.services
    if services is not None and services.errors:
        head = f"nothing was imported: the services have {len(services.errors)} error(s)"
        raise InvalidInput(
            [Issue("import.errors", "import", text=t) for t in (head, *services.errors)]
        )
    if prepared.snapshot is not None:
        from filing_desk.transfer.service_io import restore

        s = prepared.snapshot
        with register.transaction():  # the services with the rest, or nothing
            written = register.import_snapshot(
                s.entities, s.algorithms, s.products, s.models, s.procedures, s.links
            )
            restore(register, s.services, s.service_displays)
        return written
    items = [(r.entity, r.algorithm, r.products, r.models) for r in prepared.batch.rows]
    if prepared.cac is None and services is not None:
        from filing_desk.transfer.service_io import write_rows

        with register.transaction():  # the services after the rows they link, or nothing
            rows = register.import_rows(items, update_existing=update_existing)
            write_rows(register, services.rows, update_existing)
        return rows
    if prepared.cac is None:
        return register.import_rows(items, update_existing=update_existing)
    from filing_desk.transfer.cac_list_import import apply_list

    result: list[Any] = []
    outcome = apply_list(
        register,
        prepared.cac,
        prepared.batch,
        lambda: result.append(register.import_rows(items, update_existing=update_existing)),
    )
    return ListImportResult.of(result[0], outcome)


def limits_of(register: Any) -> Limits:
    """The import limits set for this register (Settings), else the defaults."""
    from filing_desk.transfer.limits import limits_from_settings

    return limits_from_settings(register.setting)


def checked_algorithms(register: Any) -> list[tuple[Any, Any]]:
    """(entity, algorithm) for every algorithm ``check-list`` reports on (``CHECKED``)."""
    entities = {e.id: e for e in register.entities()}
    return [(entities[a.entity_id], a) for a in register.algorithms() if a.state in CHECKED]


def list_heading(register: Any, source: ListSource) -> list[str]:
    """What the register knows of this very file (by hash): imported before, or not."""
    record = register.cac_list_by_hash(source.sha256)
    dated = record or source  # the date given when it was imported, else the estimate
    when = f"{dated.published}{' (estimated)' if dated.published_estimated else ''}"
    lines = [f"list: {source.title} · batch {source.batch} · published {when}"]
    if record is None:
        lines.append(f"sha256 {source.sha256} (not imported into this register)")
    else:
        imported = f"{record.imported_at:%Y-%m-%d}" if record.imported_at else "?"
        lines.append(f"sha256 {source.sha256} (imported on {imported}, list record {record.id})")
    return lines


def check_list(register: Any, path: str | os.PathLike[str]) -> list[str]:
    """The check-against-list report for every filed algorithm of the register; the last line
    is ``listed: N  missing: M  renamed: R  cancelled: C  differs: D``."""
    from filing_desk.transfer.cac_check import check_against_list, fold
    from filing_desk.transfer.cac_list_import import read_list

    batch, source = read_list(path, limits_of(register))
    former = {fold(k): v for k, v in register.former_names().items()}
    heading = list_heading(register, source)
    return check_against_list(batch, checked_algorithms(register), former, heading)


@dataclass(frozen=True)
class ListImportResult:
    """An import from a CAC list: the rows' counts (as ``ImportResult``) and the list's outcome."""

    entities_created: int
    created: int
    updated: int
    skipped: int
    outcome: Any  # cac_list_import.ListOutcome
    text: str
    names_kept: tuple[tuple[str, str, str], ...] = ()  # as ImportResult.names_kept

    @classmethod
    def of(cls, result: Any, outcome: Any) -> ListImportResult:
        return cls(
            result.entities_created,
            result.created,
            result.updated,
            result.skipped,
            outcome,
            str(result),
            tuple(getattr(result, "names_kept", ())),
        )

    def __str__(self) -> str:
        return "\n".join([self.text, *self.outcome.lines()])
