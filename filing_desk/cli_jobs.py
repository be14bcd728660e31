"""The data commands of the CLI: backup, restore, print, import, export, check-list, self-test.

Registered into cli's table on import; each imports its heavy modules when it runs.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from filing_desk.cli import UsageError, command, open_from_args
from filing_desk.paths import app_paths

BACKUP_PASSPHRASE_ENV = "FILING_DESK_BACKUP_PASSPHRASE"


@command("backup")
def cmd_backup(args: argparse.Namespace) -> int:
    from filing_desk.store.backup import timestamped_name

    passphrase = os.environ.get(BACKUP_PASSPHRASE_ENV) or None
    with open_from_args(args) as reg:  # reg.path is resolved: backups sit by the real file
        target = args.output or app_paths().backups_for(reg.path) / timestamped_name(reg.path)
        info = reg.backup_to(Path(target), passphrase=passphrase)
    how = "a separate backup passphrase" if passphrase else "the register's own key"
    print(
        f"Backup written and verified: {info.path} ({info.size:,} bytes, {info.pages_checked} "
        f"pages checked; encrypted with {how})."
    )
    return 0


@command("restore")
def cmd_restore(args: argparse.Namespace) -> int:
    from filing_desk.cli import recovery_from_args
    from filing_desk.store.restore import restore

    passphrase = os.environ.get(BACKUP_PASSPHRASE_ENV) or None
    done = restore(args.file, args.output, passphrase, recovery=recovery_from_args(args))
    print(f"Restored into {done.path} and verified ({done.pages_checked} pages, audit chain ok).")
    if done.recovery_key is None:
        print(f"It opens with the key of the register it was backed up from ({done.register_id}).")
        return 0
    mode = "passphrase" if done.key_source.value == "passphrase" else "system keyring"
    print(f"It is a register of its own (register {done.register_id}, key in the {mode}).")
    print("Recovery key — write it down or print the recovery sheet; it is shown only once:")
    print(f"  {done.recovery_key}")
    return 0


ENTITY_FORMS = ("entity-filing", "register-summary", "recovery-sheet")


@command("print")
def cmd_print(args: argparse.Namespace) -> int:
    from filing_desk.forms import loader, printing
    from filing_desk.store.files import write_private

    if args.packet is None and (args.form is None or args.output is None):
        raise UsageError("print needs --form FORM_ID and -o FILE.pdf, or --packet DIR")
    if args.algorithm is None and args.procedure_id is None and args.entity is None:
        raise UsageError("print needs --algorithm ID, --procedure-id ID or --entity ID")
    if args.form is not None:
        loader.get(args.form)  # an unknown id fails here with the list of known ones
        if args.form not in ENTITY_FORMS and args.algorithm is None and args.procedure_id is None:
            raise UsageError(f"the {args.form} form is about an algorithm: give --algorithm ID")
    with open_from_args(args) as reg:
        context = printing.context_for(
            reg,
            args.form,
            algorithm_id=args.algorithm,
            entity_id=args.entity,
            procedure_id=args.procedure_id,
        )
        if args.packet is not None:
            files = printing.write_files(printing.render_packet(context, args.lang), args.packet)
            for path in files:
                print(path)
            return 0
        data = printing.render_form(args.form, context, args.lang)
    write_private(args.output, data)  # owner-only, all or nothing
    print(f"{args.output} ({len(data):,} bytes)")
    return 0


@command("import")
def cmd_import(args: argparse.Namespace) -> int:
    from filing_desk.transfer import register_io

    with open_from_args(args) as reg:
        prepared = register_io.prepare(args.file, args.entity or None, register_io.limits_of(reg))
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
        result = register_io.apply(reg, prepared, update_existing=args.update)
    print(f"imported: {result}", file=sys.stderr)
    return 0


@command("export")
def cmd_export(args: argparse.Namespace) -> int:
    from filing_desk.transfer import register_io

    with open_from_args(args) as reg:
        path = register_io.export_register(reg, args.format, args.output, args.entity)
    print(
        f"Exported to {path} ({path.stat().st_size:,} bytes). It is NOT encrypted: keep it "
        "safe and delete it when done."
    )
    return 0


@command("check-list")
def cmd_check_list(args: argparse.Namespace) -> int:
    from filing_desk.transfer import register_io

    with open_from_args(args) as reg:
        lines = register_io.check_list(reg, args.file)
    print("\n".join(lines))
    return 0
