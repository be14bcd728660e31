"""Obligation checklists as data: a Library of Items (a requirement tree), who each item applies
to, its numeric threshold, how often it is reviewed, and a content hash per item.

Pure: no I/O, no Qt. ``forms.checklist_loader`` reads ``forms/checklists/*.toml`` into these
dataclasses and checks them; assessments (results, evidence, upgrades) build on them elsewhere.
An Item's ``applies`` is its *effective* applicability: the loader has already combined the
item's own conditions with its ancestors', the library's ``applies`` and the library's
``subjects``, so ``item.applies.matches(subject)`` alone decides whether the item applies.
"""

from __future__ import annotations

import calendar
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from filing_desk.domain.enums import AlgorithmType, LabelledEnum, Modality, Role
from filing_desk.domain.fields.declare import Wording

if TYPE_CHECKING:
    from filing_desk.domain.fields.algorithm import Algorithm


class Recurrence(LabelledEnum):
    """How often an item's answer is reviewed; ``once`` and ``on-change`` have no calendar date."""

    ONCE = ("once", "一次性", "Once")
    ON_CHANGE = ("on-change", "变更时", "On change")
    WEEKLY = ("weekly", "每周", "Weekly")
    MONTHLY = ("monthly", "每月", "Monthly")
    QUARTERLY = ("quarterly", "每季度", "Quarterly")
    HALF_YEARLY = ("half-yearly", "每半年", "Half-yearly")
    YEARLY = ("yearly", "每年", "Yearly")


_MONTHS = {
    Recurrence.MONTHLY: 1,
    Recurrence.QUARTERLY: 3,
    Recurrence.HALF_YEARLY: 6,
    Recurrence.YEARLY: 12,
}


class Unit(LabelledEnum):
    """The unit of a threshold's figure (percent: 96 means 96 %)."""

    ENTRIES = ("entries", "条", "entries")
    QUESTIONS = ("questions", "题", "questions")
    SAMPLES = ("samples", "个样本", "samples")
    PERCENT = ("percent", "%", "%")
    MONTHS = ("months", "个月", "months")
    DAYS = ("days", "天", "days")
    USERS = ("users", "名用户", "users")


SUBJECT_KINDS = ("entity", "algorithm", "product", "service")
TRACKS = ("filing", "registration")  # generative-AI 备案 / 登记
PLATFORMS = ("distribution", "app-store")  # Labelling Measures art. 6 / art. 7
VOCABULARY: dict[str, tuple[str, ...]] = {
    "algo_type": tuple(t.value for t in AlgorithmType),
    "role": tuple(r.value for r in Role),
    "modality": tuple(m.value for m in Modality),
    "track": TRACKS,
    "platform": PLATFORMS,
    "subject": SUBJECT_KINDS,
}
"""``applies`` keys whose value is a list, and the values each may hold (plus ``public_opinion``,
which may only be ``true``)."""


@dataclass(frozen=True)
class Subject:
    """What a library is applied to, described in the applicability vocabulary.

    Sets, because a product or service may stand on several algorithms; ``modalities`` holds the
    input AND output modalities.
    """

    kind: str
    algo_types: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    modalities: frozenset[str] = frozenset()
    track: str | None = None
    public_opinion: bool = False  # public-opinion attributes or social-mobilisation capability
    platforms: frozenset[str] = frozenset()

    @classmethod
    def of_algorithm(cls, algorithm: Algorithm) -> Subject:
        return cls(
            kind="algorithm",
            algo_types=frozenset({algorithm.algo_type.value}),
            roles=frozenset({algorithm.role.value}),
            modalities=frozenset(
                m.value for m in (*algorithm.input_modalities, *algorithm.output_modalities)
            ),
            public_opinion=algorithm.public_opinion or algorithm.mobilisation,
        )


@dataclass(frozen=True)
class Applicability:
    """Who an item applies to: each set key None = any; keys ANDed, a key's values ORed."""

    algo_type: frozenset[str] | None = None
    role: frozenset[str] | None = None
    modality: frozenset[str] | None = None
    track: frozenset[str] | None = None
    platform: frozenset[str] | None = None
    subject: frozenset[str] | None = None
    public_opinion: bool = False  # True: only subjects with public-opinion attributes

    def matches(self, subject: Subject) -> bool:
        wanted_and_had: tuple[tuple[frozenset[str] | None, frozenset[str]], ...] = (
            (self.algo_type, subject.algo_types),
            (self.role, subject.roles),
            (self.modality, subject.modalities),
            (self.track, frozenset({subject.track}) if subject.track else frozenset()),
            (self.platform, subject.platforms),
            (self.subject, frozenset({subject.kind})),
        )
        if self.public_opinion and not subject.public_opinion:
            return False
        return all(wanted is None or wanted & had for wanted, had in wanted_and_had)

    def narrowed(self, other: Applicability) -> Applicability:
        """Both conditions at once: per key the values both allow."""
        changes: dict[str, object] = {"public_opinion": self.public_opinion or other.public_opinion}
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            if f.name != "public_opinion":
                changes[f.name] = (
                    mine if theirs is None else theirs if mine is None else mine & theirs
                )
        return replace(self, **changes)  # type: ignore[arg-type]

    def impossible(self) -> tuple[str, ...]:
        """The keys left with no value at all (no subject can match)."""
        return tuple(f.name for f in fields(self) if getattr(self, f.name) == frozenset())


