"""Per-se categories with the override, the growth threshold that suggests trigger (3), and the
checks an assessment, a submission, a profile and a user-scale point must pass."""

from __future__ import annotations

from datetime import date

import pytest

from filing_desk.domain.security_assessment import (
    AssessorKind,
    Authority,
    SecurityAssessment,
    SubjectKind,
    Submission,
    Trigger,
)
from filing_desk.domain.security_attributes import (
    OpinionProfile,
    PerSeCategory,
    ScalePoint,
    Threshold,
    growth,
    parse_categories,
)
from filing_desk.domain.security_checks import (
    assessment_issues,
    profile_issues,
    scale_issues,
    submission_issues,
)

TODAY = date(2026, 11, 23)
P = PerSeCategory


@pytest.mark.parametrize(
    ("categories", "override", "public_opinion"),
    [
        (frozenset(), None, False),
        (frozenset({P.SHORT_VIDEO}), None, True),
        (frozenset({P.SHORT_VIDEO}), False, False),  # counsel's override wins
        (frozenset(), True, True),
    ],
)
def test_per_se_categories_and_the_override(
    categories: frozenset[PerSeCategory], override: bool | None, public_opinion: bool
) -> None:
    profile = OpinionProfile(1, categories, override, "reason")
    assert profile.public_opinion is public_opinion
    assert parse_categories(profile.codes()) == categories


def test_the_ten_categories_of_article_2_item_1() -> None:
    assert "、".join(c.zh for c in PerSeCategory) == (
        "论坛、博客、微博客、聊天室、通讯群组、公众账号、短视频、网络直播、信息分享、小程序"
    )
    assert parse_categories("forum,unknown,live_streaming") == {P.FORUM, P.LIVE_STREAMING}


def _points(*mau: int) -> list[ScalePoint]:
    return [ScalePoint(date(2026, m + 1, 1), None, n) for m, n in enumerate(mau)]


@pytest.mark.parametrize(
    ("mau", "threshold", "assessed_on", "jump"),
    [
        ((100_000, 149_999), Threshold(50), None, None),
        ((100_000, 150_000), Threshold(50), None, (100_000, 150_000)),
        ((100_000, 120_000, 160_000), Threshold(50), None, (100_000, 160_000)),  # from the first
        ((100_000, 130_000, 160_000), Threshold(50), date(2026, 2, 15), None),  # +23 % since
        ((100_000, 130_000, 200_000), Threshold(50), date(2026, 2, 15), (130_000, 200_000)),
        ((100_000, 180_000), Threshold(50), date(2026, 2, 1), None),  # assessed on that point
        ((100_000, 130_000), Threshold(0, 20_000), None, (100_000, 130_000)),  # by count
        ((100_000, 130_000), Threshold(0, 0), None, None),  # both off
        ((100_000, 90_000), Threshold(1), None, None),  # shrinking
        ((100_000,), Threshold(1), None, None),
    ],
)
def test_growth_beyond_the_threshold_suggests_trigger_3(
    mau: tuple[int, ...],
    threshold: Threshold,
    assessed_on: date | None,
    jump: tuple[int, int] | None,
) -> None:
    found = growth(_points(*mau), threshold, assessed_on)
    assert (None if found is None else (found.before, found.after)) == jump
    if found is not None:
        assert found.measure == "monthly_active"


def _sa(**kw: object) -> SecurityAssessment:
    values: dict = {
        "id": None,
        "subject_kind": SubjectKind.ALGORITHM,
        "subject_id": 1,
        "trigger": Trigger.USER_GROWTH,
        "trigger_date": date(2026, 11, 2),
        **kw,
    }
    return SecurityAssessment(**values)


@pytest.mark.parametrize(
    ("kw", "codes"),
    [
        ({}, []),
        ({"trigger": Trigger.GO_LIVE, "trigger_date": date(2027, 3, 1)}, []),  # planned go-live
        ({"trigger_date": date(2026, 11, 24)}, ["security.trigger_future"]),
        ({"trigger": Trigger.NOTICE}, ["security.notice_reference"]),
        ({"trigger": Trigger.NOTICE, "notice_reference": "京网信函〔2026〕12号"}, []),
        ({"assessor": AssessorKind.THIRD_PARTY}, ["security.assessor_name"]),
        ({"subject_kind": SubjectKind.SERVICE}, ["security.subject_kind"]),
    ],
)
def test_assessment_checks(kw: dict, codes: list[str]) -> None:
    assert [i.code for i in assessment_issues(_sa(**kw), TODAY)] == codes


@pytest.mark.parametrize(
    ("sub", "codes"),
    [
        (Submission(Authority.CAC, date(2026, 11, 20), "A-1"), []),
        (Submission(Authority.CAC, date(2026, 11, 20), " "), ["security.reference"]),
        (Submission(Authority.CAC, date(2026, 11, 24), "A-1"), ["security.submitted_future"]),
        (
            Submission(Authority.CAC, date(2026, 11, 1), "A-1"),
            ["security.submitted_before_trigger"],
        ),
        (
            Submission(Authority.POLICE, date(2026, 11, 20), "A-1", "ok", date(2026, 11, 19)),
            ["security.feedback_before"],
        ),
    ],
)
def test_submission_checks(sub: Submission, codes: list[str]) -> None:
    assert [i.code for i in submission_issues(sub, _sa(), TODAY)] == codes


def test_profile_and_scale_checks() -> None:
    assert [i.code for i in profile_issues(OpinionProfile(1, override=False))] == [
        "security.override_reason"
    ]
    assert profile_issues(OpinionProfile(1, override=False, override_reason="工具类产品")) == []
    assert [i.code for i in scale_issues(ScalePoint(date(2026, 12, 1), -1), TODAY)] == [
        "security.scale_negative",
        "security.scale_future",
    ]
    assert [i.code for i in scale_issues(ScalePoint(TODAY), TODAY)] == ["security.scale_empty"]
