"""The CAC's published filing lists (.docx annexes) → FILED algorithms; the check against a list.

No Qt, no database. Comparing the register with a list is ``cac_check``'s, reading the remarks
``cac_remarks``'s. Reads one Word table whose first row is the header, as the CAC publishes it
(domain.md Part B §6.1): 序号, 算法名称, 算法类别 (algorithm lists) or 角色 (deep-synthesis lists),
主体名称, 应用产品, 主要用途, 备案编号 and, in most annexes, 备注. python-docx is imported lazily.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from filing_desk.domain.enums import (
    AlgorithmState,
    AlgorithmType,
    EntityState,
    Role,
    Triage,
)
from filing_desk.domain.issues import Issue
from filing_desk.domain.records import Algorithm, Entity
from filing_desk.transfer.batch import ImportBatch, ImportRow, error, warning
from filing_desk.transfer.columns import (
    LEGACY_RETRIEVAL_FILTERING,
    parse_products,
    read_filing_number,
    resolve_legacy_type,
)
from filing_desk.transfer.errors import MalformedFile
from filing_desk.transfer.limits import DEFAULT_LIMITS, Limits, check_file, check_xml_parts

COL_SEQ, COL_NAME, COL_TYPE, COL_ROLE = "序号", "算法名称", "算法类别", "角色"
COL_ENTITY, COL_PRODUCTS, COL_USE, COL_NUMBER, COL_REMARK = (
    "主体名称",
    "应用产品",
    "主要用途",
    "备案编号",
    "备注",
)
REQUIRED_COLUMNS = (COL_NAME, COL_ENTITY, COL_NUMBER)


@dataclass(frozen=True)
class CacListRow:
    """One data row of an annex, as printed (text only)."""

    line: int  # position among the data rows, 1-based (= 序号 in a well-formed list)
    seq: str
    name: str
    category: str  # 算法类别 (algorithm lists) or 角色 (deep-synthesis lists)
    entity_name: str
    products: str
    main_use: str
    filing_number: str
    remark: str


@dataclass(frozen=True)
class CacList:
    title: str  # e.g. 境内深度合成服务算法备案清单（2026年5月）
    deep_synthesis: bool  # True when the list has a 角色 column
    rows: tuple[CacListRow, ...]


def _fold(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def read_cac_list(path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS) -> CacList:
    """Read an annex's table as text rows.

    Refuses oversized files, zip bombs and XML parts with a DTD (entity declarations) before
    python-docx parses anything; any failure inside python-docx becomes one MalformedFile.
    """
    check_file(path, limits)
    check_xml_parts(path)
    name = Path(path).name
    try:
        document, tables = _read_tables(path)
    except Exception as exc:  # python-docx and lxml raise many kinds: the file is not usable
        raise MalformedFile(
            f"{name} is not a readable Word (.docx) file ({exc})", file=name
        ) from exc
    for cells in tables:
        if cells and _column_index(cells[0]) is not None:
            if len(cells) - 1 > limits.max_rows:
                raise MalformedFile(f"{name} has more than {limits.max_rows} rows", file=name)
            return _build_list(document, cells)
    raise MalformedFile(
        f"{name} has no table with the columns {'、'.join(REQUIRED_COLUMNS)} and 算法类别 or 角色",
        file=name,
    )


def _read_tables(path: str | os.PathLike[str]) -> tuple[object, list[list[list[str]]]]:
    import docx  # lazy: python-docx is slow to import

    document = docx.Document(os.fspath(path))
    tables = [[[cell.text for cell in row.cells] for row in t.rows] for t in document.tables]
    return document, tables


def _column_index(header: Sequence[str]) -> dict[str, int] | None:
    folded = [_fold(h) for h in header]
    index = {name: folded.index(name) for name in folded if name}
    if all(c in index for c in REQUIRED_COLUMNS) and (COL_TYPE in index or COL_ROLE in index):
        return index
    return None


def _build_list(document: object, cells: list[list[str]]) -> CacList:
    index = _column_index(cells[0]) or {}
    deep = COL_ROLE in index and COL_TYPE not in index

    def get(row: list[str], column: str) -> str:
        i = index.get(column)
        return row[i].strip() if i is not None and i < len(row) else ""

    rows = tuple(
        CacListRow(
            line=n,
            seq=get(row, COL_SEQ),
            name=get(row, COL_NAME),
            category=get(row, COL_ROLE if deep else COL_TYPE),
            entity_name=get(row, COL_ENTITY),
            products=get(row, COL_PRODUCTS),
            main_use=get(row, COL_USE),
            filing_number=get(row, COL_NUMBER),
            remark=get(row, COL_REMARK),
        )
        for n, row in enumerate(cells[1:], start=1)
        if any(c.strip() for c in row)
    )
    return CacList(title=_title(document), deep_synthesis=deep, rows=rows)


def _title(document: object) -> str:
    for paragraph in getattr(document, "paragraphs", ()):
        text: str = paragraph.text.strip()
        if "清单" in text:
            return text
    return ""


def parse_cac_list(path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS) -> ImportBatch:
    """Read an annex and turn every row into a FILED algorithm with its products ("cac_list")."""
    return list_batch(read_cac_list(path, limits), Path(path).name)


def list_batch(cac: CacList, source: str) -> ImportBatch:
    """A list already read → its import batch (one FILED algorithm per row)."""
    rows = tuple(list_row_to_import(row, cac.deep_synthesis) for row in cac.rows)
    return ImportBatch(rows=rows, source=source, kind="cac_list")


def list_row_to_import(row: CacListRow, deep_synthesis: bool) -> ImportRow:
    """One printed row → entity, FILED algorithm (normalised number, type, role), products."""
    issues: list[Issue] = []
    algo_type, role = _type_and_role(row, deep_synthesis, issues)
    legacy = not deep_synthesis and row.category == LEGACY_RETRIEVAL_FILTERING
    number, number_issues = read_filing_number(
        row.filing_number, None if legacy else algo_type, "algorithm.filing_number", COL_NUMBER
    )
    issues += number_issues
    if legacy:
        algo_type, legacy_issue = resolve_legacy_type(number, "algorithm.algo_type", COL_TYPE)
        issues.append(legacy_issue)
    products, product_issues = parse_products(row.products, "products", COL_PRODUCTS)
    issues += product_issues
    issues += _required(row)
    if "注销" in row.remark:
        issues.append(
            warning(
                "cac_list.remark_cancelled",
                "remark",
                f"the list's remark says “{row.remark}”: importing records the algorithm as "
                "cancelled as of this list",
                column=COL_REMARK,
            )
        )
    entity = Entity(name=row.entity_name, state=EntityState.APPROVED)
    algorithm = Algorithm(
        name=row.name,
        algo_type=algo_type,
        role=role,
        state=AlgorithmState.FILED,
        triage=Triage.REQUIRED,
        main_use=row.main_use,
        filing_number=number,
    )
    return ImportRow(
        line=row.line,
        entity=entity,
        algorithm=algorithm,
        products=products,
        remark=row.remark,
        issues=tuple(issues),
    )


def _type_and_role(
    row: CacListRow, deep_synthesis: bool, issues: list[Issue]
) -> tuple[AlgorithmType, Role]:
    if deep_synthesis:
        # Deep Synthesis Provisions art. 19: filed as 生成合成类, with a provider/supporter role.
        if "支持" in row.category:
            return AlgorithmType.GENERATION, Role.SUPPORTER
        if "提供" not in row.category:
            issues.append(
                error("cac_list.role", "algorithm.role", f"unknown role “{row.category}”", COL_ROLE)
            )
        return AlgorithmType.GENERATION, Role.PROVIDER
    if row.category == LEGACY_RETRIEVAL_FILTERING:
        return AlgorithmType.RETRIEVAL, Role.PROVIDER  # refined from the number by the caller
    try:
        return AlgorithmType(AlgorithmType.parse(row.category)), Role.PROVIDER
    except ValueError:
        issues.append(
            error(
                "cac_list.type",
                "algorithm.algo_type",
                f"unknown algorithm type “{row.category}”",
                COL_TYPE,
            )
        )
        return AlgorithmType.PUSH, Role.PROVIDER


def _required(row: CacListRow) -> list[Issue]:
    missing = [(COL_NAME, "algorithm.name", row.name), (COL_ENTITY, "entity.name", row.entity_name)]
    return [
        error("import.required", key, f"{column} is empty", column)
        for column, key, value in missing
        if not value
    ]


def entity_names(batch: ImportBatch) -> list[str]:
    """The entities named in a batch, in order of first appearance (for a selection dialog)."""
    return list(dict.fromkeys(row.entity.name for row in batch.rows if row.entity.name))


def select_entities(batch: ImportBatch, names: Iterable[str]) -> ImportBatch:
    """Only the rows of the chosen entities (a firm imports its clients' rows, not the list)."""
    chosen = {_fold(n) for n in names}
    return batch.with_rows(r for r in batch.rows if _fold(r.entity.name) in chosen)
