"""The one conversion vocabulary: words → values, values → words and JSON, table-driven."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from filing_desk.domain.enums import AlgorithmType, Modality, Role
from filing_desk.domain.fields import values
from filing_desk.domain.records import Change

YES = ["是", "有", "√", "✓", "x", "X", "yes", "YES", "y", "Y", "true", "True", "1", 1, 1.0, True]
NO = ["否", "无", "×", "✗", "no", "No", "n", "N", "false", "FALSE", "0", 0, 0.0, False, ""]


@pytest.mark.parametrize("word", YES)
def test_yes_words(word: object) -> None:
    assert values.parse(word, bool) is True


@pytest.mark.parametrize("word", NO)
def test_no_words(word: object) -> None:
    assert values.parse(word, bool) is False


@pytest.mark.parametrize("word", ["maybe", "是的", "2", "ok"])
def test_other_words_are_not_yes_or_no(word: str) -> None:
    with pytest.raises(ValueError, match="is not yes/no"):
        values.parse(word, bool)


@pytest.mark.parametrize(
    "text",
    ["2026-03-02", "2026/3/2", "2026.3.2", "2026年3月2日", "20260302", " 2026-03-02 10:30 "],
)
def test_dates(text: str) -> None:
    assert values.parse(text, date | None) == date(2026, 3, 2)


def test_a_date_value_and_blank() -> None:
    assert values.parse(datetime(2026, 3, 2, 9, 0), date | None) == date(2026, 3, 2)
    assert values.parse("", date | None) is None
    with pytest.raises(ValueError, match="is not a date"):
        values.parse("2026-02-30", date | None)


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("02", AlgorithmType.PUSH),
        ("2", AlgorithmType.PUSH),
        ("PUSH", AlgorithmType.PUSH),
        ("个性化推送类", AlgorithmType.PUSH),
        ("个性化推送", AlgorithmType.PUSH),
        ("personalised push", AlgorithmType.PUSH),
    ],
)
def test_choices_by_code_name_or_label(text: str, member: AlgorithmType) -> None:
    assert values.parse(text, AlgorithmType) is member


def test_role_words_and_unknown_choices() -> None:
    assert values.parse("技术支持者", Role) is Role.SUPPORTER
    with pytest.raises(ValueError, match="is not one of"):
        values.parse("未知类", AlgorithmType)


def test_lists_of_choices() -> None:
    hint = tuple[Modality, ...]
    expected = (Modality.TEXT, Modality.IMAGE)
    for given_value in ("文本、图像", "text, image", "文本；Image", ["text", Modality.IMAGE]):
        assert values.parse(given_value, hint) == expected
    assert values.parse("", hint) == ()


def test_text() -> None:
    assert values.parse("  甲  ", str) == "甲"
    assert values.parse(13800138000.0, str) == "13800138000"
    assert values.parse(None, str) == ""
    with pytest.raises(ValueError, match="expected text"):
        values.parse(["a"], str)


@pytest.mark.parametrize(
    ("value", "zh", "en"),
    [
        (True, "是", "Yes"),
        (False, "否", "No"),
        (date(2026, 3, 2), "2026年3月2日", "2026-03-02"),
        (AlgorithmType.PUSH, "个性化推送类", "Personalised push"),
        ((Modality.TEXT, Modality.IMAGE), "文本、图像", "Text, Image"),
        (None, "", ""),
    ],
)
def test_show(value: object, zh: str, en: str) -> None:
    assert values.show(value, "zh") == zh
    assert values.show(value, "en") == en


@given(st.booleans(), st.sampled_from(["zh", "en"]))
def test_shown_yes_no_reads_back(value: bool, lang: str) -> None:
    assert values.parse(values.show(value, lang), bool) is value


def test_plain_form_and_back() -> None:
    moment = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    assert values.to_plain((Modality.TEXT,)) == ["text"]
    assert values.to_plain(Change("algorithm.name", "甲", "乙")) == {
        "field": "algorithm.name",
        "old": "甲",
        "new": "乙",
    }
    assert values.from_plain(values.to_plain(moment), datetime) == moment
    assert values.from_plain("2026-03-02", date) == date(2026, 3, 2)
    assert values.from_plain("02", AlgorithmType) is AlgorithmType.PUSH


@pytest.mark.parametrize(
    ("value", "hint", "expected"),
    [
        ("yes", bool, "true or false"),
        (1, str, "a text"),
        (True, int, "a whole number"),
        ("20260302", date, "a date (YYYY-MM-DD)"),
        (5, datetime, "a date and time (ISO 8601)"),
        ("push", AlgorithmType, "one of 01, 02"),
    ],
)
def test_plain_form_is_strict(value: object, hint: object, expected: str) -> None:
    with pytest.raises(ValueError, match=expected.replace("(", r"\(").replace(")", r"\)")):
        values.from_plain(value, hint)


def test_numbers_and_values_the_vocabulary_has_no_words_for() -> None:
    assert values.parse("7", int | None) == 7
    assert values.parse(7, int | None) == 7
    assert values.parse({"a": "b"}, dict[str, str]) == {"a": "b"}
    assert values.show("  甲 ") == "甲"
    with pytest.raises(ValueError, match=r"expected dict\[str, str\]"):
        values.from_plain(1, dict[str, str])
