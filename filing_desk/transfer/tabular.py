"""Spreadsheets in: read .xlsx and .csv into a header and rows, then cells into typed records.

No Qt, no database. openpyxl is imported lazily. Row numbers are the sheet's own (the header is
row 1), so a report line such as ``row 3, column 上线时间`` points at the cell the user sees.
CSV is decoded as UTF-8 (with or without BOM), else GB18030 (a superset of GBK) unless that gives
mojibake; a NUL character is refused (``cells.decode_csv``, ``cells.refuse_nul``).

Memory follows the content, never the file's claims: an .xlsx's ``<dimension>`` is ignored, rows are
read only as wide as the header and kept up to their last filled cell, within a cell budget.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_type_hints

from filing_desk.domain.enums import AlgorithmState, AlgorithmType, EntityState, Triage
from filing_desk.domain.issues import Issue
from filing_desk.domain.records import Algorithm, Entity, Model
from filing_desk.transfer.batch import ImportBatch, ImportRow, error
from filing_desk.transfer.cells import (
    blank,
    convert,
    decode_csv,
    locate_bad_cell,
    refuse_nul,
    text_of,
    trimmed_rows,
    unescape,
)
from filing_desk.transfer.columns import (
    LEGACY_RETRIEVAL_FILTERING,
    MODELS,
    PRODUCTS,
    REMARK,
    REQUIRED,
    header,
    parse_products,
    read_filing_number,
    read_uscc,
    resolve_legacy_type,
)
from filing_desk.transfer.errors import (
    FileTooLarge,
    MalformedFile,
    TransferError,
    UnsafeXml,
    UnsupportedFormat,
)
from filing_desk.transfer.limits import DEFAULT_LIMITS, Limits, check_file, check_xml_parts

XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
CSV_SUFFIXES = frozenset({".csv", ".txt"})
# A header wider than this is refused (no register sheet comes near; the mapping dialog lists each).
MAX_COLUMNS = 512
# Cells kept (each row up to its last filled cell) may average this many a row at the row limit.
CELLS_PER_ROW = 64


@dataclass(frozen=True)
class Table:
    """A sheet as read: headers, data rows and each data row's sheet row number."""

    headers: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]
    lines: tuple[int, ...]
    source: str


def read_table(
    path: str | os.PathLike[str],
    limits: Limits = DEFAULT_LIMITS,
    *,
    sheet: str | None = None,
    max_rows: int | None = None,
) -> Table:
    """Read the first (or named) sheet of an .xlsx or a .csv; first non-empty row = header.

    Raises FileTooLarge, ZipBomb, MalformedFile or UnsupportedFormat; nothing is read before the
    size and zip checks pass. ``max_rows`` stops early (for previews).
    """
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in XLSX_SUFFIXES | CSV_SUFFIXES:
        raise UnsupportedFormat(
            f"{p.name}: only .xlsx and .csv files can be imported", file=p.name, suffix=suffix
        )
    check_file(p, limits)
    stop = limits.max_rows + 2 if max_rows is None else max_rows + 1
    if suffix in XLSX_SUFFIXES:
        check_xml_parts(p)
        raw = _read_xlsx(p, sheet, stop, limits.max_rows * CELLS_PER_ROW)
    else:
        raw = _read_csv(p, stop)
    return _to_table(raw, p.name, limits, limited=max_rows is not None)


def preview(path: str | os.PathLike[str], n: int = 10, limits: Limits = DEFAULT_LIMITS) -> Table:
    """The header and the first ``n`` data rows (for the column-mapping dialog)."""
    return read_table(path, limits, max_rows=n)


def _to_table(
    raw: list[tuple[int, tuple[object, ...]]], name: str, limits: Limits, *, limited: bool
) -> Table:
    filled = [(line, cells) for line, cells in raw if any(not blank(c) for c in cells)]
    if not filled:
        raise MalformedFile(f"{name} is empty: no header row found", file=name)
    (_, header), body = filled[0], filled[1:]
    if not limited and len(body) > limits.max_rows:
        raise FileTooLarge(
            f"{name} has more than {limits.max_rows} rows", file=name, limit=limits.max_rows
        )
    width = _header_width(header, name)
    headers = tuple("" if h is None else str(h).strip() for h in header[:width])
    return Table(
        headers=headers,
        rows=tuple(cells for _, cells in body),
        lines=tuple(line for line, _ in body),
        source=name,
    )


def _header_width(header: Sequence[object], name: str) -> int:
    """Up to the last filled heading; refused past MAX_COLUMNS."""
    width = next((i + 1 for i in range(len(header) - 1, -1, -1) if not blank(header[i])), 0)
    if width > MAX_COLUMNS:
        raise FileTooLarge(
            f"{name}: the header row has {width} columns, more than the {MAX_COLUMNS} an import "
            "reads; delete the columns that are not needed",
            file=name,
            limit=MAX_COLUMNS,
        )
    return width


