"""Encrypted copies of a register: take one, verify it, rotate old ones, restore into a new file.

A backup is a byte copy of the encrypted file (plus its WAL, folded in), taken while a write lock
keeps writers out; so it has the same register id and opens with the same key. Optionally it is
re-keyed with a separate backup passphrase. Every copy is opened and checked before it counts.
"""

from __future__ import annotations

import contextlib
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from filing_desk.store import engine as engine_mod
from filing_desk.store.errors import BackupFailed, RegisterError, RegisterExists
from filing_desk.store.keys import SALT_BYTES, DataKey, derive_from_passphrase


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    pages_checked: int


def copy_files(source_conn: Any, source: Path, target: Path) -> None:
    """Copy the register and its WAL while an IMMEDIATE transaction keeps writers out."""
    if target.exists():
        raise RegisterExists(f"{target} already exists; choose another file name.")
    target.parent.mkdir(parents=True, exist_ok=True)
    wal = Path(f"{source}-wal")
    source_conn.execute("BEGIN IMMEDIATE")
    try:
        shutil.copyfile(source, target)
        if wal.exists() and wal.stat().st_size:
            shutil.copyfile(wal, Path(f"{target}-wal"))
    except OSError:
        _remove_quietly(target)
        raise
    finally:
        source_conn.execute("ROLLBACK")


def fold_and_verify(path: Path, key: DataKey, new_passphrase: str | None = None) -> BackupInfo:
    """Fold the WAL into the copy, optionally re-key it, then check every page and the schema."""
    conn = engine_mod.connect(path, key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if new_passphrase:
            conn.execute(f"PRAGMA rekey = {_quote(new_passphrase)}")
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
    if new_passphrase:
        with path.open("rb") as fh:
            key = derive_from_passphrase(new_passphrase, fh.read(SALT_BYTES))
    return verify(path, key)


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def verify(path: Path, key: DataKey) -> BackupInfo:
    """Open a copy and check every page's HMAC and the database structure."""
    try:
        engine_mod.check_file(path)
        conn = engine_mod.connect(path, key)
    except RegisterError as exc:
        raise BackupFailed(f"The copy {path.name} does not open: {exc}") from None
    import sqlcipher3

    try:
        problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        if not problems:
            quick = conn.execute("PRAGMA quick_check").fetchone()[0]
            problems = [] if quick == "ok" else [quick]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    except sqlcipher3.DatabaseError as exc:
        problems = [str(exc)]
    finally:
        conn.close()
    if problems:
        raise BackupFailed(f"The copy {path.name} is damaged: {problems[0]}")
    return BackupInfo(path, path.stat().st_size, pages)


def take_backup(
    source_conn: Any,
    source: Path,
    target: Path,
    key: DataKey,
    passphrase: str | None = None,
) -> BackupInfo:
    """Copy, fold, optionally re-key, and verify; a failed copy is removed."""
    try:
        copy_files(source_conn, source, target)
        return fold_and_verify(target, key, passphrase)
    except OSError as exc:
        _remove_quietly(target)
        raise BackupFailed(f"The backup could not be written to {target}: {exc.strerror}") from None
    except BackupFailed:
        _remove_quietly(target)
        raise


def timestamped_name(register: Path, when: datetime | None = None) -> str:
    stamp = (when or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    return f"{register.stem}-{stamp}.fdesk"


def rotate(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups in ``folder``; returns the deleted paths."""
    backups = sorted(folder.glob("*.fdesk"), key=lambda p: p.name, reverse=True)
    removed = backups[keep:]
    for old in removed:
        _remove_quietly(old)
    return removed


def _remove_quietly(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(OSError):
            p.unlink()
