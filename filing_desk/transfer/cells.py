"""Spreadsheet cell values → typed record values: dates, yes/no, enums, modality lists, text.

Each parser raises ``ValueError`` with an English sentence naming the value; ``tabular`` turns that
into an issue naming the row and column. Also the raw cells before that: .xlsx rows trimmed to their
last filled cell (``trimmed_rows``), the cell openpyxl cannot read (``locate_bad_cell``), CSV bytes
→ text (``decode_csv``, refusing mojibake such as Big5 read as GB18030) and NUL characters
(``refuse_nul``). No Qt, no database.
"""

from __future__ import annotations

import re
import types
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing
from datetime import date, datetime
from pathlib import Path
from typing import Any, get_args, get_origin

from filing_desk.domain.enums import LabelledEnum, Role
from filing_desk.transfer.errors import BadEncoding, MalformedFile


def blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


_DATE_RE = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$"
)


def parse_date(value: object) -> date:
    """A date cell, ``2026-03-02``, ``2026/3/2``, ``2026.3.2``, ``2026年3月2日`` or ``20260302``."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    match = _DATE_RE.match(text)
    parts = match.groups() if match else None
    if parts is None and re.fullmatch(r"\d{8}", text):
        parts = (text[:4], text[4:6], text[6:])
    try:
        if parts is not None:
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        pass
    raise ValueError(f"“{text}” is not a date (use 2026-03-02, 2026/3/2 or 2026年3月2日)")


_BOOL = {
    **dict.fromkeys(("是", "有", "yes", "y", "true", "1", "√", "✓", "x"), True),
    **dict.fromkeys(("否", "无", "no", "n", "false", "0", "×", "✗", ""), False),
}


def parse_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = text_of(value).casefold()
    if text in _BOOL:
        return _BOOL[text]
    raise ValueError(f"“{text}” is not yes/no (是/否)")


def parse_enum(cls: type[LabelledEnum], value: object) -> LabelledEnum:
    """Stored code, member name, Chinese or English label; ``01``-style codes may lose the 0."""
    text = text_of(value)
    candidates = [text, text.zfill(2) if text.isdigit() else text, text + "类"]
    for candidate in candidates:
        try:
            return cls.parse(candidate)
        except ValueError:
            continue
    if cls is Role and "支持" in text:
        return Role.SUPPORTER
    allowed = "、".join(m.zh for m in cls)
    raise ValueError(f"“{text}” is not one of {allowed}")


def text_of(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def unescape(value: object) -> object:
    """Undo the exporters' formula-injection apostrophe (``'=…`` → ``=…``)."""
    if isinstance(value, str) and len(value) > 1 and value[0] == "'" and value[1] in "=+-@\t\r":
        return value[1:]
    return value


def convert(value: object, hint: object) -> object:
    args = [a for a in get_args(hint) if a is not type(None)]
    base = args[0] if get_origin(hint) is types.UnionType and len(args) == 1 else hint
    if base is date:
        return parse_date(value)
    if base is bool:
        return parse_bool(value)
    if isinstance(base, type) and issubclass(base, LabelledEnum):
        return parse_enum(base, value)
    if get_origin(base) is tuple:
        member = get_args(base)[0]
        parts = [p for p in re.split(r"[、,，;；/]", text_of(value)) if p.strip()]
        return tuple(parse_enum(member, p) for p in parts)
    return text_of(value)


# --- xlsx rows and the cell openpyxl cannot read ----------------------------------------------

_SHEET_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def locate_bad_cell(path: Path, member: str, first: int) -> tuple[int, str | None]:
    """(row, column letter) of the first cell from row ``first`` on whose value does not fit its
    type; ``(first, None)`` when none is found."""
    import xml.etree.ElementTree as ET  # the file already passed the zip-bomb and DTD checks

    try:
        with zipfile.ZipFile(path) as archive, archive.open(member) as handle:
            for _, elem in ET.iterparse(handle):
                if elem.tag != _SHEET_NS + "c":
                    continue
                match = re.fullmatch(r"([A-Z]+)(\d+)", elem.get("r", ""))
                if match and int(match.group(2)) >= first and not _cell_fits(elem):
                    return int(match.group(2)), match.group(1)
                elem.clear()
    except (zipfile.BadZipFile, KeyError, ET.ParseError, OSError):
        return first, None
    return first, None


def _cell_fits(elem: Any) -> bool:
    value = elem.find(_SHEET_NS + "v")
    kind = elem.get("t", "n")
    if value is None or kind not in ("n", "s", "b"):
        return True
    try:
        number = float(value.text or "")
    except ValueError:
        return False
    return kind == "n" or number.is_integer()


def trimmed_rows(
    ws: Any, first: int, width: int | None
) -> Iterator[tuple[int, tuple[object, ...]]]:
    """Each row from ``first`` on, as (row number, cells up to its last filled one)."""
    with closing(ws.iter_rows(min_row=first, max_col=width, values_only=True)) as rows:
        for line, cells in enumerate(rows, start=first):
            end = len(cells)
            while end and blank(cells[end - 1]):
                end -= 1
            yield line, tuple(cells[:end])


# --- CSV text -------------------------------------------------------------------------------------

# GB18030 decodes almost any bytes, so a Big5 (Traditional Chinese) file "succeeds" as nonsense.
# Misread Big5 is full of characters Chinese text hardly ever holds: private-use code points (GBK's
# user-defined areas), compatibility ideographs, kana, bopomofo, Greek and Cyrillic letters (GBK's
# symbol rows). On a CAC list's 600 rows: 0 % of the non-ASCII characters as GBK, 47-69 % a line
# as misread Big5. Refused above 5 %, so a rare Greek letter in a real GBK file still passes.
MOJIBAKE_SHARE = 0.05


def decode_csv(data: bytes, name: str = "file") -> str:
    """UTF-8 (BOM or not) first, then GB18030 (also GBK and GB2312) if the text is plausible.

    Raises:
        BadEncoding: neither decodes, or GB18030 gives mojibake (e.g. the file is Big5).
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise BadEncoding(
            f"{name} is neither UTF-8 nor GB18030/GBK text; save it as CSV UTF-8 and import again",
            file=name,
        ) from None
    counts = {ch: n for ch, n in Counter(text).items() if ord(ch) > 0x7F}
    odd = {ch: n for ch, n in counts.items() if unlikely_in_chinese(ch)}
    if sum(odd.values()) > MOJIBAKE_SHARE * sum(counts.values()):
        guess = "Big5 (Traditional Chinese)" if _decodes(data, "big5") else "another encoding"
        seen = "".join(ch for ch in odd if unicodedata.category(ch) != "Co")[:5]
        shown = f" (such as {seen})" if seen else ""
        raise BadEncoding(
            f"{name} is not UTF-8, and read as GB18030/GBK it gives characters Chinese text "
            f"hardly ever holds{shown}: it is probably {guess}. Save it as CSV UTF-8 and import "
            "again",
            file=name,
        )
    return text


