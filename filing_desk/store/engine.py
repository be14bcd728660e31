"""The SQLCipher engine: file checks before opening, raw-key connections, pragmas, and the one
way a path becomes the file SQLite opens (``resolved`` and ``sqlite_uri``).

Every failure is detected before anything is written: the file's bytes stay as they were.
Connections are keyed in the creator, so a connection that SQLAlchemy hands out is always unlocked.
A register is always opened by its resolved path (absolute, symlinks followed): SQLite keeps the
WAL next to the real file, so the lock, the WAL check and backups go by that path too.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any
from urllib.parse import quote_from_bytes

from filing_desk.store import damage
from filing_desk.store.errors import (
    NotADatabase,
    NotEncrypted,
    RegisterNotFound,
    TruncatedRegister,
)
from filing_desk.store.keys import DataKey

if TYPE_CHECKING:
    from sqlalchemy import Engine

PAGE_SIZE = 4096  # SQLCipher 4 default
SQLITE_MAGIC = b"SQLite format 3\x00"
# A register begins with 16 random salt bytes, so a signature shorter than 4 bytes would match
# real registers now and then ("{" alone: one in 256). Text and JSON are found by decoding.
_FOREIGN_MAGIC = {
    b"%PDF-": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"\xff\xd8\xff\xe0": "a JPEG image",
    b"\xff\xd8\xff\xe1": "a JPEG image",
}


def resolved(path: Path) -> Path:
    """The file ``path`` names: absolute, every symlink followed (the file SQLite opens)."""
    return Path(os.path.realpath(path))


def sqlite_uri(path: PurePath, mode: str) -> str:
    """A SQLite URI naming exactly ``path``: every byte but ``A-Z a-z 0-9 _ . - ~ /`` and the
    drive's ``:`` is percent-encoded, so ``# ? % & =``, spaces and Chinese stay part of the file
    name; the authority is always empty (``file:///home/…``, ``file:///C:/…``)."""
    absolute = path if path.is_absolute() else Path(os.path.abspath(path))
    name = absolute.as_posix()  # Windows: C:/x or //server/share/x
    if not name.startswith("/"):
        name = "/" + name
    return f"file://{quote_from_bytes(os.fsencode(name), safe='/:')}?mode={mode}"


def check_file(path: Path) -> None:
    """Refuse a file that cannot be a register, reading it only."""
    if not path.exists():
        raise RegisterNotFound(f"No register at {path}. Create one with `filing-desk init`.")
    if not path.is_file():
        raise NotADatabase(f"{path} is a folder, not a register file.")
    size = path.stat().st_size
    with path.open("rb") as fh:
        head = fh.read(512)
    if head.startswith(SQLITE_MAGIC):
        raise NotEncrypted(
            f"{path} is a plain, unencrypted SQLite database, not a Filing Desk register."
        )
    for magic, what in _FOREIGN_MAGIC.items():
        if head.startswith(magic):
            raise NotADatabase(f"{path} is {what}, not a Filing Desk register.")
    if size == 0:
        raise TruncatedRegister(f"{path} is empty (0 bytes): the register was cut off.")
    if head and _mostly_text(head):
        raise NotADatabase(f"{path} is a text file, not a Filing Desk register.")
    if size % PAGE_SIZE:
        raise TruncatedRegister(
            f"{path} is {size:,} bytes, not a whole number of {PAGE_SIZE}-byte pages: "
            "the file was cut off (truncated). Restore it from a backup."
        )


def _mostly_text(head: bytes) -> bool:
    """Text (ASCII, UTF-8 Chinese…) decodes; an encrypted page is random bytes and does not."""
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(head) - 3  # only a character cut at the end of the sample
    return True


def connect(path: Path, key: DataKey, *, create: bool = False) -> Any:
    """One keyed DB-API connection to the file ``path`` names (never another, never a new one
    unless ``create``); raises WrongKey when the key does not open the file, DamagedHeader when
    only page 1 fails with it (store.damage)."""
    import sqlcipher3

    path = resolved(path)
    uri = sqlite_uri(path, "rwc" if create else "rw")
    conn = sqlcipher3.connect(uri, uri=True, check_same_thread=False, timeout=10)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key.pragma)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]  # reads page 1 only
    except sqlcipher3.DatabaseError as exc:
        unread = "malformed" in str(exc) or is_storage_failure(exc)
        failed = None if unread else damage.failed_pages(conn)  # wrong key, or page 1 damaged?
        conn.close()
        _raise_for_storage(exc, path)
        if "malformed" in str(exc):  # page 1 decrypted (right key) but the file is cut short
            raise TruncatedRegister(
                f"{path.name} is damaged or cut off (truncated): it holds fewer pages than it "
                "should. Restore it from a backup."
            ) from None
        raise damage.unopened(path, key, failed) from None
    try:
        if not create:
            _check_complete(path, pages)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        _raise_for_storage(exc, path)
        raise TruncatedRegister(
            f"{path.name} is damaged: its pages do not read back. Restore it from a backup."
        ) from None
    except TruncatedRegister:
        conn.close()
        raise
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA busy_timeout = 10000")
    return conn


_STORAGE_WORDS = (
    "disk is full",
    "disk i/o error",
    "readonly",
    "read-only",
    "unable to open",
    "out of memory",
)


def is_storage_failure(exc: Exception) -> bool:
    """SQLite could not read or write its files: a full disk or a read-only folder."""
    text = str(exc).lower()
    return any(word in text for word in _STORAGE_WORDS)


def _raise_for_storage(exc: Exception, path: Path) -> None:
    """On open, a storage failure is said as such, never as "wrong key"."""
    if is_storage_failure(exc):
        from filing_desk.store.errors import StorageError

        raise StorageError(
            f"{path.name} could not be opened: the disk is full or the folder is read-only "
            f"({exc}). Free some space or check the folder's permissions; nothing was changed."
        ) from None


def _check_complete(path: Path, pages: int) -> None:
    """A file cut at a page boundary decrypts, but holds fewer pages than its header says.
    ``path`` is resolved: the WAL lives next to the real file, not next to a symlink."""
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return  # pages may live in the WAL until the next checkpoint
    if pages * PAGE_SIZE > path.stat().st_size:
        raise TruncatedRegister(
            f"{path.name} holds {path.stat().st_size // PAGE_SIZE} of its {pages} pages: "
            "the file was cut off (truncated). Restore it from a backup."
        )


def make_engine(path: Path, key: DataKey, *, create: bool = False, first: Any = None) -> Engine:
    """A SQLAlchemy engine whose every connection is keyed; the first one is opened now unless
    ``first`` is one already keyed (``store.unlock``)."""
    import sqlcipher3
    from sqlalchemy import create_engine
    from sqlalchemy.pool import QueuePool

    if first is None:
        first = connect(path, key, create=create)
    pending: list[Any] = [first]

    def creator() -> Any:
        return pending.pop() if pending else connect(path, key)

    engine = create_engine(
        "sqlite://", creator=creator, module=sqlcipher3, poolclass=QueuePool, pool_size=4
    )
    return engine


def restrict_permissions(path: Path) -> None:
    """Owner-only access to the register file where the system supports it."""
    if os.name == "posix":
        path.chmod(0o600)
