"""Which spec sections a procedure's wizard shows as pages, and how the pages are numbered.

The wizard asks every field its packet's forms need (issue 19.5): a filing's pages are the
algorithm filing form's sections, its first section widened to every entity field of the filing
packet (``forms.packet.FILING_FORMS``: the entity stage, the commitment letter, the
self-assessment…); a modification's pages are "what changed" and the algorithm form's algorithm
and product sections (the entity is changed on the entity itself: it reopens every filed
algorithm) — for an algorithm imported from a CAC list, also the entity's fields its packet
prints, so the blanks the list left can be completed (not a change); a cancellation's are the
cancellation form. Page titles are numbered by position
among the pages shown, in the printed forms' style (``一、`` / ``1.``), so no number is skipped.
No Qt, no I/O: specs in, sections and titles out.
"""

from __future__ import annotations

import dataclasses
import re

from filing_desk.domain.enums import ProcedureKind
from filing_desk.forms import loader, packet
from filing_desk.forms.spec import FieldSpec, Section

ZH_NUMERALS = "一二三四五六七八九十"
_NUMBERED = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|\d+[.、]\s*)")


def sections_for(kind: ProcedureKind, imported: bool = False) -> list[Section]:
    """The sections the wizard of ``kind`` shows, in order (before the summary); ``imported``:
    the algorithm's filing was made elsewhere and is known from a CAC list."""
    if kind is ProcedureKind.CANCELLATION:
        return list(loader.get("cancellation").sections)
    algorithm_form = loader.get("algorithm-filing").sections
    if kind is ProcedureKind.FILING:
        return [entity_section(algorithm_form[0]), *algorithm_form[1:]]
    what_changed = loader.get("modification").sections[1]
    rest = [s for s in map(_without_entity, algorithm_form) if s.fields]
    if imported:
        forms = (*packet.MODIFICATION_FORMS, packet.LABELLING_FORM)
        return [what_changed, entity_section(algorithm_form[0], forms), *rest]
    return [what_changed, *rest]


def entity_section(
    first: Section, forms: tuple[str, ...] = (*packet.FILING_FORMS, packet.LABELLING_FORM)
) -> Section:
    """``first`` (the filing form's 备案主体) with every other entity field the ``forms`` (the
    filing packet's) print, in packet order, each once (its first declaration; required if any
    form requires it)."""
    fields: dict[str, FieldSpec] = {f.key: f for f in first.fields}
    for form_id in forms:
        for section, spec in loader.get(form_id).fields():
            if section.repeat is not None or not spec.key.startswith("entity."):
                continue
            known = fields.get(spec.key)
            if known is None:
                fields[spec.key] = spec
            elif spec.required and not known.required:
                fields[spec.key] = dataclasses.replace(known, required=True)
    return dataclasses.replace(first, fields=tuple(fields.values()))


def _without_entity(section: Section) -> Section:
    kept = tuple(f for f in section.fields if not f.key.startswith("entity."))
    return dataclasses.replace(section, fields=kept)


def numbered(title: str, number: int, lang: str) -> str:
    """``title`` with its own number (if any) replaced by ``number`` in the forms' style."""
    bare = _NUMBERED.sub("", title, count=1)
    if lang == "zh" and number <= len(ZH_NUMERALS):
        return f"{ZH_NUMERALS[number - 1]}、{bare}"
    return f"{number}. {bare}"


def is_blank(value: object) -> bool:
    """No value in the register: an empty text, no date or choice, no items."""
    return value is None or value == "" or value == ()
