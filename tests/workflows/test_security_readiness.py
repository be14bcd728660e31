"""A filing shows whether the algorithm's security assessment is done: a warning, never an error,
until both submissions are recorded; a cancellation asks nothing of it."""

from __future__ import annotations

from datetime import date

from filing_desk.domain.enums import Severity
from filing_desk.domain.security_assessment import Authority, SubjectKind, Trigger
from filing_desk.store.register import Register
from filing_desk.store.security_assessments import security_service
from filing_desk.workflows import readiness


def _warnings(register: Register, procedure_id: int) -> list[str]:
    found = readiness.report(register, procedure_id)
    assert all(
        i.severity is Severity.WARNING for i in found.issues if i.code == "security.not_done"
    )
    return [i.code for i in found.warnings if i.code.startswith("security.")]


def test_the_filing_warns_until_the_assessment_has_both_receipts(
    register: Register, draft_id: int
) -> None:
    procedure = register.start_filing(draft_id)
    assert _warnings(register, procedure.id) == ["security.not_done"]  # none recorded at all
    assert readiness.report(register, procedure.id).is_valid  # a warning does not block

    service = security_service(register)
    made = service.create_security_assessment(
        SubjectKind.ALGORITHM, draft_id, Trigger.GO_LIVE, date(2026, 11, 10)
    )
    service.record_submission(made.id, Authority.CAC, date(2026, 11, 6), "GA-1")
    assert _warnings(register, procedure.id) == ["security.not_done"]  # one receipt only
    service.record_submission(made.id, Authority.POLICE, date(2026, 11, 6), "GA-2")
    assert _warnings(register, procedure.id) == []


def test_a_cancellation_asks_nothing_of_the_assessment(register: Register, filed_id: int) -> None:
    procedure = register.terminate(filed_id, date(2026, 11, 20), "停止服务", "已下线")
    assert _warnings(register, procedure.id) == []
