"""Spreadsheet cells → typed record values, and the raw cells before that.

``convert`` reads a cell by its field's type through the one conversion vocabulary
(``domain.fields.values``: dates, yes/no, choices, lists of choices, text), which raises
``ValueError`` with an English sentence naming the value; ``tabular`` turns that into an issue
naming the row and column. Before that: .xlsx rows trimmed to their last filled cell
(``trimmed_rows``), the cell openpyxl cannot read (``locate_bad_cell``), CSV bytes → text
(``decode_csv``, refusing mojibake such as Big5 read as GB18030) and NUL characters
(``refuse_nul``). No Qt, no database.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing
from pathlib import Path
from typing import Any

from filing_desk.domain.fields import values
from filing_desk.domain.fields.values import parse_bool as parse_bool
from filing_desk.domain.fields.values import parse_date as parse_date
from filing_desk.domain.fields.values import parse_enum as parse_enum
from filing_desk.domain.fields.values import text_of as text_of
from filing_desk.transfer.errors import BadEncoding, MalformedFile


def blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def unescape(value: object) -> object:
    """Undo the exporters' formula-injection apostrophe (``'=…`` → ``=…``)."""
    if isinstance(value, str) and len(value) > 1 and value[0] == "'" and value[1] in "=+-@\t\r":
        return value[1:]
    return value


def convert(value: object, hint: object) -> object:
    """A filled cell → the type ``hint`` names (``domain.fields.values.parse``)."""
    converted: object = values.parse(value, hint)
    return converted


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
