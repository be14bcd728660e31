"""Register out: .xlsx (one sheet per kind of record), .csv (the algorithms sheet; the services
and their models, when any, in two files beside it: ``service_columns``) and .json.

No Qt, no database; openpyxl is imported lazily. Formula injection: every text cell written to
.xlsx or .csv that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is prefixed
with an apostrophe ``'`` so Excel and LibreOffice show it as text instead of evaluating it (OWASP
"CSV injection"); ``tabular`` removes that apostrophe again on import. JSON is not escaped: it is
data, not a sheet. CSV is UTF-8 with a BOM so Excel opens Chinese text correctly.

Every file is written owner-only (0600 on POSIX) under a partial name beside the target and renamed
into place when complete (``store.files.atomic_target``): an export is plaintext.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from filing_desk.domain.enums import LabelledEnum, Role
from filing_desk.domain.fields import values
from filing_desk.domain.fields.declare import declared, declared_field
from filing_desk.domain.records import (
    Algorithm,
    Change,
    Entity,
    Model,
    Procedure,
    Product,
    ProductLink,
)
from filing_desk.store.files import atomic_target
from filing_desk.transfer import service_columns
from filing_desk.transfer.batch import RegisterSnapshot
from filing_desk.transfer.columns import COLUMNS, MODELS, PRODUCTS, REMARK, format_products
from filing_desk.transfer.errors import UnsupportedFormat

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# XML 1.0 forbids these; openpyxl would refuse the whole workbook.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

_SHEETS = {
    "algorithms": ("算法", "Algorithms"),
    "entities": ("主体", "Entities"),
    "products": ("产品", "Products"),
    "links": ("关联产品", "Product links"),
    "models": ("模型", "Models"),
    "procedures": ("办理事项", "Procedures"),
    "services": service_columns.SERVICES_SHEET,
    "service_models": service_columns.MODELS_SHEET,
}


def escape_cell(text: str) -> str:
    """Neutralise a spreadsheet formula: ``=1+1`` → ``'=1+1``; other text unchanged."""
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def export(snapshot: RegisterSnapshot, path: str | os.PathLike[str], lang: str = "zh") -> Path:
    """Write by extension: .xlsx, .csv or .json. Returns the path written."""
    target = Path(path)
    writers = {".xlsx": export_xlsx, ".csv": export_csv, ".json": export_json}
    writer = writers.get(target.suffix.lower())
    if writer is None:
        raise UnsupportedFormat(f"{target.name}: export writes .xlsx, .csv or .json")
    writer(snapshot, target, lang)
    if writer is export_csv:
        export_service_csvs(snapshot, target, lang)
    return target


def export_json(snapshot: RegisterSnapshot, path: str | os.PathLike[str], lang: str = "zh") -> None:
    from filing_desk.transfer.json_io import dump

    text = dump(snapshot)
    with atomic_target(Path(path)) as partial:
        partial.write_text(text, encoding="utf-8")


def export_csv(snapshot: RegisterSnapshot, path: str | os.PathLike[str], lang: str = "zh") -> None:
    """The algorithms sheet as CSV (UTF-8 with BOM), one row per algorithm, every column."""
    _write_csv(Path(path), *algorithm_table(snapshot, lang))


def _write_csv(path: Path, headers: list[str], rows: list[list[object]]) -> None:
    with (
        atomic_target(Path(path)) as partial,
        open(partial, "w", encoding="utf-8-sig", newline="") as handle,
    ):
        writer = csv.writer(handle)
        writer.writerow([_csv_cell(h) for h in headers])
        writer.writerows([_csv_cell(v) for v in row] for row in rows)


