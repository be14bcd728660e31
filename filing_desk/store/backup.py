"""Encrypted copies of a register: take one, verify it, rotate old ones, restore into a new file.

A backup is a byte copy of the encrypted file (plus its WAL, folded in), taken while a write lock
keeps writers out; so it has the same register id and opens with the same key. Optionally it is
re-keyed with a separate backup passphrase (a new one must pass ``domain.passphrase``). Every copy
is opened and checked before it counts.

A backup is atomic and owner-only (``store.files``): it is written, folded and verified under a
partial name beside the target (``.<name>.partial-<hex>``, which neither ``*.fdesk`` nor
``rotate`` ever matches), then renamed into place; a failed or killed backup leaves no file under a
backup's name. The next backup into that folder removes partial files older than a day.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from filing_desk.domain import passphrase as passphrase_rules
from filing_desk.store import engine as engine_mod
from filing_desk.store import files
from filing_desk.store.errors import BackupFailed, RegisterError, RegisterExists, WeakPassphrase
from filing_desk.store.keys import DataKey, passphrase_key, passphrase_pragma


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    pages_checked: int


def copy_files(source_conn: Any, source: Path, target: Path) -> None:
    """Copy the register and its WAL into ``target`` (an empty owner-only file made by
    ``files.atomic_target``) while an IMMEDIATE transaction keeps writers out."""
    wal = Path(f"{source}-wal")
    source_conn.execute("BEGIN IMMEDIATE")
    try:
        shutil.copyfile(source, target)  # into the existing 0600 file: its mode stays
        if wal.exists() and wal.stat().st_size:
            files.create_private(Path(f"{target}-wal"))
            shutil.copyfile(wal, Path(f"{target}-wal"))
    finally:
        source_conn.execute("ROLLBACK")


def fold_and_verify(
    path: Path, key: DataKey, new_passphrase: str | None = None, *, shown_as: str | None = None
) -> BackupInfo:
    """Fold the WAL into the copy, optionally re-key it, then check every page and the schema."""
    conn = engine_mod.connect(path, key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if new_passphrase:
            conn.execute(passphrase_pragma(new_passphrase, "rekey"))
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
    if new_passphrase:
        key = passphrase_key(path, new_passphrase)
    return verify(path, key, shown_as=shown_as)


def verify(path: Path, key: DataKey, *, shown_as: str | None = None) -> BackupInfo:
    """Open a copy and check every page's HMAC and the database structure; messages name the
    file ``shown_as`` (the backup's own name while it is still a partial file)."""
    name = shown_as or path.name
    try:
        engine_mod.check_file(path)
        conn = engine_mod.connect(path, key)
    except RegisterError as exc:
        raise BackupFailed(f"The copy {name} does not open: {exc}") from None
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
        raise BackupFailed(f"The copy {name} is damaged: {problems[0]}")
    return BackupInfo(path, path.stat().st_size, pages)


def take_backup(
    source_conn: Any,
    source: Path,
    target: Path,
    key: DataKey,
    passphrase: str | None = None,
) -> BackupInfo:
    """Copy, fold, optionally re-key, and verify under a partial name, then rename into place;
    a weak new ``passphrase`` is refused before anything is written, a failed copy is removed.
    Both paths are resolved: SQLite keeps a WAL next to the real file, never next to a symlink."""
    source, target = engine_mod.resolved(source), engine_mod.resolved(target)
    if passphrase:
        strength = passphrase_rules.assess(passphrase)
        if not strength.acceptable:
            raise WeakPassphrase.refusing(strength, "No backup was written.")
    if target.exists():
        raise RegisterExists(f"{target} already exists; choose another file name.")
    files.remove_stale_partials(target.parent)
    try:
        with files.atomic_target(target) as partial:
            copy_files(source_conn, source, partial)
            info = fold_and_verify(partial, key, passphrase, shown_as=target.name)
    except OSError as exc:
        raise BackupFailed(f"The backup could not be written to {target}: {exc.strerror}") from None
    return BackupInfo(target, info.size, info.pages_checked)


def timestamped_name(register: Path, when: datetime | None = None) -> str:
    stamp = (when or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    return f"{register.stem}-{stamp}.fdesk"


def rotate(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups in ``folder``; returns the deleted paths.
    Partial files (a backup being written, or one that was killed) are never counted."""
    found = [p for p in folder.glob("*.fdesk") if not files.is_partial(p)]
    backups = sorted(found, key=lambda p: p.name, reverse=True)
    removed = backups[keep:]
    for old in removed:
        files.remove_with_companions(old)
    return removed
