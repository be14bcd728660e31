"""Anchors: heads of the audit chain kept outside the register, and the check that its chain
still extends them.

A plain-SQL edit can rewrite the register's own chain consistently (the hashes are not secret),
so a rollback or a rewritten log shows only against a head seen earlier elsewhere: a backup
(``from_backup``: opened read-only, never changed) or the head printed on a register summary or
recovery sheet (``from_printed``). ``compare`` says whether this register's chain still holds that
event, unchanged, and at least as many events.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from filing_desk.domain import audit
from filing_desk.store import audit_log, keys
from filing_desk.store import engine as engine_mod
from filing_desk.store.errors import BackupFailed
from filing_desk.store.schema import AuditEventRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_COLUMNS = ("id", "at", "os_user", "action", "object_type", "object_id")
_PRINTED = re.compile(r"#?\s*(\d+)\s*[·:.,\s]\s*([0-9a-fA-F]{8,64})")


@dataclass(frozen=True)
class Anchor:
    """A head seen elsewhere: the event's id, its hash (a printed head: at least 8 leading hex
    digits of it) and the number of events then (None when not known)."""

    event_id: int
    hash: str
    count: int | None
    where: str


def from_printed(text: str) -> Anchor:
    """``#158 · 3f5a2b1c9d0e7f64`` as printed on a register summary or recovery sheet."""
    found = _PRINTED.fullmatch(text.strip())
    if found is None:
        raise ValueError(
            f"{text!r} is not a printed audit head: write it as printed, e.g. '#158 · 3f5a2b1c…' "
            "(the event number and at least 8 digits of its hash)"
        )
    return Anchor(int(found.group(1)), found.group(2).lower(), None, "the printed page")


def from_backup(path: Path, key: keys.DataKey, passphrase: str | None = None) -> Anchor:
    """The verified head of a backup's chain; BackupFailed when it does not open, does not read
    back, or its own chain is broken."""
    import sqlcipher3

    with closing(open_read_only(path, key, passphrase)) as conn:
        try:
            row = conn.execute(
                "SELECT value FROM setting WHERE key = ?", (audit_log.HEAD_KEY,)
            ).fetchone()
            recorded = None
            if row is not None:
                raw_id, digest = str(row[0]).split(":", 1)
                recorded = (int(raw_id), digest)
            chain = audit.verify_chain(_events(conn), recorded)
        except sqlcipher3.DatabaseError as exc:
            raise BackupFailed(f"the backup {path.name} does not read back ({exc})") from None
    if not chain.ok:
        raise BackupFailed(
            f"the backup's own audit chain is broken at event {chain.first_bad_id}: {chain.reason}"
        )
    if recorded is None:
        return Anchor(0, audit.GENESIS, 0, "the backup")
    return Anchor(recorded[0], recorded[1], chain.checked, "the backup")


def compare(s: Session, anchor: Anchor) -> tuple[bool, str]:
    """(True, how far this chain went since) or (False, how it fails to extend the anchor)."""
    ours = audit_log.head(s)
    if anchor.event_id == 0:
        return True, f"ok ({anchor.where} holds no event; {ours.count} events since)"
    same = s.get(AuditEventRow, anchor.event_id)
    then = f" ({anchor.count} events)" if anchor.count is not None else ""
    if same is None:
        return False, (
            f"ROLLED BACK: event #{anchor.event_id}, the newest in {anchor.where}{then}, is not "
            f"in this register, whose chain ends at #{ours.event_id} ({ours.count} events): "
            "events were removed or an older copy was put in its place"
        )
    if not same.hash.startswith(anchor.hash):
        return False, (
            f"REWRITTEN: event #{anchor.event_id} is {same.hash[:16]} here, "
            f"{anchor.hash[:16]} in {anchor.where}: the log was changed after it"
        )
    if anchor.count is not None and ours.count < anchor.count:
        return False, f"ROLLED BACK: {ours.count} events here, {anchor.count} in {anchor.where}"
    since = f"; {ours.count - anchor.count} events since" if anchor.count is not None else ""
    return (
        True,
        f"ok (event #{anchor.event_id} of {anchor.where} is in this chain, unchanged{since})",
    )


def open_read_only(path: Path, key: keys.DataKey, passphrase: str | None = None) -> Any:
    """A keyed, read-only connection to a backup (``immutable``: SQLite neither writes nor locks
    it, nor makes a WAL or journal next to it); the backup passphrase is tried first, then the
    register's own key. Raises a RegisterError when neither opens it."""
    import sqlcipher3

    engine_mod.check_file(path)
    candidates = [key]
    if passphrase:
        candidates.insert(0, keys.passphrase_key(path, passphrase))
    uri = engine_mod.sqlite_uri(path, "ro") + "&immutable=1"
    for candidate in candidates:
        conn = sqlcipher3.connect(uri, uri=True, check_same_thread=False)
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(candidate.pragma)
            conn.execute("PRAGMA query_only = ON")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlcipher3.DatabaseError:
            conn.close()
    if passphrase:
        raise BackupFailed(
            f"{path.name} opens neither with FILING_DESK_BACKUP_PASSPHRASE nor with the "
            "register's key"
        )
    raise BackupFailed(
        f"{path.name} does not open with the register's key (made with a backup passphrase? "
        "set FILING_DESK_BACKUP_PASSPHRASE)"
    )


def _events(conn: Any) -> Iterator[dict[str, Any]]:
    names = ", ".join((*_COLUMNS, "before_json", "after_json", "prev_hash", "hash"))
    for row in conn.execute(f"SELECT {names} FROM audit_event ORDER BY id"):
        event = dict(zip(_COLUMNS, row[:6], strict=True))
        event["before"] = json.loads(row[6]) if row[6] else None
        event["after"] = json.loads(row[7]) if row[7] else None
        event["prev_hash"], event["hash"] = row[8], row[9]
        yield event