def export_xlsx(snapshot: RegisterSnapshot, path: str | os.PathLike[str], lang: str = "zh") -> None:
    """Sheets: algorithms (every column), entities, products (by entity), product links (which
    algorithm on which product), models, procedures."""
    import openpyxl  # lazy: slow to import

    workbook = openpyxl.Workbook(write_only=True)
    with _spool_beside(Path(path)), atomic_target(Path(path)) as partial:
        try:
            for key, (headers, rows) in _tables(snapshot, lang):
                sheet = workbook.create_sheet(_SHEETS[key][0 if lang.startswith("zh") else 1])
                sheet.append([_xlsx_cell(h) for h in headers])
                for row in rows:
                    sheet.append([_xlsx_cell(v) for v in row])
            workbook.save(os.fspath(partial))
        except BaseException:
            _discard_writers(workbook)
            raise


def _discard_writers(workbook: Any) -> None:
    """After a failed save, finish each sheet's streaming writer now, so that none of them
    raises again (and prints a traceback) when it is garbage-collected later."""
    for sheet in getattr(workbook, "_sheets", ()):
        stream = getattr(getattr(sheet, "_writer", None), "xf", None)
        if stream is not None:
            with contextlib.suppress(Exception):
                stream.close()


@contextmanager
def _spool_beside(target: Path) -> Iterator[None]:
    """openpyxl's write-only mode spools each sheet to a temporary file: keep those plaintext
    files in the folder the user chose for the export (not the system temp folder), and gone
    afterwards whatever happens."""
    from openpyxl.worksheet import _writer

    made: list[str] = []

    def create_temporary_file(suffix: str = "") -> str:
        handle, name = tempfile.mkstemp(suffix=suffix, prefix=".sheet-", dir=target.parent)
        os.close(handle)
        made.append(name)
        _writer.ALL_TEMP_FILES.append(name)  # openpyxl removes it from this list when done
        return name

    original = _writer.create_temporary_file
    _writer.create_temporary_file = create_temporary_file
    try:
        yield
    finally:
        _writer.create_temporary_file = original
        for name in made:
            with contextlib.suppress(OSError):
                os.unlink(name)


def _tables(snapshot: RegisterSnapshot, lang: str) -> Iterator[tuple[str, tuple[list[str], Any]]]:
    yield "algorithms", algorithm_table(snapshot, lang)
    yield "entities", _record_table(snapshot.entities, Entity, (), lang)
    names = _Names(snapshot)
    yield "products", names.table(snapshot.products, Product, lang)
    yield "links", names.table(snapshot.links, ProductLink, lang)
    yield "models", names.table(snapshot.models, Model, lang)
    yield "procedures", names.table(snapshot.procedures, Procedure, lang)
    yield "services", service_columns.services_table(snapshot, lang, _value)
    yield "service_models", service_columns.models_table(snapshot, lang, _value)


def export_service_csvs(
    snapshot: RegisterSnapshot, path: str | os.PathLike[str], lang: str = "zh"
) -> list[Path]:
    """The services and service-models sheets as CSV files beside ``path`` (when any)."""
    if not snapshot.services:
        return []
    written = []
    for kind, table in (
        ("services", service_columns.services_table(snapshot, lang, _value)),
        ("models", service_columns.models_table(snapshot, lang, _value)),
    ):
        target = service_columns.csv_beside(Path(path), kind)
        _write_csv(target, *table)
        written.append(target)
    return written


def algorithm_table(
    snapshot: RegisterSnapshot, lang: str = "zh"
) -> tuple[list[str], list[list[object]]]:
    """Headers (the ``columns`` table, so the sheet re-imports as is) and one row per algorithm."""
    headers = [c.label(lang) for c in COLUMNS]
    entities = {e.id: e for e in snapshot.entities}
    models = {m.id: m for m in snapshot.models}
    by_id = {p.id: p for p in snapshot.products}
    products: dict[int | None, list[Product]] = {}
    for link in snapshot.links:  # the algorithm's live links, as the CAC lists print them
        if link.live and link.product_id in by_id:
            products.setdefault(link.algorithm_id, []).append(by_id[link.product_id])
    rows: list[list[object]] = []
    for algo in snapshot.algorithms:
        entity = entities.get(algo.entity_id, Entity())
        own = products.get(algo.id, [])
        special: dict[str, object] = {
            PRODUCTS: format_products(own) if own or algo.role is Role.SUPPORTER else "",
            MODELS: "、".join(models[i].name for i in algo.model_ids if i in models),
            REMARK: "",
        }
        records = {"entity": entity, "algorithm": algo}
        row: list[object] = []
        for column in COLUMNS:
            if column.key in special:
                row.append(special[column.key])
                continue
            record, _, name = column.key.partition(".")
            row.append(_value(getattr(records[record], name), lang))
        rows.append(row)
    return headers, rows


