"""The checks a generative-AI service passes before the register writes it (create or edit).

Only what makes a record wrong, never what makes it unready: a name, each model named, numbers
in their format (a third-party model's 备案号; the service's own number against its track), a
reason for an override, no negative concurrency. What a filing still lacks (a model without a
number, no model at all) is ``genai_tracks.track_issues``' readiness, checked at the steps that
hand materials over. Pure: no Qt, no I/O; the store calls ``service_write_issues`` and refuses
on any error.
"""

from __future__ import annotations

from filing_desk.domain import codes
from filing_desk.domain.enums import ModelTrack, Severity
from filing_desk.domain.genai_services import GenAIService
from filing_desk.domain.genai_tracks import decide_track
from filing_desk.domain.issues import Issue


def _required(value: str, key: str, text: str) -> list[Issue]:
    return [] if value.strip() else [Issue("field.required", key, Severity.ERROR, {}, text)]


def service_write_issues(service: GenAIService, *, new: bool = True) -> list[Issue]:
    """Errors and warnings of a service as it is about to be written.

    The service's own number is checked against its track only as it enters the register
    (``new``): afterwards only a step sets it, and a later change of track (a called model
    fine-tuned) does not make the number granted on the earlier one malformed."""
    issues = _required(service.name, "service.name", "The service name is required")
    for index, model in enumerate(service.models):
        key = f"service.models[{index}]"
        issues += _required(model.name, f"{key}.name", "Each model needs its name")
        if model.filing_number.strip():
            issues += codes.check_model_number(
                model.filing_number, ModelTrack.FILING, f"{key}.filing_number"
            )
    decision = decide_track(service)
    if new and decision.track is not None and service.number.strip():
        issues += codes.check_model_number(
            service.number, decision.track, "service.number", service.approved_date
        )
    if decision.overridden and not decision.reason:
        text = "Give the reason for departing from the derived track."
        issues.append(
            Issue(
                "genai_track.override_reason", "service.override_reason", Severity.ERROR, {}, text
            )
        )
    if service.concurrency is not None and service.concurrency < 0:
        text = "Concurrency cannot be negative."
        issues.append(Issue("field.type", "service.concurrency", Severity.ERROR, {}, text))
    return issues


def errors(issues: list[Issue]) -> list[Issue]:
    return [i for i in issues if i.is_error]
