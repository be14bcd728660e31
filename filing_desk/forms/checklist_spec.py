"""The form-spec keys of the documents printed from assessments: a top-level ``checklist`` (the
library whose assessment the form prints) and the checklist section kinds with their ``items``.

No Qt, no I/O of its own (the shipped libraries are read through ``forms.checklist_loader``).
``forms.loader`` calls these while it reads a spec and reports what they find like any other
problem; they must not decide how a section looks (``forms.checklist_story``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from filing_desk.domain.checklists import Library
from filing_desk.forms import checklist_loader
from filing_desk.forms.errors import ChecklistErrors, UnknownLibrary
from filing_desk.forms.spec import CHECKLIST_KINDS, Section

Add = Callable[[str, str], None]  # (where, reason)
TAKES_ITEMS = ("checklist", "tally", "evidence")


def section_items(
    raw: dict[str, object], kind: str, has_content: bool, where: str, add: Add
) -> str | None:
    """Check a section's checklist keys; return its ``items`` (the subtree it prints)."""
    items = raw.get("items")
    if kind not in CHECKLIST_KINDS:
        if not has_content:
            add(where, "a section needs fields or a text")
        if items is not None:
            add(where, f"'items' is only for the sections of kind {', '.join(TAKES_ITEMS)}")
        return None
    if "field" in raw or "repeat" in raw:
        add(where, f"a {kind!r} section prints the assessment: it takes no fields and no repeat")
    if items is None:
        return None
    if kind not in TAKES_ITEMS:
        add(where, f"'items' is only for the sections of kind {', '.join(TAKES_ITEMS)}")
    if not isinstance(items, str) or not items:
        add(where, "'items' must be an item id of the form's checklist")
        return None
    return items


def form_checklist(
    raw: object, applies_to: object, sections: Sequence[Section], add: Add
) -> str | None:
    """Check the top-level ``checklist`` against the shipped libraries and the sections."""
    printing = [s for s in sections if s.kind in CHECKLIST_KINDS]
    if raw is None:
        if printing and applies_to != "assessment":
            add(
                "",
                "checklist sections need 'checklist' (a library id), or applies_to = 'assessment'",
            )
        for index, section in enumerate(sections, start=1):
            if section.items is not None:
                add(f"section {index}", "'items' needs a top-level 'checklist' (a library id)")
        return None
    library = _library(raw, add)
    if library is None:
        return None
    if applies_to not in library.subjects:
        subjects = ", ".join(library.subjects)
        add("", f"checklist {library.id!r} does not apply to {applies_to} subjects ({subjects})")
    if not printing:
        add("", "'checklist' needs at least one section of kind " + ", ".join(CHECKLIST_KINDS))
    known = {item.id for item in library.items}
    for index, section in enumerate(sections, start=1):
        if section.items is not None and section.items not in known:
            add(
                f"section {index}",
                f"'items': checklist {library.id!r} has no item {section.items!r}",
            )
    return library.id


def _library(raw: object, add: Add) -> Library | None:
    if not isinstance(raw, str) or not raw:
        add("", "'checklist' must be a library id (forms/checklists/<id>.toml)")
        return None
    try:
        return checklist_loader.get(raw)
    except UnknownLibrary as exc:
        add("", f"'checklist': {exc}")
    except ChecklistErrors as exc:
        add("", f"'checklist': the libraries do not load: {exc}")
    return None
