"""Security assessments in the register: record one for a subject, edit it, record or withdraw
its submissions to the CAC and public security, link the art. 5 checklist it rests on; read
them back with their standing (state, clock, overdue) as of the register's today.

``SecurityAssessmentService`` writes each command in one transaction (joining one already
open) with its audit event (object ``security``): ``security.create``, ``security.update``
(before and after of what changed), ``security.submit``, ``security.unsubmit`` and
``security.delete``. Everything is checked (``domain.security_checks``) before anything is
written. It does not count working days (``domain.security_assessment.clock`` does) nor hold
the per-se categories and user scale (``store.security_subjects``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from filing_desk.domain.assessments import AssessmentError
from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.issues import Issue
from filing_desk.domain.security_assessment import (
    LIBRARY_ID,
    AssessorKind,
    Authority,
    SecurityAssessment,
    Standing,
    SubjectKind,
    Submission,
    Trigger,
    standing,
)
from filing_desk.domain.security_checks import assessment_issues, submission_issues
from filing_desk.domain.workdays import WorkCalendar
from filing_desk.store import security_rows as rows
from filing_desk.store.rows import not_found
from filing_desk.store.schema import AssessmentRow, SecurityAssessmentRow, SecuritySubmissionRow
from filing_desk.store.unit_of_work import UnitOfWork


class SecurityAssessmentService:
    """Security-assessment commands and reads; ``calendar`` and ``conservative`` are the
    register's (``store.procedure_calendar.CalendarService``)."""

    def __init__(
        self,
        uow: UnitOfWork,
        calendar: Callable[[], WorkCalendar],
        conservative: Callable[[], bool],
    ) -> None:
        self._uow = uow
        self._calendar = calendar
        self._conservative = conservative

    # --- reads -------------------------------------------------------------------------------

    def security_assessments(
        self, subject_kind: SubjectKind | str | None = None, subject_id: int | None = None
    ) -> list[SecurityAssessment]:
        """Every assessment (of one subject, when given), by trigger date."""
        kind = SubjectKind(subject_kind).value if subject_kind is not None else None
        with self._uow.session() as s:
            ids = [subject_id] if subject_id is not None else None
            return rows.read_all(s, kind, ids)

    def security_assessment(self, assessment_id: int) -> SecurityAssessment:
        with self._uow.session() as s:
            return rows.read(s, rows.assessment_row(s, assessment_id))

    def standing_of(
        self, found: SecurityAssessment | None, go_live: date | None = None
    ) -> Standing:
        """Where an assessment (or, with None, a subject without one) stands today."""
        return standing(
            found, self._uow.today(), self._calendar(), self._conservative(), go_live=go_live
        )

    # --- writes ------------------------------------------------------------------------------

    def create_security_assessment(
        self,
        subject_kind: SubjectKind | str,
        subject_id: int,
        trigger: Trigger | str,
        trigger_date: date,
        **fields: Any,
    ) -> SecurityAssessment:
        """Record an assessment of an algorithm or a product (art. 3 trigger and its date;
        ``fields``: notice reference, assessor and name, the report's texts, checklist_id)."""
        try:
            kind = SubjectKind(subject_kind)
        except ValueError:
            issue = Issue("security.code", "security.subject_kind", params={"value": subject_kind})
            raise InvalidInput([issue]) from None
        given = rows.typed({"trigger": trigger, "trigger_date": trigger_date, **fields})
        new = SecurityAssessment(None, kind, subject_id, **given)
        with self._uow.transaction() as s:
            self._check(s, new)
            row = SecurityAssessmentRow(created_at=rows.now())
            rows.write(row, new)
            s.add(row)
            s.flush()
            self._uow.audit("security.create", rows.OBJECT, row.id, None, rows.values(new))
            return rows.read(s, row)

    def update_security_assessment(self, assessment_id: int, **changes: Any) -> SecurityAssessment:
        """Change the trigger, its date, the assessor or the report's texts (one audit event
        with the fields that changed)."""
        given = rows.typed(changes)
        with self._uow.transaction() as s:
            row = rows.assessment_row(s, assessment_id)
            old = rows.read(s, row)
            new = replace(old, **given)
            self._check(s, new)
            before, after = rows.values(old), rows.values(new)
            changed = [k for k in after if before[k] != after[k]]
            if changed:
                rows.write(row, new)
                self._uow.audit(
                    "security.update",
                    rows.OBJECT,
                    assessment_id,
                    {k: before[k] for k in changed},
                    {k: after[k] for k in changed},
                )
            return rows.read(s, row)

    def record_submission(
        self,
        assessment_id: int,
        authority: Authority | str,
        submitted: date,
        reference: str,
        *,
        feedback: str = "",
        feedback_date: date | None = None,
        rectification: str = "",
    ) -> SecurityAssessment:
        """Record (or correct) the report's filing with one authority via the national platform,
        and what came back; complete once both authorities have one."""
        try:
            who = Authority(authority)
        except ValueError:
            issue = Issue("security.code", "security.authority", params={"value": str(authority)})
            raise InvalidInput([issue]) from None
        sub = Submission(who, submitted, reference.strip(), feedback.strip(), feedback_date)
        sub = replace(sub, rectification=rectification.strip())
        with self._uow.transaction() as s:
            row = rows.assessment_row(s, assessment_id)
            issues = submission_issues(sub, rows.read(s, row), self._uow.today())
            if issues:
                raise InvalidInput(issues)
            target = rows.submission_rows(s, assessment_id).get(who)
            before = rows.submission_values(rows.submission_of(target)) if target else None
            if target is None:
                target = SecuritySubmissionRow(assessment_id=assessment_id, authority=who.value)
                s.add(target)
            target.submitted, target.reference = sub.submitted, sub.reference
            target.feedback, target.feedback_date = sub.feedback, sub.feedback_date
            target.rectification = sub.rectification
            s.flush()
            after = rows.submission_values(sub)
            self._uow.audit("security.submit", rows.OBJECT, assessment_id, before, after)
            return rows.read(s, row)

    def remove_submission(
        self, assessment_id: int, authority: Authority | str
    ) -> SecurityAssessment:
        """Take back a submission recorded by mistake (its values stay in the audit event)."""
        who = Authority(authority)
        with self._uow.transaction() as s:
            row = rows.assessment_row(s, assessment_id)
            target = rows.submission_rows(s, assessment_id).get(who)
            if target is None:
                raise not_found("security_submission", assessment_id)
            before = rows.submission_values(rows.submission_of(target))
            s.delete(target)
            s.flush()
            self._uow.audit("security.unsubmit", rows.OBJECT, assessment_id, before, None)
            return rows.read(s, row)

    def delete_security_assessment(self, assessment_id: int) -> None:
        """Remove an assessment recorded by mistake, with its submissions (audited)."""
        with self._uow.transaction() as s:
            row = rows.assessment_row(s, assessment_id)
            old = rows.read(s, row)
            before = rows.values(old) | {
                "submissions": [rows.submission_values(x) for x in old.submissions]
            }
            s.delete(row)
            self._uow.audit("security.delete", rows.OBJECT, assessment_id, before, None)

    def _check(self, s: Any, new: SecurityAssessment) -> None:
        issues = assessment_issues(new, self._uow.today())
        if issues:
            raise InvalidInput(issues)
        rows.check_subject(s, new.subject_kind, new.subject_id)
        if new.checklist_id is not None:
            _check_checklist(s, new)


