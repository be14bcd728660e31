"""The CAC's published filing lists (.docx annexes) → FILED algorithms; the check against a list.

No Qt, no database. Reads one Word table whose first row is the header, as the CAC publishes it
(domain.md Part B §6.1): 序号, 算法名称, 算法类别 (algorithm lists) or 角色 (deep-synthesis lists),
主体名称, 应用产品, 主要用途, 备案编号 and, in most annexes, 备注. python-docx is imported lazily.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
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
    cac = read_cac_list(path, limits)
    rows = tuple(list_row_to_import(row, cac.deep_synthesis) for row in cac.rows)
    return ImportBatch(rows=rows, source=Path(path).name, kind="cac_list")


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
                f"the list's remark says “{row.remark}”: check the filing is still in force",
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


# --- Check the register against a list ------------------------------------------------------------


class ListStatus(StrEnum):
    LISTED = "listed"  # number, algorithm name and entity name all match
    NAME_DIFFERS = "name_differs"
    ENTITY_DIFFERS = "entity_differs"
    BOTH_DIFFER = "both_differ"
    NOT_LISTED = "not_listed"  # this list does not carry the number (lists are batches)
    NO_NUMBER = "no_number"  # the register holds no valid filing number for it


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


def compare_with_list(
    list_batch: ImportBatch, filed: Iterable[tuple[Entity, Algorithm]]
) -> tuple[ListMatch, ...]:
    """For each (entity, algorithm) of the register: does the list carry its number, same names?"""
    by_number = {r.algorithm.filing_number: r for r in list_batch.rows if r.algorithm.filing_number}
    return tuple(_match(entity, algorithm, by_number) for entity, algorithm in filed)


def _match(entity: Entity, algorithm: Algorithm, by_number: dict[str, ImportRow]) -> ListMatch:
    base = ListMatch(entity.name, algorithm.name, algorithm.filing_number, ListStatus.NOT_LISTED)
    if not algorithm.filing_number:
        return replace(base, status=ListStatus.NO_NUMBER)
    row = by_number.get(algorithm.filing_number)
    if row is None:
        return base
    same_name = _fold(row.algorithm.name) == _fold(algorithm.name)
    same_entity = _fold(row.entity.name) == _fold(entity.name)
    status = {
        (True, True): ListStatus.LISTED,
        (False, True): ListStatus.NAME_DIFFERS,
        (True, False): ListStatus.ENTITY_DIFFERS,
        (False, False): ListStatus.BOTH_DIFFER,
    }[(same_name, same_entity)]
    return replace(
        base,
        status=status,
        list_line=row.line,
        list_entity=row.entity.name,
        list_name=row.algorithm.name,
        list_remark=row.remark,
    )


def check_against_list(
    list_batch: ImportBatch, filed: Iterable[tuple[Entity, Algorithm]]
) -> list[str]:
    """The comparison as report lines, one per algorithm, then a count line."""
    matches = compare_with_list(list_batch, filed)
    lines = [f"check against list: {list_batch.source}"]
    lines += [match_line(m) for m in matches]
    count = {s: sum(1 for m in matches if m.status is s) for s in ListStatus}
    differs = sum(count[s] for s in _DIFFERS)
    lines.append(
        f"algorithms: {len(matches)}  listed: {count[ListStatus.LISTED]}  differs: {differs}  "
        f"not listed: {count[ListStatus.NOT_LISTED]}  no number: {count[ListStatus.NO_NUMBER]}"
    )
    return lines


_DIFFERS = (ListStatus.NAME_DIFFERS, ListStatus.ENTITY_DIFFERS, ListStatus.BOTH_DIFFER)


def match_line(m: ListMatch) -> str:
    who = f"{m.entity_name} / {m.algorithm_name}"
    number = f"网信算备{m.filing_number}号" if m.filing_number else "(no number)"
    if m.status is ListStatus.NO_NUMBER:
        return f"no number: {who}: the register holds no filing number"
    if m.status is ListStatus.NOT_LISTED:
        return f"not listed: {who} {number}: this list does not carry the number"
    parts = []
    if m.status in (ListStatus.NAME_DIFFERS, ListStatus.BOTH_DIFFER):
        parts.append(f"the list names the algorithm “{m.list_name}”")
    if m.status in (ListStatus.ENTITY_DIFFERS, ListStatus.BOTH_DIFFER):
        renamed = " (its remark records a rename)" if m.entity_name in m.list_remark else ""
        parts.append(f"the list names the entity “{m.list_entity}”{renamed}")
    remark = f"; remark: {m.list_remark}" if m.list_remark else ""
    if not parts:
        return f"listed: {who} {number} in row {m.list_line}{remark}"
    return f"differs: {who} {number} in row {m.list_line}: {'; '.join(parts)}{remark}"