class _Names:
    """Entity, algorithm and product names for the products/links/models/procedures sheets."""

    def __init__(self, snapshot: RegisterSnapshot) -> None:
        self.entities = {e.id: e.name for e in snapshot.entities}
        self.algorithms: dict[int | None, Algorithm] = {a.id: a for a in snapshot.algorithms}
        self.products: dict[int | None, Product] = {p.id: p for p in snapshot.products}

    def table(
        self, records: Sequence[Any], cls: type, lang: str
    ) -> tuple[list[str], list[list[object]]]:
        lead: tuple[tuple[type, str], ...]
        prefix: list[list[object]]
        if cls in (Model, Product):  # the entity's
            lead = ((Entity, "name"),)
            prefix = [[self.entities.get(r.entity_id, "")] for r in records]
        elif cls is ProductLink:  # which algorithm on which product
            lead = (
                (Entity, "name"),
                (Algorithm, "name"),
                (Algorithm, "filing_number"),
                (Product, "name"),
                (Product, "form"),
            )
            prefix = [self._link_cells(r, lang) for r in records]
        else:
            lead = ((Entity, "name"), (Algorithm, "name"), (Algorithm, "filing_number"))
            prefix = [self._algorithm_cells(r.algorithm_id) for r in records]
        headers, rows = _record_table(records, cls, lead, lang)
        return headers, [p + r for p, r in zip(prefix, rows, strict=True)]

    def _algorithm_cells(self, algorithm_id: int | None) -> list[object]:
        algo = self.algorithms.get(algorithm_id)
        if algo is None:
            return ["", "", ""]
        return [self.entities.get(algo.entity_id, ""), algo.name, algo.filing_number]

    def _link_cells(self, link: ProductLink, lang: str) -> list[object]:
        product = self.products.get(link.product_id)
        own: list[object] = ["", ""] if product is None else [product.name, product.form]
        return [*self._algorithm_cells(link.algorithm_id), *(_value(v, lang) for v in own)]


def _record_table(
    records: Iterable[Any],
    cls: type,
    lead: Sequence[tuple[type, str]],
    lang: str,
) -> tuple[list[str], list[list[object]]]:
    """Lead columns (other records' fields), then every declared field of ``cls``, by label."""
    names = [d.name for d in declared(cls)]
    headers = [_label(record, name, lang) for record, name in lead]
    headers += [_label(cls, name, lang) for name in names]
    rows = [[_value(getattr(r, n), lang) for n in names] for r in records]
    return headers, rows


def _label(record: type, name: str, lang: str) -> str:
    found = declared_field(record, name)
    return found.heading(lang) if found is not None else name


def _value(value: object, lang: str) -> object:
    """A record value as a cell: labels for enums, 是/否, dates kept as dates, lists joined."""
    if isinstance(value, LabelledEnum | bool):
        return values.show(value, lang)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, tuple) and any(isinstance(v, Change) for v in value):
        return "、".join(_change(v) for v in value if isinstance(v, Change))
    if isinstance(value, tuple):
        return values.show_list(value, lang)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else ""
    return value


def _change(change: Change) -> str:
    return f"{change.field}: {change.old} → {change.new}"


def _xlsx_cell(value: object) -> object:
    if isinstance(value, str):
        return escape_cell(_ILLEGAL_XML.sub("", value))
    return value


def _csv_cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return escape_cell(value)
    return value
