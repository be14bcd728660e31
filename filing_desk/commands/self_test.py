"""``self-test``: prints ``filing_desk.selftest``'s lines as its steps finish; exit 0 only when
every step passed. The checks themselves know nothing of the command line."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from filing_desk.commands.base import Subparsers


def add_parsers(sub: Subparsers) -> None:
    sub.add_parser("self-test", help="check that this installation works").set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from filing_desk import selftest

    for line in selftest.header():
        print(line)
    outcomes = []
    for outcome in selftest.run():
        outcomes.append(outcome)
        print(outcome.line, flush=True)
    print(selftest.verdict(outcomes))
    return 0 if all(outcome.passed for outcome in outcomes) else 1
