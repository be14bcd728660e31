"""Field types: formatting for screen and PDF in both languages, and validation into Issues."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from filing_desk.domain.enums import AlgorithmType, Modality, ProductForm, Role
from filing_desk.domain.records import AttachmentInfo
from filing_desk.forms.fieldtypes import TYPES, format_value, is_empty
from tests.helpers.factories import PUSH_NUMBER, USCC


@pytest.mark.parametrize(
    ("type_name", "value", "zh", "en"),
    [
        ("date", date(2026, 3, 2), "2026年3月2日", "2026-03-02"),
        ("bool", True, "是", "Yes"),
        ("bool", False, "否", "No"),
        ("choice", Role.SUPPORTER, "服务技术支持者", "Technical supporter"),
        ("choice", ProductForm.MINI_PROGRAM, "小程序", "Mini-program"),
        ("multichoice", (Modality.TEXT, Modality.IMAGE), "文本、图像", "Text, Image"),
        ("filing_no", PUSH_NUMBER, f"网信算备{PUSH_NUMBER}号", f"网信算备{PUSH_NUMBER}号"),
        ("uscc", USCC.lower(), USCC, USCC),
        ("number", 1200000, "1,200,000", "1,200,000"),
        ("text", "  示例  ", "示例", "示例"),
        ("longtext", None, "", ""),
        ("multichoice", (), "", ""),
    ],
)
def test_format(type_name: str, value: object, zh: str, en: str) -> None:
    assert format_value(type_name, value, "zh") == zh
    assert format_value(type_name, value, "en") == en


def test_attachment_shows_its_file_name() -> None:
    info = AttachmentInfo(1, None, 1, None, "营业执照.pdf", 10, "0" * 64, 1, False, None)  # type: ignore[arg-type]
    assert format_value("attachment", info) == "营业执照.pdf"


def test_fieldref_shows_the_spec_label() -> None:
    assert format_value("fieldref", "entity.officer_name") == "算法安全责任人姓名"
    assert format_value("fieldref", "entity.officer_name", "en") == "Algorithm-security officer"


def test_false_and_zero_are_values() -> None:
    assert not is_empty(False)
    assert not is_empty(0)
    assert is_empty("  ")


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
def test_dates_round_trip_in_english(day: date) -> None:
    assert date.fromisoformat(format_value("date", day, "en")) == day


def test_wrong_python_type_is_an_issue() -> None:
    issues = TYPES["date"].validate("2026-03-02", field="algorithm.launch_date")
    assert [i.code for i in issues] == ["form.type"]
    assert issues[0].field == "algorithm.launch_date"


def test_multichoice_rejects_non_enum_members() -> None:
    assert TYPES["multichoice"].validate(("文本",), field="x")[0].code == "form.type"
    assert TYPES["number"].validate(True, field="x")[0].code == "form.type"


def test_code_types_use_the_domain_validators() -> None:
    codes = pytest.importorskip("filing_desk.domain.codes")
    assert TYPES["uscc"].validate(USCC, field="entity.uscc") == []
    bad = TYPES["uscc"].validate(USCC[:-1] + "0", field="entity.uscc")
    assert bad and bad[0].field == "entity.uscc" and bad[0].is_error
    assert TYPES["phone"].validate("12345", field="entity.officer_phone")[0].is_error
    assert TYPES["email"].validate("not-an-address", field="entity.officer_email")[0].is_error
    assert TYPES["filing_no"].validate(PUSH_NUMBER, algo_type=AlgorithmType.PUSH) == []
    mismatch = TYPES["filing_no"].validate(PUSH_NUMBER, field="f", algo_type=AlgorithmType.RANKING)
    assert mismatch and not any(i.is_error for i in mismatch)  # a type-code mismatch warns
    assert codes.check_uscc(USCC) == []
