"""How the dashboard words a checklist finding (an answer in the non-conforming, evidence-expiring
or reviews-due bucket): the subject, the checklist, the item, and the date that matters.

The buckets come from ``register.dashboard().checklists`` (``store.assessment_dashboard``); the
item's wording from the shipped library. Only text here: no register access, no rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from filing_desk.domain.checklists import Library
    from filing_desk.store.assessment_dashboard import ChecklistFinding

ITEM_CHARS = 48  # an item's text is cut short after this many characters ("…")
BUCKETS = ("nonconforming", "evidence_expiring", "reviews_due")


def _library(library_id: str) -> Library | None:
    from filing_desk.forms import checklist_loader
    from filing_desk.forms.errors import ChecklistErrors, UnknownLibrary

    try:
        return checklist_loader.get(library_id)
    except (ChecklistErrors, UnknownLibrary):
        return None


def _short(text: str) -> str:
    return text if len(text) <= ITEM_CHARS else text[: ITEM_CHARS - 1].rstrip() + "…"


def finding_target(f: ChecklistFinding) -> tuple[str, tuple[str, int, str, str]]:
    """A dashboard entry's target: ``("checklist", (subject kind, subject id, library id, item
    id))``, what ``Workspace.show_checklists`` opens."""
    return ("checklist", (f.subject_kind, f.subject_id, f.library_id, f.item_id))


def finding_text(f: ChecklistFinding, bucket: str, lang: str) -> str:
    """``<subject> — <checklist>: <item>`` and, for the dated buckets, when."""
    translate = QCoreApplication.translate  # a literal context, so lupdate finds the texts
    library = _library(f.library_id)
    title, item_text = f.library_id, f.item_id
    if library is not None:
        title = library.title.get(lang)
        try:
            item = library.item(f.item_id)
        except KeyError:  # an item of another version of the library
            item = None
        if item is not None:
            text = item.text.get(lang)
            item_text = _short(f"{item.clause} {text}" if item.clause else text)
    text = (
        translate("ChecklistFindings", "%1 — %2: %3")
        .replace("%1", f.subject_name)
        .replace("%2", _short(title))
        .replace("%3", item_text)
    )
    when = f.next_review.isoformat() if f.next_review else ""
    if bucket == "evidence_expiring":
        suffix = translate("ChecklistFindings", "(review by %1)")
    elif bucket == "reviews_due" and f.to_review:
        suffix = translate("ChecklistFindings", "(changed in a new version of the checklist)")
    elif bucket == "reviews_due":
        suffix = translate("ChecklistFindings", "(review was due %1)")
    else:
        return text
    return f"{text} {suffix.replace('%1', when)}"
