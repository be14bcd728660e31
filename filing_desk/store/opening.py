"""Making and opening a register file: its key, its engine, its lock, its schema at head.

``create_file`` writes a new encrypted file (passphrase or keyring mode) and migrates it;
``open_file`` unlocks an existing one (store.unlock), backs it up before an upgrade and
migrates it. Both hand back the ``Opened`` parts that ``store.register`` builds its ``Register``
from. Every failure is a RegisterError and leaves nothing behind (a new file is removed; an
existing one is never written before its backup). No records, no sessions here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filing_desk.store import backup, files, keys, migrate
from filing_desk.store import engine as engine_mod
from filing_desk.store.errors import RegisterExists, WeakPassphrase
from filing_desk.store.lock import RegisterLock
from filing_desk.store.team.address import TeamAddress
from filing_desk.store.team.errors import TeamRefused
from filing_desk.store.unlock import UnlockedFile, unlock_file


@dataclass(frozen=True)
class Opened:
    """An unlocked register file: its resolved path, engine, key and lock (None: unlocked)."""

    path: Path
    engine: Any
    key: keys.DataKey
    lock: RegisterLock | None


def create_file(
    path: Path, passphrase: str | None = None, *, use_keyring: bool | None = None
) -> Opened:
    """A new register at ``path``: passphrase mode when a passphrase is given (or in
    ``FILING_DESK_PASSPHRASE``), else keyring mode; migrated to the head revision."""
    if isinstance(path, TeamAddress):  # `init` given a postgresql:// address
        raise TeamRefused(
            f"{path.display} is a team register: make it with `filing-desk team init {path}`."
        )
    path = engine_mod.resolved(Path(path))
    if path.exists():
        raise RegisterExists(f"{path} already exists; open it instead, or choose another name.")
    from_env = passphrase is None
    passphrase = passphrase if passphrase is not None else os.environ.get(keys.PASSPHRASE_ENV)
    if passphrase:
        _refuse_weak(passphrase, from_env)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = RegisterLock(path)
    lock.acquire()
    try:
        files.create_private(path)  # 0600 from the first byte; SQLite gives -wal/-shm its mode
    except OSError as exc:
        lock.release()
        if isinstance(exc, FileExistsError):
            raise RegisterExists(f"{path} already exists; open it instead.") from None
        raise
    try:
        key = _initialise_file(path, passphrase)
        if use_keyring if use_keyring is not None else not passphrase:
            keys.store_in_keyring(keys.register_id_of(path), key)
        engine = engine_mod.make_engine(path, key)
        migrate.run(engine)
    except BaseException:
        lock.release()
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            if p.exists():
                p.unlink()
        raise
    return Opened(path, engine, key, lock)


def _refuse_weak(passphrase: str, from_env: bool) -> None:
    """A new register's passphrase must pass ``domain.passphrase``; nothing is written if not."""
    from filing_desk.domain.passphrase import assess

    strength = assess(passphrase)
    if not strength.acceptable:
        where = f" (the passphrase comes from {keys.PASSPHRASE_ENV})" if from_env else ""
        raise WeakPassphrase.refusing(strength, f"The register was not created{where}.")


def _initialise_file(path: Path, passphrase: str | None) -> keys.DataKey:
    """Write the first page so the file has its salt (the register id), then derive the key."""
    if passphrase:
        import sqlcipher3

        conn = sqlcipher3.connect(engine_mod.sqlite_uri(path, "rwc"), uri=True)
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(keys.passphrase_pragma(passphrase))
        conn.execute("PRAGMA journal_mode = WAL")
        conn.close()
        key = keys.passphrase_key(path, passphrase)
    else:
        key = keys.new_data_key()
        engine_mod.connect(path, key, create=True).close()
    engine_mod.restrict_permissions(path)
    return key


def open_file(
    path: Path,
    passphrase: str | None = None,
    recovery: str | None = None,
    *,
    lock: bool = True,
    upgrade: bool = True,
    unlocked: UnlockedFile | None = None,
) -> Opened:
    """Unlock ``path`` (or take the file ``unlocked`` already checked, keyed and locked by
    ``store.unlock.unlock_file``) and bring its schema to the head revision."""
    path = unlocked.path if unlocked is not None else engine_mod.resolved(Path(path))
    opened = (
        unlocked if unlocked is not None else unlock_file(path, passphrase, recovery, lock=lock)
    )
    engine = None
    try:
        engine = engine_mod.make_engine(path, opened.key, first=opened.connection)
        opened.take_connection()  # the engine's pool holds it now
        if upgrade:
            _upgrade_with_backup(path, engine, opened.key)
    except BaseException:
        if engine is not None:
            engine.dispose()
        opened.release()
        raise
    return Opened(path, engine, opened.key, opened.lock)


def _upgrade_with_backup(path: Path, engine: Any, key: keys.DataKey) -> None:
    revision = migrate.needs_upgrade(engine)
    if revision is None:
        return
    if revision:
        target = migrate.backup_path_for_upgrade(path, revision)
        if target.exists():
            target.unlink()
        with engine.connect() as conn:
            backup.take_backup(conn.connection.dbapi_connection, path, target, key)
    migrate.run(engine)
