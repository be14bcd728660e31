"""``check``: every page, the schema revision, the audit chain, each record against its last
audit event and each attachment against its SHA-256; one line per check, the first failure's
exit code (listed in ``check --help``)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from filing_desk.commands.base import UsageError
from filing_desk.commands.register_args import open_from_args

if TYPE_CHECKING:
    from filing_desk.commands.base import Subparsers

EXIT_CODES = """exit codes (with several failures, the first line's):
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


def add_parsers(sub: Subparsers) -> None:
    ck = sub.add_parser(
        "check",
        help="verify pages, schema, audit chain, records and attachments",
        description="Verify every page (SQLCipher's HMAC), the schema revision, the audit chain,\n"
        "each record against its last audit event and each attachment against its SHA-256.\n"
        "One line per check.",
        epilog=EXIT_CODES,
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
    ck.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
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
    exit_code: int = report.exit_code
    return exit_code
