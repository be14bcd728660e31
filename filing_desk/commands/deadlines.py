"""``deadlines`` (the generative-AI services needing action now, then the open procedures, most
urgent first) and ``due`` (one due date, computed with the register's calendar when there is a
register, else the built-in one)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from filing_desk.commands.register_args import open_from_args, register_path

if TYPE_CHECKING:
    from datetime import date

    from filing_desk.commands.base import Subparsers

PROCEDURES = ["filing", "modification", "cancellation", "review", "security-assessment"]
RULES = ["algorithm-provisions", "deep-synthesis", "genai-measures", "sa-rules"]  # deadlines.Rule


def add_parsers(sub: Subparsers) -> None:
    d = sub.add_parser(
        "deadlines",
        help="open procedures, most urgent first (after the GenAI services needing action now)",
    )
    d.add_argument("--json", action="store_true", help="print JSON instead of a table")
    d.set_defaults(handler=run_deadlines)
    due = sub.add_parser("due", help="compute a due date")
    due.add_argument("--procedure", required=True, choices=PROCEDURES)
    due.add_argument("--from", dest="start", required=True, type=iso_date, metavar="YYYY-MM-DD")
    due.add_argument(
        "--rule",
        choices=RULES,
        help="the rule the clock counts under (its effective date is the earliest start); "
        "default: sa-rules for security-assessment (triggers 3-5), else algorithm-provisions",
    )
    due.set_defaults(handler=run_due)


def iso_date(text: str) -> date:
    """An argparse ``type``: YYYY-MM-DD, or the usage error argparse reports with exit code 2."""
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in the form YYYY-MM-DD") from None


def run_deadlines(args: argparse.Namespace) -> int:
    from filing_desk.commands.security_assessments import deadline_items, urgency
    from filing_desk.commands.services import alert_items, print_alert_heading

    with open_from_args(args) as reg:
        rows = reg.deadlines()
        security = deadline_items(reg)  # open security assessments, and subjects without one
        # services live without a number or not showing it: first, above the overdue; then
        # their annexes to renew (keyword list, test bank past their practice cadence)
        services = alert_items(reg.service_buckets())
    items: list[dict[str, Any]] = [
        {
            "procedure_id": d.procedure.id,
            "algorithm_id": d.procedure.algorithm_id,
            "algorithm": d.algorithm_name,
            "entity": d.entity_name,
            "procedure": d.procedure.kind.value,
            "due": d.procedure.due_date.isoformat() if d.procedure.due_date else None,
            "working_days_left": d.working_days_left,
            "overdue": d.overdue,
            "provisional": d.procedure.due_provisional,
        }
        for d in rows
    ]
    items = sorted([*items, *security], key=urgency)
    if args.json:
        import json

        print(json.dumps([*services, *items], ensure_ascii=False, indent=2))
        return 0
    print_alert_heading(services)
    if services and items:
        print("Procedures:")
    if not items:
        print("No open procedures.")
    for it in items:
        flags = " OVERDUE" if it["overdue"] else ""
        flags += " provisional" if it["provisional"] else ""
        flags += " (file before this day)" if it.get("before") else ""
        left = "" if it["working_days_left"] is None else f"{it['working_days_left']:>4} wd"
        print(
            f"{it['due'] or 'no date':<10} {left:>7} {it['procedure']:<13} "
            f"{it['algorithm']} ({it['entity']}){flags}"
        )
    return 0


def default_rule(procedure: str) -> str:
    """A security assessment counts under the 2018 rules; the procedures under art. 24."""
    return "sa-rules" if procedure == "security-assessment" else RULES[0]


def run_due(args: argparse.Namespace) -> int:
    from filing_desk.domain.deadlines import Rule, due_date
    from filing_desk.domain.enums import DeadlineKind
    from filing_desk.domain.workdays import WorkCalendar

    calendar, conservative = WorkCalendar(), False
    if register_path(args).exists():
        with open_from_args(args) as reg:
            calendar, conservative = reg.calendar(), reg.conservative()
    due = due_date(
        DeadlineKind(args.procedure),
        args.start,
        calendar,
        conservative=conservative,
        rule=Rule(args.rule or default_rule(args.procedure)),
    )
    print(due.value.isoformat() + (" provisional" if due.provisional else ""))
    if due.floor is not None:
        print(due.explanation())
    return 0
