"""The command line: no subcommand opens the desktop app; subcommands run headless jobs.

``main(argv) -> int`` is what both ``filing-desk`` and ``python -m filing_desk`` call. Heavy
modules (PySide6, ReportLab, Alembic, openpyxl) are imported inside the command that needs them.
Exit 0 on success; otherwise one clear line on stderr and a non-zero code.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from filing_desk import __version__
from filing_desk.paths import app_paths

if TYPE_CHECKING:
    from datetime import date

Handler = Callable[[argparse.Namespace], int]
_HANDLERS: dict[str, Handler] = {}


class UsageError(Exception):
    """Arguments that parse but do not fit together; exit code 2 like argparse's own errors."""


def command(name: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        _HANDLERS[name] = fn
        return fn

    return register


def _date(text: str) -> date:
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in the form YYYY-MM-DD") from None


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; ``commands=False`` leaves out the subcommands (the desktop app's
    start-up parses ``--register``/``--demo`` only, and building ~15 subparsers takes ~8 ms)."""
    p = argparse.ArgumentParser(
        prog="filing-desk",
        description="Filing Desk: the encrypted register of algorithms and their CAC filings.",
    )
    p.add_argument("--version", action="version", version=f"filing-desk {__version__}")
    p.add_argument("--register", type=Path, help="the register file (default: in your data dir)")
    p.add_argument("--demo", action="store_true", help="open a throw-away register of sample data")
    if not commands:
        p.set_defaults(command=None)
        return p
    p.add_argument(
        "--recovery-key-file",
        type=Path,
        metavar="FILE",
        help="unlock with the recovery key written in FILE (or set FILING_DESK_RECOVERY_KEY), "
        "e.g. on a computer whose keyring does not hold the register's key",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("init", help="create a new register")
    sub.add_parser("demo", help="fill the register with realistic sample data")
    _add_check_parser(sub)
    d = sub.add_parser("deadlines", help="open procedures, most urgent first")
    d.add_argument("--json", action="store_true", help="print JSON instead of a table")
    due = sub.add_parser("due", help="compute a due date")
    due.add_argument(
        "--procedure", required=True, choices=["filing", "modification", "cancellation", "review"]
    )
    due.add_argument("--from", dest="start", required=True, type=_date, metavar="YYYY-MM-DD")
    _add_transfer_parsers(sub)
    return p


CHECK_EXIT_CODES = """exit codes (with several failures, the first line's):
  0   every check passed
  1   the audit chain is broken, cut short or emptied
  30  pages fail SQLCipher's check (named) or do not read back
  31  page 1, the header, is damaged (the key is right; the register does not open)
  32  the schema needs an upgrade
  33  a record differs from its last audit event (changed outside the app)
  34  an attachment does not match its SHA-256
  35  the chain does not extend the --against backup's, or lacks the --head event
  13  the --against backup cannot be read
  3-12  the register does not open (7: wrong key, or a damaged header)"""


def _add_check_parser(sub: Any) -> None:
    ck = sub.add_parser(
        "check",
        help="verify pages, schema, audit chain, records and attachments",
        description="Verify every page (SQLCipher's HMAC), the schema revision, the audit chain,\n"
        "each record against its last audit event and each attachment against its SHA-256.\n"
        "One line per check.",
        epilog=CHECK_EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ck.add_argument(
        "--against",
        type=Path,
        metavar="BACKUP",
        help="also check that this register's audit chain extends the chain of BACKUP (opened "
        "read-only; made with the register's key, or set FILING_DESK_BACKUP_PASSPHRASE)",
    )
    ck.add_argument(
        "--head",
        metavar="'#N · HASH'",
        help="also check that the audit head printed on a register summary or recovery sheet "
        "is still in the chain, unchanged",
    )


def _add_transfer_parsers(sub: Any) -> None:
    pr = sub.add_parser("print", help="render a CAC-style form to PDF")
    pr.add_argument("--algorithm", type=int)
    pr.add_argument("--entity", type=int)
    pr.add_argument("--procedure-id", type=int, dest="procedure_id")
    pr.add_argument("--form", help="form id, e.g. algorithm-filing")
    pr.add_argument("--lang", choices=["zh", "en"], default="zh")
    pr.add_argument("-o", "--output", type=Path)
    pr.add_argument("--packet", type=Path, metavar="DIR", help="write every form a procedure needs")
    im = sub.add_parser("import", help="import xlsx, csv, json or a CAC list .docx")
    im.add_argument("file", type=Path)
    im.add_argument("--entity", action="append", default=[], help="entity name (CAC lists)")
    im.add_argument("--dry-run", action="store_true")
    im.add_argument("--update", action="store_true", help="update algorithms that already exist")
    ex = sub.add_parser("export", help="export the register")
    ex.add_argument("--format", required=True, choices=["xlsx", "csv", "json"])
    ex.add_argument("--entity", type=int)
    ex.add_argument("-o", "--output", type=Path, required=True)
    cl = sub.add_parser("check-list", help="check the register against a CAC list .docx")
    cl.add_argument("file", type=Path)
    bk = sub.add_parser("backup", help="write a verified, encrypted backup")
    bk.add_argument("-o", "--output", type=Path)
    rs = sub.add_parser("restore", help="restore a backup into a new file")
    rs.add_argument("file", type=Path)
    rs.add_argument("-o", "--output", type=Path, required=True)
    sub.add_parser("self-test", help="check that this installation works")


def register_path(args: argparse.Namespace) -> Path:
    return args.register or app_paths().default_register


def open_from_args(args: argparse.Namespace, **kwargs: Any) -> Any:
    from filing_desk.store.register import open_register

    kwargs.setdefault("recovery", recovery_from_args(args))
    return open_register(register_path(args), **kwargs)


RECOVERY_FILE_LIMIT = 4096  # a recovery key is 84 characters; a bigger file is something else


def recovery_from_args(args: argparse.Namespace) -> str | None:
    """The recovery key in ``--recovery-key-file`` (or else ``FILING_DESK_RECOVERY_KEY``), checked
    before any register is touched; None when neither is given. Spaces, line breaks and dashes
    are allowed; a malformed key raises RecoveryKeyInvalid, whose message shows none of it."""
    import os

    from filing_desk.store.errors import RecoveryKeyInvalid
    from filing_desk.store.keys import RECOVERY_ENV, parse_recovery_key

    path: Path | None = getattr(args, "recovery_key_file", None)
    if path is not None:
        with path.open("rb") as fh:
            data = fh.read(RECOVERY_FILE_LIMIT + 1)
        if len(data) > RECOVERY_FILE_LIMIT:
            raise RecoveryKeyInvalid(f"{path} is too large to hold a recovery key.")
        text, where = data.decode("utf-8-sig", errors="replace"), str(path)
    else:
        text, where = os.environ.get(RECOVERY_ENV, ""), RECOVERY_ENV
        if not text.strip():
            return None
    try:
        parse_recovery_key(text)
    except RecoveryKeyInvalid as exc:
        raise RecoveryKeyInvalid(f"The recovery key in {where} is not valid: {exc}") from None
    return text


@command("init")
def cmd_init(args: argparse.Namespace) -> int:
    from filing_desk.store.register import create_register

    created = create_register(register_path(args))
    with created.register as reg:
        how = (
            "opened by its passphrase"
            if reg.key_source.value == "passphrase"
            else "key in the system keyring"
        )
        print(f"Created {reg.path} (register {reg.register_id}, {how}).")
        print("Recovery key — write it down or print the recovery sheet; it is shown only once:")
        print(f"  {created.recovery_key}")
    return 0


@command("demo")
def cmd_demo(args: argparse.Namespace) -> int:
    from filing_desk import demo
    from filing_desk.store.register import create_register

    path = register_path(args)
    if path.exists():
        reg = open_from_args(args)
    else:
        created = create_register(path)
        reg = created.register
        print(f"Created {path}. Recovery key: {created.recovery_key}")
    with reg:
        summary = demo.fill(reg)
    print(f"Demo data written: {summary}")
    return 0


@command("check")
def cmd_check(args: argparse.Namespace) -> int:
    """One line per check; the exit code is the first failing check's (see ``check --help``)."""
    import os

    from filing_desk.store.anchors import from_printed

    if args.head is not None:
        try:
            from_printed(args.head)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    passphrase = os.environ.get("FILING_DESK_BACKUP_PASSPHRASE") or None
    with open_from_args(args, upgrade=False) as reg:
        report = reg.check(args.against, passphrase, args.head)
    for line in report.lines:
        print(line)
    return report.exit_code


@command("deadlines")
def cmd_deadlines(args: argparse.Namespace) -> int:
    with open_from_args(args) as reg:
        rows = reg.deadlines()
    items = [
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
    if args.json:
        import json

        print(json.dumps(items, ensure_ascii=False, indent=2))
        return 0
    if not items:
        print("No open procedures.")
    for it in items:
        flags = " OVERDUE" if it["overdue"] else ""
        flags += " provisional" if it["provisional"] else ""
        left = "" if it["working_days_left"] is None else f"{it['working_days_left']:>4} wd"
        print(
            f"{it['due'] or 'no date':<10} {left:>7} {it['procedure']:<13} "
            f"{it['algorithm']} ({it['entity']}){flags}"
        )
    return 0


@command("due")
def cmd_due(args: argparse.Namespace) -> int:
    from filing_desk.domain.deadlines import due_date
    from filing_desk.domain.enums import DeadlineKind
    from filing_desk.domain.workdays import WorkCalendar

    calendar, conservative = WorkCalendar(), False
    path = register_path(args)
    if path.exists():
        with open_from_args(args) as reg:
            calendar, conservative = reg.calendar(), reg.conservative()
    due = due_date(DeadlineKind(args.procedure), args.start, calendar, conservative=conservative)
    print(due.value.isoformat() + (" provisional" if due.provisional else ""))
    return 0


def _run_gui(args: argparse.Namespace) -> int:
    from filing_desk import app

    return app.run(register=args.register, demo=args.demo)


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


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(argv) if argv is not None else sys.argv[1:]
    args = build_parser(commands=not opens_the_window(argv)).parse_args(argv)
    if args.command:  # the data commands register themselves; the desktop app needs none of them
        from filing_desk import cli_jobs, selftest  # noqa: F401

        start_logging()
        handler = _HANDLERS[args.command]
    else:
        handler = _run_gui  # starts logging itself, once its window is on screen
    try:
        return handler(args)
    except Exception as exc:
        code = _exit_code_for(exc)
        if code is None:
            raise
        return code


def _exit_code_for(exc: Exception) -> int | None:
    """Say a known failure in one line on stderr and give its exit code; None for a bug."""
    from filing_desk.domain.errors import DomainError
    from filing_desk.forms.errors import FormError
    from filing_desk.store.errors import RecoveryKeyInvalid, RegisterError

    if isinstance(exc, UsageError | RecoveryKeyInvalid):
        print(f"filing-desk: {exc}", file=sys.stderr)
        return 2
    if isinstance(exc, RegisterError):
        print(f"filing-desk: {exc}", file=sys.stderr)
        return exc.exit_code
    if isinstance(exc, DomainError | FormError):
        print(f"filing-desk: {exc}", file=sys.stderr)
        return 1
    if isinstance(exc, OSError):
        print(
            f"filing-desk: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
            file=sys.stderr,
        )
        return 1
    return None


def start_logging() -> None:
    """Log to the user's log folder through the redacting filter; never fail a command for it."""
    from filing_desk.log import setup_logging

    try:
        setup_logging(app_paths().log)
    except OSError as exc:
        print(f"filing-desk: logging is off ({exc.strerror or exc})", file=sys.stderr)


def console_main() -> None:
    sys.exit(main())
