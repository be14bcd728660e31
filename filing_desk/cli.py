"""The entry point of ``filing-desk`` and ``python -m filing_desk``: no subcommand opens the
desktop app (``filing_desk.app``); a subcommand runs its handler from ``filing_desk.commands``.

It owns the choice between the two and nothing else: each command's parser and handler live
together in its module under ``commands/``. The desktop app's start-up parses ``--register`` and
``--demo`` only and imports neither the command modules nor anything heavy; a command imports its
heavy modules (ReportLab, Alembic, openpyxl) when it runs. Exit 0 on success; otherwise one clear
line on stderr and a non-zero code (``commands.base.exit_code_for``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from filing_desk import __version__

if TYPE_CHECKING:
    from filing_desk.commands.base import Handler
    from filing_desk.store.team.address import TeamAddress


def register_location(text: str) -> Path | TeamAddress:
    """``--register``: a file path, or a team register's ``postgresql://`` address (checked here,
    so a malformed one is a usage error before anything opens)."""
    if not text.strip().lower().startswith(("postgresql://", "postgres://")):
        return Path(text)  # the window's start-up imports no store module for a file
    from filing_desk.store.team.address import parse
    from filing_desk.store.team.errors import BadTeamAddress

    try:
        return parse(text)
    except BadTeamAddress as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; ``commands=False`` leaves out the subcommands (the desktop app's
    start-up parses ``--register``/``--demo`` only, and building ~15 subparsers takes ~8 ms)."""
    p = argparse.ArgumentParser(
        prog="filing-desk",
        description="Filing Desk: the encrypted register of algorithms and their CAC filings.",
    )
    p.add_argument("--version", action="version", version=f"filing-desk {__version__}")
    p.add_argument(
        "--register",
        type=register_location,
        help="the register file (default: in your data dir), or a team register on a PostgreSQL "
        "server: postgresql://USER@HOST:PORT/DATABASE[?sslmode=verify-full]",
    )
    p.add_argument("--demo", action="store_true", help="open a throw-away register of sample data")
    if not commands:
        p.set_defaults(command=None)
        return p
    from filing_desk.commands.parser import add_commands

    add_commands(p)
    return p


def opens_the_window(argv: Sequence[str]) -> bool:
    """Only the desktop app's own options (``--register FILE``, ``--demo``): no subcommand, no
    ``--help``/``--version``, nothing the short parser would not know."""
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--demo" or arg.startswith("--register="):
            continue
        if arg == "--register" and rest:
            rest.pop(0)
            continue
        return False
    return True


def _run_gui(args: argparse.Namespace) -> int:
    from filing_desk import app

    if args.register is not None and not isinstance(args.register, Path):
        print(
            "filing-desk: the desktop app opens register files; use the commands "
            "(e.g. `filing-desk --register URL deadlines`) with a team register for now.",
            file=sys.stderr,
        )
        return 2
    return app.run(register=args.register, demo=args.demo)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(argv) if argv is not None else sys.argv[1:]
    args = build_parser(commands=not opens_the_window(argv)).parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)  # the subcommand's set_defaults
    if handler is None:
        handler = _run_gui  # starts logging itself, once its window is on screen
    else:
        from filing_desk.log import start_logging

        start_logging()
    try:
        result = handler(args)
    except Exception as exc:
        from filing_desk.commands.base import exit_code_for

        code = exit_code_for(exc)
        if code is None:
            raise
        return code
    return result


def console_main() -> None:
    sys.exit(main())
