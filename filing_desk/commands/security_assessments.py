"""Security assessments on the command line: ``print --security-assessment ID --form
security-assessment-report -o FILE`` (the art. 6 report), and the rows ``deadlines`` lists
beside the procedures (open assessments, and subjects with the attributes but none).

``add_parsers`` adds ``--security-assessment`` to the ``print`` command that
``commands.printing`` made (it must come after it in ``commands.parser.MODULES``) and routes a
print that names one here; every other print goes on to ``commands.printing`` unchanged.
Imports are lazy, as in every command module.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from filing_desk.commands.base import UsageError
from filing_desk.commands.register_args import open_from_args

if TYPE_CHECKING:
    from filing_desk.commands.base import Handler, Subparsers

REPORT_FORM = "security-assessment-report"  # forms.security_content.FORM_ID


def add_parsers(sub: Subparsers) -> None:
    printing = sub.choices["print"]
    printing.add_argument(
        "--security-assessment",
        type=int,
        metavar="ID",
        dest="security_assessment",
        help=f"a security assessment under the 2018 rules ({REPORT_FORM})",
    )
    printing.set_defaults(handler=_route(printing.get_default("handler")))


def _route(other: Handler) -> Handler:
    def run_print(args: argparse.Namespace) -> int:
        """``print``: a security assessment's report here, anything else as before."""
        if getattr(args, "security_assessment", None) is None:
            if args.form == REPORT_FORM:  # printed for one assessment, never for a record
                raise UsageError(f"the {REPORT_FORM} form needs --security-assessment ID")
            return other(args)
        return run_report(args)

    return run_print


def check_arguments(args: argparse.Namespace) -> None:
    """The report goes with one security assessment and one output file, nothing else."""
    if args.form != REPORT_FORM or args.output is None:
        raise UsageError(f"--security-assessment ID prints --form {REPORT_FORM} -o FILE.pdf")
    named = (args.algorithm, args.entity, args.procedure_id, args.assessment, args.packet)
    if any(n is not None for n in named):
        raise UsageError("--security-assessment ID names the report's subject: drop the others")


def run_report(args: argparse.Namespace) -> int:
    from filing_desk.store.files import write_private
    from filing_desk.workflows.security_printing import print_security_report

    check_arguments(args)
    with open_from_args(args) as reg:
        data = print_security_report(reg, args.security_assessment, args.lang)
    write_private(args.output, data)
    print(f"{args.output} ({len(data):,} bytes)")
    return 0


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
