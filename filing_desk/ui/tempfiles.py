"""The private temporary folder for attachments opened from the register: made owner-only, held
by this running instance, wiped on lock and exit, and — when an instance died without wiping
(SIGKILL, power loss) — wiped by the next start.

Decrypted content leaves the register only into this folder: the folder is 0700, each file 0600
whatever the umask, and a wipe overwrites every file with zeros before deleting it. Each folder
holds a marker file locked (flock, or msvcrt on Windows) for as long as its instance lives; the OS
drops the lock when the process ends, however it ends. ``wipe_stale`` wipes the folders of this
app whose marker nobody holds, never one a running instance holds, never one owned by another
user, and never follows a link. No register access here; the caller hands over bytes.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import stat
import sys
import tempfile
from pathlib import Path

PREFIX = "filing-desk-open-"
MARKER = ".filing-desk-instance"  # a sanitised attachment name never starts with a dot
_CHUNK = 1024 * 1024
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)


class PrivateTempDir:
    """A folder under the system temp dir, made on first use and removed by ``wipe``."""

    def __init__(self, prefix: str = PREFIX, root: Path | None = None) -> None:
        self._prefix, self._root = prefix, root
        self._path: Path | None = None
        self._marker: int | None = None  # the locked marker's descriptor while the folder lives
        atexit.register(self.wipe)

    @property
    def path(self) -> Path:
        """The folder (created, mode 0700 and held, when first asked for)."""
        if self._path is None or not self._path.is_dir():
            self._release()
            self._path, self._marker = _new_held_folder(self._prefix, self._root)
        return self._path

    @property
    def exists(self) -> bool:
        return self._path is not None and self._path.is_dir()

    def files(self) -> list[Path]:
        """The files written so far (none when the folder was never made or was wiped)."""
        if not self.exists:
            return []
        assert self._path is not None
        return _contents(self._path)

    def write(self, name: str, data: bytes) -> Path:
        """Write ``data`` under a sanitised, unused version of ``name`` (mode 0600)."""
        from filing_desk.domain.filenames import safe_filename  # not on the start-up path

        target = self._unused(safe_filename(name))
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY, 0o600)
        _owner_only(fd)
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
        if self.exists:
            assert self._path is not None
            _wipe_contents(self._path)
        self._release()

    def _release(self) -> None:
        """Give up the folder: close (unlock) the marker, then remove it and the folder."""
        folder, marker = self._path, self._marker
        self._path, self._marker = None, None
        if marker is not None:
            with contextlib.suppress(OSError):
                os.close(marker)
        if folder is not None:
            _remove_folder(folder)


def wipe_stale(root: Path | None = None, prefix: str = PREFIX) -> list[Path]:
    """Wipe the folders this app left in ``root`` (the system temp dir) whose instance is gone.

    A folder is wiped only when its name starts with ``prefix``, it is a real folder owned by
    this user, its marker holds an instance's note and nobody holds the marker's lock. Returns
    the folders wiped."""
    base = Path(root) if root is not None else Path(tempfile.gettempdir())
    try:
        entries = [e for e in os.scandir(base) if e.name.startswith(prefix)]
    except OSError:
        return []
    wiped = []
    for entry in entries:
        folder = Path(entry.path)
        if _is_own_folder(entry) and _wipe_if_unheld(folder):
            wiped.append(folder)
    return wiped


def _is_own_folder(entry: os.DirEntry[str]) -> bool:
    try:
        info = entry.stat(follow_symlinks=False)
    except OSError:
        return False
    mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    return stat.S_ISDIR(info.st_mode) and mine


def _wipe_if_unheld(folder: Path) -> bool:
    try:
        fd = os.open(folder / MARKER, os.O_RDWR | _NOFOLLOW | _BINARY)
    except OSError:
        return False  # no marker yet (being made) or not ours: leave it
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode) or not _lock(fd, wait=False):
            return False  # held: a running instance's folder
        if not os.read(fd, 64):
            return False  # its instance has not written its note yet: being made right now
        _wipe_contents(folder)
    except OSError:
        return False
    finally:
        os.close(fd)
    _remove_folder(folder)
    return True


def _new_held_folder(prefix: str, root: Path | None) -> tuple[Path, int]:
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=root))
    folder.chmod(0o700)
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY
    fd = os.open(folder / MARKER, flags, 0o600)
    _owner_only(fd)
    _lock(fd, wait=True)  # a start-up wipe may hold it for an instant while it looks
    os.write(fd, f"pid {os.getpid()}\n".encode("ascii"))
    return folder, fd


def _owner_only(fd: int) -> None:
    """0600 whatever the umask (a restrictive one would leave a file we cannot zero)."""
    if hasattr(os, "fchmod"):
        os.fchmod(fd, 0o600)


def _contents(folder: Path) -> list[Path]:
    """Every file and link inside ``folder`` but the marker, links not followed."""
    found = []
    for top, dirs, names in os.walk(folder, followlinks=False):
        found += [Path(top, n) for n in names if not (n == MARKER and Path(top) == folder)]
        found += [Path(top, d) for d in dirs if Path(top, d).is_symlink()]
    return sorted(found)


def _wipe_contents(folder: Path) -> None:
    """Zero and delete every file, delete every link (never following it), remove subfolders."""
    for item in _contents(folder):
        if item.is_symlink():
            with contextlib.suppress(OSError):
                os.unlink(item)
        else:
            _zero_and_remove(item)
    for top, dirs, _names in os.walk(folder, topdown=False, followlinks=False):
        for name in dirs:
            with contextlib.suppress(OSError):
                os.rmdir(Path(top, name))


def _remove_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(folder / MARKER)
    with contextlib.suppress(OSError):
        folder.rmdir()


def _zero_and_remove(file: Path) -> None:
    """Best effort: a file another program still holds open is at least emptied of content."""
    try:
        fd = os.open(file, os.O_WRONLY | _NOFOLLOW | _BINARY)
        with os.fdopen(fd, "wb") as fh:
            size = os.fstat(fd).st_size
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


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock(fd: int, wait: bool) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_LOCK if wait else msvcrt.LK_NBLCK, 1)
        except OSError:
            if wait:
                raise
            return False
        return True

else:
    import fcntl

    def _lock(fd: int, wait: bool) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            return False
        return True
