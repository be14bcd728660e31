"""The subcommands added to the entry point's parser, in the order ``--help`` lists them.

Importing this imports every command module (each light: argparse only); the desktop app's
start-up never does (``filing_desk.cli`` builds its short parser without them).
"""

from __future__ import annotations

import argparse

from filing_desk.commands import (
    backup,
    check,
    checklists,
    create,
    deadlines,
    number,
    printing,
    security_assessments,
    self_test,
    service_printing,
    services,
    team,
    transfer,
)
from filing_desk.commands.register_args import add_recovery_option

# init, demo | check | deadlines, due | print | import, export, check-list | backup, restore |
# number | …
# security_assessments after printing: it adds --security-assessment to the print command (no
# subcommand of its own)
MODULES = (
    *(create, check, deadlines, services, printing, transfer, backup, number, checklists),
    self_test,
    security_assessments,
    service_printing,  # after printing too: it adds --service (genai-online-filing)
    team,
)


def add_commands(parser: argparse.ArgumentParser) -> None:
    """Add ``--recovery-key-file`` and every subcommand, each bound to its handler."""
    add_recovery_option(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in MODULES:
        module.add_parsers(sub)
