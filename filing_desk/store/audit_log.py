"""The hash-chained audit log in the register: append inside the caller's transaction, verify.

The chain head (last id and hash) is kept in the setting table in the same transaction, so that
removing the newest events is detected as well as changing or removing any other.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from filing_desk.domain import audit
from filing_desk.store.schema import AuditEventRow, SettingRow

HEAD_KEY = "audit.head"


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


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
    head = session.get(SettingRow, HEAD_KEY)
    last_id, prev = (0, audit.GENESIS)
    if head is not None:
        raw_id, prev = head.value.split(":", 1)
        last_id = int(raw_id)
    before_json, after_json = _dumps(before), _dumps(after)
    event = {
        "id": last_id + 1,
        "at": datetime.now(UTC).isoformat(timespec="microseconds"),
        "os_user": _os_user(),
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


def _events(session: Session) -> Iterator[dict[str, Any]]:
    for row in session.scalars(select(AuditEventRow).order_by(AuditEventRow.id)).yield_per(2000):
        yield row_as_event(row)


def verify(session: Session) -> audit.ChainCheck:
    head_row = session.get(SettingRow, HEAD_KEY)
    head = None
    if head_row is not None:
        raw_id, digest = head_row.value.split(":", 1)
        head = (int(raw_id), digest)
    return audit.verify_chain(_events(session), head)
