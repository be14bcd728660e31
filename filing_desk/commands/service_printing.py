"""``print --service ID --form genai-online-filing -o FILE``: a generative-AI service's online-
filing form (生成式人工智能（大语言模型）上线备案表).

``add_parsers`` adds ``--service`` to the ``print`` command that ``commands.printing`` made (it
must come after it in ``commands.parser.MODULES``) and routes a print that names a service here;
every other print goes on unchanged. Owns only the arguments; ``workflows.genai_printing``
renders. Imports are lazy, as in every command module.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from filing_desk.commands.base import UsageError
from filing_desk.commands.register_args import open_from_args

if TYPE_CHECKING:
    from filing_desk.commands.base import Handler, Subparsers

SERVICE_FORM = "genai-online-filing"  # workflows.genai_printing.FORM_ID


def add_parsers(sub: Subparsers) -> None:
    printing = sub.choices["print"]
    printing.add_argument(
        "--service",
        type=int,
        metavar="ID",
        help=f"a generative-AI service ({SERVICE_FORM})",
    )
    printing.set_defaults(handler=_route(printing.get_default("handler")))


def _route(other: Handler) -> Handler:
    def run_print(args: argparse.Namespace) -> int:
        """``print``: a service's form here, anything else as before."""
        if getattr(args, "service", None) is None:
            if args.form == SERVICE_FORM:  # printed for one service, never for a record
                raise UsageError(f"the {SERVICE_FORM} form needs --service ID")
            return other(args)
        return run_service(args)

    return run_print


def check_arguments(args: argparse.Namespace) -> None:
    """The form goes with one service and one output file, nothing else."""
    if args.form != SERVICE_FORM or args.output is None:
        raise UsageError(f"--service ID prints --form {SERVICE_FORM} -o FILE.pdf")
    security = getattr(args, "security_assessment", None)
    named = (args.algorithm, args.entity, args.procedure_id, args.assessment, args.packet, security)
    if any(n is not None for n in named) or getattr(args, "audit", False):
        raise UsageError("--service ID names what the form is printed for: drop the others")


def run_service(args: argparse.Namespace) -> int:
    from filing_desk.store.files import write_private
    from filing_desk.workflows.genai_printing import print_service_form

    check_arguments(args)
    with open_from_args(args) as reg:
        data = print_service_form(reg, args.service, args.lang)
    write_private(args.output, data)
    print(f"{args.output} ({len(data):,} bytes)")
    return 0
