"""The audit chain's arithmetic: canonical JSON of an event and its SHA-256 link. Pure.

hash = SHA-256(prev_hash + canonical JSON of the event's fields), the genesis prev_hash being 64
zeros. The event id is part of what is hashed, so a deleted event breaks the chain.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

GENESIS = "0" * 64
HASHED_FIELDS = (
    "id",
    "at",
    "os_user",
    "action",
    "object_type",
    "object_id",
    "before",
    "after",
)


def canonical_json(event: Mapping[str, object]) -> str:
    """The exact text that is hashed: the hashed fields only, sorted keys, no spaces, UTF-8."""
    body = {k: event.get(k) for k in HASHED_FIELDS}
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def link_hash(prev_hash: str, event: Mapping[str, object]) -> str:
    return hashlib.sha256((prev_hash + canonical_json(event)).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    checked: int
    first_bad_id: int | None = None
    reason: str = ""
    code: str = ""  # audit.missing, audit.link, audit.altered, audit.head (for translations)


def verify_chain(
    events: Iterable[Mapping[str, object]], head: tuple[int, str] | None = None
) -> ChainCheck:
    """Check links and ids in order; ``head`` is the recorded (last id, last hash)."""
    prev, expected_id, count = GENESIS, None, 0
    last: tuple[int, str] | None = None
    for event in events:
        eid = int(event["id"])  # type: ignore[call-overload]
        if expected_id is not None and eid != expected_id:
            return ChainCheck(
                False, count, expected_id, f"event {expected_id} is missing", "audit.missing"
            )
        if event["prev_hash"] != prev:
            return ChainCheck(
                False, count, eid, f"event {eid} does not link to the one before", "audit.link"
            )
        if link_hash(prev, event) != event["hash"]:
            return ChainCheck(
                False, count, eid, f"event {eid} was altered after it was written", "audit.altered"
            )
        prev, expected_id, count = str(event["hash"]), eid + 1, count + 1
        last = (eid, prev)
    if head is not None and last != head:
        if last is None or last[0] < head[0]:
            missing = (last[0] + 1) if last else 1
            return ChainCheck(
                False, count, missing, f"event {missing} and later are missing", "audit.missing"
            )
        return ChainCheck(
            False, count, last[0], "the chain's recorded head does not match", "audit.head"
        )
    return ChainCheck(True, count)
