"""The services sheet and the service-models sheet: columns from the declarations, both ways.

No Qt, no database. A services row is the entity's name, then every declared ``GenAIService``
field headed by its label, and the names of the products it powers and the algorithms it is
filed under (joined by 、); a service-models row is the entity's and the service's names, then
every declared ``ServiceModel`` field. The exporters write these sheets into the workbook (and,
for CSV, into ``<name>.services.csv`` and ``<name>.service-models.csv`` beside the register's
file); ``read`` turns them back into ``service_io.ServiceRow``s, every problem an issue naming
its sheet, row and column. A link to a register ``Model`` record is not carried by a sheet.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from filing_desk.domain.fields.declare import Declared, declared
from filing_desk.domain.genai_services import GenAIService, ServiceModel
from filing_desk.domain.issues import Issue
from filing_desk.transfer.batch import RegisterSnapshot, error, issue_line
from filing_desk.transfer.cells import blank, convert, text_of, unescape
from filing_desk.transfer.columns import Column, normalise_header
from filing_desk.transfer.limits import Limits
from filing_desk.transfer.service_io import ServiceRow

SERVICES_SHEET = ("生成式人工智能服务", "GenAI services")
MODELS_SHEET = ("服务模型", "Service models")
CSV_SUFFIXES = {"services": ".services.csv", "models": ".service-models.csv"}

ENTITY = Column("entity.name", "主体名称", "Entity", ("主体", "entity"))
PRODUCTS = Column("service.products", "服务的产品", "Products", ("产品", "应用产品"))
ALGORITHMS = Column("service.algorithms", "生成合成类算法", "Algorithms", ("算法", "算法名称"))
SERVICE = Column("service.name", "服务名称", "Service", ("生成式人工智能服务",))
_SERVICE_FIELDS = {f"service.{d.name}": d for d in declared(GenAIService)}
_MODEL_FIELDS = {f"model.{d.name}": d for d in declared(ServiceModel)}


def _column(key: str, found: Declared) -> Column:
    return Column(key, found.heading("zh"), found.heading("en"), found.decl.aliases)


SERVICE_COLUMNS: tuple[Column, ...] = (
    ENTITY,
    SERVICE,
    PRODUCTS,
    ALGORITHMS,
    *(_column(k, d) for k, d in _SERVICE_FIELDS.items() if k != SERVICE.key),
)
MODEL_COLUMNS: tuple[Column, ...] = (
    ENTITY,
    SERVICE,
    *(_column(k, d) for k, d in _MODEL_FIELDS.items()),
)

Cell = Callable[[object, str], object]  # a record value as a cell (export._value)


def sheet_name(names: tuple[str, str], lang: str) -> str:
    return names[0] if lang.startswith("zh") else names[1]


def services_table(
    snapshot: RegisterSnapshot, lang: str, cell: Cell
) -> tuple[list[str], list[list[object]]]:
    """One row per service: entity, name, products and algorithms by name, every other field."""
    entities = {e.id: e.name for e in snapshot.entities}
    products = {p.id: p.name for p in snapshot.products}
    algorithms = {a.id: a.name for a in snapshot.algorithms}
    rows = []
    for service in snapshot.services:
        special: dict[str, object] = {
            ENTITY.key: entities.get(service.entity_id, ""),
            PRODUCTS.key: "、".join(products.get(i, "") for i in service.product_ids),
            ALGORITHMS.key: "、".join(algorithms.get(i, "") for i in service.algorithm_ids),
        }
        rows.append([_cell(service, c.key, special, lang, cell) for c in SERVICE_COLUMNS])
    return [c.label(lang) for c in SERVICE_COLUMNS], rows


def models_table(
    snapshot: RegisterSnapshot, lang: str, cell: Cell
) -> tuple[list[str], list[list[object]]]:
    """One row per model of each service, in the service's order."""
    entities = {e.id: e.name for e in snapshot.entities}
    rows = []
    for service in snapshot.services:
        lead = {ENTITY.key: entities.get(service.entity_id, ""), SERVICE.key: service.name}
        rows += [[_cell(m, c.key, lead, lang, cell) for c in MODEL_COLUMNS] for m in service.models]
    return [c.label(lang) for c in MODEL_COLUMNS], rows


def _cell(record: object, key: str, special: Mapping[str, object], lang: str, cell: Cell) -> object:
    if key in special:
        return special[key]
    return cell(getattr(record, key.partition(".")[2]), lang)


# --- reading ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sheet:
    """A sheet as read (``tabular.Table``'s shape) and the name the report gives it."""

    name: str
    headers: Sequence[object]
    rows: Sequence[Sequence[object]]
    lines: Sequence[int]


@dataclass(frozen=True)
class ServiceSheets:
    """The services read from a workbook or CSV files; ``problems`` as (sheet, row, issue)."""

    rows: tuple[ServiceRow, ...] = ()
    problems: tuple[tuple[str, int, Issue], ...] = ()

    @property
    def errors(self) -> tuple[str, ...]:
        """One line per error: ``生成式人工智能服务 row 3, column 服务名称: error: …``."""
        return tuple(f"{s} {issue_line(n, i)}" for s, n, i in self.problems if i.is_error)


