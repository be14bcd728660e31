"""The one conversion vocabulary: words and cells → typed values, typed values → words and JSON.

No Qt, no I/O. Import (spreadsheet cells, CAC lists), edit (``Register.update_*`` given text),
JSON and the forms all convert through here, so "√" is yes everywhere or nowhere:

- ``parse(value, hint)``: what a person typed or a cell held → the field's type. Yes/no takes
  ``YES_WORDS`` / ``NO_WORDS`` (case-folded), dates ``2026-03-02``, ``2026/3/2``, ``2026.3.2``,
  ``2026年3月2日`` or ``20260302``, a choice its code, name, Chinese or English label (``1`` for
  ``01``, ``推送`` for ``推送类``), a list of choices any of those separated by 、 , ， ; ； or /.
  A value it cannot read raises ``ValueError`` with an English sentence naming it.
- ``show(value, lang)``: a typed value as words (是/否, Yes/No; 2026年3月2日; labels joined by 、).
- ``to_plain`` / ``from_plain``: the JSON document's form (codes, ISO dates, lists), strictly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from typing import Any

from filing_desk.domain.enums import LabelledEnum, Role
from filing_desk.domain.fields.declare import Kind, shape_of

YES_WORDS = frozenset({"是", "有", "yes", "y", "true", "1", "√", "✓", "x"})
NO_WORDS = frozenset({"否", "无", "no", "n", "false", "0", "×", "✗", ""})
LIST_SEPARATORS = re.compile(r"[、,，;；/]")

_DATE_RE = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$"
)


def text_of(value: object) -> str:
    """A cell or an argument as text: whole floats without ``.0``, dates in ISO, stripped."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def parse_text(value: object) -> str:
    if isinstance(value, list | tuple | dict | set):
        raise ValueError(f"expected text, got {type(value).__name__}")
    return text_of(value)


def parse_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = text_of(value).casefold()
    if text in YES_WORDS:
        return True
    if text in NO_WORDS:
        return False
    raise ValueError(f"“{text}” is not yes/no (是/否)")


def parse_date(value: object) -> date:
    """A date cell or text (see the module docstring for the forms read)."""
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


def parse_enum(cls: type[LabelledEnum], value: object) -> LabelledEnum:
    """Stored code, member name, Chinese or English label; ``01``-style codes may lose the 0."""
    if isinstance(value, cls):
        return value
    text = text_of(value)
    for candidate in (text, text.zfill(2) if text.isdigit() else text, text + "类"):
        try:
            return cls.parse(candidate)
        except ValueError:
            continue
    if cls is Role and "支持" in text:
        return Role.SUPPORTER
    allowed = "、".join(m.zh for m in cls)
    raise ValueError(f"“{text}” is not one of {allowed}")


def parse_choices(cls: type[LabelledEnum], value: object) -> tuple[LabelledEnum, ...]:
    """Several choices: a separated text, or any iterable of choices or their words."""
    items: Iterable[object]
    if isinstance(value, str):
        items = (p for p in LIST_SEPARATORS.split(value) if p.strip())
    elif isinstance(value, Iterable):
        items = value
    else:
        items = (value,)
    return tuple(parse_enum(cls, item) for item in items if not _blank(item))


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def parse(value: object, hint: Any) -> Any:
    """What a person typed or a cell held → the type ``hint`` names (see the module docstring).

    Blank is None for an optional field and "" for text; anything unreadable raises ValueError.
    """
    shape = shape_of(hint)
    if _blank(value):
        if shape.optional:
            return None
        if shape.kind is Kind.TEXT:
            return ""
    kind = shape.kind
    if kind is Kind.TEXT:
        return parse_text(value)
    if kind is Kind.BOOL:
        return parse_bool(value)
    if kind is Kind.DATE:
        return parse_date(value)
    if kind is Kind.CHOICE and shape.enum is not None:
        return parse_enum(shape.enum, value)
    if kind is Kind.CHOICES and shape.enum is not None:
        return parse_choices(shape.enum, value)
    if kind is Kind.NUMBER:
        return parse_whole_number(value)
    return value


def parse_whole_number(value: object) -> int:
    """A whole number: ``1200000``, ``1,200,000``, a whole float cell; a sign is kept."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = re.sub(r"[\s,，]", "", text_of(value))
    if re.fullmatch(r"[-+]?\d+", text):
        return int(text)
    raise ValueError(f"“{text_of(value)}” is not a whole number")


# --- typed values as words --------------------------------------------------------------------


def show_bool(value: bool, lang: str = "zh") -> str:
    if lang.startswith("zh"):
        return "是" if value else "否"
    return "Yes" if value else "No"


def show_date(value: date, lang: str = "zh") -> str:
    day = value.date() if isinstance(value, datetime) else value
    if lang.startswith("zh"):
        return f"{day.year}年{day.month}月{day.day}日"
    return day.isoformat()


def show_list(items: Iterable[object], lang: str = "zh") -> str:
    words = [v.label(lang) if isinstance(v, LabelledEnum) else str(v) for v in items]
    return ("、" if lang.startswith("zh") else ", ").join(words)


def show(value: object, lang: str = "zh") -> str:
    """A typed value as words: 是/否 or Yes/No, 2026年3月2日 or ISO, labels, lists joined."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return show_bool(value, lang)
    if isinstance(value, LabelledEnum):
        return value.label(lang)
    if isinstance(value, date):
        return show_date(value, lang)
    if isinstance(value, tuple | list):
        return show_list(value, lang)
    return str(value).strip()


# --- the JSON document's form ---------------------------------------------------------------


def to_plain(value: object) -> Any:
    """Codes for choices, ISO text for dates, lists for tuples, objects for records."""
    if value is None:
        return None
    if isinstance(value, LabelledEnum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple | list):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    return value


def from_plain(value: object, hint: Any) -> Any:
    """A JSON scalar → ``hint`` (text, true/false, a whole number, an ISO date or date and time,
    a choice's code), strictly; ValueError says what was expected."""
    if hint is str and isinstance(value, str):
        return value
    if hint is bool and isinstance(value, bool):
        return value
    if hint is int and isinstance(value, int) and not isinstance(value, bool):
        return value
    try:
        if hint is date and isinstance(value, str) and len(value) == 10:
            return date.fromisoformat(value)
        if hint is datetime and isinstance(value, str):
            return datetime.fromisoformat(value)
        if isinstance(hint, type) and issubclass(hint, LabelledEnum) and isinstance(value, str):
            return hint(value)
    except ValueError:
        pass
    raise ValueError(f"expected {_expected(hint)}")


def _expected(hint: Any) -> str:
    names = {
        str: "a text",
        bool: "true or false",
        int: "a whole number",
        date: "a date (YYYY-MM-DD)",
        datetime: "a date and time (ISO 8601)",
    }
    if hint in names:
        return names[hint]
    if isinstance(hint, type) and issubclass(hint, LabelledEnum):
        return "one of " + ", ".join(m.value for m in hint)
    return str(hint)
