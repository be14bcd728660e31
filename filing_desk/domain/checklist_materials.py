"""Filing materials that a checklist assessment stands for. Pure rule, no Qt, no I/O.

Issue 16 item 5: the labelling materials a 生成合成类 filing or modification submitted on or
after 2025-09-01 needs (``materials.labelling_required``) are the algorithm's ``labelling``
assessment, and it counts only when **complete** (every applicable item answered, none waiting
for review): an uploaded file alone no longer does, since the document is generated from the
answers. The entity's 落实算法安全主体责任基本情况 is held either as before (an attached
statement, drafted elsewhere) or by a complete ``algo-responsibility`` assessment of the entity.
``held_materials`` turns the states into the ``held`` map ``domain.gates`` checks, and
``checklist_issues`` rewords the gates' missing / out-of-date errors of these materials so they
name the checklist and its progress (still material errors: an override may cover them).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from filing_desk.domain import gates
from filing_desk.domain.enums import AttachmentKind
from filing_desk.domain.issues import Issue

CHECKLIST = "materials.checklist"
CHECKLIST_OR_FILE = "materials.checklist_or_file"
CHECKLIST_OUTDATED = "materials.checklist_outdated"


@dataclass(frozen=True)
class ChecklistMaterial:
    """A material a checklist assessment of ``subject_kind`` stands for."""

    material: AttachmentKind
    library_id: str
    subject_kind: str  # "algorithm" | "entity"
    attachment_suffices: bool  # an attached document holds the material too


LABELLING = ChecklistMaterial(AttachmentKind.LABELLING, "labelling", "algorithm", False)
RESPONSIBILITY = ChecklistMaterial(
    AttachmentKind.RESPONSIBILITY_STATEMENT, "algo-responsibility", "entity", True
)
CHECKLIST_MATERIALS = (LABELLING, RESPONSIBILITY)


@dataclass(frozen=True)
class ChecklistState:
    """Where the subject's assessment for a material stands.

    ``answered`` / ``total`` count the applicable requirements; ``completed_on`` is the latest
    effective date of its answers (when the assessment last became what it says); ``started``
    is False when no assessment exists; ``old_version`` when it is against an older library
    version than the one shipped (its answers must be carried over first)."""

    material: ChecklistMaterial
    answered: int
    total: int
    completed_on: date | None = None
    started: bool = True
    old_version: bool = False

    @property
    def complete(self) -> bool:
        return (
            self.started
            and not self.old_version
            and self.total > 0
            and (self.answered == self.total)
        )


def held_materials(
    held: Mapping[AttachmentKind, date], states: Iterable[ChecklistState]
) -> dict[AttachmentKind, date]:
    """``held`` (material → day its current attachment came) with the checklists applied: a
    complete assessment holds its material from ``completed_on``; a material only a checklist
    may hold is dropped when its checklist is not complete."""
    out = dict(held)
    for state in states:
        kind = state.material.material
        if not state.material.attachment_suffices:
            out.pop(kind, None)
        if state.complete and state.completed_on is not None:
            out[kind] = max(state.completed_on, out.get(kind, state.completed_on))
    return out


def checklist_issues(issues: Iterable[Issue], states: Iterable[ChecklistState]) -> list[Issue]:
    """The gates' issues with the missing or outdated errors of checklist materials reworded
    to name the library, the subject and how far the assessment is."""
    by_kind = {s.material.material.value: s for s in states}
    out: list[Issue] = []
    for issue in issues:
        state = by_kind.get(str(issue.params.get("material", "")))
        if state is None or issue.code not in (gates.MISSING, gates.OUTDATED):
            out.append(issue)
            continue
        out.append(_reworded(issue, state))
    return out


def _reworded(issue: Issue, state: ChecklistState) -> Issue:
    m = state.material
    params: dict[str, object] = {
        "material": m.material.value,
        "library": m.library_id,
        "subject": m.subject_kind,
        "answered": state.answered,
        "total": state.total,
    }
    if issue.code == gates.OUTDATED:
        return Issue(
            CHECKLIST_OUTDATED,
            issue.field,
            params={**params, "since": issue.params.get("since", "")},
            text=f"the {m.library_id} checklist's answers predate the change of "
            f"{issue.params.get('since', '')}: answer its items again",
        )
    if state.old_version:
        progress = "it is against an older version of the checklist: carry its answers over"
    elif not state.started:
        progress = "no assessment has been started"
    else:
        progress = f"{state.answered} of {state.total} items answered"
    text = (
        f"{m.material.en}: the {m.library_id} checklist of the {m.subject_kind} is not "
        f"complete ({progress})"
    )
    code = CHECKLIST_OR_FILE if m.attachment_suffices else CHECKLIST
    if m.attachment_suffices:
        text += ", and the document is not attached"
    return Issue(code, issue.field, params=params, text=text)
