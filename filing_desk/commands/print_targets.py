"""Forms printed for one object that is not a register record: ``print --<target> ID --form
FORM -o FILE`` (a security assessment's report, a generative-AI service's online-filing form).

``add_print_target`` adds the target's option to the ``print`` command that ``commands.printing``
made (the module calling it comes after ``printing`` in ``commands.parser.MODULES``) and routes a
print that names the target to its ``render``; every other print goes on unchanged. The form goes
with one object and one output file, nothing else.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from filing_desk.commands.base import UsageError
from filing_desk.commands.register_args import open_from_args

if TYPE_CHECKING:
    from filing_desk.commands.base import Handler, Subparsers

# what a record print names (commands.printing's options): one of them beside a target is refused
RECORD_TARGETS = ("algorithm", "entity", "procedure_id", "assessment", "packet")
_TARGETS: set[str] = set()  # the ``dest`` of every target added, each refused beside another


@dataclass(frozen=True)
class PrintTarget:
    option: str  # "--service"
    dest: str  # "service"
    form: str  # the one form printed for it
    help: str
    render: Callable[[Any, int, str], bytes]  # (register, id, lang) → the PDF; imports lazily


def add_print_target(sub: Subparsers, target: PrintTarget) -> None:
    printing = sub.choices["print"]
    printing.add_argument(target.option, type=int, metavar="ID", dest=target.dest, help=target.help)
    _TARGETS.add(target.dest)
    printing.set_defaults(handler=_route(target, printing.get_default("handler")))


def _route(target: PrintTarget, other: Handler) -> Handler:
    def run_print(args: argparse.Namespace) -> int:
        """``print``: the target's form here, anything else as before."""
        if getattr(args, target.dest, None) is None:
            if args.form == target.form:  # printed for one such object, never for a record
                raise UsageError(f"the {target.form} form needs {target.option} ID")
            return other(args)
        return _run(target, args)

    return run_print


def check_arguments(target: PrintTarget, args: argparse.Namespace) -> None:
    if args.form != target.form or args.output is None:
        raise UsageError(f"{target.option} ID prints --form {target.form} -o FILE.pdf")
    others = [getattr(args, d, None) for d in sorted(_TARGETS - {target.dest})]
    named = [getattr(args, d) for d in RECORD_TARGETS] + others
    if any(n is not None for n in named) or getattr(args, "audit", False):
        raise UsageError(f"{target.option} ID names what the form is printed for: drop the others")


def _run(target: PrintTarget, args: argparse.Namespace) -> int:
    from filing_desk.store.files import write_private

    check_arguments(target, args)
    with open_from_args(args) as reg:
        data = target.render(reg, getattr(args, target.dest), args.lang)
    write_private(args.output, data)
    print(f"{args.output} ({len(data):,} bytes)")
    return 0