def read(services: Sheet, models: Sheet | None = None) -> ServiceSheets:
    """The services sheet's rows, each with the models the models sheet lists for it."""
    problems: list[tuple[str, int, Issue]] = []
    rows: list[ServiceRow] = []
    for line, raw in zip(services.lines, services.rows, strict=True):
        values, issues = _values(services, raw, SERVICE_COLUMNS)
        problems += [(services.name, line, i) for i in issues]
        rows.append(_service_row(line, values))
    if models is not None:
        rows = _with_models(rows, models, problems)
    return ServiceSheets(tuple(rows), tuple(problems))


def _values(
    sheet: Sheet, cells: Sequence[object], columns: tuple[Column, ...]
) -> tuple[dict[str, object], list[Issue]]:
    """Typed values by key; unreadable cells and empty required names as issues."""
    lookup = {normalise_header(n): c for c in columns for n in (c.key, c.zh, c.en, *c.aliases)}
    values: dict[str, object] = {}
    issues: list[Issue] = []
    for index, heading in enumerate(sheet.headers):
        column = lookup.get(normalise_header(heading))
        raw = unescape(cells[index]) if index < len(cells) else None
        if column is None or column.key in values or blank(raw):
            continue
        found = _SERVICE_FIELDS.get(column.key) or _MODEL_FIELDS.get(column.key)
        try:
            values[column.key] = convert(raw, found.hint) if found else text_of(raw)
        except ValueError as exc:
            label = str(heading)
            issues.append(error("import.value", column.key, str(exc), label, value=text_of(raw)))
    required = (ENTITY, SERVICE) if columns is SERVICE_COLUMNS else (ENTITY, SERVICE, columns[2])
    for column in required:
        if not values.get(column.key) and not any(i.field == column.key for i in issues):
            text = f"{column.zh} is empty"
            issues.append(error("import.required", column.key, text, column.label()))
    return values, issues


def _fields(values: dict[str, object], prefix: str) -> dict[str, Any]:
    return {k.partition(".")[2]: v for k, v in values.items() if k.startswith(prefix)}


def _names(value: object) -> tuple[str, ...]:
    return tuple(n.strip() for n in re.split(r"[、,，;；\n]", text_of(value)) if n.strip())


def _service_row(line: int, values: dict[str, object]) -> ServiceRow:
    own = {
        k: v for k, v in _fields(values, "service.").items() if k not in ("products", "algorithms")
    }
    return ServiceRow(
        line=line,
        entity_name=text_of(values.get(ENTITY.key)),
        service=GenAIService(**own),
        product_names=_names(values.get(PRODUCTS.key)),
        algorithm_names=_names(values.get(ALGORITHMS.key)),
    )


def _with_models(
    rows: list[ServiceRow], sheet: Sheet, problems: list[tuple[str, int, Issue]]
) -> list[ServiceRow]:
    models: dict[tuple[str, str], list[ServiceModel]] = {}
    known = {(r.entity_name, r.service.name) for r in rows}
    for line, raw in zip(sheet.lines, sheet.rows, strict=True):
        values, issues = _values(sheet, raw, MODEL_COLUMNS)
        owner = (text_of(values.get(ENTITY.key)), text_of(values.get(SERVICE.key)))
        if not issues and owner not in known:
            text = f"{owner[0]} has no service named {owner[1]} in the services sheet"
            issues.append(error("import.service_reference", SERVICE.key, text, SERVICE.zh))
        problems += [(sheet.name, line, i) for i in issues]
        if not issues:
            models.setdefault(owner, []).append(ServiceModel(**_fields(values, "model.")))
    return [
        replace(r, service=replace(r.service, models=tuple(models.get(key, ()))))
        for r in rows
        for key in [(r.entity_name, r.service.name)]
    ]


def csv_beside(path: Path, kind: str) -> Path:
    """``register.csv`` → ``register.services.csv`` (kind "services") or
    ``register.service-models.csv`` (kind "models")."""
    return path.with_name(path.stem + CSV_SUFFIXES[kind])


def read_file(path: Path, limits: Limits) -> ServiceSheets | None:
    """The services of a register workbook (its services sheets) or of a register CSV (the two
    files beside it); None when there are none to read."""
    from filing_desk.transfer import tabular

    def sheet(table: tabular.Table, name: str) -> Sheet:
        return Sheet(name, table.headers, table.rows, table.lines)

    if path.suffix.lower() in tabular.CSV_SUFFIXES:
        found = {k: csv_beside(path, k) for k in CSV_SUFFIXES}
        if not found["services"].exists():
            return None
        services = sheet(tabular.read_table(found["services"], limits), found["services"].name)
        models = found["models"]
        if not models.exists():
            return read(services)
        return read(services, sheet(tabular.read_table(models, limits), models.name))
    names = _sheet_names(path)
    chosen = [
        next((n for n in pair if n in names), None) for pair in (SERVICES_SHEET, MODELS_SHEET)
    ]
    if chosen[0] is None:
        return None
    services = sheet(tabular.read_table(path, limits, sheet=chosen[0]), chosen[0])
    if chosen[1] is None:
        return read(services)
    return read(services, sheet(tabular.read_table(path, limits, sheet=chosen[1]), chosen[1]))


def _sheet_names(path: Path) -> list[str]:
    import openpyxl  # lazy; the file passed tabular's checks when its first sheet was read

    with path.open("rb") as handle:
        workbook = openpyxl.load_workbook(handle, read_only=True)
        try:
            return list(workbook.sheetnames)
        finally:
            workbook.close()
