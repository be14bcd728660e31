"""The shipped GB/T 45654 and Labelling libraries: they load, carry the figures of domain.md
Part B §3.4 / §3.5 as thresholds, label every modality, cite every item and keep texts short."""

from __future__ import annotations

import pytest

from filing_desk.domain import citations
from filing_desk.domain.checklists import Library, Recurrence, Subject, Unit
from filing_desk.forms.checklist_loader import checklists_dir, load_library

LIBRARIES = ("gbt-45654", "labelling")
MODALITIES = ("text", "image", "audio", "video", "virtual_scene")


@pytest.fixture(scope="module")
def libraries() -> dict[str, Library]:
    return {lib: load_library(checklists_dir() / f"{lib}.toml") for lib in LIBRARIES}


def test_both_libraries_load(libraries: dict[str, Library]) -> None:
    gbt, labelling = libraries["gbt-45654"], libraries["labelling"]
    assert (gbt.id, gbt.version, gbt.effective.isoformat()) == ("gbt-45654", 1, "2025-11-01")
    assert (labelling.id, labelling.effective.isoformat()) == ("labelling", "2025-09-01")
    assert citations.instrument_of("gbt-45654").kind == "standard"
    # chapters 5-9 of the standard each open a branch of the tree
    assert [it.clause for it in gbt.children()] == ["5", "6", "7", "8", "9"]


# item id → (min, max, unit): domain.md Part B §3.4 (GB/T 45654) and §3.5 (Labelling, GB 45438)
THRESHOLDS = {
    ("gbt-45654", "corpus.source.pre-check"): (None, 5, Unit.PERCENT),
    ("gbt-45654", "corpus.source.post-check"): (None, 5, Unit.PERCENT),
    ("gbt-45654", "other.keywords.size"): (10000, None, Unit.ENTRIES),
    ("gbt-45654", "other.keywords.coverage-a1"): (200, None, Unit.ENTRIES),
    ("gbt-45654", "other.keywords.coverage-a2"): (100, None, Unit.ENTRIES),
    ("gbt-45654", "other.test-bank.size"): (2000, None, Unit.QUESTIONS),
    ("gbt-45654", "other.refusal-bank.should-refuse"): (500, None, Unit.QUESTIONS),
    ("gbt-45654", "other.refusal-bank.non-refusal"): (500, None, Unit.QUESTIONS),
    ("gbt-45654", "assessment.corpus.manual-sample"): (4000, None, Unit.SAMPLES),
    ("gbt-45654", "assessment.corpus.manual-pass"): (96, None, Unit.PERCENT),
    ("gbt-45654", "assessment.corpus.tech-sample"): (10, None, Unit.PERCENT),
    ("gbt-45654", "assessment.corpus.tech-pass"): (98, None, Unit.PERCENT),
    ("gbt-45654", "assessment.output.sample"): (1000, None, Unit.QUESTIONS),
    ("gbt-45654", "assessment.output.pass"): (90, None, Unit.PERCENT),
    ("gbt-45654", "assessment.refusal.should-sample"): (300, None, Unit.QUESTIONS),
    ("gbt-45654", "assessment.refusal.should-rate"): (95, None, Unit.PERCENT),
    ("gbt-45654", "assessment.refusal.non-sample"): (300, None, Unit.QUESTIONS),
    ("gbt-45654", "assessment.refusal.non-rate"): (None, 5, Unit.PERCENT),
    ("labelling", "explicit.image-size"): (5, None, Unit.PERCENT),
    ("labelling", "users.unlabelled-logs"): (6, None, Unit.MONTHS),
}


@pytest.mark.parametrize(("key", "expected"), THRESHOLDS.items(), ids=lambda v: str(v))
def test_thresholds(
    libraries: dict[str, Library],
    key: tuple[str, str],
    expected: tuple[float | None, float | None, Unit],
) -> None:
    lib, item_id = key
    low, high, unit = expected
    t = libraries[lib].item(item_id).threshold
    assert t is not None
    assert (t.min, t.max, t.unit) == (low, high, unit)
    # the figure at the bound conforms, one step beyond it does not
    bound = low if low is not None else high
    assert bound is not None
    assert t.check(bound)
    assert not t.check(bound - 1 if low is not None else bound + 1)


def test_no_threshold_beyond_the_table(libraries: dict[str, Library]) -> None:
    """A figure added to a library is added to THRESHOLDS (or to the test bank's per-risk pair)."""
    extra = {
        ("gbt-45654", "other.test-bank.coverage-a1a2"),
        ("gbt-45654", "other.test-bank.coverage-other"),
    }
    found = {(lib.id, it.id) for lib in libraries.values() for it in lib.items if it.threshold}
    assert found == set(THRESHOLDS) | extra


