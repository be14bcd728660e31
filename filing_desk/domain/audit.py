"""The audit chain's arithmetic and what it says about the records. Pure.

hash = SHA-256(prev_hash + canonical JSON of the event's fields), the genesis prev_hash being 64
zeros. The event id is part of what is hashed, so a deleted event breaks the chain; the recorded
head (last id and hash) catches events removed at the end. ``audited_state`` folds the events into
the last value each event's ``after`` gave every field of every record, for the check that the
records still hold what the log says (an edit that bypassed the app).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

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
    code: str = ""  # audit.missing/link/altered/head/no_head/empty (for translations)


def verify_chain(
    events: Iterable[Mapping[str, object]], head: tuple[int, str] | None = None
) -> ChainCheck:
    """Check links and ids in order; ``head`` is the recorded (last id, last hash). Every append
    records the head, so events without one mean the head was deleted (with the newest events)."""
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
    if head is None and last is not None:
        return ChainCheck(
            False, count, last[0], "the chain's recorded head is missing", "audit.no_head"
        )
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


# Whole-register JSON imports write rows without an event each; their one event counts them.
SNAPSHOT_COUNTS = {
    "entities": "entity",
    "algorithms": "algorithm",
    "products": "product",
    "product_links": "product_link",
    "models": "model",
    "procedures": "procedure",
}


@dataclass
class AuditedState:
    """What the log says the register holds, event by event folded up to the newest one.

    ``fields``: per (object type, id), the value each field was last given and the event that gave
    it. ``deleted``: objects whose last event deleted them. ``seen``: objects with any event.
    ``settings``: per setting key, the last value and its event. ``imported``: per object type,
    how many rows whole-register imports wrote without an event of their own."""

    fields: dict[tuple[str, int], dict[str, tuple[object, int]]] = field(default_factory=dict)
    deleted: dict[tuple[str, int], int] = field(default_factory=dict)
    seen: set[tuple[str, int]] = field(default_factory=set)
    settings: dict[str, tuple[object, int]] = field(default_factory=dict)
    imported: Counter[str] = field(default_factory=Counter)


def audited_state(events: Iterable[Mapping[str, object]]) -> AuditedState:
    """Fold events (oldest first) into the values their ``after`` parts last gave."""
    state = AuditedState()
    for event in events:
        eid = int(event["id"])  # type: ignore[call-overload]
        otype, oid, after = str(event["object_type"]), event["object_id"], event["after"]
        if event["action"] == "import.snapshot" and isinstance(after, Mapping):
            for counted, kind in SNAPSHOT_COUNTS.items():
                state.imported[kind] += int(after.get(counted) or 0)
        if otype == "setting" and isinstance(after, Mapping):
            state.settings.update({str(k): (v, eid) for k, v in after.items()})
        if oid is None:
            continue
        key = (otype, int(str(oid)))
        state.seen.add(key)
        if after is None:
            if str(event["action"]).endswith(".delete"):
                state.fields.pop(key, None)
                state.deleted[key] = eid
            continue
        state.deleted.pop(key, None)
        if isinstance(after, Mapping):
            known = state.fields.setdefault(key, {})
            known.update({str(name): (value, eid) for name, value in after.items()})
    return state