def unlikely_in_chinese(ch: str) -> bool:
    """Private-use or unassigned, or a letter that is neither a CJK unified ideograph nor Latin."""
    category = unicodedata.category(ch)
    if category in ("Co", "Cn"):
        return True
    if not category.startswith("L"):
        return False  # punctuation, symbols, digits, spaces
    name = unicodedata.name(ch, "")
    return not name.startswith(("CJK UNIFIED IDEOGRAPH", "LATIN", "FULLWIDTH LATIN"))


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def refuse_nul(rows: Iterable[tuple[int, Sequence[object]]], name: str) -> None:
    """Refuse the first cell holding a NUL character, naming its row and column (1-based).

    A text file never holds NUL; one means a damaged or binary file (or UTF-16 without a BOM), and
    it would be cut short or rejected wherever the value goes next.
    """
    heading: Sequence[object] = ()
    for line, cells in rows:
        for index, cell in enumerate(cells):
            if isinstance(cell, str) and "\x00" in cell:
                title = heading[index] if index < len(heading) else None
                column = f"{index + 1} ({title})" if not blank(title) else str(index + 1)
                raise MalformedFile(
                    f"{name} holds a NUL character, which a text file never holds (the file is "
                    "damaged, binary, or UTF-16 without a byte-order mark); save it as CSV UTF-8 "
                    "and import again",
                    row=line,
                    column=column,
                    code="transfer.nul",
                    file=name,
                )
        if not heading and any(not blank(c) for c in cells):
            heading = cells