def _check_checklist(s: Any, new: SecurityAssessment) -> None:
    """The linked checklist assessment is of the art. 5 library, for the same subject."""
    found = s.get(AssessmentRow, new.checklist_id)
    if found is None:
        raise not_found("assessment", int(new.checklist_id or 0))
    if (found.library_id, found.subject_kind, found.subject_id) != (
        LIBRARY_ID,
        new.subject_kind.value,
        new.subject_id,
    ):
        raise AssessmentError(
            f"checklist assessment {new.checklist_id} is not the {LIBRARY_ID!r} assessment of "
            "this subject",
            code="security.checklist",
            library=LIBRARY_ID,
        )


def security_service(register: Any) -> SecurityAssessmentService:
    """The service on an open ``store.register.Register`` (its unit of work and calendar)."""
    return SecurityAssessmentService(register.uow, register.calendar, register.conservative)


def latest(found: list[SecurityAssessment]) -> SecurityAssessment | None:
    """The most recent assessment of a subject (by trigger date, then as recorded)."""
    return max(found, key=lambda a: (a.trigger_date, a.id or 0), default=None)


__all__ = [
    "AssessorKind",
    "Authority",
    "SecurityAssessmentService",
    "SubjectKind",
    "Trigger",
    "latest",
    "security_service",
]
