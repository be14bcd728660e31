"""Damaged pages: which pages of a register fail SQLCipher's check, and what a failed open means.

SQLCipher authenticates every page with an HMAC whose key is derived from the data key and the
file's salt (its first 16 bytes). ``failed_pages`` asks SQLCipher which pages fail. ``unopened``
turns "the key does not read page 1" into the error that says what can be known: when the other
pages verify with that key, the key is right and page 1 (the header) is damaged; when none does,
either the key is wrong or the salt in the header is damaged, and no check can tell those apart.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from filing_desk.store.errors import DamagedHeader, RegisterError, WrongKey
from filing_desk.store.keys import DataKey, KeySource

PAGE_SIZE = 4096  # SQLCipher 4 default (engine.PAGE_SIZE)
_PAGE = re.compile(r"\bpage (\d+)")


def integrity_report(conn: Any) -> tuple[list[int], list[str]]:
    """(pages failing their HMAC, other problems) from ``PRAGMA cipher_integrity_check``."""
    pages: list[int] = []
    other: list[str] = []
    for (text,) in conn.execute("PRAGMA cipher_integrity_check").fetchall():
        found = _PAGE.search(str(text))
        if found:
            pages.append(int(found.group(1)))
        else:
            other.append(str(text))
    return pages, other


def failed_pages(conn: Any) -> list[int] | None:
    """The pages of a keyed connection that fail their check; None when the check cannot run."""
    import sqlcipher3

    try:
        return integrity_report(conn)[0]
    except sqlcipher3.DatabaseError:
        return None


def pages_named(pages: list[int], limit: int = 6) -> str:
    """``page 39``, ``pages 2, 39 and 79``, ``pages 2, 3, 4, 5, 6, 7 … (120 in all)``."""
    if len(pages) == 1:
        return f"page {pages[0]}"
    if len(pages) <= limit:
        return "pages " + ", ".join(map(str, pages[:-1])) + f" and {pages[-1]}"
    return "pages " + ", ".join(map(str, pages[:limit])) + f" … ({len(pages)} in all)"


def unopened(path: Path, key: DataKey, failed: list[int] | None) -> RegisterError:
    """The error for a key that does not read page 1 of ``path`` (``failed``: the pages that
    fail their check with that key, when known)."""
    total = path.stat().st_size // PAGE_SIZE
    if failed and 1 in failed and len(failed) < total:
        others = [p for p in failed if p != 1]
        also = f" (and {pages_named(others)})" if others else ""
        return DamagedHeader(
            f"{path.name} is damaged: page 1, the file's header, fails its check{also}. The key "
            f"is right (the file's other {total - len(failed)} pages verify with it), but the "
            "register cannot be read. Restore it from a backup (filing-desk restore BACKUP -o "
            "NEW)."
        )
    if key.source is KeySource.KEYRING:
        return WrongKey(
            f"The key this computer's keyring holds for {path.name} does not open it, although "
            "it was stored for this file's register id: either the file's first page (its "
            "header) is damaged or the keyring entry was replaced. Try the recovery key; if "
            "that does not open it either, restore the register from a backup."
        )
    check = (
        "Compare the recovery key with the recovery sheet"
        if key.source is KeySource.RECOVERY
        else "Check the passphrase, or try the recovery key"
    )
    return WrongKey(
        f"The key does not open {path.name}: the passphrase or recovery key is wrong, or the "
        "file's first page (its header) is damaged, or the file is not a Filing Desk register; "
        f"no check can tell these apart. {check}; if the right key does not open it, restore "
        "the register from a backup."
    )