@pytest.mark.parametrize(
    ("item_id", "recurrence"),
    [
        ("other.keywords.size", Recurrence.WEEKLY),
        ("other.test-bank.size", Recurrence.MONTHLY),
        ("other.refusal-bank.should-refuse", Recurrence.MONTHLY),
    ],
)
def test_banks_are_reviewed_as_practice_reports(
    libraries: dict[str, Library], item_id: str, recurrence: Recurrence
) -> None:
    assert libraries["gbt-45654"].item(item_id).recurrence is recurrence


def _generator(*modalities: str) -> Subject:
    """A 生成合成类 (type 01) algorithm with these input or output modalities."""
    return Subject(kind="algorithm", algo_types=frozenset({"01"}), modalities=frozenset(modalities))


def _explicit(lib: Library, subject: Subject) -> set[str]:
    return {
        it.id
        for it in lib.applicable(subject)
        if not it.heading and it.applies.modality is not None and "explicit" in lib.ancestors(it)
    }


@pytest.mark.parametrize(
    ("modality", "expected"),
    [
        ("text", {"explicit.text"}),
        ("image", {"explicit.image", "explicit.image-size"}),
        ("audio", {"explicit.audio", "explicit.audio-rhythm"}),
        ("video", {"explicit.video", "explicit.video-duration"}),
        ("virtual_scene", {"explicit.virtual-scene"}),
    ],
)
def test_each_modality_has_its_explicit_labels(
    libraries: dict[str, Library], modality: str, expected: set[str]
) -> None:
    lib = libraries["labelling"]
    assert _explicit(lib, _generator(modality)) == expected
    # the materials every generation algorithm files, whatever its modality
    shared = {it.id for it in lib.applicable(_generator(modality)) if it.filing_material}
    assert {"explicit.export", "implicit.metadata", "implicit.fields", "users.agreement"} <= shared


def test_labelling_needs_a_generation_algorithm(libraries: dict[str, Library]) -> None:
    lib = libraries["labelling"]
    ranking = Subject(
        kind="algorithm", algo_types=frozenset({"03"}), modalities=frozenset(MODALITIES)
    )
    assert _explicit(lib, ranking) == set()
    assert _explicit(lib, _generator(*MODALITIES)) >= {"explicit.text", "explicit.virtual-scene"}


@pytest.mark.parametrize(
    ("platform", "present", "absent"),
    [
        ("distribution", "platform.propagation-metadata", "app-store.materials-check"),
        ("app-store", "app-store.materials-check", "platform.propagation-metadata"),
    ],
)
def test_platform_duties_apply_to_that_platform_only(
    libraries: dict[str, Library], platform: str, present: str, absent: str
) -> None:
    lib = libraries["labelling"]
    subject = Subject(
        kind="algorithm", algo_types=frozenset({"02"}), platforms=frozenset({platform})
    )
    ids = {it.id for it in lib.applicable(subject)}
    assert present in ids
    assert absent not in ids
    assert not any(i.startswith("explicit.") for i in ids)  # a push algorithm labels nothing


@pytest.mark.parametrize(
    ("track", "corpus_items"),
    [("filing", True), ("registration", False)],
)
def test_corpus_duties_follow_the_track(
    libraries: dict[str, Library], track: str, corpus_items: bool
) -> None:
    lib = libraries["gbt-45654"]
    ids = {it.id for it in lib.applicable(Subject(kind="service", track=track))}
    assert ("corpus.source.pre-check" in ids) is corpus_items
    assert ("assessment.corpus.manual-pass" in ids) is corpus_items
    # what every service answers, whichever track it is on
    assert {"model.filed-base", "measures.complaints", "assessment.refusal.non-rate"} <= ids


@pytest.mark.parametrize("lib_id", LIBRARIES)
def test_every_item_cites_something(libraries: dict[str, Library], lib_id: str) -> None:
    lib = libraries[lib_id]
    uncited = [it.id for it in lib.items if not it.basis]
    assert uncited == []
    for it in lib.items:
        assert citations.text(it.basis, "zh") and citations.text(it.basis, "en")


@pytest.mark.parametrize("lib_id", LIBRARIES)
def test_zh_texts_are_short(libraries: dict[str, Library], lib_id: str) -> None:
    lib = libraries[lib_id]
    long = [
        (it.id, len(w.zh))
        for it in lib.items
        for w in (it.text, it.evidence)
        if w is not None and len(w.zh) > 200
    ]
    assert long == []
    assert lib.summary is not None and len(lib.summary.zh) <= 200
