"""What kind a number is, its verdict, and the cross-checks between one entity's filing numbers."""

from __future__ import annotations

from datetime import date

import pytest

from filing_desk.domain.numbers import (
    NumberKind,
    classify,
    cross_check_filing_numbers,
    verdict,
)
from filing_desk.domain.records import Algorithm, Entity
from filing_desk.domain.validation import validate_filing_numbers

K = NumberKind


@pytest.mark.parametrize(
    ("text", "kind", "shown"),
    [
        ("网信算备110108823483901230031号", K.ALGORITHM_FILING, "ok"),
        ("110108413760701220011", K.ALGORITHM_FILING, "ok"),
        (
            "网信算备1101082242366066220017号",
            K.ALGORITHM_FILING,
            "error: This filing number has 22",
        ),
        ("440305295988702220055", K.ALGORITHM_FILING, "warning: The last digit would be"),
        ("Beijing-YunQue-20230821", K.GENAI_FILING, "ok"),
        ("ZheJiang-WenShengYi-202510100042", K.GENAI_FILING, "ok"),
        ("Beijing-Foo-20231341", K.GENAI_FILING, "error: 20231341 in the number is not a real"),
        ("Shanghai-YiMiaoQianWen-20251031S0120", K.GENAI_REGISTRATION, "ok"),
        ("Shanghai-YiMiaoQianWen-20251031S12", K.GENAI_REGISTRATION, "error: A registration"),
        ("91110000600037341L", K.USCC, "ok"),
        ("91110000600037341A", K.USCC, "error: The last character should be L"),
        ("11010519491231002X", K.RESIDENT_ID, "ok"),
        ("110105194912310021", K.RESIDENT_ID, "error: The last character should be X"),
        ("hello", K.UNKNOWN, "error: not a"),
    ],
)
def test_kind_and_verdict(text: str, kind: NumberKind, shown: str) -> None:
    found = classify(text)
    assert found.kind is kind
    assert verdict(found).startswith(shown)
    assert found.is_error == shown.startswith("error")


def _algo(name: str, number: str, filed: date | None = None) -> Algorithm:
    return Algorithm(name=name, filing_number=number, filed_date=filed)


BEIJING = Entity(name="北京示例科技有限公司", region_code="110108")
A = "110108823483901230031"  # region 110108, segment 8234839, year 23


@pytest.mark.parametrize(
    ("entity", "algorithms", "expected"),
    [
        pytest.param(BEIJING, [_algo("甲", A, date(2023, 8, 1))], [], id="all-agree"),
        pytest.param(
            Entity(name="深圳示例", region_code="440305"),
            [_algo("甲", A)],
            [("filing_no.entity_region", "甲", {"region": "110108", "entity": "440305"})],
            id="region",
        ),
        pytest.param(Entity(name="未填地区"), [_algo("甲", A)], [], id="no-region-no-warning"),
        pytest.param(
            BEIJING,
            [_algo("甲", A, date(2024, 1, 5))],
            [("filing_no.year", "甲", {"year": 2023, "decided": date(2024, 1, 5)})],
            id="year",
        ),
        pytest.param(
            BEIJING,
            [
                _algo("甲", A),
                _algo("乙", "110108823483901240012"),
                _algo("丙", "110108413760701220011"),
            ],
            [("filing_no.entity_segment", "丙", {"segment": "4137607", "usual": "8234839"})],
            id="segment",
        ),
        pytest.param(
            BEIJING, [_algo("甲", A), _algo("乙", ""), _algo("丙", "12345")], [], id="skipped"
        ),
    ],
)
def test_cross_checks(entity: Entity, algorithms: list, expected: list) -> None:
    issues = cross_check_filing_numbers(entity, algorithms)
    got = [
        (
            i.code,
            i.params["algorithm"],
            {k: v for k, v in i.params.items() if k not in ("algorithm", "number")},
        )
        for i in issues
    ]
    assert got == expected
    assert all(i.severity == "warning" for i in issues)
    assert validate_filing_numbers(entity, algorithms).is_valid
