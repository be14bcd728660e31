"""Codes: USCC, filing numbers (against every number in the CAC's own lists), model numbers."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from filing_desk.domain.codes import (
    FilingNumber,
    check_date_order,
    check_email,
    check_filing_number,
    check_model_number,
    check_phone,
    check_uscc,
    filing_check_digit,
    format_filing_number,
    normalise_filing_number,
    normalise_uscc,
    parse_filing_number,
    region_name,
    uscc_check_char,
)
from filing_desk.domain.enums import AlgorithmType, ModelTrack, Severity
from tests.helpers.cac_lists import CAC_LIST_ROWS, CAC_LISTS_DIR, read_cac_list


def codes(issues: list) -> list[str]:
    return [i.code for i in issues]


# --- USCC ----------------------------------------------------------------------------------------

# Real codes (they pass both GB 32100 and the GB 11714 sub-check); the first is python-stdnum's.
VALID_USCC = [
    "91110000600037341L",
    "91350100M000100Y43",
    "9144030071526726XG",
    "91330100716105852F",
    "91110108MA01G0FB09",
]


@pytest.mark.parametrize("code", VALID_USCC)
def test_valid_uscc(code: str) -> None:
    assert check_uscc(code) == []


def test_uscc_normalised_before_checking() -> None:
    assert normalise_uscc(" 91110000600037341l\n") == "91110000600037341L"
    assert check_uscc(" 9111 0000 6000 3734 1l ") == []
    assert check_uscc("９１１１００００６０００３７３４１Ｌ") == []  # full-width


def test_uscc_wrong_check_char() -> None:
    [issue] = check_uscc("91110000600037341X")
    assert issue.code == "uscc.check_char" and issue.severity is Severity.ERROR
    assert issue.params == {"expected": "L", "found": "X"}
    assert issue.field == "entity.uscc"
    assert "should be L" in issue.text


@pytest.mark.parametrize("code", ["9111000060003734", "91110000600037341LL", ""])
def test_uscc_wrong_length(code: str) -> None:
    [issue] = check_uscc(code, field="entity.x")
    assert issue.code == "uscc.length" and issue.is_error
    assert issue.params == {"length": len(code)}
    assert f"has {len(code)}" in issue.message and issue.message.startswith("entity.x: ")


@pytest.mark.parametrize("letter", list("IOZSV"))
def test_uscc_each_forbidden_letter(letter: str) -> None:
    code = "91110000600037341L"
    bad = code[:10] + letter + code[11:]
    [issue] = check_uscc(bad)
    assert issue.code == "uscc.forbidden_char" and issue.is_error
    assert issue.params == {"chars": letter}
    assert f"found {letter}" in issue.text


def test_uscc_reports_length_and_characters_together() -> None:
    assert codes(check_uscc("91I1-0000")) == [
        "uscc.forbidden_char",
        "uscc.invalid_char",
        "uscc.length",
    ]


def test_uscc_org_code_is_only_a_warning() -> None:
    # Break the organisation code's own check (position 17), then make position 18 right again.
    first17 = "9111000060003734" + "2"
    code = first17 + uscc_check_char(first17)
    [issue] = check_uscc(code)
    assert issue.code == "uscc.org_code" and issue.severity is Severity.WARNING
    assert issue.params == {"org_code": "600037342", "expected": "1"}


@given(st.text(alphabet="0123456789ABCDEFGHJKLMNPQRTUWXY", min_size=17, max_size=17))
def test_uscc_check_char_roundtrip(first17: str) -> None:
    code = first17 + uscc_check_char(first17)
    assert not [i for i in check_uscc(code) if i.is_error]
    wrong = next(c for c in "0123456789" if c != code[17])
    assert "uscc.check_char" in codes(check_uscc(first17 + wrong))


# --- filing numbers ------------------------------------------------------------------------------

MISPRINT = "网信算备1101082242366066220017号"  # 2022-08 list, one digit too many


@pytest.mark.parametrize(
    "text",
    [
        "网信算备110108224236606220017号",
        "110108224236606220017",
        "  网信算备110108224236606220017号 ",
        "网信算备１１０１０８２２４２３６６０６２２００１７号",  # full-width digits
        "网信算备 110108224236606220017 号",
    ],
)
def test_normalise_filing_number(text: str) -> None:
    assert normalise_filing_number(text) == "110108224236606220017"


@pytest.mark.parametrize(
    "text", [MISPRINT, "网信算备1100000123456789", "备案110108224236606220017", "", "abc"]
)
def test_normalise_rejects(text: str) -> None:
    assert normalise_filing_number(text) is None


def test_format_and_parse() -> None:
    assert format_filing_number("110108823483901230031") == "网信算备110108823483901230031号"
    number = parse_filing_number("110108823483901230031")
    assert number == FilingNumber("110108", "8234839", "01", 2023, 3, "1")
    assert number.algo_type is AlgorithmType.GENERATION
    assert parse_filing_number("110108823483999230031").algo_type is None
    with pytest.raises(ValueError):
        parse_filing_number("1101088234839012300")


def test_misprint_is_an_error_naming_22_digits() -> None:
    [issue] = check_filing_number(MISPRINT)
    assert issue.code == "filing_no.length" and issue.is_error
    assert issue.params == {"digits": 22}
    assert "22 digits" in issue.text


@pytest.mark.parametrize(
    "text", ["网信算备ABC号", "No. 110108", "网信算备110108-823483901230031号"]
)
def test_wrong_shape_is_a_format_error(text: str) -> None:
    assert codes(check_filing_number(text)) == ["filing_no.format"]


def test_domain_examples() -> None:
    # domain.md Part B §5.3, with their types.
    examples = {
        "网信算备110101135224302220011号": AlgorithmType.PUSH,
        "网信算备110101135224304220013号": AlgorithmType.RETRIEVAL,
        "网信算备110108077222703220015号": AlgorithmType.RANKING,
        "网信算备330110872770704220021号": AlgorithmType.RETRIEVAL,
        "网信算备110108004826505240013号": AlgorithmType.FILTERING,
        "网信算备110108224236606220017号": AlgorithmType.SCHEDULING,
        "网信算备110108970550101240011号": AlgorithmType.GENERATION,
        "310112174995401260029": AlgorithmType.GENERATION,
    }
    for text, algo_type in examples.items():
        assert check_filing_number(text, algo_type) == [], text


def test_warnings() -> None:
    # Region 330113 (临平区, 2021) is missing from python-stdnum's table: a warning only.
    d20 = "33011312345670124001"
    issues = check_filing_number(d20 + filing_check_digit(d20))
    assert codes(issues) == ["filing_no.region"]
    assert issues[0].severity is Severity.WARNING
    # Type mismatch.
    [mismatch] = check_filing_number("110108224236606220017", AlgorithmType.PUSH)
    assert mismatch.code == "filing_no.type_mismatch" and not mismatch.is_error
    assert mismatch.params == {"type": "06", "expected": "02"}
    # Unknown type code.
    d20 = "11010822423660922001"
    assert codes(check_filing_number(d20 + filing_check_digit(d20))) == ["filing_no.type_unknown"]
    # The one miss of §5.2, probably a typo in the source list.
    [check] = check_filing_number("440305295988702220055")
    assert check.code == "filing_no.check_digit" and check.severity is Severity.WARNING
    # Σ w·d over 44030529598870222005 with w = 2,1,3,4…: 8+4+0+12+0+5+6+36+10+9+24+32+14+0+6+8
    # +4+0+0+20 = 198; 198 mod 5 = 3; check = 2·3 + 1 = 7.
    assert check.params == {"expected": "7", "found": "5"}


def test_region_name() -> None:
    assert region_name("110108") == "海淀区"
    assert region_name("440305") == "南山区"  # "[1983-1989]南头区办事处,[1990-]南山区"
    assert region_name("330113") is None
    assert region_name("406301") is None


@given(st.text(alphabet="0123456789", min_size=20, max_size=20))
def test_check_digit_is_odd_and_detects_single_digit_errors(d20: str) -> None:
    check = filing_check_digit(d20)
    assert check in "13579"
    assert "filing_no.check_digit" not in codes(check_filing_number(d20 + check))
    # Any change of one digit in the first 20 changes the weighted sum by w·δ, nonzero mod 5
    # unless δ = ±5.
    altered = str((int(d20[0]) + 1) % 10) + d20[1:]
    assert filing_check_digit(altered) != check


@pytest.fixture(scope="module")
def cac_rows() -> list[tuple[str, dict[str, str]]]:
    """Every row of the four CAC annexes, with its file name."""
    rows = []
    for name, count in CAC_LIST_ROWS.items():
        table = read_cac_list(CAC_LISTS_DIR / name)
        assert len(table) == count, name
        rows += [(name, row) for row in table]
    return rows


def test_every_number_in_the_cac_lists(cac_rows: list[tuple[str, dict[str, str]]]) -> None:
    assert len(cac_rows) == 30 + 69 + 41 + 608
    malformed = []
    for name, row in cac_rows:
        text = row["备案编号"]
        d21 = normalise_filing_number(text)
        if d21 is None:
            malformed.append(text)
            assert [i.is_error for i in check_filing_number(text)] == [True], text
            continue
        assert format_filing_number(d21) == text, (name, text)
        issues = check_filing_number(text)
        assert not [i for i in issues if i.is_error], (name, text, issues)
        # The inferred check digit holds on every well-formed number (README of the lists).
        assert "filing_no.check_digit" not in codes(issues), (name, text)
    assert malformed == [MISPRINT]


def test_cac_list_type_codes_match_the_printed_category(
    cac_rows: list[tuple[str, dict[str, str]]],
) -> None:
    # Algorithm lists print 算法类别; all deep-synthesis numbers are type 01. The first list's two
    # 调度决策 rows numbered 05 (domain.md §5.1) are the known exception.
    families = {"检索过滤类": (AlgorithmType.RETRIEVAL, AlgorithmType.FILTERING)}
    odd = []
    for name, row in cac_rows:
        d21 = normalise_filing_number(row["备案编号"])
        if d21 is None:
            continue
        found = parse_filing_number(d21).algo_type
        category = row.get("算法类别", AlgorithmType.GENERATION.zh)
        expected = families.get(category) or (AlgorithmType.parse(category),)
        if found not in expected:
            odd.append((name, category, found))
    assert odd == [
        ("algorithm-list-2022-08.docx", "调度决策类", AlgorithmType.FILTERING),
        ("algorithm-list-2022-08.docx", "调度决策类", AlgorithmType.FILTERING),
    ]


# --- model numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "track"),
    [
        ("Beijing-WenXinYiYan-20230821", ModelTrack.FILING),
        ("BeiJing-DeepSeek-202403280001", ModelTrack.FILING),
        ("Shanghai-Some-Model-V2-20240101", ModelTrack.FILING),  # hyphens in the name
        ("Zhejiang-Tongyi-20250315S0012", ModelTrack.REGISTRATION),
        ("", ModelTrack.FILING),  # nothing entered yet
    ],
)
def test_valid_model_numbers(text: str, track: ModelTrack) -> None:
    assert check_model_number(text, track) == []


@pytest.mark.parametrize(
    ("text", "track", "code"),
    [
        ("Beijing-WenXin-2023082", ModelTrack.FILING, "model_no.format"),
        ("Beijing-20230821", ModelTrack.FILING, "model_no.format"),
        ("北京-文心-20230821", ModelTrack.FILING, "model_no.format"),
        ("Beijing-WenXin-20230821", ModelTrack.REGISTRATION, "model_no.format"),
        ("Beijing-WenXin-20230821S001", ModelTrack.REGISTRATION, "model_no.format"),
        ("Beijing-WenXin-20230230", ModelTrack.FILING, "model_no.date"),
        ("Beijing-WenXin-20231301S0001", ModelTrack.REGISTRATION, "model_no.date"),
    ],
)
def test_bad_model_numbers(text: str, track: ModelTrack, code: str) -> None:
    [issue] = check_model_number(text, track)
    assert issue.code == code and issue.is_error
    assert issue.field == "model.track_number"


def test_model_number_without_track_is_a_warning() -> None:
    [issue] = check_model_number("Beijing-X-20230821", ModelTrack.NOT_REQUIRED)
    assert issue.code == "model_no.unexpected" and issue.severity is Severity.WARNING


def test_model_format_message_names_the_shape() -> None:
    [issue] = check_model_number("nonsense", ModelTrack.REGISTRATION)
    assert "Province-Name-YYYYMMDDSNNNN" in issue.text


# --- contact details and dates -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["13812345678", "+86 138 1234 5678", "010-12345678", "(0755) 1234 5678", "0571-8888888", ""],
)
def test_valid_phones(text: str) -> None:
    assert check_phone(text) == []


@pytest.mark.parametrize("text", ["12812345678", "1381234567", "12345", "phone", "138123456789"])
def test_bad_phones(text: str) -> None:
    assert codes(check_phone(text)) == ["phone.format"]


@pytest.mark.parametrize("text", ["a@b.cn", "zhang.san+algo@example.com.cn", ""])
def test_valid_emails(text: str) -> None:
    assert check_email(text) == []


@pytest.mark.parametrize("text", ["a@b", "a b@c.cn", "@c.cn", "a@@c.cn", "a@c."])
def test_bad_emails(text: str) -> None:
    [issue] = check_email(text, field="entity.contact_email")
    assert issue.code == "email.format" and issue.field == "entity.contact_email"


def test_date_order() -> None:
    launch, end = date(2026, 3, 1), date(2026, 2, 1)
    [issue] = check_date_order(launch, end, "algorithm.termination_date", what="Termination date")
    assert issue.code == "date.order"
    assert issue.text == "Termination date (2026-02-01) is before the earlier date (2026-03-01)."
    assert check_date_order(end, launch, "x") == []
    assert check_date_order(None, launch, "x") == []
