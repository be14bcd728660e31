"""One process per register: an OS lock on a file next to it.

The lock file sits next to the register's real file (the path resolved, symlinks followed), so a
process that opens the register through a symlink and one that opens it by its real path take the
same lock. It is created owner-only (0600 on POSIX) and never followed if it is itself a symlink.
The operating system releases the lock when the process ends, even by a crash or SIGKILL, so a
stale lock file never blocks: the next process takes it over. No Qt.
"""

from __future__ import annotations

import contextlib
import os
import platform
import sys
from pathlib import Path
from typing import IO

from filing_desk.store.engine import resolved
from filing_desk.store.errors import RegisterLocked, StorageError

_OPEN_FLAGS = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)


class RegisterLock:
    def __init__(self, register: Path) -> None:
        real = resolved(register)
        self.path = real.with_name(real.name + ".lock")
        self._fh: IO[str] | None = None

    def acquire(self) -> None:
        fh = self._open()
        try:
            _lock(fh)
        except OSError:
            fh.seek(0)
            owner = fh.read().strip() or "another process"
            fh.close()
            raise RegisterLocked(
                f"The register is open in another Filing Desk window or command ({owner}). "
                "Close it there first."
            ) from None
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()} on {platform.node()}")
        fh.flush()
        self._fh = fh

    def _open(self) -> IO[str]:
        """The lock file, created 0600; a symlink in its place is refused, never written through."""
        try:
            fd = os.open(self.path, _OPEN_FLAGS, 0o600)
        except OSError:
            if self.path.is_symlink():
                raise StorageError(
                    f"{self.path.name} is a symbolic link, not the register's lock file: remove "
                    "it and open the register again. Nothing was changed."
                ) from None
            raise
        if os.name == "posix":
            with contextlib.suppress(OSError):  # a lock file made by an older version
                os.fchmod(fd, 0o600)
        return os.fdopen(fd, "r+", encoding="utf-8")

    def release(self) -> None:
        if self._fh is None:
            return
        with contextlib.suppress(OSError):
            self._fh.seek(0)
            self._fh.truncate()
            _unlock(self._fh)
        self._fh.close()
        self._fh = None

    @property
    def held(self) -> bool:
        return self._fh is not None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(fh: IO[str]) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fh: IO[str]) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