def _read_xlsx(
    path: Path, sheet: str | None, stop: int, budget: int
) -> list[tuple[int, tuple[object, ...]]]:
    import openpyxl  # lazy: slow to import

    out: list[tuple[int, tuple[object, ...]]] = []
    name = path.name
    # Our own handle: closed even when openpyxl refuses the file half-way through opening it.
    with path.open("rb") as handle:
        try:
            workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
        except TransferError:
            raise
        except Exception as exc:  # any failure inside openpyxl: the file is not a usable xlsx
            raise _unreadable(path, exc) from exc
        ws = None
        try:
            ws = workbook[sheet] if sheet else workbook.worksheets[0]
            ws.reset_dimensions()  # a <dimension ref="A1:XFD60001"/> would pad rows to 16,384
            _collect(ws, name, stop, budget, out)
        except KeyError as exc:
            raise MalformedFile(f"{name} has no sheet named {sheet!r}", file=name) from exc
        except TransferError:
            raise
        except Exception as exc:  # a corrupt cell surfaces here, while its row is being parsed
            if isinstance(refusal := _unreadable(path, exc), UnsafeXml):
                raise refusal from exc
            first = out[-1][0] + 1 if out else 1
            row, column = locate_bad_cell(path, getattr(ws, "_worksheet_path", ""), first)
            if column and out:
                from openpyxl.utils import column_index_from_string

                heading, index = out[0][1], column_index_from_string(column) - 1
                if index < len(heading) and heading[index]:
                    column = f"{column} ({heading[index]})"
            raise MalformedFile(
                f"{name}: a cell cannot be read ({exc})", row=row, column=column, file=name
            ) from exc
        finally:
            workbook.close()
    return out


def _unreadable(path: Path, exc: BaseException) -> TransferError:
    """openpyxl's failure in one line; defusedxml's refusal of entities as UnsafeXml."""
    cause: BaseException | None = exc
    while cause is not None and not type(cause).__module__.startswith("defusedxml"):
        cause = cause.__cause__ or cause.__context__
    if cause is not None:
        return UnsafeXml(
            f"{path.name} declares XML entities ({cause}), which Excel never writes; refused "
            "without reading it",
            file=path.name,
        )
    reason = " ".join(str(exc).split())
    return MalformedFile(f"{path.name} is not a readable .xlsx file ({reason})", file=path.name)


def _collect(
    ws: Any, name: str, stop: int, budget: int, out: list[tuple[int, tuple[object, ...]]]
) -> None:
    """Append the filled rows (row number, cells up to the last filled one), header first.

    The header is the first filled row; the rows after it are read only as wide as the header (a
    cell without a heading cannot be mapped), and refused past ``budget`` kept cells.
    """
    header = next(((line, cells) for line, cells in trimmed_rows(ws, 1, None) if cells), None)
    if header is None:
        return
    out.append(header)
    _header_width(header[1], name)
    kept = 0
    for line, cells in trimmed_rows(ws, header[0] + 1, len(header[1])):
        if not cells:
            continue
        out.append((line, cells))
        kept += len(cells)
        if kept > budget:
            raise FileTooLarge(
                f"{name}: the sheet holds more than {budget:,} cells, more than an import "
                "reads; delete the rows and columns that are not needed",
                file=name,
                limit=budget,
            )
        if len(out) >= stop:
            break


