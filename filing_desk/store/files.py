"""Owner-only, all-or-nothing files: every file Filing Desk writes with register data in it
(backups, restored registers, exports, PDFs, the recovery sheet, the lock file).

On POSIX such a file is created with mode 0600 from its first byte (``os.open`` with 0o600, so
the umask can only take bits away), never chmod'ed after the data is in it. ``atomic_target``
writes beside the target under a name no one takes for the real thing
(``.<name>.partial-<12 hex>``), flushes it to disk and renames it into place; a write that fails
or is killed leaves at most such a partial file, which ``remove_stale_partials`` sweeps up later.

Helpers for the other writers:
    ``open(path, "a+", opener=private_opener)``: any ``open`` mode, a new file is 0600.
    ``with atomic_target(path) as partial: <write partial>``: 0600, renamed into place on success.
    ``write_private(path, data)``: the two together for bytes.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PRIVATE_MODE = 0o600
PARTIAL_MARK = ".partial-"
STALE_AFTER_SECONDS = 24 * 3600  # a partial file this old belongs to no running write
_PARTIAL_NAME = re.compile(r"^\..+\.partial-[0-9a-f]{12}(-wal|-shm|-journal)?$")
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation
_NOINHERIT = getattr(os, "O_NOINHERIT", 0) | getattr(os, "O_CLOEXEC", 0)


def private_opener(path: str | os.PathLike[str], flags: int) -> int:
    """An ``opener=`` for the built-in ``open``: a file it creates is owner-only (0600)."""
    return os.open(path, flags | _NOINHERIT, PRIVATE_MODE)


def create_private(path: Path) -> None:
    """A new, empty, owner-only file; an existing file (or symlink) of that name is refused."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY | _NOINHERIT
    os.close(os.open(path, flags, PRIVATE_MODE))


def partial_path(target: Path) -> Path:
    """A fresh name beside ``target`` that no backup glob (``*.fdesk``) or export name matches."""
    return target.with_name(f".{target.name}{PARTIAL_MARK}{secrets.token_hex(6)}")


def is_partial(path: Path) -> bool:
    return bool(_PARTIAL_NAME.match(path.name))


@contextmanager
def atomic_target(target: Path) -> Iterator[Path]:
    """Yield an empty owner-only partial file beside ``target`` to write; when the block ends
    normally, flush it to disk and rename it over ``target`` (then flush the folder). When the
    block raises, the partial file (and any SQLite -wal/-shm/-journal of it) is removed."""
    target = Path(target)
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # a new folder: owner-only
    partial = partial_path(target)
    create_private(partial)
    try:
        yield partial
        fsync_file(partial)
        os.replace(partial, target)
    except BaseException:
        remove_with_companions(partial)
        raise
    fsync_folder(target.parent)


def write_private(target: Path, data: bytes) -> Path:
    """Write ``data`` to ``target`` all or nothing, owner-only; an existing file is replaced."""
    target = Path(target)
    with atomic_target(target) as partial, open(partial, "wb") as fh:
        fh.write(data)
    return target


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | _BINARY | _NOINHERIT)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows and some file systems cannot)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | _NOINHERIT)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_with_companions(path: Path) -> None:
    """Remove a file and the -wal, -shm and -journal files SQLite may have made next to it."""
    for p in (path, *(Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal"))):
        with contextlib.suppress(OSError):
            p.unlink()


def remove_stale_partials(
    folder: Path, older_than: float = STALE_AFTER_SECONDS, now: float | None = None
) -> list[Path]:
    """Delete partial files in ``folder`` left by a write killed more than ``older_than``
    seconds ago (a younger one may belong to a write still running); returns what went."""
    cutoff = (time.time() if now is None else now) - older_than
    removed = []
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            with contextlib.suppress(OSError):
                if is_partial(path) and path.lstat().st_mtime < cutoff:
                    path.unlink()
                    removed.append(path)
    return removed


__all__ = [
    "PRIVATE_MODE",
    "atomic_target",
    "create_private",
    "is_partial",
    "private_opener",
    "remove_stale_partials",
    "write_private",
]
