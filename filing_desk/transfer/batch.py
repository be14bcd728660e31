"""What an import produces before anything is written: records per row, their issues, the report.

No Qt, no database. The store turns an ``ImportBatch`` into register rows; rows with errors are for
the user to fix (or leave out), never written silently. ``RegisterSnapshot`` is the other direction:
what the store hands to the exporters.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from filing_desk.domain.enums import Severity
from filing_desk.domain.genai_services import GenAIService
from filing_desk.domain.issues import Issue
from filing_desk.domain.records import (
    Algorithm,
    Entity,
    LinkedProduct,
    Model,
    Procedure,
    Product,
    ProductLink,
)
from filing_desk.transfer.json_services import ServiceDisplay

BatchKind = Literal["table", "json", "cac_list"]


@dataclass(frozen=True)
class ImportRow:
    """One imported line: an algorithm with its entity, products and models.

    ``line`` is the row number the user can find in the source: for a spreadsheet or CSV the sheet
    row (the header is row 1, the first data row row 2); for a CAC list the data row's position in
    the table, which equals its 序号 in a well-formed list; for JSON the 1-based position in
    ``algorithms``. Issues carry ``params["column"]`` (the source header) when one applies.
    """

    line: int
    entity: Entity
    algorithm: Algorithm
    products: tuple[Product, ...] = ()  # name and form (a sheet, a list), or a LinkedProduct
    models: tuple[Model, ...] = ()
    remark: str = ""  # 备注: later changes and cancellations as the CAC printed them
    issues: tuple[Issue, ...] = ()

    @property
    def errors(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.severity is not Severity.ERROR)

    @property
    def ok(self) -> bool:
        return not self.issues


@dataclass(frozen=True)
class BatchCounts:
    """Counts of the report's last line. ``warnings`` and ``errors`` count rows, not issues."""

    rows: int
    ok: int
    warnings: int  # rows with at least one warning
    errors: int  # rows with at least one error


@dataclass(frozen=True)
class ImportBatch:
    rows: tuple[ImportRow, ...]
    source: str
    kind: BatchKind

    def counts(self) -> BatchCounts:
        return BatchCounts(
            rows=len(self.rows),
            ok=sum(1 for r in self.rows if r.ok),
            warnings=sum(1 for r in self.rows if r.warnings),
            errors=sum(1 for r in self.rows if r.errors),
        )

    @property
    def importable(self) -> tuple[ImportRow, ...]:
        """Rows without errors (warnings allowed)."""
        return tuple(r for r in self.rows if not r.errors)

    def report_lines(self) -> list[str]:
        """The validation report: a heading, one line per issue in row order, then the counts.

        Issue lines read ``row 7, column 备案编号: error: <sentence>``. The last line is always
        ``rows: N  ok: M  warnings: K  errors: E`` where K and E count *rows* with at least one
        warning / error (a row with both is counted in both; ok rows have no issue at all).
        """
        lines = [f"import report: {self.source} ({self.kind})"]
        for row in self.rows:
            lines.extend(issue_line(row.line, issue) for issue in row.issues)
        c = self.counts()
        lines.append(f"rows: {c.rows}  ok: {c.ok}  warnings: {c.warnings}  errors: {c.errors}")
        return lines

    def save_report(self, path: str | os.PathLike[str]) -> Path:
        """Write the report as UTF-8 text (one line each) and return the path written."""
        target = Path(path)
        target.write_text("\n".join(self.report_lines()) + "\n", encoding="utf-8")
        return target

    def with_rows(self, rows: Iterable[ImportRow]) -> ImportBatch:
        return ImportBatch(rows=tuple(rows), source=self.source, kind=self.kind)


def error(code: str, key: str, text: str, column: str = "", **params: object) -> Issue:
    """An error on one field of an imported row; ``column`` is the source header for reports."""
    return _issue(code, key, text, column, Severity.ERROR, params)


def warning(code: str, key: str, text: str, column: str = "", **params: object) -> Issue:
    return _issue(code, key, text, column, Severity.WARNING, params)


def _issue(
    code: str, key: str, text: str, column: str, severity: Severity, params: dict[str, object]
) -> Issue:
    if column:
        params = {**params, "column": column}
    return Issue(code, key, severity, params, text)


def at_column(issues: Iterable[Issue], key: str, column: str) -> list[Issue]:
    """Re-address issues from a domain rule to an import field and source column."""
    return [replace(i, field=key, params={**i.params, "column": column}) for i in issues]


def issue_line(line: int, issue: Issue) -> str:
    """``row 7, column 备案编号: error: filing number has 22 digits …``"""
    column = issue.params.get("column") if issue.params else None
    where = f"row {line}, column {column}" if column else f"row {line}"
    return f"{where}: {issue.severity.value}: {issue.text or issue.code}"


@dataclass(frozen=True)
class RegisterSnapshot:
    """The register's content as records: what exporters write and ``json_io.load`` returns."""

    entities: tuple[Entity, ...] = ()
    algorithms: tuple[Algorithm, ...] = ()
    products: tuple[Product, ...] = ()  # the entities' products
    models: tuple[Model, ...] = ()
    procedures: tuple[Procedure, ...] = field(default_factory=tuple)
    links: tuple[ProductLink, ...] = ()  # products joined to algorithms
    services: tuple[GenAIService, ...] = ()  # generative-AI services (json_services)
    service_displays: tuple[ServiceDisplay, ...] = ()  # their products' display of the number

    def for_entity(self, entity_id: int) -> RegisterSnapshot:
        """One entity's part: the entity, its algorithms, products, links, procedures, models,
        services and their displays."""
        algos = tuple(a for a in self.algorithms if a.entity_id == entity_id)
        ids = {a.id for a in algos}
        services = tuple(s for s in self.services if s.entity_id == entity_id)
        sids = {s.id for s in services}
        return RegisterSnapshot(
            services=services,
            service_displays=tuple(d for d in self.service_displays if d.service_id in sids),
            entities=tuple(e for e in self.entities if e.id == entity_id),
            algorithms=algos,
            products=tuple(p for p in self.products if p.entity_id == entity_id),
            models=tuple(m for m in self.models if m.entity_id == entity_id),
            procedures=tuple(p for p in self.procedures if p.algorithm_id in ids),
            links=tuple(k for k in self.links if k.algorithm_id in ids),
        )

    def linked(self, algorithm_id: int | None, live: bool = False) -> tuple[LinkedProduct, ...]:
        """The algorithm's links with their products, in link order (``live``: not withdrawn)."""
        products = {p.id: p for p in self.products}
        return tuple(
            LinkedProduct.of(products[k.product_id], k)
            for k in self.links
            if k.algorithm_id == algorithm_id and k.product_id in products and (k.live or not live)
        )
