"""Table rows ↔ domain records, and user-supplied field values → typed column values.

No rules here (domain.validation has them) and no words of its own: what a person typed is read by
the one vocabulary (``domain.fields.values``); this module adds only the stored shape, read from
each field's annotation (``domain.fields.declare.shape_of``): a choice is its code, a list of
choices its comma-separated codes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from functools import cache
from typing import Any, TypeVar

from filing_desk.domain.enums import LabelledEnum
from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.fields import values
from filing_desk.domain.fields.declare import Kind, shape_of
from filing_desk.domain.fields.declare import hints as _record_hints
from filing_desk.domain.issues import Issue

R = TypeVar("R")

NOT_SETTABLE = frozenset({"id", "state", "model_ids"})
"""Fields no edit may set: the id, the lifecycle's state, the model links (their own command)."""


def hints(record_type: type) -> dict[str, Any]:
    """A record's resolved field annotations."""
    return _record_hints(record_type)


def to_record(row: Any, record_type: type[R], **extra: Any) -> R:
    kwargs: dict[str, Any] = {}
    cls: type = record_type  # the cache's key (mypy does not see ``type[R]`` as Hashable)
    for name, read in _readers(cls):
        if name in extra or not hasattr(row, name):
            continue
        value = getattr(row, name)
        kwargs[name] = None if value is None else read(value)
    kwargs.update(extra)
    return record_type(**kwargs)


@cache
def _readers(record_type: type) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    """Per field, the function turning a stored value into the record's type (worked out once
    per record type: the dashboard converts thousands of rows)."""
    return tuple((f.name, _reader(hints(record_type)[f.name])) for f in fields(record_type))


def _reader(hint: Any) -> Callable[[Any], Any]:
    shape = shape_of(hint)
    enum = shape.enum
    if shape.kind is Kind.CHOICE and enum is not None:
        return enum
    if shape.kind is Kind.CHOICES and enum is not None:
        return lambda value: tuple(enum(v) for v in value.split(",") if v)
    return _same


def _same(value: Any) -> Any:
    return value


def from_column(value: Any, hint: Any) -> Any:
    return None if value is None else _reader(hint)(value)


def to_column(value: Any) -> Any:
    if isinstance(value, LabelledEnum):
        return value.value
    if isinstance(value, tuple) and all(isinstance(v, LabelledEnum) for v in value):
        return ",".join(v.value for v in value)
    return value


def coerce_changes(record_type: type, changes: dict[str, Any], prefix: str) -> dict[str, Any]:
    """Turn user input (strings, labels, ISO dates) into typed values; every problem at once."""
    known = hints(record_type)
    out: dict[str, Any] = {}
    issues: list[Issue] = []
    for name, value in changes.items():
        key = f"{prefix}.{name}"
        if name not in known or name in NOT_SETTABLE:
            issues.append(Issue("field.unknown", key, text=f"'{name}' cannot be set here"))
            continue
        try:
            out[name] = coerce_value(value, known[name])
        except (ValueError, TypeError) as exc:
            issues.append(Issue("field.type", key, text=str(exc)))
    if issues:
        raise InvalidInput(issues)
    return out


def coerce_value(value: Any, hint: Any) -> Any:
    """One value as a person gave it → the field's type (``domain.fields.values.parse``)."""
    return values.parse(value, hint)
