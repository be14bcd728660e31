"""Table rows ↔ domain records, and user-supplied field values → typed column values.

No rules here (domain.validation has them); only shape: enums to codes, modality tuples to
comma-separated codes, ISO strings to dates.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from dataclasses import fields
from datetime import date
from functools import cache
from typing import Any, TypeVar

from filing_desk.domain import records
from filing_desk.domain.enums import LabelledEnum, Modality
from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.issues import Issue

R = TypeVar("R")


@cache
def hints(record_type: type) -> dict[str, Any]:
    return typing.get_type_hints(record_type, vars(records))


def _base_type(hint: Any) -> Any:
    """``date | None`` → date; ``tuple[Modality, ...]`` stays as is."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return args[0] if len(args) == 1 else hint
    return hint


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
    base = _base_type(hint)
    if isinstance(base, type) and issubclass(base, LabelledEnum):
        return base
    if typing.get_origin(base) is tuple and typing.get_args(base)[0] is Modality:
        return lambda value: tuple(Modality(v) for v in value.split(",") if v)
    return _same


def _same(value: Any) -> Any:
    return value


def from_column(value: Any, hint: Any) -> Any:
    return None if value is None else _reader(hint)(value)


def to_column(value: Any) -> Any:
    if isinstance(value, LabelledEnum):
        return value.value
    if isinstance(value, tuple) and all(isinstance(v, Modality) for v in value):
        return ",".join(v.value for v in value)
    return value


def coerce_changes(record_type: type, changes: dict[str, Any], prefix: str) -> dict[str, Any]:
    """Turn user input (strings, labels, ISO dates) into typed values; every problem at once."""
    known = hints(record_type)
    out: dict[str, Any] = {}
    issues: list[Issue] = []
    for name, value in changes.items():
        key = f"{prefix}.{name}"
        if name not in known or name in ("id", "state", "model_ids"):
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
    base = _base_type(hint)
    optional = base is not hint
    if value is None or value == "":
        if optional:
            return None
        if base is str:
            return ""
    if base is date:
        return value if isinstance(value, date) else date.fromisoformat(str(value).strip())
    if base is bool:
        if isinstance(value, bool):
            return value
        return str(value).strip().lower() in ("1", "true", "yes", "y", "是", "✓")
    if isinstance(base, type) and issubclass(base, LabelledEnum):
        return value if isinstance(value, base) else base.parse(str(value))
    if typing.get_origin(base) is tuple:
        items = value.split(",") if isinstance(value, str) else value
        return tuple(v if isinstance(v, Modality) else Modality.parse(str(v)) for v in items if v)
    if base is str:
        if not isinstance(value, str):
            raise TypeError(f"expected text, got {type(value).__name__}")
        return value.strip()
    return value
