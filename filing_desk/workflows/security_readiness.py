"""Whether an algorithm's security assessment is done, as a filing's readiness sees it: a warning
while it is missing or incomplete, never an error (domain.md Part A item 20: the filing and the
assessment are separate procedures). A cancellation asks nothing of it.

No Qt, no SQL: ``workflows.readiness`` calls ``issues``; the standing comes from
``store.security_overview`` and the warning from ``domain.security_assessment``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from filing_desk.domain.enums import ProcedureKind
from filing_desk.domain.issues import Issue
from filing_desk.domain.security_assessment import readiness_issue
from filing_desk.store.security_overview import security_overview

if TYPE_CHECKING:
    from filing_desk.store.register import Register


def issues(register: Register, algorithm_id: int | None, kind: ProcedureKind) -> list[Issue]:
    """The warning for a filing or modification of this algorithm, if its assessment is not
    complete (or missing while it has the attributes and is live)."""
    if algorithm_id is None or kind is ProcedureKind.CANCELLATION:
        return []
    overview = security_overview(register.uow, register.calendar, register.conservative)
    found = overview.algorithm_standings([algorithm_id]).get(algorithm_id)
    warning = readiness_issue(found)
    return [warning] if warning is not None else []