def _figure(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


@dataclass(frozen=True)
class Threshold:
    """A numeric check from the source: the figure must be ≥ ``min`` and ≤ ``max`` (inclusive)."""

    unit: Unit
    min: float | None = None
    max: float | None = None

    def check(self, value: float) -> bool:
        if self.min is not None and value < self.min:
            return False
        return self.max is None or value <= self.max

    def describe(self, lang: str = "zh") -> str:
        """``≥ 10000 条`` / ``≥ 96 %``, ``≤ 5 %``, ``2000–3000 questions``."""
        unit = self.unit.label(lang)
        sep = "" if self.unit is Unit.PERCENT or lang.startswith("zh") else " "
        if self.min is not None and self.max is not None:
            return f"{_figure(self.min)}–{_figure(self.max)}{sep}{unit}"
        sign, value = ("≥", self.min) if self.min is not None else ("≤", self.max)
        return f"{sign} {_figure(value or 0)}{sep}{unit}"


@dataclass(frozen=True)
class Item:
    """One requirement (or, with ``heading``, a grouping node with no result of its own)."""

    id: str
    text: Wording
    parent: str | None = None
    heading: bool = False
    basis: tuple[str, ...] = ()
    clause: str | None = None
    applies: Applicability = Applicability()
    evidence: Wording | None = None
    recurrence: Recurrence = Recurrence.ONCE
    filing_material: bool = False
    threshold: Threshold | None = None

    @property
    def content_hash(self) -> str:
        """SHA-256 of id, zh and en text and threshold: an answer carries over to a new library
        version while this is unchanged (basis, evidence hints, applicability do not count)."""
        t = self.threshold
        data = {
            "id": self.id,
            "zh": self.text.zh,
            "en": self.text.en,
            "threshold": None
            if t is None
            else [
                None if t.min is None else float(t.min),
                None if t.max is None else float(t.max),
                t.unit.value,
            ],
        }
        canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Library:
    """One versioned checklist; ``items`` in tree order (parents before their children)."""

    id: str
    version: int
    title: Wording
    basis: tuple[str, ...]
    effective: date
    subjects: tuple[str, ...]
    items: tuple[Item, ...]
    summary: Wording | None = None
    applies: Applicability = Applicability()  # the library's own conditions (already in items)
    source: str = ""

    def item(self, item_id: str) -> Item:
        for it in self.items:
            if it.id == item_id:
                return it
        raise KeyError(item_id)

    def children(self, parent: str | None = None) -> tuple[Item, ...]:
        return tuple(it for it in self.items if it.parent == parent)

    def depth(self, item: Item) -> int:
        """0 for a root item, 1 for its children…"""
        n, parent = 0, item.parent
        while parent is not None:
            n, parent = n + 1, self.item(parent).parent
        return n

    @property
    def requirements(self) -> tuple[Item, ...]:
        """The items that take a result (headings left out): what ``items`` counts in the CLI."""
        return tuple(it for it in self.items if not it.heading)

    def applicable(self, subject: Subject) -> tuple[Item, ...]:
        """The items that apply to a subject, in tree order; a heading only when some item under
        it applies."""
        keep = {it.id for it in self.items if not it.heading and it.applies.matches(subject)}
        for it in self.items:
            if it.id in keep:
                keep.update(self.ancestors(it))
        return tuple(it for it in self.items if it.id in keep)

    def ancestors(self, item: Item) -> Iterator[str]:
        parent = item.parent
        while parent is not None:
            yield parent
            parent = self.item(parent).parent

    def hashes(self) -> dict[str, str]:
        """Item id → content hash, for carrying answers over to a new version."""
        return {it.id: it.content_hash for it in self.items}


def next_review(from_date: date, recurrence: Recurrence | str) -> date | None:
    """The day an answer given on ``from_date`` is due for review; None for once / on-change.

    Months count by the calendar; a day the target month lacks becomes its last day
    (31 January + 1 month = 28 or 29 February; 29 February + 1 year = 28 February).
    """
    rec = Recurrence(recurrence)
    if rec is Recurrence.WEEKLY:
        return from_date + timedelta(days=7)
    months = _MONTHS.get(rec)
    if months is None:
        return None
    total = from_date.year * 12 + from_date.month - 1 + months
    year, month = divmod(total, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(from_date.day, last))
