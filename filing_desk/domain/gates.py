"""The gates a procedure passes before it is marked ready: its materials, and their override.

No Qt, no I/O. Domain.md Part A item 11 (revised 2026-12): missing required materials **block**
"ready" (errors, not warnings). A filing needs every material ``materials.needed_attachments``
names; a modification needs the labelling materials where they are required and a version added
on or after the change date of every attachment its changes make stale (type, model or
modality → the self-assessment report; legal representative or security officer → the ID
copies; ``changes.stale_attachments``); a cancellation needs none. An override needs a reason:
it turns the material errors it covers into warnings, is audited by the caller, and is kept
off every regulator-facing form (it lives in the procedure's draft under ``OVERRIDE_KEY``, which
no form spec reads). The role gate (technical supporters only for 生成合成类) is
``validation.role_issues``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from filing_desk.domain.changes import stale_attachments
from filing_desk.domain.enums import AttachmentKind, ProcedureKind, Severity
from filing_desk.domain.issues import Issue, Report
from filing_desk.domain.materials import labelling_required, needed_attachments
from filing_desk.domain.records import Algorithm, Change

MISSING = "materials.missing"
OUTDATED = "materials.outdated"
OVERRIDDEN = "materials.overridden"
MATERIAL_CODES = (
    MISSING,
    OUTDATED,
    # domain.checklist_materials: a material a checklist assessment stands for, not complete
    "materials.checklist",
    "materials.checklist_or_file",
    "materials.checklist_outdated",
)
OVERRIDE_KEY = "_override"  # in the procedure's draft; no form spec has a key like it


def material_key(kind: AttachmentKind) -> str:
    """The issue field naming a material: ``attachment.self_assessment``."""
    return f"attachment.{kind.value}"


@dataclass(frozen=True)
class Override:
    """Ready despite the materials named: why, in the user's words (never printed on a form)."""

    reason: str
    materials: tuple[AttachmentKind, ...]

    def to_text(self) -> str:
        return json.dumps(
            {"reason": self.reason, "materials": [k.value for k in self.materials]},
            ensure_ascii=False,
        )

    @classmethod
    def from_draft(cls, draft: Mapping[str, str]) -> Override | None:
        """The override a procedure's draft holds, if any."""
        text = draft.get(OVERRIDE_KEY)
        if not text:
            return None
        data = json.loads(text)
        return cls(str(data["reason"]), tuple(AttachmentKind(k) for k in data["materials"]))


def required_materials(
    kind: ProcedureKind, algorithm: Algorithm, submitted: date | None = None
) -> tuple[AttachmentKind, ...]:
    """The materials a procedure of ``kind`` must hold, whenever they were added."""
    if kind is ProcedureKind.FILING:
        return needed_attachments(algorithm, submitted)
    if kind is ProcedureKind.MODIFICATION and labelling_required(algorithm, submitted):
        return (AttachmentKind.LABELLING,)
    return ()


def renewed_materials(
    kind: ProcedureKind, algorithm: Algorithm, changes: Sequence[Change]
) -> tuple[AttachmentKind, ...]:
    """The materials a modification must hold in a version added since the change."""
    if kind is not ProcedureKind.MODIFICATION:
        return ()
    return stale_attachments(changes, algorithm)


def material_issues(
    kind: ProcedureKind,
    algorithm: Algorithm,
    held: Mapping[AttachmentKind, date],
    *,
    changes: Sequence[Change] = (),
    change_date: date | None = None,
    submitted: date | None = None,
) -> list[Issue]:
    """Errors for each material missing, or (modification) older than the change.

    ``held`` maps each material the algorithm or its entity holds to the day its current
    version was added."""
    issues: list[Issue] = []
    renewed = renewed_materials(kind, algorithm, changes)
    required = required_materials(kind, algorithm, submitted)
    for material in AttachmentKind:
        if material not in required and material not in renewed:
            continue
        added = held.get(material)
        if added is None:
            issues.append(
                Issue(
                    MISSING,
                    material_key(material),
                    params={"material": material.value},
                    text=f"{material.en} is not attached",
                )
            )
        elif material in renewed and change_date is not None and added < change_date:
            issues.append(
                Issue(
                    OUTDATED,
                    material_key(material),
                    params={"material": material.value, "since": change_date.isoformat()},
                    text=f"{material.en} predates the change of {change_date.isoformat()}: "
                    "attach the updated version",
                )
            )
    return issues


def overridable(report: Report) -> tuple[AttachmentKind, ...]:
    """The materials whose errors an override may cover (every error must be one of them)."""
    return tuple(
        AttachmentKind(str(i.params["material"])) for i in report.errors if i.code in MATERIAL_CODES
    )


def apply_override(report: Report, override: Override | None) -> Report:
    """The report with the material errors the override covers turned into warnings."""
    if override is None:
        return report
    covered = {k.value for k in override.materials}
    return Report.of(
        Issue(
            OVERRIDDEN,
            i.field,
            Severity.WARNING,
            params={"material": i.params["material"]},
            text=f"{i.text} (overridden: {override.reason})",
        )
        if i.is_error and i.code in MATERIAL_CODES and i.params.get("material") in covered
        else i
        for i in report.issues
    )
