"""The sentences of the security-assessment codes (``security.*``: the 2018 rules' assessment,
its submissions, per-se categories, user scale and the readiness warning), in the ``messages``
translation context.

Part of the one table in ``ui/messages.py`` (which merges it into ``SENTENCES``), kept apart
only to keep that module small. Data only: no lookup, no formatting, no Qt beyond marking.
"""

from __future__ import annotations

from filing_desk.ui.i18n import QT_TRANSLATE_NOOP

SECURITY_SENTENCES: dict[str, str] = {
    "security.not_found": QT_TRANSLATE_NOOP(
        "messages", "The security assessment no longer exists."
    ),
    "security_submission.not_found": QT_TRANSLATE_NOOP(
        "messages", "No submission to that authority is recorded."
    ),
    "security.subject_kind": QT_TRANSLATE_NOOP(
        "messages",
        "Generative-AI services are not records of their own yet: assess the algorithm or the "
        "product.",
    ),
    "security.trigger_future": QT_TRANSLATE_NOOP(
        "messages",
        "The trigger date {day} is after today: triggers (3) to (5) are events that have happened.",
    ),
    "security.notice_reference": QT_TRANSLATE_NOOP(
        "messages", "A written notice (trigger 5) needs its reference."
    ),
    "security.assessor_name": QT_TRANSLATE_NOOP("messages", "Name the third-party assessor."),
    "security.reference": QT_TRANSLATE_NOOP(
        "messages", "Give the platform's reference for the submission."
    ),
    "security.submitted_future": QT_TRANSLATE_NOOP(
        "messages", "The submission date {day} is after today."
    ),
    "security.submitted_before_trigger": QT_TRANSLATE_NOOP(
        "messages", "The submission date {day} is before the trigger date {trigger}."
    ),
    "security.feedback_before": QT_TRANSLATE_NOOP(
        "messages", "Feedback cannot come before the submission."
    ),
    "security.override_reason": QT_TRANSLATE_NOOP(
        "messages", "An override of the public-opinion answer needs a reason."
    ),
    "security.scale_empty": QT_TRANSLATE_NOOP(
        "messages", "Give registered users, monthly active users or both."
    ),
    "security.scale_negative": QT_TRANSLATE_NOOP("messages", "User numbers cannot be negative."),
    "security.scale_future": QT_TRANSLATE_NOOP("messages", "The date {day} is after today."),
    "security.scale_missing": QT_TRANSLATE_NOOP(
        "messages", "No user numbers are recorded on {day}."
    ),
    "security.threshold": QT_TRANSLATE_NOOP("messages", "The growth threshold cannot be negative."),
    "security.unknown_field": QT_TRANSLATE_NOOP("messages", "{field} cannot be set."),
    "security.code": QT_TRANSLATE_NOOP("messages", "{value} is not one of the choices."),
    "security.trigger_date": QT_TRANSLATE_NOOP("messages", "The trigger needs its date."),
    "security.checklist": QT_TRANSLATE_NOOP(
        "messages",
        "That checklist assessment is not the {library} assessment of this subject.",
    ),
    # readiness of a filing (workflows.readiness): a warning, the two procedures being separate
    "security.not_done": QT_TRANSLATE_NOOP(
        "messages",
        "The security assessment under the 2018 rules is not complete: it is a separate "
        "procedure, but one this algorithm needs (both submissions recorded).",
    ),
}
