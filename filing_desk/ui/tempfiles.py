"""A private temporary folder for attachments opened from the register, wiped on lock and exit.

Decrypted content leaves the register only into this folder: the folder is 0700, each file 0600,
and ``wipe`` overwrites every file with zeros before deleting it. No register access here; the
caller hands over bytes.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import tempfile
from pathlib import Path

_CHUNK = 1024 * 1024


class PrivateTempDir:
    """A folder under the system temp dir, made on first use and removed by ``wipe``."""

    def __init__(self, prefix: str = "filing-desk-") -> None:
        self._prefix = prefix
        self._path: Path | None = None
        atexit.register(self.wipe)

    @property
    def path(self) -> Path:
        """The folder (created, mode 0700, when first asked for)."""
        if self._path is None or not self._path.is_dir():
            self._path = Path(tempfile.mkdtemp(prefix=self._prefix))
            self._path.chmod(0o700)
        return self._path

    @property
    def exists(self) -> bool:
        return self._path is not None and self._path.is_dir()

    def files(self) -> list[Path]:
        """The files written so far (none when the folder was never made or was wiped)."""
        if not self.exists:
            return []
        assert self._path is not None
        return sorted(p for p in self._path.rglob("*") if p.is_file())

    def write(self, name: str, data: bytes) -> Path:
        """Write ``data`` under a sanitised, unused version of ``name`` (mode 0600)."""
        from filing_desk.store.attachments import safe_filename

        target = self._unused(safe_filename(name))
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        return target

    def _unused(self, name: str) -> Path:
        folder = self.path
        candidate = folder / name
        stem, suffix = candidate.stem, candidate.suffix
        number = 2
        while candidate.exists():
            candidate = folder / f"{stem} ({number}){suffix}"
            number += 1
        return candidate

    def wipe(self) -> None:
        """Overwrite every file with zeros, delete it, and remove the folder. Safe to repeat."""
        if not self.exists:
            self._path = None
            return
        assert self._path is not None
        for file in self.files():
            _zero_and_remove(file)
        for folder in sorted(self._path.rglob("*"), reverse=True):
            with contextlib.suppress(OSError):
                folder.rmdir()
        with contextlib.suppress(OSError):
            self._path.rmdir()
        self._path = None


def _zero_and_remove(file: Path) -> None:
    """Best effort: a file another program still holds open is at least emptied of content."""
    try:
        size = file.stat().st_size
        with file.open("r+b") as fh:
            while size > 0:
                step = min(size, _CHUNK)
                fh.write(bytes(step))
                size -= step
            fh.flush()
            os.fsync(fh.fileno())
    except OSError:
        pass
    with contextlib.suppress(OSError):
        file.unlink()
