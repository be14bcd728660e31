"""Spreadsheet cell values → typed record values: dates, yes/no, enums, modality lists, text.

No Qt, no database. Each parser raises ``ValueError`` with an English sentence naming the value;
``tabular`` turns that into an issue naming the row and column.
"""

from __future__ import annotations

import re
import types
from datetime import date, datetime
from typing import get_args, get_origin

from filing_desk.domain.enums import LabelledEnum, Role


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
