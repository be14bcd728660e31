"""Spec key paths checked against the records: ``entity.name`` → (Entity, "name") or a reason.

No Qt, no I/O. The loader calls these for every ``key``, ``when`` condition and statement
placeholder; reasons are English phrases the loader prefixes with file, section and field. A key
naming a declared field (``domain.fields``) takes its spec type and choices from the declaration
(``declared_type``, ``declared_choices``) unless the spec gives its own, which must fit.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Callable
from datetime import date

from filing_desk.domain.enums import ENUMS, LabelledEnum
from filing_desk.domain.fields.declare import Check, Declared, Kind, declared_field, hints
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


_CHECK_TYPES = {
    Check.USCC: "uscc",
    Check.FILING_NUMBER: "filing_no",
    Check.PHONE: "phone",
    Check.EMAIL: "email",
}
_KIND_TYPES = {
    Kind.BOOL: "bool",
    Kind.DATE: "date",
    Kind.DATETIME: "date",
    Kind.NUMBER: "number",
    Kind.CHOICE: "choice",
    Kind.CHOICES: "multichoice",
}


def declaration(target: Target | None) -> Declared | None:
    """The declaration of the field a resolved key names (None for views such as ``row.*``)."""
    return declared_field(*target) if target is not None else None


def declared_type(field: Declared) -> str:
    """The spec type a declared field has unless a spec says otherwise."""
    if field.decl.check in _CHECK_TYPES:
        return _CHECK_TYPES[field.decl.check]
    if field.shape.kind in _KIND_TYPES:
        return _KIND_TYPES[field.shape.kind]
    return "longtext" if field.decl.long else "text"


def declared_choices(field: Declared | None, type_name: str) -> str | None:
    """The enum name a choice or multichoice field of a declared record offers."""
    if field is None or field.shape.enum is None or type_name not in ("choice", "multichoice"):
        return None
    return field.shape.enum.__name__


def spec_type(raw: dict[str, object], key: str, found: Declared | None) -> str:
    """A spec field's own type, else its declared field's, else longtext (a blank without key)."""
    if "type" in raw or (key and found is None):
        return str(raw.get("type", ""))
    return declared_type(found) if found is not None else "longtext"


def spec_choices(raw: dict[str, object], found: Declared | None, type_name: str) -> str | None:
    """A spec field's own ``choices``, else its declared field's enum."""
    if "choices" in raw:
        choices = raw["choices"]
        return choices if isinstance(choices, str) else None
    return declared_choices(found, type_name)


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
    found = _flatten(hints(record)[attr])
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
        enum = _enum_in(_flatten(hints(target[0])[target[1]])) if target else None
        if reason or enum is None:
            add(where, f"'when' key {key!r}: {reason or 'only choice fields can be conditions'}")
            continue
        codes = [m.value for m in enum]
        for v in values:
            if v not in codes:
                add(where, f"'when' value {v!r} is not a {enum.__name__} ({', '.join(codes)})")
        conditions.append(Condition(key, tuple(str(v) for v in values)))
    return tuple(conditions)
