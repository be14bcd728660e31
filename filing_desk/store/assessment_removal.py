"""Removing a subject's checklist assessments when the subject itself is deleted (a service, a
product): the assessments, their answers and the links of their evidence go, so a record created
later under the same id (SQLite reuses the highest) inherits nothing.

One function, run inside the caller's transaction, before the subject's own files are purged (a
file still linked as evidence refuses its purge). It writes no audit event: it returns what it
removed, for the caller to record in the subject's delete event (as ``security.delete`` records
its submissions). The evidence files themselves are the subject's attachments, the caller's to
remove. No rules here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from filing_desk.store.assessment_rows import answer_values, assessment_of
from filing_desk.store.schema import AssessmentAnswerRow, AssessmentEvidenceRow, AssessmentRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

AUDIT_KEY = "checklist_assessments"  # the key of the delete event's before values


def remove_assessments(s: Session, subject_kind: str, subject_id: int) -> list[dict[str, object]]:
    """Delete the subject's checklist assessments with their answers and evidence links; the
    values removed, one dict per assessment (library, version, answers with their evidence)."""
    found = list(
        s.scalars(
            select(AssessmentRow)
            .where(AssessmentRow.subject_kind == subject_kind)
            .where(AssessmentRow.subject_id == subject_id)
            .order_by(AssessmentRow.id)
        )
    )
    removed: list[dict[str, object]] = []
    for row in found:
        assessment = assessment_of(s, row)
        answers = [
            answer_values(a) | {"evidence": list(a.evidence)} for a in assessment.answers.values()
        ]
        removed.append(
            {"id": row.id, "library": row.library_id, "version": row.library_version}
            | {"answers": answers}
        )
        answer_ids = select(AssessmentAnswerRow.id).where(
            AssessmentAnswerRow.assessment_id == row.id
        )
        s.execute(
            delete(AssessmentEvidenceRow).where(AssessmentEvidenceRow.answer_id.in_(answer_ids))
        )
        s.execute(delete(AssessmentAnswerRow).where(AssessmentAnswerRow.assessment_id == row.id))
        s.delete(row)
    s.flush()
    return removed
