"""The first half of opening a register, without SQLAlchemy: check the file, find the key, take
the lock and key one connection. ``open_register`` finishes the job (engine, upgrade, Register);
the desktop app reads the register table's first page on that connection in between, so rows are
on screen while SQLAlchemy is still being imported.

Every failure is the same RegisterError ``open_register`` raises, and nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from filing_desk.domain.records import RegisterRow
from filing_desk.store import engine as engine_mod
from filing_desk.store import keys, migrate
from filing_desk.store.lock import RegisterLock


@dataclass
class UnlockedFile:
    """A register file that opens with its key: the lock held and one keyed connection.

    Hand it to ``open_register(unlocked=…)``, or ``release()`` it."""

    path: Path
    key: keys.DataKey
    lock: RegisterLock | None
    connection: Any = field(repr=False)

    def revision(self) -> str | None:
        """The schema revision in the file (None for an empty file)."""
        return migrate.revision_of(self.connection)

    def first_rows(self, today: date, limit: int) -> list[RegisterRow] | None:
        """The register table's ``limit`` most urgent rows (``Register.register_rows(limit=)``);
        None when the file's schema is not this version's (an upgrade, with its backup, has to
        run first)."""
        from filing_desk.store.register_rows import read_rows

        if self.revision() != migrate.HEAD:
            return None
        return read_rows(self.connection, today, limit=limit)

    def take_connection(self) -> Any:
        """The keyed connection, now the caller's to close."""
        conn, self.connection = self.connection, None
        return conn

    def release(self) -> None:
        """Close the connection and release the lock (when the register is not opened after all)."""
        if self.connection is not None:
            self.connection.close()
            self.connection = None
        if self.lock is not None:
            self.lock.release()


def unlock_file(
    path: Path,
    passphrase: str | None = None,
    recovery: str | None = None,
    *,
    lock: bool = True,
) -> UnlockedFile:
    """Check ``path``, find its key (the first candidate of ``keys.key_candidates`` that opens
    it), lock it and key a connection; raises the RegisterError that says why not, leaving the
    file as it was. ``path`` is resolved first (symlinks followed): the lock and the WAL check
    go by the real file."""
    path = engine_mod.resolved(Path(path))
    engine_mod.check_file(path)
    candidates = keys.key_candidates(path, passphrase, recovery)  # the first one found now
    register_lock = RegisterLock(path) if lock else None
    if register_lock is not None:
        register_lock.acquire()
    try:
        key, connection = keys.first_that_opens(
            candidates, lambda candidate: engine_mod.connect(path, candidate)
        )
    except BaseException:
        if register_lock is not None:
            register_lock.release()
        raise
    return UnlockedFile(path, key, register_lock, connection)


__all__ = ["UnlockedFile", "unlock_file"]
