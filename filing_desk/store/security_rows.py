"""Security assessments on a session the caller holds: rows ↔ ``domain.security_assessment``
records, the assessments of a subject, a subject's name and entity, and typed field values.

Plain functions: no transactions, no audit events, no rules (``store.security_assessments``
writes and audits; ``domain.security_checks`` decides). A subject is named by kind and id (no
foreign key): an algorithm or a product; a name that no longer resolves reads as ``kind #id``.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.issues import Issue
from filing_desk.domain.security_assessment import (
    TEXTS,
    AssessorKind,
    Authority,
    SecurityAssessment,
    SubjectKind,
    Submission,
    Trigger,
)
from filing_desk.store.rows import not_found
from filing_desk.store.schema import (
    AlgorithmRow,
    EntityRow,
    ProductRow,
    SecurityAssessmentRow,
    SecuritySubmissionRow,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

OBJECT = "security"  # the audit events' object type
EDITABLE = ("trigger", "trigger_date", "assessor", "checklist_id", *TEXTS)
"""The fields an edit may set (the subject is fixed once the assessment exists)."""
_ENUMS: dict[str, type] = {"trigger": Trigger, "assessor": AssessorKind}


def now() -> datetime:
    return datetime.now(UTC)


def assessment_row(s: Session, assessment_id: int) -> SecurityAssessmentRow:
    row = s.get(SecurityAssessmentRow, assessment_id)
    if row is None:
        raise not_found("security", assessment_id)
    return row


def submission_rows(s: Session, assessment_id: int) -> dict[Authority, SecuritySubmissionRow]:
    stmt = select(SecuritySubmissionRow).where(SecuritySubmissionRow.assessment_id == assessment_id)
    return {Authority(r.authority): r for r in s.scalars(stmt)}


def submission_of(row: SecuritySubmissionRow) -> Submission:
    return Submission(
        authority=Authority(row.authority),
        submitted=row.submitted,
        reference=row.reference,
        feedback=row.feedback,
        feedback_date=row.feedback_date,
        rectification=row.rectification,
    )


def record_of(
    row: SecurityAssessmentRow, submissions: list[SecuritySubmissionRow]
) -> SecurityAssessment:
    order = list(Authority)
    ordered = sorted(submissions, key=lambda r: order.index(Authority(r.authority)))
    return SecurityAssessment(
        id=row.id,
        subject_kind=SubjectKind(row.subject_kind),
        subject_id=row.subject_id,
        trigger=Trigger(row.trigger_kind),
        trigger_date=row.trigger_date,
        assessor=AssessorKind(row.assessor),
        checklist_id=row.checklist_id,
        submissions=tuple(submission_of(r) for r in ordered),
        created=row.created_at,
        **{name: getattr(row, name) for name in TEXTS},
    )


def read(s: Session, row: SecurityAssessmentRow) -> SecurityAssessment:
    return record_of(row, list(submission_rows(s, row.id).values()))


def read_all(
    s: Session, subject_kind: str | None = None, subject_ids: list[int] | None = None
) -> list[SecurityAssessment]:
    """Assessments (of a kind, of some subjects), each subject's by trigger date then id."""
    stmt = select(SecurityAssessmentRow).order_by(
        SecurityAssessmentRow.trigger_date, SecurityAssessmentRow.id
    )
    if subject_kind is not None:
        stmt = stmt.where(SecurityAssessmentRow.subject_kind == subject_kind)
    if subject_ids is not None:
        stmt = stmt.where(SecurityAssessmentRow.subject_id.in_(subject_ids))
    found = list(s.scalars(stmt))
    subs: dict[int, list[SecuritySubmissionRow]] = {r.id: [] for r in found}
    if found:
        query = select(SecuritySubmissionRow).where(
            SecuritySubmissionRow.assessment_id.in_(list(subs))
        )
        for sub in s.scalars(query):
            subs[sub.assessment_id].append(sub)
    return [record_of(r, subs[r.id]) for r in found]


def write(row: SecurityAssessmentRow, a: SecurityAssessment) -> None:
    row.subject_kind, row.subject_id = a.subject_kind.value, a.subject_id
    row.trigger_kind, row.trigger_date = a.trigger.value, a.trigger_date
    row.assessor, row.checklist_id = a.assessor.value, a.checklist_id
    for name in TEXTS:
        setattr(row, name, getattr(a, name))


def values(a: SecurityAssessment) -> dict[str, Any]:
    """The stored values of an assessment (not its submissions), for the audit trail."""
    out: dict[str, Any] = {"subject_kind": a.subject_kind.value, "subject_id": a.subject_id}
    for name in EDITABLE:
        value = getattr(a, name)
        out[name] = value.value if isinstance(value, AssessorKind | Trigger) else value
    out["trigger_date"] = a.trigger_date.isoformat()
    return out


def submission_values(sub: Submission) -> dict[str, Any]:
    out = {f.name: getattr(sub, f.name) for f in fields(sub)}
    out["authority"] = sub.authority.value
    out["submitted"] = sub.submitted.isoformat()
    out["feedback_date"] = sub.feedback_date.isoformat() if sub.feedback_date else None
    return out


def typed(changes: dict[str, Any]) -> dict[str, Any]:
    """Field values as the record holds them (codes → enum members); every unknown field, bad
    code or non-date named in one ``InvalidInput``."""
    out: dict[str, Any] = {}
    issues: list[Issue] = []
    for name, value in changes.items():
        if name not in EDITABLE:
            issues.append(Issue("security.unknown_field", name, text=f"{name} cannot be set"))
        elif name in _ENUMS:
            try:
                out[name] = _ENUMS[name](value)
            except ValueError:
                issues.append(
                    Issue("security.code", name, params={"value": str(value)}, text=f"{value!r}?")
                )
        elif name == "trigger_date" and not isinstance(value, date):
            issues.append(Issue("security.trigger_date", name, text="The trigger needs its date"))
        elif name in TEXTS:
            out[name] = str(value or "").strip()
        else:
            out[name] = value
    if issues:
        raise InvalidInput(issues)
    return out


def subject_names(s: Session, kind: SubjectKind, ids: list[int]) -> dict[int, tuple[str, str]]:
    """Subject id → (its name, its entity's name)."""
    if not ids:
        return {}
    table: Any = AlgorithmRow if kind is SubjectKind.ALGORITHM else ProductRow
    if kind is SubjectKind.SERVICE:
        return {}
    stmt = (
        select(table.id, table.name, EntityRow.name)
        .join(EntityRow, EntityRow.id == table.entity_id)
        .where(table.id.in_(ids))
    )
    return {i: (name, entity) for i, name, entity in s.execute(stmt)}


def check_subject(s: Session, kind: SubjectKind, subject_id: int) -> None:
    """Refuse a subject that is not in the register."""
    if kind is SubjectKind.SERVICE or not subject_names(s, kind, [subject_id]):
        raise not_found(kind.value, subject_id)
