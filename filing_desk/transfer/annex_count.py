"""Count a blocked-keyword list (附件4) or a test-question bank (附件5): .xlsx or .csv, every sheet.

In each sheet the header is the first of its first rows that names a column we know (关键词,
题目, 风险类别, 题库 …, ``_HEADINGS``); a sheet without one is a bare list whose first column
holds the entries. A category column (风险类别 / 类别 / 分类 / category / risk) gives per-category
counts; in a test bank a bank column (题库 / 题型 / bank / type), or else a sheet named after a
bank, tells generated-content, should-refuse and non-refusal questions apart. Entries are
counted once: blanks are skipped, and the same text (spaces and letter case aside) is one entry
however often it appears, across sheets and files.

No Qt, no database. Hostile files are refused with the transfer errors before anything is
unpacked (``limits.check_file``, ``check_xml_parts``); rows are read only up to
``MAX_COLUMNS`` wide and ``limits.max_rows`` long. The result is ``domain.genai_annexes``'s.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from filing_desk.domain.enums import AttachmentKind
from filing_desk.domain.genai_annexes import AnnexCount, QuestionBank
from filing_desk.transfer.cells import blank, decode_csv, refuse_nul, text_of, trimmed_rows
from filing_desk.transfer.errors import (
    FileTooLarge,
    MalformedFile,
    TransferError,
    UnsupportedFormat,
)
from filing_desk.transfer.limits import (
    DEFAULT_LIMITS,
    Limits,
    check_file,
    check_xml_parts,
    safe_filename,
)
from filing_desk.transfer.tabular import CSV_SUFFIXES, XLSX_SUFFIXES
from filing_desk.transfer.tabular import _unreadable as unreadable  # openpyxl's failure, one line

MAX_COLUMNS = 64  # an annex needs a handful; wider rows are read only this far
MAX_SHEETS = 64
HEADER_ROWS = 10  # the header is looked for among a sheet's first filled rows
LONG_HEADING = 16  # longer cells are data, not headings
SHORT_HEADING = 8  # a header of one cell is at most this long

_INDEX = ("序号", "编号", "no", "no.", "id", "#", "index")
_BANK = ("题库", "题型", "题目类型", "题库类型", "测试类型", "bank", "type")
_CATEGORY = ("风险", "类别", "分类", "category", "risk")
_NON_REFUSAL = ("非拒答", "不拒答", "应回答", "non-refus", "non refus", "should answer")
_ENTRY = {
    AttachmentKind.KEYWORD_LIST: ("关键词", "关键字", "敏感词", "词", "keyword", "word", "term"),
    AttachmentKind.TEST_QUESTIONS: ("题", "问题", "question", "prompt", "内容", "content"),
}


@dataclass
class _Sheet:
    name: str
    rows: list[tuple[str, ...]] = field(default_factory=list)


@dataclass
class _Tally:
    kind: AttachmentKind
    entries: set[str] = field(default_factory=set)
    categories: dict[str, set[str]] = field(default_factory=dict)
    banks: dict[QuestionBank, set[str]] = field(default_factory=dict)
    category_column: str = ""
    bank_column: str = ""


def count_annex(
    kind: AttachmentKind, files: Sequence[tuple[str, bytes]], limits: Limits = DEFAULT_LIMITS
) -> AnnexCount:
    """Count an annex given as (file name, bytes) pairs, e.g. the service's current attachments.

    Each file is checked and read from a private temporary folder that is removed at once (the
    zip and DTD checks work on files); raises the transfer errors ``count_annex_file`` raises.
    """
    tally = _Tally(kind)
    with tempfile.TemporaryDirectory(prefix="filing-desk-annex-") as folder:
        for index, (name, data) in enumerate(files):
            path = Path(folder) / str(index) / safe_filename(name)  # errors name the user's file
            path.parent.mkdir()
            path.write_bytes(data)
            try:
                _add_file(tally, path, limits, path.name)
            finally:
                path.unlink()
    return _result(tally, tuple(name for name, _ in files))


def count_annex_file(
    path: str | os.PathLike[str], kind: AttachmentKind, limits: Limits = DEFAULT_LIMITS
) -> AnnexCount:
    """Count one .xlsx or .csv file.

    Raises:
        UnsupportedFormat: neither .xlsx nor .csv.
        FileTooLarge, ZipBomb, UnsafeXml, MalformedFile, BadEncoding: as for an import.
    """
    tally = _Tally(kind)
    _add_file(tally, Path(path), limits, Path(path).name)
    return _result(tally, (Path(path).name,))


def _add_file(tally: _Tally, path: Path, limits: Limits, name: str) -> None:
    for sheet in _sheets(path, limits, name):
        _add_sheet(tally, sheet)


def _result(tally: _Tally, files: tuple[str, ...]) -> AnnexCount:
    return AnnexCount(
        kind=tally.kind,
        total=len(tally.entries),
        categories={c: len(v) for c, v in tally.categories.items()},
        banks={b: len(v) for b, v in tally.banks.items()},
        files=files,
        category_column=tally.category_column,
        bank_column=tally.bank_column,
    )


# --- reading -----------------------------------------------------------------------------------


def _sheets(path: Path, limits: Limits, name: str) -> list[_Sheet]:
    suffix = path.suffix.lower()
    if suffix not in XLSX_SUFFIXES | CSV_SUFFIXES:
        raise UnsupportedFormat(
            f"{name}: only .xlsx and .csv files can be counted", file=name, suffix=suffix
        )
    check_file(path, limits)
    if suffix in CSV_SUFFIXES:
        return [_read_csv(path, limits, name)]
    check_xml_parts(path)
    return _read_xlsx(path, limits, name)


def _read_csv(path: Path, limits: Limits, name: str) -> _Sheet:
    text = decode_csv(path.read_bytes(), name)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], ",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    raw: list[tuple[int, tuple[str, ...]]] = []
    try:
        for cells in reader:
            raw.append((reader.line_num, tuple(cells[:MAX_COLUMNS])))
            _check_rows(len(raw), limits, name)
    except csv.Error as exc:
        raise MalformedFile(f"{name}: {exc}", row=reader.line_num, file=name) from exc
    if "\x00" in text:
        refuse_nul(raw, name)
    return _Sheet(name, [cells for _, cells in raw])


def _read_xlsx(path: Path, limits: Limits, name: str) -> list[_Sheet]:
    import openpyxl  # lazy: slow to import

    sheets: list[_Sheet] = []
    with path.open("rb") as handle:
        try:
            workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
        except Exception as exc:  # any failure inside openpyxl: the file is not a usable xlsx
            raise unreadable(path, exc) from exc
        try:
            rows = 0
            for ws in workbook.worksheets[:MAX_SHEETS]:
                ws.reset_dimensions()  # a forged <dimension> would pad every row
                sheet = _Sheet(str(ws.title))
                for _, cells in trimmed_rows(ws, 1, MAX_COLUMNS):
                    sheet.rows.append(tuple(text_of(c) for c in cells))
                    rows += 1
                    _check_rows(rows, limits, name)
                sheets.append(sheet)
        except TransferError:
            raise
        except Exception as exc:  # a corrupt part or cell surfaces while rows are read
            raise unreadable(path, exc) from exc
        finally:
            workbook.close()
    return sheets


def _check_rows(rows: int, limits: Limits, name: str) -> None:
    if rows > limits.max_rows:
        raise FileTooLarge(
            f"{name} has more than {limits.max_rows} rows", file=name, limit=limits.max_rows
        )


# --- counting ----------------------------------------------------------------------------------


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _is(heading: str, words: Sequence[str], *, exact: bool = False) -> bool:
    h = _norm(heading)
    return h in words if exact else any(w in h for w in words)


@dataclass(frozen=True)
class _Columns:
    entry: int = 0
    category: int | None = None
    bank: int | None = None


def _find_header(sheet: _Sheet, kind: AttachmentKind) -> tuple[int, _Columns] | None:
    """(row index, columns) of the header among the first filled rows, ``None`` when none."""
    filled = [(i, r) for i, r in enumerate(sheet.rows) if any(not blank(c) for c in r)]
    for index, row in filled[:HEADER_ROWS]:
        cells = [c for c in row if not blank(c)]
        known = [c for c in cells if _role(c, kind) != "other"]
        # A lone cell is a header only when short: a title such as "附件4-拦截关键词列表" is not.
        if known and (len(cells) > 1 or len(_norm(cells[0])) <= SHORT_HEADING):
            return index, _columns(row, kind)
    return None


def _role(heading: str, kind: AttachmentKind) -> str:
    """What a heading names: bank, category, entry, index or other (long text is no heading)."""
    if len(_norm(heading)) > LONG_HEADING:
        return "other"
    if kind is AttachmentKind.TEST_QUESTIONS and _is(heading, _BANK):
        return "bank"
    if _is(heading, _CATEGORY):
        return "category"
    if _is(heading, _ENTRY[kind]):
        return "entry"
    return "index" if _is(heading, _INDEX, exact=True) else "other"


def _columns(row: Sequence[str], kind: AttachmentKind) -> _Columns:
    roles = [_role(c, kind) if not blank(c) else "blank" for c in row]
    entry = next((i for i, r in enumerate(roles) if r == "entry"), None)
    if entry is None:  # no entry heading: the first column that is not a number or a class
        entry = next((i for i, r in enumerate(roles) if r in ("other", "blank")), 0)
    category = next((i for i, r in enumerate(roles) if r == "category"), None)
    bank = next((i for i, r in enumerate(roles) if r == "bank"), None)
    return _Columns(entry, category, bank)


def _bank_of(text: str) -> QuestionBank | None:
    t = _norm(text)
    if any(
        w in t for w in ("非拒答", "不拒答", "应回答", "non-refus", "non refus", "should answer")
    ):
        return QuestionBank.NON_REFUSAL
    if any(w in t for w in ("应拒答", "拒答", "should refuse", "should-refuse", "refus")):
        return QuestionBank.SHOULD_REFUSE
    if any(w in t for w in ("生成内容", "生成", "generat", "content")):
        return QuestionBank.GENERATED
    return None


def _add_sheet(tally: _Tally, sheet: _Sheet) -> None:
    found = _find_header(sheet, tally.kind)
    start, cols = (found[0] + 1, found[1]) if found else (0, _Columns())
    header = sheet.rows[found[0]] if found else ()
    if cols.category is not None:
        tally.category_column = tally.category_column or header[cols.category]
    if cols.bank is not None:
        tally.bank_column = tally.bank_column or header[cols.bank]
    sheet_bank = _bank_of(sheet.name) if tally.kind is AttachmentKind.TEST_QUESTIONS else None
    for row in _cells(sheet.rows[start:], cols):
        entry, category, bank_text = row
        key = _norm(entry)
        tally.entries.add(key)
        bank = _bank_of(bank_text) if cols.bank is not None else sheet_bank
        if bank is not None:
            tally.banks.setdefault(bank, set()).add(key)
        if category and (bank in (None, QuestionBank.GENERATED)):
            tally.categories.setdefault(category, set()).add(key)


def _cells(rows: Sequence[tuple[str, ...]], cols: _Columns) -> Iterator[tuple[str, str, str]]:
    """(entry, category, bank) of each row with a non-blank entry."""

    def at(row: tuple[str, ...], index: int | None) -> str:
        return row[index].strip() if index is not None and index < len(row) else ""

    for row in rows:
        entry = at(row, cols.entry)
        if entry:
            yield entry, " ".join(at(row, cols.category).split()), at(row, cols.bank)
