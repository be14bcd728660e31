"""Security assessments on the command line: ``print --security-assessment ID --form
security-assessment-report -o FILE`` (the art. 6 report), and the rows ``deadlines`` lists
beside the procedures (open assessments, and subjects with the attributes but none).

``add_parsers`` adds ``--security-assessment`` to the ``print`` command through
``commands.print_targets`` (after ``commands.printing`` in ``commands.parser.MODULES``).
Imports are lazy, as in every command module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from filing_desk.commands.print_targets import PrintTarget, add_print_target

if TYPE_CHECKING:
    from filing_desk.commands.base import Subparsers

REPORT_FORM = "security-assessment-report"  # forms.security_content.FORM_ID


def _render(register: Any, object_id: int, lang: str) -> bytes:
    from filing_desk.workflows.security_printing import print_security_report  # lazy

    return print_security_report(register, object_id, lang)


TARGET = PrintTarget(
    option="--security-assessment",
    dest="security_assessment",
    form=REPORT_FORM,
    help=f"a security assessment under the 2018 rules ({REPORT_FORM})",
    render=_render,
)


def add_parsers(sub: Subparsers) -> None:
    add_print_target(sub, TARGET)


def deadline_items(reg: Any) -> list[dict[str, Any]]:
    """Open security assessments and subjects without one, as ``deadlines`` lists them."""
    from filing_desk.store.security_overview import security_overview

    overview = security_overview(reg.uow, reg.calendar, reg.conservative)
    items = []
    for d in overview.security_deadlines():
        items.append(
            {
                "procedure_id": None,
                "security_assessment_id": d.assessment.id if d.assessment else None,
                "algorithm_id": d.algorithm_id or None,
                "algorithm": d.subject_name,
                "entity": d.entity_name,
                "procedure": "security-assessment",
                "subject": d.subject_kind.value,
                "trigger": d.trigger.value,
                "state": d.standing.state.value,
                "due": d.due.isoformat() if d.due else None,
                "before": d.before,
                "working_days_left": d.standing.working_days_left,
                "overdue": d.standing.overdue,
                "provisional": d.provisional,
            }
        )
    return items


def urgency(item: dict[str, Any]) -> tuple[bool, bool, str]:
    """Overdue first, then by due date, no date last (the procedures' order, kept stable)."""
    return (not item["overdue"], item["due"] is None, item["due"] or "")
