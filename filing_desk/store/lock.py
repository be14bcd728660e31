"""One process per register: an OS lock on a file next to it.

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

from filing_desk.store.errors import RegisterLocked


class RegisterLock:
    def __init__(self, register: Path) -> None:
        self.path = register.with_name(register.name + ".lock")
        self._fh: IO[str] | None = None

    def acquire(self) -> None:
        fh = self.path.open("a+", encoding="utf-8")
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
