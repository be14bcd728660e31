"""Spec key paths checked against the records: ``entity.name`` → (Entity, "name") or a reason.

No Qt, no I/O. The loader calls these for every ``key``, ``when`` condition and statement
placeholder; reasons are English phrases the loader prefixes with file, section and field.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Callable
from datetime import date
from functools import cache

from filing_desk.domain.enums import ENUMS, LabelledEnum
from filing_desk.domain.records import FormContext, field_names
from filing_desk.forms.spec import CONTEXT_SCALARS, REPEATS, ROOTS, Condition

Target = tuple[type, str]
PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_.]*)\}")
# What each field type needs the record attribute to hold (None: anything goes).
FITS: dict[str, type | None] = {
    "text": str,
    "longtext": str,
    "email": str,
    "phone": str,
    "uscc": str,
    "filing_no": str,
    "fieldref": str,
    "date": date,
    "bool": bool,
    "number": int,
    "choice": LabelledEnum,
    "multichoice": tuple,
    "attachment": None,
}


def placeholders(text: str) -> list[str]:
    """The ``{key}`` placeholders of a statement text."""
    return PLACEHOLDER.findall(text)


def check_key(key: str, item_prefix: str | None) -> tuple[Target | None, str | None]:
    """Resolve a key path; return its (record, attribute) or the reason it is wrong."""
    parts = key.split(".")
    if len(parts) == 1:
        if key in CONTEXT_SCALARS:
            return (FormContext, key), None
        return None, f"unknown field {key!r} of FormContext (known: {', '.join(CONTEXT_SCALARS)})"
    if len(parts) > 2:
        return None, f"key {key!r} is too deep: write 'record.field'"
    head, attr = parts
    record = _record(head, item_prefix)
    if isinstance(record, str):
        return None, record
    if attr not in field_names(record):
        return None, f"unknown field {attr!r} of {record.__name__}"
    return (record, attr), None


def _record(head: str, item_prefix: str | None) -> type | str:
    if head in ROOTS:
        return ROOTS[head]
    for repeat, (prefix, record) in REPEATS.items():
        if head == prefix:
            if head == item_prefix:
                return record
            return f"{head!r} keys belong in a section with repeat = {repeat!r}"
    known = [*ROOTS, *([item_prefix] if item_prefix else [])]
    return f"unknown record {head!r} (known: {', '.join(known)})"


@cache
def _hints(record: type) -> dict[str, object]:
    return typing.get_type_hints(record)


def _flatten(hint: object) -> list[object]:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return [t for arg in typing.get_args(hint) for t in _flatten(arg)]
    if origin is tuple:
        return [tuple, *(t for arg in typing.get_args(hint) for t in _flatten(arg))]
    return [hint]


def _enum_in(found: list[object]) -> type[LabelledEnum] | None:
    for t in found:
        if isinstance(t, type) and issubclass(t, LabelledEnum):
            return t
    return None


def check_type_fits(target: Target, type_name: str, choices: object) -> list[str]:
    """Problems with a field's ``type`` and ``choices`` for the attribute it names."""
    record, attr = target
    found = _flatten(_hints(record)[attr])
    where = f"{record.__name__}.{attr}"
    needed = FITS[type_name]
    if needed is not None and not any(isinstance(t, type) and issubclass(t, needed) for t in found):
        return [f"type {type_name!r} does not fit {where} (a {_describe(found)})"]
    if type_name not in ("choice", "multichoice"):
        return [] if choices is None else ["'choices' is only for choice and multichoice fields"]
    if choices is None:
        return [f"type {type_name!r} needs 'choices' (an enum name)"]
    if not isinstance(choices, str) or choices not in ENUMS:
        return [f"unknown enum {choices!r} in 'choices' (known: {', '.join(ENUMS)})"]
    enum = _enum_in(found)
    if enum is not None and enum.__name__ != choices:
        return [f"'choices' is {choices!r} but {where} holds {enum.__name__}"]
    return []


def _describe(found: list[object]) -> str:
    return " | ".join(getattr(t, "__name__", str(t)) for t in found if t is not type(None))


def check_conditions(
    raw: object, where: str, add: Callable[[str, str], None]
) -> tuple[Condition, ...]:
    """Parse ``when = {"algorithm.role" = "supporter"}``; values must be codes of the key's enum."""
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        add(where, "'when' must be a table of key = value or [values]")
        return ()
    conditions = []
    for key, value in raw.items():
        values = tuple(value) if isinstance(value, list) else (value,)
        target, reason = check_key(key, None)
        enum = _enum_in(_flatten(_hints(target[0])[target[1]])) if target else None
        if reason or enum is None:
            add(where, f"'when' key {key!r}: {reason or 'only choice fields can be conditions'}")
            continue
        codes = [m.value for m in enum]
        for v in values:
            if v not in codes:
                add(where, f"'when' value {v!r} is not a {enum.__name__} ({', '.join(codes)})")
        conditions.append(Condition(key, tuple(str(v) for v in values)))
    return tuple(conditions)
