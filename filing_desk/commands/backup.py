"""``backup`` (a verified, encrypted copy) and ``restore`` (a backup into a new file, verified).

``FILING_DESK_BACKUP_PASSPHRASE`` encrypts a backup with a passphrase of its own instead of the
register's key, and opens such a backup on restore.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from filing_desk.commands.register_args import open_from_args, recovery_from_args
from filing_desk.paths import app_paths

if TYPE_CHECKING:
    from filing_desk.commands.base import Subparsers

BACKUP_PASSPHRASE_ENV = "FILING_DESK_BACKUP_PASSPHRASE"


def add_parsers(sub: Subparsers) -> None:
    bk = sub.add_parser("backup", help="write a verified, encrypted backup")
    bk.add_argument("-o", "--output", type=Path)
    bk.set_defaults(handler=run_backup)
    rs = sub.add_parser("restore", help="restore a backup into a new file")
    rs.add_argument("file", type=Path)
    rs.add_argument("-o", "--output", type=Path, required=True)
    rs.set_defaults(handler=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    from filing_desk.store.backup import new_backup_path

    passphrase = os.environ.get(BACKUP_PASSPHRASE_ENV) or None
    with open_from_args(args) as reg:  # reg.path is resolved: backups sit by the real file
        target = args.output or new_backup_path(app_paths().backups_for(reg.path), reg.path)
        info = reg.backup_to(Path(target), passphrase=passphrase)
    how = "a separate backup passphrase" if passphrase else "the register's own key"
    print(
        f"Backup written and verified: {info.path} ({info.size:,} bytes, {info.pages_checked} "
        f"pages checked; encrypted with {how})."
    )
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from filing_desk.workflows.restoring import restore_backup

    passphrase = os.environ.get(BACKUP_PASSPHRASE_ENV) or None
    recovery = recovery_from_args(args)
    done = restore_backup(args.file, args.output, backup_passphrase=passphrase, recovery=recovery)
    print(f"Restored into {done.path} and verified ({done.pages_checked} pages, audit chain ok).")
    if done.recovery_key is None:
        print(f"It opens with the key of the register it was backed up from ({done.register_id}).")
        return 0
    mode = "passphrase" if done.key_source.value == "passphrase" else "system keyring"
    print(f"It is a register of its own (register {done.register_id}, key in the {mode}).")
    print("Recovery key — write it down or print the recovery sheet; it is shown only once:")
    print(f"  {done.recovery_key}")
    return 0
