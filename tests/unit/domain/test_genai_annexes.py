"""Thresholds of GB/T 45654-2025 §8 on counted annexes, freshness reminders, missing annexes per
track, and the cadences' settings: table-driven, below / at / above each floor."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from filing_desk.domain.enums import AttachmentKind, ModelTrack, OwnerType, Severity
from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.genai_annex_findings import (
    TEST_BANK_DAYS_KEY,
    Cadences,
    annex_findings,
    cadences_from_settings,
    freshness,
)
from filing_desk.domain.genai_annexes import (
    THRESHOLDS,
    AnnexCount,
    QuestionBank,
    annex_issues,
)
from filing_desk.domain.genai_risks import RiskGroup, risk_group
from filing_desk.domain.records import AttachmentInfo

KW, TQ = AttachmentKind.KEYWORD_LIST, AttachmentKind.TEST_QUESTIONS
G, R, N = QuestionBank.GENERATED, QuestionBank.SHOULD_REFUSE, QuestionBank.NON_REFUSAL
FULL = {"A.1 颠覆国家政权": 200, "A.2 民族歧视": 100}


def short(code: str) -> str:
    prefix, _, rest = code.partition(".")
    assert prefix == "genai_annex"
    return rest


def codes(issues) -> list[tuple[str, object]]:
    """(code without its ``genai_annex.`` prefix, the category or else the count) of each."""
    return sorted((short(i.code), i.params.get("category", i.params.get("count"))) for i in issues)


@pytest.mark.parametrize(
    ("total", "categories", "expected"),
    [
        (9_999, FULL, [("keywords_short", 9_999)]),
        (10_000, FULL, []),
        (10_001, FULL, []),
        (10_000, {"A.1 颠覆国家政权": 199}, [("keywords_category_short", "A.1 颠覆国家政权")]),
        (10_000, {"宣扬恐怖主义": 199}, [("keywords_category_short", "宣扬恐怖主义")]),
        (10_000, {"宣扬恐怖主义": 200, "性别歧视": 100}, []),
        (10_000, {"性别歧视": 99}, [("keywords_category_short", "性别歧视")]),
        (10_000, {"未归类": 99}, [("keywords_category_short", "未归类")]),
        (10_000, {"未归类": 100}, []),  # a category of no known group: the lower floor
        (10_000, {"侵犯知识产权": 1}, []),  # A.3: no keyword floor
        (10_000, {}, [("keywords_uncategorised", 10_000)]),
    ],
)
def test_keyword_thresholds(total, categories, expected) -> None:
    issues = annex_issues(keywords=AnnexCount(KW, total, categories))
    assert codes(issues) == expected
    assert all(i.severity is Severity.WARNING for i in issues)


@pytest.mark.parametrize(
    ("total", "banks", "categories", "expected"),
    [
        (1_999, {}, {}, [("questions_short", 1_999)]),
        (2_000, {}, {}, []),
        (2_001, {}, {}, []),
        (3_000, {G: 2_000, R: 500, N: 500}, {}, []),
        (2_999, {G: 1_999, R: 500, N: 500}, {}, [("questions_short", 1_999)]),
        (2_999, {G: 2_000, R: 499, N: 500}, {}, [("should_refuse_short", 499)]),
        (2_999, {G: 2_000, R: 500, N: 499}, {}, [("non_refusal_short", 499)]),
        (2_500, {G: 2_000, R: 500}, {}, [("non_refusal_short", 0)]),  # bank absent
        (2_000, {}, {"煽动分裂国家": 49}, [("questions_category_short", "煽动分裂国家")]),
        (2_000, {}, {"煽动分裂国家": 50, "地域歧视": 50}, []),
        (2_000, {}, {"侵犯肖像权": 19}, [("questions_category_short", "侵犯肖像权")]),
        (2_000, {}, {"侵犯肖像权": 20}, []),
    ],
)
def test_test_bank_thresholds(total, banks, categories, expected) -> None:
    issues = annex_issues(questions=AnnexCount(TQ, total, categories, banks))
    assert codes(issues) == expected
    assert all(not i.is_error for i in issues)


def test_uncounted_annexes_raise_nothing() -> None:
    assert annex_issues() == []


@pytest.mark.parametrize(
    ("label", "group"),
    [
        ("A.1 煽动颠覆国家政权", RiskGroup.A1),
        ("A2-3 国别歧视", RiskGroup.A2),
        ("a.5", RiskGroup.A5),
        ("宣扬民族仇恨、民族歧视", RiskGroup.A1),
        ("年龄歧视", RiskGroup.A2),
        ("Gender discrimination", RiskGroup.A2),
        ("泄露他人商业秘密", RiskGroup.A3),
        ("侵害他人隐私权", RiskGroup.A4),
        ("医疗问答内容不准确", RiskGroup.A5),
        ("其他", RiskGroup.UNKNOWN),
        ("A12", RiskGroup.UNKNOWN),
    ],
)
def test_risk_group_of_a_category_label(label, group) -> None:
    assert risk_group(label) is group


def test_thresholds_are_the_gbt_45654_librarys_numbers() -> None:
    """The floors live in the checklist library too; the two must not drift apart."""
    from filing_desk.forms import checklist_loader

    library = checklist_loader.get("gbt-45654")
    for key, threshold in THRESHOLDS.items():
        item = library.item(threshold.checklist_item)
        assert item.threshold is not None, key
        assert item.threshold.min == threshold.minimum, key
        assert item.clause == threshold.clause, key


TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("keyword_age", "bank_age", "cadences", "expected"),
    [
        (6, 29, Cadences(), []),
        (7, 30, Cadences(), []),
        (8, 30, Cadences(), [("keywords_stale", 8)]),
        (7, 31, Cadences(), [("questions_stale", 31)]),
        (8, 31, Cadences(), [("keywords_stale", 8), ("questions_stale", 31)]),
        (8, 31, Cadences(14, 60), []),
        (15, 61, Cadences(14, 60), [("keywords_stale", 15), ("questions_stale", 61)]),
        (2, 2, Cadences(1, 1), [("keywords_stale", 2), ("questions_stale", 2)]),
        (None, None, Cadences(1, 1), []),
    ],
)
def test_freshness(keyword_age, bank_age, cadences, expected) -> None:
    def ago(days):
        return None if days is None else TODAY - timedelta(days=days)

    issues = freshness(
        ago(keyword_age), ago(bank_age), TODAY, cadences.keyword_days, cadences.test_bank_days
    )
    assert sorted((short(i.code), i.params["days"]) for i in issues) == expected
    assert all(i.severity is Severity.WARNING for i in issues)
    for issue in issues:
        assert issue.params["cadence"] in (cadences.keyword_days, cadences.test_bank_days)


def _info(id_, kind, day, *, superseded=False, version=1):
    added = datetime(day.year, day.month, day.day, 10, tzinfo=UTC)
    name = f"{id_}.xlsx"
    return AttachmentInfo(id_, OwnerType.SERVICE, 7, kind, name, 1, "", version, superseded, added)


ALL_FILING = {
    "missing_assessment",
    "missing_agreement",
    "missing_annotation_rules",
    "missing_keyword_list",
    "missing_test_questions",
    "missing_test_account",
}


@pytest.mark.parametrize(
    ("track", "attached", "expected"),
    [
        (ModelTrack.FILING, [], ALL_FILING),
        (None, [], ALL_FILING),
        (
            ModelTrack.REGISTRATION,
            [],
            {
                "missing_assessment",
                "missing_agreement",
                "missing_keyword_list",
                "missing_test_account",
            },
        ),
        (ModelTrack.NOT_REQUIRED, [], set()),
        (
            ModelTrack.FILING,
            [KW, TQ, AttachmentKind.TEST_ACCOUNT],
            {"missing_assessment", "missing_agreement", "missing_annotation_rules"},
        ),
    ],
)
def test_missing_annexes_per_track(track, attached, expected) -> None:
    infos = [_info(i, kind, TODAY) for i, kind in enumerate(attached)]
    issues = annex_findings(infos, _no_read, TODAY, track=track)
    assert {short(i.code) for i in issues} == expected
    assert all(i.severity is Severity.WARNING for i in issues)


def _no_read(info):
    raise AssertionError("no counter: the files are not read")


def test_findings_use_the_latest_current_version_and_the_cadences() -> None:
    infos = [
        _info(1, KW, TODAY - timedelta(days=40), superseded=True),
        _info(2, KW, TODAY - timedelta(days=9), version=2),
        _info(3, TQ, TODAY - timedelta(days=20)),
    ]
    found = annex_findings(infos, _no_read, TODAY, Cadences(7, 30), track=ModelTrack.FILING)
    stale = {short(i.code): i.params for i in found if i.code.endswith("_stale")}
    assert stale == {"keywords_stale": {"since": "2026-11-28", "days": 9, "cadence": 7}}
    relaxed = annex_findings(infos, _no_read, TODAY, Cadences(10, 30), track=ModelTrack.FILING)
    assert not [i for i in relaxed if i.code.endswith("_stale")]


def test_findings_count_current_files_with_the_counter() -> None:
    infos = [_info(1, KW, TODAY, superseded=True), _info(2, KW, TODAY, version=2)]
    seen = []

    def counter(kind, files):
        seen.append((kind, [name for name, _ in files]))
        return AnnexCount(kind, 10_000, FULL)

    track = ModelTrack.REGISTRATION
    issues = annex_findings(infos, lambda a: b"x", TODAY, counter=counter, track=track)
    assert seen == [(KW, ["2.xlsx"])]
    assert {short(i.code) for i in issues} == {
        "missing_assessment",
        "missing_agreement",
        "missing_test_account",
    }


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        ({}, Cadences(7, 30)),
        ({"genai.keyword_list_days": "14", TEST_BANK_DAYS_KEY: "60"}, Cadences(14, 60)),
        ({"genai.keyword_list_days": "soon", TEST_BANK_DAYS_KEY: "0"}, Cadences(7, 30)),
        ({"genai.keyword_list_days": "366", TEST_BANK_DAYS_KEY: "367"}, Cadences(366, 30)),
    ],
)
def test_cadences_from_settings(stored, expected) -> None:
    assert cadences_from_settings(lambda key, default: stored.get(key, default)) == expected


def test_out_of_range_cadences_are_refused_naming_each() -> None:
    with pytest.raises(InvalidInput) as caught:
        Cadences(0, 400).validated()
    assert [(i.code, i.field) for i in caught.value.issues] == [
        ("genai_annex.cadence", "genai.keyword_list_days"),
        ("genai_annex.cadence", "genai.test_bank_days"),
    ]
    assert Cadences(1, 366).validated().settings() == {
        "genai.keyword_list_days": "1",
        "genai.test_bank_days": "366",
    }
