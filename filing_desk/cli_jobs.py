"""The data commands of the CLI: backup, restore, print, import, export, check-list, self-test.

Registered into cli's table on import; each imports its heavy modules when it runs.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from filing_desk.cli import command, open_from_args, register_path
from filing_desk.paths import app_paths

BACKUP_PASSPHRASE_ENV = "FILING_DESK_BACKUP_PASSPHRASE"


@command("backup")
def cmd_backup(args: argparse.Namespace) -> int:
    from filing_desk.store.backup import timestamped_name

    path = register_path(args)
    target = args.output or app_paths().backups_for(path) / timestamped_name(path)
    passphrase = os.environ.get(BACKUP_PASSPHRASE_ENV) or None
    with open_from_args(args) as reg:
        info = reg.backup_to(Path(target), passphrase=passphrase)
    how = "a separate backup passphrase" if passphrase else "the register's own key"
    print(
        f"Backup written and verified: {info.path} ({info.size:,} bytes, {info.pages_checked} "
        f"pages checked; encrypted with {how})."
    )
    return 0


@command("restore")
def cmd_restore(args: argparse.Namespace) -> int:
    from filing_desk.store.restore import restore

    passphrase = os.environ.get(BACKUP_PASSPHRASE_ENV) or None
    info = restore(args.file, args.output, backup_passphrase=passphrase)
    print(f"Restored into {info.path} and verified ({info.pages_checked} pages, audit chain ok).")
    return 0
