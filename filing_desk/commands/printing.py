"""``print``: one form to a PDF file, or with ``--packet DIR`` every form a procedure needs.

ReportLab and the form specs are imported when the command runs.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from filing_desk.commands.base import UsageError
from filing_desk.commands.register_args import open_from_args

if TYPE_CHECKING:
    from filing_desk.commands.base import Subparsers

ENTITY_FORMS = ("entity-filing", "register-summary", "recovery-sheet", "entity-responsibility")
AUDIT_FORM = "audit-report"


def add_parsers(sub: Subparsers) -> None:
    pr = sub.add_parser("print", help="render a CAC-style form to PDF")
    pr.add_argument("--algorithm", type=int)
    pr.add_argument("--entity", type=int)
    pr.add_argument("--procedure-id", type=int, dest="procedure_id")
    pr.add_argument(
        "--assessment", type=int, metavar="ID", help="a checklist assessment (assessment-report)"
    )
    pr.add_argument(
        "--form", help="form id, e.g. algorithm-filing; triage-memo is internal, never in a packet"
    )
    pr.add_argument("--lang", choices=["zh", "en"], default="zh")
    pr.add_argument("-o", "--output", type=Path)
    pr.add_argument("--packet", type=Path, metavar="DIR", help="write every form a procedure needs")
    pr.add_argument(
        "--audit",
        action="store_true",
        help="the audit report: the whole register (marked internal), or --algorithm ID",
    )
    pr.set_defaults(handler=run)


def check_arguments(args: argparse.Namespace) -> None:
    """Refuse, before the register is opened, what names no form, no output or no record."""
    from filing_desk.forms import loader

    if args.packet is None and (args.form is None or args.output is None):
        raise UsageError("print needs --form FORM_ID and -o FILE.pdf, or --packet DIR")
    report = args.form is not None and loader.get(args.form).applies_to == "assessment"
    if report or args.assessment is not None:
        _check_report(args)
        return
    if args.algorithm is None and args.procedure_id is None and args.entity is None:
        raise UsageError("print needs --algorithm ID, --procedure-id ID or --entity ID")
    if args.form is not None:
        loader.get(args.form)  # an unknown id fails here with the list of known ones
        if args.form not in ENTITY_FORMS and args.algorithm is None and args.procedure_id is None:
            raise UsageError(f"the {args.form} form is about an algorithm: give --algorithm ID")


def _check_report(args: argparse.Namespace) -> None:
    """``--assessment ID`` goes with a form printed for one assessment (assessment-report)."""
    from filing_desk.forms import loader

    if args.form is None or loader.get(args.form).applies_to != "assessment":
        raise UsageError("--assessment ID prints one assessment: use --form assessment-report")
    if args.assessment is None:
        raise UsageError(f"the {args.form} form is about one assessment: give --assessment ID")
    if args.algorithm is not None or args.entity is not None or args.procedure_id is not None:
        raise UsageError("--assessment ID names the report's subject: drop --algorithm/--entity")


def run(args: argparse.Namespace) -> int:
    """What the desktop app's Print renders for the same target (``workflows.printing``)."""
    from filing_desk.forms.printing import write_files
    from filing_desk.store.files import write_private
    from filing_desk.workflows.printing import packet_files, print_forms

    if getattr(args, "audit", False) or args.form == AUDIT_FORM:
        return _run_audit(args)
    check_arguments(args)
    with open_from_args(args) as reg:
        documents = print_forms(
            reg,
            None if args.packet is not None else [args.form],
            algorithm_id=args.algorithm,
            entity_id=args.entity,
            procedure_id=args.procedure_id,
            assessment_id=args.assessment,
            lang=args.lang,
        )
    if args.packet is not None:
        for path in write_files(packet_files(documents), args.packet):
            print(path)
        return 0
    [(_form_id, data)] = documents
    write_private(args.output, data)  # owner-only, all or nothing
    print(f"{args.output} ({len(data):,} bytes)")
    return 0


def _run_audit(args: argparse.Namespace) -> int:
    """``print --audit [--algorithm ID] -o FILE``: the audit trail in words (workflows)."""
    from filing_desk.store.files import write_private
    from filing_desk.workflows.audit_report import print_audit_report

    if args.output is None:
        raise UsageError("print --audit needs -o FILE.pdf")
    others = (args.entity, args.procedure_id, args.assessment, args.packet)
    if any(v is not None for v in others) or args.form not in (None, AUDIT_FORM):
        raise UsageError("print --audit prints the whole register, or one --algorithm ID")
    with open_from_args(args) as reg:
        data = print_audit_report(reg, args.algorithm, lang=args.lang)
    write_private(args.output, data)
    print(f"{args.output} ({len(data):,} bytes)")
    return 0