def _read_csv(path: Path, stop: int) -> list[tuple[int, tuple[object, ...]]]:
    text = decode_csv(path.read_bytes(), path.name)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], ",;\t")
    except csv.Error:
        dialect = csv.excel
    out: list[tuple[int, tuple[object, ...]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        for cells in reader:
            out.append((reader.line_num, tuple(cells)))
            if len(out) >= stop:
                break
    except csv.Error as exc:
        raise MalformedFile(f"{path.name}: {exc}", row=reader.line_num, file=path.name) from exc
    if "\x00" in text:
        refuse_nul(out, path.name)
    return out


def parse_rows(
    headers: Sequence[object],
    rows: Sequence[Sequence[object]],
    mapping: Mapping[int, str],
    *,
    lines: Sequence[int] | None = None,
    source: str = "",
) -> ImportBatch:
    """Convert mapped cells to records; every problem becomes an issue naming row and column.

    ``lines`` gives each row's sheet row number (default: header on row 1, data from row 2).
    """
    names = [("" if h is None else str(h).strip()) for h in headers]
    numbers = list(lines) if lines is not None else [i + 2 for i in range(len(rows))]
    built = tuple(
        build_row(line, cells, mapping, names) for line, cells in zip(numbers, rows, strict=True)
    )
    return ImportBatch(rows=built, source=source, kind="table")


def import_table(
    path: str | os.PathLike[str],
    mapping: Mapping[int, str] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> ImportBatch:
    """Read a file and parse it with ``mapping`` (default: ``columns.auto_map`` of its headers)."""
    from filing_desk.transfer.columns import auto_map

    table = read_table(path, limits)
    chosen = auto_map(table.headers) if mapping is None else mapping
    return parse_rows(table.headers, table.rows, chosen, lines=table.lines, source=table.source)


_HINTS: dict[str, dict[str, object]] = {
    "entity": get_type_hints(Entity),
    "algorithm": get_type_hints(Algorithm),
}
_NOT_IMPORTED = frozenset({"id", "entity_id", "model_ids"})
# Read as text first, checked after the row's type is known.
_DEFERRED = frozenset({"algorithm.filing_number", "entity.uscc", PRODUCTS, MODELS, REMARK})


@dataclass
class _RowState:
    line: int
    values: dict[str, dict[str, object]]
    texts: dict[str, str]
    columns: dict[str, str]
    issues: list[Issue]


def build_row(
    line: int, cells: Sequence[object], mapping: Mapping[int, str], names: Sequence[str]
) -> ImportRow:
    """One sheet row → ImportRow (entity, algorithm, products, models, remark, issues)."""
    st = _RowState(line, {"entity": {}, "algorithm": {}}, {}, {}, [])
    for index, key in sorted(mapping.items()):
        label = names[index] if index < len(names) and names[index] else header(key)
        st.columns.setdefault(key, label)
        cell = unescape(cells[index]) if index < len(cells) else None
        if not blank(cell):
            _read_cell(st, key, label, cell)
    _finish_codes(st)
    _check_required(st)
    return _assemble(st)


def _read_cell(st: _RowState, key: str, label: str, cell: object) -> None:
    record, _, name = key.partition(".")
    if key in _DEFERRED or (
        key == "algorithm.algo_type" and text_of(cell) == LEGACY_RETRIEVAL_FILTERING
    ):
        st.texts[key] = text_of(cell)
        return
    hint = _HINTS.get(record, {}).get(name)
    if hint is None or name in _NOT_IMPORTED:
        st.issues.append(
            error("import.unknown_field", key, f"{key} is not an importable field", label)
        )
        return
    try:
        st.values[record][name] = convert(cell, hint)
    except ValueError as exc:
        st.issues.append(error("import.value", key, str(exc), label, value=text_of(cell)))


def _finish_codes(st: _RowState) -> None:
    algo = st.values["algorithm"]
    legacy = st.texts.get("algorithm.algo_type") == LEGACY_RETRIEVAL_FILTERING
    key = "algorithm.filing_number"
    algo_type = algo.get("algo_type")  # an AlgorithmType once read, absent when not given
    number, issues = read_filing_number(
        st.texts.get(key, ""),
        algo_type if isinstance(algo_type, AlgorithmType) and not legacy else None,
        key,
        st.columns.get(key, ""),
    )
    st.issues += issues
    if number:
        algo["filing_number"] = number
    if legacy:
        key = "algorithm.algo_type"
        algo["algo_type"], issue = resolve_legacy_type(number, key, st.columns[key])
        st.issues.append(issue)
    if "entity.uscc" in st.texts:
        key = "entity.uscc"
        st.values["entity"]["uscc"], issues = read_uscc(st.texts[key], key, st.columns[key])
        st.issues += issues


def _check_required(st: _RowState) -> None:
    for key in REQUIRED:
        record, _, name = key.partition(".")
        if name in st.values[record] and st.values[record][name] != "":
            continue
        if any(i.field == key for i in st.issues):
            continue  # already reported (e.g. an unknown type)
        column = st.columns.get(key)
        text = f"{header(key)} is empty" if column else f"no column is mapped to {header(key)}"
        st.issues.append(error("import.required", key, text, column or header(key)))


def _assemble(st: _RowState) -> ImportRow:
    algo = st.values["algorithm"]
    if "state" not in algo:
        algo["state"] = AlgorithmState.FILED if algo.get("filing_number") else AlgorithmState.DRAFT
    if algo["state"] is AlgorithmState.FILED:
        algo.setdefault("triage", Triage.REQUIRED)
        st.values["entity"].setdefault("state", EntityState.APPROVED)
    products, issues = parse_products(
        st.texts.get(PRODUCTS, ""), PRODUCTS, st.columns.get(PRODUCTS, "")
    )
    models = tuple(
        Model(name=n.strip())
        for n in re.split(r"[、,，;；\n]", st.texts.get(MODELS, ""))
        if n.strip()
    )
    return ImportRow(
        line=st.line,
        entity=Entity(**st.values["entity"]),  # type: ignore[arg-type]
        algorithm=Algorithm(**algo),  # type: ignore[arg-type]
        products=products,
        models=models,
        remark=st.texts.get(REMARK, ""),
        issues=(*st.issues, *issues),
    )
