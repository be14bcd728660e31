"""The rules a security assessment, a submission, a product's opinion profile and a user-scale
point must satisfy before the store writes them; each broken rule is an Issue with a stable code.

Pure: no I/O, no Qt. ``store.security_assessments`` and ``store.security_subjects`` call these
and raise ``InvalidInput`` with every issue found, so nothing is written.
"""

from __future__ import annotations

from datetime import date

from filing_desk.domain.issues import Issue
from filing_desk.domain.security_assessment import (
    AssessorKind,
    SecurityAssessment,
    SubjectKind,
    Submission,
    Trigger,
)
from filing_desk.domain.security_attributes import OpinionProfile, ScalePoint


def _issue(code: str, key: str, text: str, **params: object) -> Issue:
    return Issue(code, key, params=params, text=text)


def assessment_issues(a: SecurityAssessment, today: date) -> list[Issue]:
    """Art. 3–4: a trigger (5) names its notice; a third-party assessor is named; an event of
    triggers (3)–(5) has happened (a go-live or function date may lie ahead)."""
    found: list[Issue] = []
    if a.subject_kind is SubjectKind.SERVICE:
        found.append(
            _issue(
                "security.subject_kind",
                "security.subject_kind",
                "Generative-AI services are not records of their own yet: assess the algorithm "
                "or the product",
            )
        )
    if not a.trigger.gated and a.trigger_date > today:
        found.append(
            _issue(
                "security.trigger_future",
                "security.trigger_date",
                f"The trigger date {a.trigger_date} is after today: triggers (3)-(5) are events "
                "that have happened",
                day=a.trigger_date.isoformat(),
            )
        )
    if a.trigger is Trigger.NOTICE and not a.notice_reference.strip():
        found.append(
            _issue(
                "security.notice_reference",
                "security.notice_reference",
                "A written notice (trigger 5) needs its reference",
            )
        )
    if a.assessor is AssessorKind.THIRD_PARTY and not a.assessor_name.strip():
        found.append(
            _issue(
                "security.assessor_name",
                "security.assessor_name",
                "Name the third-party assessor",
            )
        )
    return found


def submission_issues(s: Submission, a: SecurityAssessment, today: date) -> list[Issue]:
    """Art. 7: a submission has its platform reference, lies in the past and, for triggers
    (3)–(5), comes after the event; feedback comes after the submission."""
    found: list[Issue] = []
    if not s.reference.strip():
        found.append(
            _issue(
                "security.reference",
                "security.reference",
                "Give the platform's reference for the submission",
            )
        )
    if s.submitted > today:
        found.append(
            _issue(
                "security.submitted_future",
                "security.submitted",
                f"The submission date {s.submitted} is after today",
                day=s.submitted.isoformat(),
            )
        )
    if not a.trigger.gated and s.submitted < a.trigger_date:
        found.append(
            _issue(
                "security.submitted_before_trigger",
                "security.submitted",
                f"The submission date {s.submitted} is before the trigger date {a.trigger_date}",
                day=s.submitted.isoformat(),
                trigger=a.trigger_date.isoformat(),
            )
        )
    if s.feedback_date is not None and s.feedback_date < s.submitted:
        found.append(
            _issue(
                "security.feedback_before",
                "security.feedback_date",
                "Feedback cannot come before the submission",
            )
        )
    return found


def profile_issues(p: OpinionProfile) -> list[Issue]:
    """An override of the per-se answer needs its reason (it is audited)."""
    if p.override is not None and not p.override_reason.strip():
        return [
            _issue(
                "security.override_reason",
                "security.override_reason",
                "An override of the public-opinion answer needs a reason",
            )
        ]
    return []


def scale_issues(point: ScalePoint, today: date) -> list[Issue]:
    """A point has at least one count, no negative count and no date after today."""
    found: list[Issue] = []
    counts = (point.registered, point.monthly_active)
    if all(c is None for c in counts):
        found.append(
            _issue(
                "security.scale_empty",
                "security.scale",
                "Give registered users, monthly active users or both",
            )
        )
    if any(c is not None and c < 0 for c in counts):
        found.append(
            _issue("security.scale_negative", "security.scale", "User numbers cannot be negative")
        )
    if point.as_of > today:
        found.append(
            _issue(
                "security.scale_future",
                "security.scale_date",
                f"The date {point.as_of} is after today",
                day=point.as_of.isoformat(),
            )
        )
    return found
