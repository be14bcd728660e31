"""``import`` (xlsx, csv, json or a CAC list .docx), ``export`` (xlsx, csv, json) and
``check-list`` (the register against a CAC list). openpyxl and python-docx load when one runs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from filing_desk.commands.base import UsageError
from filing_desk.commands.deadlines import iso_date
from filing_desk.commands.register_args import open_from_args

if TYPE_CHECKING:
    from filing_desk.commands.base import Subparsers


def add_parsers(sub: Subparsers) -> None:
    im = sub.add_parser("import", help="import xlsx, csv, json or a CAC list .docx")
    im.add_argument("file", type=Path)
    im.add_argument("--entity", action="append", default=[], help="entity name (CAC lists)")
    im.add_argument("--dry-run", action="store_true")
    im.add_argument("--update", action="store_true", help="update algorithms that already exist")
    im.add_argument(
        "--published",
        type=iso_date,
        help="a CAC list's publication date, YYYY-MM-DD (default: the 1st of its batch month)",
    )
    im.set_defaults(handler=run_import)
    ex = sub.add_parser("export", help="export the register")
    ex.add_argument("--format", required=True, choices=["xlsx", "csv", "json"])
    ex.add_argument("--entity", type=int)
    ex.add_argument("-o", "--output", type=Path, required=True)
    ex.set_defaults(handler=run_export)
    cl = sub.add_parser(
        "check-list",
        help="each filed algorithm against a CAC list .docx: listed, missing, renamed, "
        "cancelled or differs",
    )
    cl.add_argument("file", type=Path)
    cl.set_defaults(handler=run_check_list)


def run_import(args: argparse.Namespace) -> int:
    from filing_desk.transfer import register_io

    with open_from_args(args) as reg:
        prepared = register_io.prepare(
            args.file, args.entity or None, register_io.limits_of(reg), published=args.published
        )
        if args.file.suffix.lower() == ".docx" and not args.entity and not args.dry_run:
            from filing_desk.transfer.cac_list import entity_names

            names = entity_names(prepared.batch)
            raise UsageError(
                f"a CAC list holds many firms' algorithms ({len(names)} entities): name yours "
                f"with --entity NAME (e.g. --entity {names[0]}), or look first with --dry-run"
            )
        lines = prepared.batch.report_lines()
        action = "updated" if args.update else "skipped"
        extra = [
            f"row {line}: {name}: already in the register, will be {action}"
            for line, name in prepared.existing(reg)
        ]
        print("\n".join([*lines[:-1], *extra, lines[-1]]))
        if args.dry_run:
            return 0 if not prepared.batch.counts().errors else 1
        from filing_desk.workflows.importing import import_batch

        result = import_batch(reg, prepared, update_existing=args.update)
    outcome = getattr(result, "outcome", None)  # a CAC list: the list record, renames, cancels
    if outcome is not None:  # with the import's result, after the report (stdout stays the report)
        print("\n".join(outcome.lines()), file=sys.stderr)
    print(f"imported: {getattr(result, 'text', result)}", file=sys.stderr)
    return 0


def run_export(args: argparse.Namespace) -> int:
    from filing_desk.transfer import register_io

    with open_from_args(args) as reg:
        path = register_io.export_register(reg, args.format, args.output, args.entity)
    print(
        f"Exported to {path} ({path.stat().st_size:,} bytes). It is NOT encrypted: keep it "
        "safe and delete it when done."
    )
    return 0


def run_check_list(args: argparse.Namespace) -> int:
    from filing_desk.transfer import register_io

    with open_from_args(args) as reg:
        lines = register_io.check_list(reg, args.file)
    print("\n".join(lines))
    return 0
