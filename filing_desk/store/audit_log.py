"""The hash-chained audit log in the register: append inside the caller's transaction, verify.

The chain head (last id and hash) is kept in the setting table in the same transaction, so that
removing the newest events is detected as well as changing or removing any other. Every write
appends an event, so a register holding rows but no event has lost its log. ``head`` is what the
register summary, the recovery sheet and ``check --against`` compare across copies.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, literal, select, text
from sqlalchemy.orm import Session

from filing_desk.domain import audit
from filing_desk.store.schema import (
    AlgorithmRow,
    AttachmentRow,
    AuditEventRow,
    CalendarDayRow,
    EntityRow,
    ModelRow,
    ProcedureRow,
    ProductLinkRow,
    ProductRow,
    SettingRow,
)

HEAD_KEY = "audit.head"
# Tables every row of which was written together with an audit event.
AUDITED_TABLES = (
    EntityRow,
    AlgorithmRow,
    ProductRow,
    ProductLinkRow,
    ModelRow,
    ProcedureRow,
    AttachmentRow,
)


@dataclass(frozen=True)
class Head:
    """The newest event (id and hash) and how many events the log holds."""

    event_id: int
    hash: str
    count: int

    def short(self) -> str:
        """``#158 · 3f5a2b1c9d0e7f64``: enough of the hash to compare two copies by eye."""
        return f"#{self.event_id} · {self.hash[:16]}" if self.count else "#0 (no events)"


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


CHAIN_LOCK = 0x46445F4155444954  # "FD_AUDIT": the team register's advisory lock on the chain


def _chain_lock(session: Session) -> str | None:
    """On a team register (PostgreSQL), wait for the chain's transaction-scoped advisory lock, so
    concurrent writers append one after the other to one chain, and return the database user
    (the actor); None on a file register, whose lock is the file's."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK})
    return str(session.execute(text("SELECT current_user")).scalar())


def serialise_writers(session: Session) -> None:
    """At the start of a write on a team register, take the chain's lock for the whole
    transaction: writers then run one after another, so none can hold a record's row while
    waiting for the chain that another, waiting for that row, holds (a deadlock). A file
    register's writers are already one at a time."""
    _chain_lock(session)


def _dumps(value: Mapping[str, object] | None) -> str | None:
    if value is None:
        return None
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def append(
    session: Session,
    action: str,
    object_type: str,
    object_id: int | None,
    before: Mapping[str, object] | None = None,
    after: Mapping[str, object] | None = None,
) -> AuditEventRow:
    actor = _chain_lock(session)
    head = session.get(SettingRow, HEAD_KEY, populate_existing=actor is not None)
    last_id, prev = (0, audit.GENESIS)
    if head is not None:
        raw_id, prev = head.value.split(":", 1)
        last_id = int(raw_id)
    before_json, after_json = _dumps(before), _dumps(after)
    event = {
        "id": last_id + 1,
        "at": datetime.now(UTC).isoformat(timespec="microseconds"),
        "os_user": actor or _os_user(),
        "action": action,
        "object_type": object_type,
        "object_id": object_id,
        "before": json.loads(before_json) if before_json is not None else None,
        "after": json.loads(after_json) if after_json is not None else None,
    }
    digest = audit.link_hash(prev, event)
    row = AuditEventRow(
        id=event["id"],
        at=event["at"],
        os_user=event["os_user"],
        action=action,
        object_type=object_type,
        object_id=object_id,
        before_json=before_json,
        after_json=after_json,
        prev_hash=prev,
        hash=digest,
    )
    session.add(row)
    value = f"{row.id}:{digest}"
    if head is None:
        session.add(SettingRow(key=HEAD_KEY, value=value))
    else:
        head.value = value
    return row


def row_as_event(row: AuditEventRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "at": row.at,
        "os_user": row.os_user,
        "action": row.action,
        "object_type": row.object_type,
        "object_id": row.object_id,
        "before": json.loads(row.before_json) if row.before_json else None,
        "after": json.loads(row.after_json) if row.after_json else None,
        "prev_hash": row.prev_hash,
        "hash": row.hash,
    }


def events(session: Session) -> Iterator[dict[str, Any]]:
    """Every event, oldest first, as the dict that is hashed (plus prev_hash and hash)."""
    for row in session.scalars(select(AuditEventRow).order_by(AuditEventRow.id)).yield_per(2000):
        yield row_as_event(row)


def head(session: Session) -> Head:
    newest = session.scalars(select(AuditEventRow).order_by(AuditEventRow.id.desc())).first()
    count = session.scalar(select(func.count()).select_from(AuditEventRow)) or 0
    return Head(newest.id, newest.hash, count) if newest is not None else Head(0, audit.GENESIS, 0)


def verify(session: Session) -> audit.ChainCheck:
    head_row = session.get(SettingRow, HEAD_KEY)
    recorded = None
    if head_row is not None:
        raw_id, digest = head_row.value.split(":", 1)
        recorded = (int(raw_id), digest)
    check = audit.verify_chain(events(session), recorded)
    if check.ok and check.checked == 0 and _holds_rows(session):
        return audit.ChainCheck(
            False,
            0,
            1,
            "the log is empty, yet the register holds records: its events were deleted",
            "audit.empty",
        )
    return check


def _holds_rows(session: Session) -> bool:
    """Any row that only an audited write puts there (records, calendar days, settings)."""
    for table in (*AUDITED_TABLES, CalendarDayRow):
        if session.execute(select(literal(1)).select_from(table).limit(1)).first() is not None:
            return True
    others = select(SettingRow.key).where(SettingRow.key != HEAD_KEY).limit(1)
    return session.execute(others).first() is not None
