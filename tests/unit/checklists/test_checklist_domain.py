"""domain.checklists: applicability (each vocabulary key, AND across keys, OR within one),
thresholds (min, max, both, boundaries), review dates by the calendar, content hashes."""

from __future__ import annotations

from datetime import date

import pytest

from filing_desk.domain.checklists import (
    Applicability,
    Item,
    Library,
    Recurrence,
    Subject,
    Threshold,
    Unit,
    next_review,
)
from filing_desk.domain.enums import AlgorithmType, Modality, Role
from filing_desk.domain.fields.algorithm import Algorithm
from filing_desk.domain.fields.declare import Wording

F = frozenset
A = Applicability
GEN_PROVIDER = Subject(
    "algorithm",
    algo_types=F({"01"}),
    roles=F({"provider"}),
    modalities=F({"text", "image"}),
    public_opinion=True,
)
PUSH_SUPPORTER = Subject("algorithm", algo_types=F({"02"}), roles=F({"supporter"}))
SERVICE = Subject("service", algo_types=F({"01"}), track="registration")
APP_STORE = Subject("product", platforms=F({"app-store", "distribution"}))
ENTITY = Subject("entity")

# (what, conditions, subjects it matches, subjects it does not)
APPLICABILITY: list[tuple[str, Applicability, list[Subject], list[Subject]]] = [
    ("absent = any", A(), [GEN_PROVIDER, ENTITY, APP_STORE], []),
    ("algo_type", A(algo_type=F({"01"})), [GEN_PROVIDER, SERVICE], [PUSH_SUPPORTER, ENTITY]),
    ("algo_type OR", A(algo_type=F({"02", "03"})), [PUSH_SUPPORTER], [GEN_PROVIDER]),
    ("role", A(role=F({"supporter"})), [PUSH_SUPPORTER], [GEN_PROVIDER, ENTITY]),
    ("modality: one of the subject's", A(modality=F({"image"})), [GEN_PROVIDER], [PUSH_SUPPORTER]),
    ("modality OR", A(modality=F({"audio", "text"})), [GEN_PROVIDER], [PUSH_SUPPORTER]),
    ("modality none shared", A(modality=F({"audio", "video"})), [], [GEN_PROVIDER]),
    ("track", A(track=F({"registration"})), [SERVICE], [GEN_PROVIDER]),
    ("track other", A(track=F({"filing"})), [], [SERVICE]),
    ("platform", A(platform=F({"app-store"})), [APP_STORE], [GEN_PROVIDER]),
    ("public_opinion", A(public_opinion=True), [GEN_PROVIDER], [PUSH_SUPPORTER, ENTITY]),
    ("subject", A(subject=F({"entity", "product"})), [ENTITY, APP_STORE], [GEN_PROVIDER]),
    ("AND of keys", A(algo_type=F({"01"}), role=F({"provider"})), [GEN_PROVIDER], [SERVICE]),
    ("AND with public_opinion",
     A(role=F({"provider"}), public_opinion=True),
     [GEN_PROVIDER],
     [Subject("algorithm", roles=F({"provider"}))]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("what", "conditions", "matching", "not_matching"),
    APPLICABILITY,
    ids=[row[0] for row in APPLICABILITY],
)
def test_applicability(
    what: str, conditions: Applicability, matching: list[Subject], not_matching: list[Subject]
) -> None:
    for subject in matching:
        assert conditions.matches(subject), subject
    for subject in not_matching:
        assert not conditions.matches(subject), subject


def test_narrowing_intersects_each_key_and_keeps_public_opinion() -> None:
    outer = Applicability(algo_type=F({"01"}), modality=F({"image", "video"}), public_opinion=True)
    inner = Applicability(modality=F({"video", "text"}), role=F({"provider"}))
    both = outer.narrowed(inner)
    assert both == Applicability(
        algo_type=F({"01"}), modality=F({"video"}), role=F({"provider"}), public_opinion=True
    )
    assert both.impossible() == ()
    assert outer.narrowed(Applicability(modality=F({"text"}))).impossible() == ("modality",)


def test_subject_of_an_algorithm_takes_input_and_output_modalities() -> None:
    algorithm = Algorithm(
        algo_type=AlgorithmType.GENERATION,
        role=Role.SUPPORTER,
        input_modalities=(Modality.TEXT,),
        output_modalities=(Modality.AUDIO,),
        mobilisation=True,
    )
    subject = Subject.of_algorithm(algorithm)
    assert subject == Subject(
        "algorithm",
        algo_types=F({"01"}),
        roles=F({"supporter"}),
        modalities=F({"text", "audio"}),
        public_opinion=True,
    )
    assert Applicability(modality=F({"audio"})).matches(subject)  # an output modality
    assert Applicability(modality=F({"text"})).matches(subject)  # an input modality
    assert not Subject.of_algorithm(Algorithm()).public_opinion


# (threshold, figure, passes)
THRESHOLDS: list[tuple[Threshold, float, bool]] = [
    (Threshold(Unit.ENTRIES, min=10000), 10000, True),  # boundary: inclusive
    (Threshold(Unit.ENTRIES, min=10000), 9999, False),
    (Threshold(Unit.ENTRIES, min=10000), 250000, True),
    (Threshold(Unit.PERCENT, max=5), 5, True),  # boundary
    (Threshold(Unit.PERCENT, max=5), 5.01, False),
    (Threshold(Unit.PERCENT, max=5), 0, True),
    (Threshold(Unit.PERCENT, min=96), 95.9, False),
    (Threshold(Unit.PERCENT, min=95, max=100), 95, True),
    (Threshold(Unit.PERCENT, min=95, max=100), 100, True),
    (Threshold(Unit.PERCENT, min=95, max=100), 100.5, False),
    (Threshold(Unit.PERCENT, min=95, max=100), 94.99, False),
    (Threshold(Unit.MONTHS, min=6), 6, True),
    (Threshold(Unit.MONTHS, min=6), 5, False),
]


@pytest.mark.parametrize(("threshold", "figure", "passes"), THRESHOLDS)
def test_threshold_check(threshold: Threshold, figure: float, passes: bool) -> None:
    assert threshold.check(figure) is passes


@pytest.mark.parametrize(
    ("threshold", "zh", "en"),
    [
        (Threshold(Unit.ENTRIES, min=10000), "≥ 10000条", "≥ 10000 entries"),
        (Threshold(Unit.PERCENT, max=5), "≤ 5%", "≤ 5%"),
        (Threshold(Unit.PERCENT, min=96.5), "≥ 96.5%", "≥ 96.5%"),
        (Threshold(Unit.QUESTIONS, min=2000, max=3000), "2000–3000题", "2000–3000 questions"),
        (Threshold(Unit.MONTHS, min=6), "≥ 6个月", "≥ 6 months"),
    ],
)
def test_threshold_describe(threshold: Threshold, zh: str, en: str) -> None:
    assert (threshold.describe("zh"), threshold.describe("en")) == (zh, en)


# (from, recurrence, next review)
REVIEWS: list[tuple[date, str, date | None]] = [
    (date(2025, 3, 10), "weekly", date(2025, 3, 17)),
    (date(2025, 12, 29), "weekly", date(2026, 1, 5)),
    (date(2025, 1, 15), "monthly", date(2025, 2, 15)),
    (date(2025, 1, 31), "monthly", date(2025, 2, 28)),  # month end, common year
    (date(2024, 1, 31), "monthly", date(2024, 2, 29)),  # month end, leap year
    (date(2025, 3, 31), "monthly", date(2025, 4, 30)),
    (date(2025, 12, 31), "monthly", date(2026, 1, 31)),  # across the year
    (date(2025, 4, 30), "monthly", date(2025, 5, 30)),  # the day kept, not the month end
    (date(2025, 12, 30), "monthly", date(2026, 1, 30)),
    (date(2023, 11, 30), "quarterly", date(2024, 2, 29)),
    (date(2025, 11, 30), "quarterly", date(2026, 2, 28)),
    (date(2025, 8, 31), "half-yearly", date(2026, 2, 28)),
    (date(2025, 7, 1), "half-yearly", date(2026, 1, 1)),
    (date(2024, 2, 29), "yearly", date(2025, 2, 28)),  # leap day
    (date(2027, 2, 28), "yearly", date(2028, 2, 28)),
    (date(2025, 6, 1), "once", None),
    (date(2025, 6, 1), "on-change", None),
]


@pytest.mark.parametrize(("start", "recurrence", "expected"), REVIEWS)
def test_next_review(start: date, recurrence: str, expected: date | None) -> None:
    assert next_review(start, recurrence) == expected
    assert next_review(start, Recurrence(recurrence)) == expected


def test_next_review_refuses_an_unknown_recurrence() -> None:
    with pytest.raises(ValueError):
        next_review(date(2025, 1, 1), "fortnightly")


def _item(**changes: object) -> Item:
    base: dict[str, object] = {
        "id": "keywords.size",
        "text": Wording("关键词库不少于一万条。", "At least 10,000 keywords."),
        "threshold": Threshold(Unit.ENTRIES, min=10000),
    }
    return Item(**{**base, **changes})  # type: ignore[arg-type]


def test_content_hash_follows_id_text_and_threshold_only() -> None:
    same = _item().content_hash
    assert len(same) == 64 and same == _item().content_hash
    assert _item(threshold=Threshold(Unit.ENTRIES, min=10000.0)).content_hash == same
    unchanged = [
        _item(basis=("gbt-45654",)),
        _item(evidence=Wording("截图", "Screenshot")),
        _item(recurrence=Recurrence.WEEKLY),
        _item(applies=Applicability(algo_type=F({"01"}))),
        _item(clause="8.1"),
    ]
    assert {it.content_hash for it in unchanged} == {same}
    changed = [
        _item(id="keywords.count"),
        _item(text=Wording("关键词库不少于一万条", "At least 10,000 keywords.")),
        _item(text=Wording("关键词库不少于一万条。", "At least 10000 keywords.")),
        _item(threshold=Threshold(Unit.ENTRIES, min=20000)),
        _item(threshold=Threshold(Unit.ENTRIES, max=10000)),
        _item(threshold=Threshold(Unit.QUESTIONS, min=10000)),
        _item(threshold=None),
    ]
    assert len({it.content_hash for it in changed} | {same}) == len(changed) + 1


def _library() -> Library:
    w = Wording("字", "word")
    items = (
        Item("a", w, heading=True),
        Item("a.text", w, parent="a", applies=Applicability(modality=F({"text"}))),
        Item("a.audio", w, parent="a", applies=Applicability(modality=F({"audio"}))),
        Item("b", w, heading=True, applies=Applicability(role=F({"supporter"}))),
        Item("b.one", w, parent="b", applies=Applicability(role=F({"supporter"}))),
        Item("c", w),
    )
    return Library("t", 1, w, ("algo-provisions",), date(2022, 3, 1), ("algorithm",), items)


def test_applicable_keeps_headings_only_above_an_applicable_item() -> None:
    library = _library()
    assert [it.id for it in library.applicable(GEN_PROVIDER)] == ["a", "a.text", "c"]
    assert [it.id for it in library.applicable(PUSH_SUPPORTER)] == ["b", "b.one", "c"]
    assert [it.id for it in library.requirements] == ["a.text", "a.audio", "b.one", "c"]
    assert [library.depth(it) for it in library.items] == [0, 1, 1, 0, 1, 0]
    assert set(library.hashes()) == {"a", "a.text", "a.audio", "b", "b.one", "c"}
    with pytest.raises(KeyError):
        library.item("zzz")
