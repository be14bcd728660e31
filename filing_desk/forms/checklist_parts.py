"""The small readers ``checklist_loader`` checks a library's tables with: texts in both languages,
booleans, ``applies`` (the applicability vocabulary of ``domain.checklists``) and ``threshold``.

No Qt, no I/O. Each reader records what is wrong in a ``Problems`` and returns a usable value,
so the loader goes on and reports every problem of a file at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from filing_desk.domain.checklists import VOCABULARY, Applicability, Threshold, Unit
from filing_desk.domain.fields.declare import Wording
from filing_desk.forms.errors import SpecError

LANGS = ("zh", "en")
APPLIES_KEYS = frozenset(VOCABULARY) | {"public_opinion"}
THRESHOLD_KEYS = frozenset({"min", "max", "unit"})


class Problems:
    """Collects the SpecErrors of one file, named relative to the project root when inside it."""

    def __init__(self, path: Path, root: Path) -> None:
        try:
            self.file = path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            self.file = str(path)
        self.errors: list[SpecError] = []

    def add(self, where: str, reason: str) -> None:
        self.errors.append(SpecError(self.file, where, reason))


def unknown_keys(raw: dict[str, object], allowed: Iterable[str], where: str, p: Problems) -> None:
    for key in sorted(set(raw) - set(allowed)):
        p.add(where, f"unknown key {key!r}")


def wording(raw: object, where: str, name: str, p: Problems) -> Wording:
    """``{ zh = "…", en = "…" }``, both non-empty."""
    if not isinstance(raw, dict):
        p.add(where, f"{name!r} must be a table {{zh = ..., en = ...}}")
        return Wording("", "")
    unknown_keys(raw, LANGS, f"{where} {name}".strip(), p)
    for lang in LANGS:
        value = raw.get(lang)
        if not isinstance(value, str) or not value.strip():
            p.add(where, f"{name!r} is missing the {lang!r} text")
    return Wording(str(raw.get("zh", "")).strip(), str(raw.get("en", "")).strip())


def boolean(raw: dict[str, object], key: str, where: str, p: Problems) -> bool:
    value = raw.get(key, False)
    if not isinstance(value, bool):
        p.add(where, f"{key!r} must be true or false")
        return False
    return value


def applicability(raw: object, where: str, subjects: tuple[str, ...], p: Problems) -> Applicability:
    """``applies = { algo_type = ["01"], modality = ["text"], public_opinion = true, … }``."""
    if not isinstance(raw, dict):
        p.add(where, "'applies' must be a table { key = [values] }")
        return Applicability()
    unknown_keys(raw, APPLIES_KEYS, f"{where} applies".strip(), p)
    values: dict[str, frozenset[str]] = {}
    for key, known in VOCABULARY.items():
        if key not in raw:
            continue
        given = raw[key]
        if not isinstance(given, list) or not given or not all(isinstance(v, str) for v in given):
            p.add(where, f"applies {key!r} must be a non-empty list of strings")
            continue
        allowed = subjects if key == "subject" else known
        bad = [v for v in given if v not in allowed]
        for value in bad:
            p.add(where, f"applies {key!r}: unknown value {value!r} (known: {', '.join(allowed)})")
        if not bad:
            values[key] = frozenset(str(v) for v in given)
    opinion = raw.get("public_opinion") is True
    if "public_opinion" in raw and not opinion:
        p.add(where, "applies 'public_opinion' can only be true (leave it out for any subject)")
    return Applicability(public_opinion=opinion, **values)


def threshold(raw: object, where: str, p: Problems) -> Threshold | None:
    """``threshold = { min = 10000, max = …, unit = "entries" }``: min and/or max, a known unit."""
    if not isinstance(raw, dict):
        p.add(where, "'threshold' must be a table { min = …, max = …, unit = … }")
        return None
    unknown_keys(raw, THRESHOLD_KEYS, f"{where} threshold".strip(), p)
    bounds: dict[str, float | None] = {"min": None, "max": None}
    for key in bounds:
        value = raw.get(key)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int | float):
            p.add(where, f"threshold {key!r} must be a number, not {value!r}")
        else:
            bounds[key] = float(value)
    if "min" not in raw and "max" not in raw:
        p.add(where, "a threshold needs 'min' or 'max' (or both)")
    low, high = bounds["min"], bounds["max"]
    if low is not None and high is not None and low > high:
        p.add(where, "threshold 'min' is greater than 'max'")
    given = raw.get("unit")
    try:
        unit = Unit(given if isinstance(given, str) else repr(given))
    except ValueError:
        known = ", ".join(u.value for u in Unit)
        p.add(where, f"threshold needs a known 'unit' ({known}), not {given!r}")
        return None
    return Threshold(unit=unit, min=low, max=high)
