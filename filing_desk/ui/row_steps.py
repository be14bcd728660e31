"""Plan the row steps that turn a table's shown order into a new one when only a few rows
changed: remove, move (or stay put, changed) and insert those rows, one at a time, every other
row keeping its place relative to its neighbours.

A model applies the steps in order, emitting one row signal (or ``dataChanged``) per step, so a
view keeps its selection and scroll position. Pure Python over keys: no Qt, no rows' meaning.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Hashable, Sequence, Set
from dataclasses import dataclass
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class Remove:
    at: int


@dataclass(frozen=True)
class Move(Generic[K]):
    """Take the row at ``source`` out and put it back at ``to`` (counted without it); the same
    place when ``source == to``."""

    key: K
    source: int
    to: int


@dataclass(frozen=True)
class Insert(Generic[K]):
    key: K
    at: int


Step = Remove | Move[K] | Insert[K]


def plan_steps(current: Sequence[K], target: Sequence[K], touched: Set[K]) -> list[Step[K]] | None:
    """Steps turning ``current`` into ``target`` where only the ``touched`` keys changed.

    None when the other keys do not already stand in ``target``'s order (the caller resets).
    """
    rank = {key: n for n, key in enumerate(target)}
    work = list(current)
    steps: list[Step[K]] = []
    for key in [k for k in current if k in touched and k not in rank]:
        at = work.index(key)
        del work[at]
        steps.append(Remove(at))
    if any(k not in rank for k in work):
        return None
    settled = {k for k in work if k not in touched}
    for key in [k for k in work if k in touched]:
        source = work.index(key)
        del work[source]
        to = _after_last_lower(work, settled, rank, rank[key])
        work.insert(to, key)
        settled.add(key)
        steps.append(Move(key, source, to))
    present = set(work)
    for key in target:
        if key not in present:
            if key not in touched:
                return None
            at = bisect_left([rank[k] for k in work], rank[key])
            work.insert(at, key)
            steps.append(Insert(key, at))
    return steps if work == list(target) else None


def _after_last_lower(work: list[K], settled: Set[K], rank: dict[K, int], own: int) -> int:
    """The place right after the last settled key ranked before ``own`` (0 when none is)."""
    place = 0
    for n, key in enumerate(work):
        if key in settled and rank[key] < own:
            place = n + 1
    return place
