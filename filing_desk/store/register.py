"""The register: open or create the encrypted file, and the unit of work every write goes through.

``create_register`` and ``open_register`` are the entry points; ``Register`` is the facade the UI
and the CLI call. Its commands (store.commands, store.procedures, store.attachments) validate with
domain rules first, then write rows and the audit event in one transaction.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from filing_desk.store import audit_log, backup, files, integrity, keys, migrate
from filing_desk.store import engine as engine_mod
from filing_desk.store.attachments import AttachmentCommands
from filing_desk.store.commands import RecordCommands
from filing_desk.store.errors import RegisterError, RegisterExists, StorageError, WeakPassphrase
from filing_desk.store.importer import ImportCommands
from filing_desk.store.lock import RegisterLock
from filing_desk.store.procedures import ProcedureCommands
from filing_desk.store.queries import Queries
from filing_desk.store.schema import SettingRow
from filing_desk.store.unlock import UnlockedFile, unlock_file

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from filing_desk.domain.workdays import WorkCalendar
    from filing_desk.store.schema import AuditEventRow

Clock = Callable[[], date]


@dataclass(frozen=True)
class Created:
    """What ``create_register`` hands back: the open register and its recovery key (shown once)."""

    register: Register
    recovery_key: str


class Register(RecordCommands, ProcedureCommands, AttachmentCommands, ImportCommands, Queries):
    """An open, unlocked register. Close it (or use it as a context manager) when done."""

    def __init__(
        self,
        path: Path,
        engine: Any,
        key: keys.DataKey,
        lock: RegisterLock | None,
        clock: Clock | None = None,
    ) -> None:
        from sqlalchemy.orm import sessionmaker

        self.path = path
        self.register_id = keys.register_id_of(path)
        self._engine = engine
        self._key = key
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.today: Clock = clock or date.today
        self.changed = False  # any write since opening (for the backup on exit)
        self._calendar_cache: WorkCalendar | None = None

    # --- life cycle ------------------------------------------------------------------------

    @property
    def key_source(self) -> keys.KeySource:
        return self._key.source

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A read-only session."""
        with self._sessions() as s:
            yield s

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: everything in it, audit events included, commits or nothing does."""
        try:
            with self._sessions.begin() as s:
                yield s
        except OSError as exc:
            self._calendar_cache = None
            raise StorageError(f"The register could not be written: {exc.strerror}") from None
        except Exception as exc:
            self._calendar_cache = None
            _raise_storage(exc)
            raise
        self.changed = True

    def audit(
        self,
        s: Session,
        action: str,
        obj: str,
        obj_id: int | None,
        before: Mapping[str, object] | None = None,
        after: Mapping[str, object] | None = None,
    ) -> AuditEventRow:
        return audit_log.append(s, action, obj, obj_id, before, after)

    # --- settings --------------------------------------------------------------------------

    def setting(self, key: str, default: str = "") -> str:
        with self.session() as s:
            row = s.get(SettingRow, key)
            return row.value if row is not None else default

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as s:
            row = s.get(SettingRow, key)
            before = row.value if row is not None else None
            if before == value:
                return
            if row is None:
                s.add(SettingRow(key=key, value=value))
            else:
                row.value = value
            self.audit(s, "setting.set", "setting", None, {key: before}, {key: value})

    # --- integrity and backups ---------------------------------------------------------------

    def verify_audit(self) -> Any:
        with self.session() as s:
            return audit_log.verify(s)

    def cipher_check(self) -> list[str]:
        """SQLCipher's page HMAC check and SQLite's structure check; empty when all is well, else
        the first item names the failing pages. Damage is reported, never raised."""
        with self._engine.connect() as conn:
            return integrity.page_problems(conn.connection.dbapi_connection)

    def check(
        self,
        against: Path | None = None,
        backup_passphrase: str | None = None,
        printed_head: str | None = None,
    ) -> integrity.Report:
        """Everything ``filing-desk check`` verifies, one line per check (store.integrity)."""
        return integrity.run_check(self, self._key, against, backup_passphrase, printed_head)

    def schema_revision(self) -> str | None:
        with self._engine.connect() as conn:
            return migrate.current_revision(conn)

    def backup_to(self, target: Path, passphrase: str | None = None) -> backup.BackupInfo:
        with self._engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            if raw.in_transaction:
                raw.commit()
            return backup.take_backup(raw, self.path, target, self._key, passphrase)

    def recovery_key(self) -> str:
        return keys.format_recovery_key(self._key)

    def remember_key(self) -> None:
        """Keep this register's key in this computer's keyring (after a recovery-key unlock on a
        new laptop), so it opens without a prompt from now on."""
        keys.store_in_keyring(self.register_id, keys.DataKey(self._key.raw, keys.KeySource.KEYRING))


def _raise_storage(exc: Exception) -> None:
    if engine_mod.is_storage_failure(exc):
        raise StorageError(
            "The register could not be written (the disk is full or read-only); "
            "nothing was changed."
        ) from None


def create_register(
    path: Path,
    passphrase: str | None = None,
    clock: Clock | None = None,
    *,
    use_keyring: bool | None = None,
) -> Created:
    """A new register at ``path``: passphrase mode when a passphrase is given, else keyring.
    ``Register.path`` is the resolved path (absolute, symlinks followed): the file SQLite opens."""
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
    register = Register(path, engine, key, lock, clock)
    return Created(register, register.recovery_key())


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
        conn.execute("PRAGMA key = " + "'" + passphrase.replace("'", "''") + "'")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.close()
        with path.open("rb") as fh:
            key = keys.derive_from_passphrase(passphrase, fh.read(keys.SALT_BYTES))
    else:
        key = keys.new_data_key()
        engine_mod.connect(path, key, create=True).close()
    engine_mod.restrict_permissions(path)
    return key


def open_register(
    path: Path,
    passphrase: str | None = None,
    recovery: str | None = None,
    clock: Clock | None = None,
    *,
    lock: bool = True,
    upgrade: bool = True,
    unlocked: UnlockedFile | None = None,
) -> Register:
    """Open and unlock ``path``; every failure is its own RegisterError and changes nothing.

    ``unlocked``: the file already checked, keyed and locked by ``store.unlock.unlock_file``.
    ``Register.path`` is the resolved path (absolute, symlinks followed): the file SQLite opens."""
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
    return Register(path, engine, opened.key, opened.lock, clock)


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


__all__ = ["Created", "Register", "RegisterError", "create_register", "open_register"]
