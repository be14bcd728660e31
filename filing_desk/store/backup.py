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

import re
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
    *,
    replace: bool = False,
) -> BackupInfo:
    """Copy, fold, optionally re-key, and verify under a partial name, then rename into place;
    a weak new ``passphrase`` is refused before anything is written, a failed copy is removed.
    An existing ``target`` is refused unless ``replace`` (the user agreed): then it stays as it
    was until the new copy is verified. Both paths are resolved: SQLite keeps a WAL next to the
    real file, never next to a symlink."""
    source, target = engine_mod.resolved(source), engine_mod.resolved(target)
    if passphrase:
        strength = passphrase_rules.assess(passphrase)
        if not strength.acceptable:
            raise WeakPassphrase.refusing(strength, "No backup was written.")
    live = Path(f"{target}-wal").exists() or target == source  # a register in use, not a copy
    if target.exists() and (not replace or live or target.is_dir()):
        raise RegisterExists(f"{target} already exists; choose another file name.")
    files.remove_stale_partials(target.parent)
    try:
        with files.atomic_target(target) as partial:
            copy_files(source_conn, source, partial)
            info = fold_and_verify(partial, key, passphrase, shown_as=target.name)
    except OSError as exc:
        raise BackupFailed(f"The backup could not be written to {target}: {exc.strerror}") from None
    return BackupInfo(target, info.size, info.pages_checked)


# New names: ``<stem>-YYYY-MM-DD-HHMM[-N].fdesk`` in local time; old names (before 2026-12):
# ``<stem>-YYYYMMDDTHHMMSSffffffZ.fdesk`` in UTC. Both are read back for rotation.
_READABLE = re.compile(r"-(\d{4}-\d{2}-\d{2}-\d{4})(?:-(\d+))?\.fdesk$")
_OLD_STAMP = re.compile(r"-(\d{8}T\d{12}Z)\.fdesk$")


def timestamped_name(register: Path, when: datetime | None = None, number: int = 1) -> str:
    """``register-2026-12-06-2305.fdesk`` (local time; ``-2``, ``-3``… for ``number`` > 1)."""
    stamp = (when or datetime.now(UTC)).astimezone().strftime("%Y-%m-%d-%H%M")
    suffix = f"-{number}" if number > 1 else ""
    return f"{register.stem}-{stamp}{suffix}.fdesk"


def new_backup_path(folder: Path, register: Path, when: datetime | None = None) -> Path:
    """The first free readable name in ``folder`` for a backup taken ``when`` (default now);
    an existing file is never reused (``take_backup`` refuses one that appears meanwhile)."""
    when = when or datetime.now(UTC)
    number = 1
    while True:
        candidate = folder / timestamped_name(register, when, number)
        if not candidate.exists() and not Path(f"{candidate}-wal").exists():
            return candidate
        number += 1


def taken_at(path: Path) -> tuple[datetime, int] | None:
    """When a backup was taken, read from its name (new or old style), and its ``-N`` number;
    None for a name that is neither."""
    readable = _READABLE.search(path.name)
    if readable:
        taken = datetime.strptime(readable.group(1), "%Y-%m-%d-%H%M").astimezone(UTC)
        return taken, int(readable.group(2) or 1)
    old = _OLD_STAMP.search(path.name)
    if old:
        return datetime.strptime(old.group(1), "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC), 1
    return None


def _age_key(path: Path) -> tuple[datetime, int, str]:
    when = taken_at(path)
    if when is None:  # a backup saved under a name of the user's own: its file time
        return datetime.fromtimestamp(path.stat().st_mtime, UTC), 0, path.name
    return when[0], when[1], path.name


def rotate(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups in ``folder``; returns the deleted paths.
    Age comes from the name (readable or old style), else from the file time. Partial files
    (a backup being written, or one that was killed) are never counted."""
    found = [p for p in folder.glob("*.fdesk") if not files.is_partial(p)]
    backups = sorted(found, key=_age_key, reverse=True)
    removed = backups[keep:]
    for old in removed:
        files.remove_with_companions(old)
    return removed
