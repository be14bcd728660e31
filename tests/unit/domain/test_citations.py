"""The citation table: every id resolves, and citations print as a reader expects in zh and en."""

from __future__ import annotations

from datetime import date

import pytest

from filing_desk.domain import citations
from filing_desk.domain.citations import CITATIONS, INSTRUMENTS, UnknownCitation


@pytest.mark.parametrize(
    ("number", "zh"),
    [
        *((1, "一"), (7, "七"), (10, "十"), (16, "十六"), (20, "二十"), (24, "二十四")),
        *((99, "九十九"), (100, "一百"), (102, "一百零二"), (110, "一百一十"), (235, "二百三十五")),
    ],
)
def test_chinese_numbers(number: int, zh: str) -> None:
    assert citations.chinese_number(number) == zh


@pytest.mark.parametrize("number", [0, -1, 1000])
def test_chinese_numbers_out_of_range(number: int) -> None:
    with pytest.raises(ValueError, match="out of range"):
        citations.chinese_number(number)


@pytest.mark.parametrize(
    ("ids", "zh", "en"),
    [
        (
            ["algo-provisions:24.1"],
            "《互联网信息服务算法推荐管理规定》第二十四条第一款",
            "Algorithm Provisions art. 24(1)",
        ),
        (
            ["deep-synthesis:16", "deep-synthesis:17"],
            "《互联网信息服务深度合成管理规定》第十六条、第十七条",
            "Deep Synthesis Provisions arts. 16, 17",
        ),
        (
            ["sa-rules:2/1"],
            "《具有舆论属性或社会动员能力的互联网信息服务安全评估规定》第二条第（一）项",
            "Security Assessment Provisions (2018) art. 2(1)",
        ),
        (
            ["labelling-measures:12", "gb-45438"],
            "《人工智能生成合成内容标识办法》第十二条；"
            "GB 45438-2025《网络安全技术 人工智能生成合成内容标识方法》",
            "Labelling Measures art. 12; GB 45438-2025 (labelling AI-generated content)",
        ),
        (
            ["csl-2016:21.3", "csl-2025:23.3"],
            "《中华人民共和国网络安全法》（2016年文本）第二十一条第三款；"
            "《中华人民共和国网络安全法》（2025年修正）第二十三条第三款",
            "Cybersecurity Law (2016 text) art. 21(3); "
            "Cybersecurity Law (as amended 2025) art. 23(3)",
        ),
        (["cac-portal"], "互联网信息服务算法备案系统填报要求（实务，非法定）", None),
        ([], "", ""),
    ],
)
def test_text(ids: list[str], zh: str, en: str | None) -> None:
    assert citations.text(ids, "zh") == zh
    if en is not None:
        assert citations.text(ids, "en") == en


def test_versions_name_the_in_force_date() -> None:
    assert citations.text(["algo-provisions:24.1"], "zh", versions=True) == (
        "《互联网信息服务算法推荐管理规定》（2022年3月1日起施行）第二十四条第一款"
    )
    assert citations.text(["csl-2025:23.3"], "en", versions=True) == (
        "Cybersecurity Law (as amended 2025, in force 2026-01-01) art. 23(3)"
    )
    # A standard with no recorded date prints its edition-bearing name only.
    assert citations.text(["gb-32100"], "en", versions=True).startswith("GB 32100-2015")


def test_every_citation_names_a_known_instrument() -> None:
    for cite_id, citation in CITATIONS.items():
        assert citation.instrument in INSTRUMENTS, cite_id
        assert cite_id.split(":")[0] == citation.instrument, cite_id
        assert citations.text([cite_id], "zh") and citations.text([cite_id], "en")


def test_unknown_ids_are_refused() -> None:
    assert not citations.is_known("algo-provisions:99")
    with pytest.raises(UnknownCitation):
        citations.resolve("algo-provisions:99")
    with pytest.raises(UnknownCitation):
        citations.text(["no-such-law"], "zh")


def test_instrument_versions_are_the_dates_the_law_took_effect() -> None:
    # domain.md Part B §0 and Part A item 13.
    expected = {
        "algo-provisions": date(2022, 3, 1),
        "deep-synthesis": date(2023, 1, 10),
        "genai-measures": date(2023, 8, 15),
        "labelling-measures": date(2025, 9, 1),
        "gb-45438": date(2025, 9, 1),
        "sa-rules": date(2018, 11, 30),
        "csl-2025": date(2026, 1, 1),
    }
    assert {k: INSTRUMENTS[k].in_force for k in expected} == expected
    assert citations.instrument_of("labelling-measures:12").in_force == date(2025, 9, 1)


def test_practice_is_not_dressed_up_as_law() -> None:
    assert INSTRUMENTS["cac-portal"].kind == "practice"
    assert INSTRUMENTS["cac-genai-notice"].kind == "notice"
    assert "art." not in citations.text(["cac-portal"], "en")
