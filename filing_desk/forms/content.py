"""What a form prints, before any layout: the applicable sections and fields with their values,
statement texts with placeholders filled, and the document id (a hash of the values).

No Qt, no ReportLab. render.py and story.py read it; the id is the same for every language.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date

from filing_desk.domain.records import FormContext
from filing_desk.forms import checklist_content
from filing_desk.forms.fieldtypes import TYPES, is_empty
from filing_desk.forms.keys import PLACEHOLDER
from filing_desk.forms.spec import FieldSpec, FormSpec, Section, holds, items_of, value_of


@dataclass(frozen=True)
class Entry:
    """One field as it will be printed."""

    field: FieldSpec
    value: object


@dataclass(frozen=True)
class SectionView:
    """An applicable section with its entries: one list, or one per repeated item."""

    section: Section
    items: tuple[tuple[Entry, ...], ...]


def views(spec: FormSpec, context: FormContext) -> list[SectionView]:
    """The sections and fields that apply to this context, with their values."""
    result = []
    for section in spec.sections:
        if not holds(section.when, context):
            continue
        fields = [f for f in section.fields if holds(f.when, context)]
        sources: tuple[object, ...] = (
            items_of(context, section.repeat) if section.repeat else (None,)
        )
        items = tuple(
            tuple(Entry(f, value_of(context, f.key, item)) for f in fields) for item in sources
        )
        result.append(SectionView(section, items))
    return result


def _canonical(value: object) -> object:
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_canonical(v) for v in value]
    return str(value)


def document_id(spec: FormSpec, context: FormContext) -> str:
    """First 12 hex digits of SHA-256 over the form id and every printed field value (and, for
    a form printed from an assessment, every printed answer and evidence hash)."""
    values = [
        [entry.field.key, _canonical(entry.value)]
        for view in views(spec, context)
        for item in view.items
        for entry in item
        if entry.field.key
    ]
    answers = checklist_content.payload(spec, context)  # a checklist form's answers and files
    hashed = [spec.id, values, *([answers] if answers else [])]
    payload = json.dumps(hashed, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:12]


def fill(text: str, context: FormContext, lang: str) -> str:
    """Replace ``{entity.name}``-style placeholders with formatted values (blanks if empty)."""

    def value(match: re.Match[str]) -> str:
        return format_any(value_of(context, match.group(1)), lang) or "________"

    return PLACEHOLDER.sub(value, text)


def format_any(value: object, lang: str) -> str:
    """Format a value by its Python type (statement placeholders have no spec type)."""
    if is_empty(value):
        return ""
    for name in ("bool", "date", "choice", "multichoice"):
        if isinstance(value, TYPES[name].python_types):
            return TYPES[name].format(value, lang)
    return TYPES["text"].format(value, lang)
