"""GenAI model numbers (domain.genai_numbers, and ``numbers.classify`` that picks them): the real
examples of domain.md Part B §3.2 accepted with their kind, province spellings, malformed numbers
refused with a reason, calendar dates and the day the number was granted."""

from __future__ import annotations

from datetime import date

import pytest

from filing_desk.domain.enums import ModelTrack, Severity
from filing_desk.domain.genai_numbers import (
    PROVINCES,
    check_model_number,
    parse_model_number,
    province_of,
)
from filing_desk.domain.numbers import NumberKind, classify, verdict

F, R = ModelTrack.FILING, ModelTrack.REGISTRATION
K = NumberKind

# Every number Part B §3.2 quotes from the published lists, with its kind and province.
REAL_EXAMPLES = [
    ("Beijing-YunQue-20230821", K.GENAI_FILING, "北京"),
    ("ZheJiang-TongYiQianWen-20230901", K.GENAI_FILING, "浙江"),
    ("Guangdong-TencentHunyuan-20230901", K.GENAI_FILING, "广东"),
    ("Beijing-DeepseekChat-202404280016", K.GENAI_FILING, "北京"),
    ("ZheJiang-WenShengYi-202510100042", K.GENAI_FILING, "浙江"),
    ("Jiangsu-CarrotAI-202407030002", K.GENAI_FILING, "江苏"),
    ("Tianjin-DiDiAILvXingXiaoZhuShou-20251011S0007", K.GENAI_REGISTRATION, "天津"),
    ("Shanghai-YiMiaoQianWen-20251031S0120", K.GENAI_REGISTRATION, "上海"),
]


@pytest.mark.parametrize(("text", "kind", "province"), REAL_EXAMPLES)
def test_real_examples_are_accepted_with_their_kind(text, kind, province):
    found = classify(text)
    assert (found.kind, found.issues, verdict(found)) == (kind, (), "ok")
    track = F if kind is K.GENAI_FILING else R
    number = parse_model_number(text, track)
    assert number is not None and number.province == province


@pytest.mark.parametrize(
    ("spelling", "province"),
    [
        ("Beijing", "北京"),
        ("BeiJing", "北京"),
        ("BEIJING", "北京"),
        ("Zhejiang", "浙江"),
        ("ZheJiang", "浙江"),
        ("ChongQing", "重庆"),
        ("Chongqing", "重庆"),
        ("Neimenggu", "内蒙古"),
        ("NeiMengGu", "内蒙古"),
        ("InnerMongolia", "内蒙古"),
        ("Xizang", "西藏"),
        ("XiZang", "西藏"),
        ("Tibet", "西藏"),
        ("Xinjiang", "新疆"),
        ("XinJiang", "新疆"),
        ("Shanxi", "山西"),
        ("Shaanxi", "陕西"),
        ("HeiLongJiang", "黑龙江"),
        ("Bingtuan", "新疆生产建设兵团"),
        ("ZhongYangQiYe", "中央企业"),
        ("Zhongyangqiye", "中央企业"),
        ("Peking", None),
        ("Shenzhen", None),  # a city, not a province
        ("", None),
    ],
)
def test_province_spellings(spelling, province):
    assert province_of(spelling) == province


def test_the_table_has_every_province_once():
    provinces = set(PROVINCES) - {"新疆生产建设兵团", "中央企业"}
    assert len(provinces) == 31
    spellings = [s.casefold() for variants in PROVINCES.values() for s in variants]
    assert len(spellings) == len(set(spellings)), "a spelling stands for two provinces"


@pytest.mark.parametrize(
    ("text", "track"),
    [
        ("NeiMengGu-CaoYuan-20240301", F),
        ("ZhongYangQiYe-GuoNengZhiNeng-202406180003", F),
        ("ChongQing-ShanCheng-20250102S0001", R),
        ("Xizang-GaoYuan-20250102s0001", R),  # lower-case s
        ("Shanghai-Some-Model-V2-20240101", F),  # hyphens in the name
        ("Ｂｅｉｊｉｎｇ-YunQue-20230821", F),  # full-width letters
        (" Beijing-YunQue-20230821 ", F),
    ],
)
def test_variants_pass_without_issues(text, track):
    assert check_model_number(text, track) == []


@pytest.mark.parametrize(
    ("text", "track", "code", "severity", "params"),
    [
        ("Beijing-WenXin-2023082", F, "model_no.format", Severity.ERROR, None),
        ("Beijing-20230821", F, "model_no.format", Severity.ERROR, None),
        ("北京-文心-20230821", F, "model_no.format", Severity.ERROR, None),
        ("Beijing-WenXin-202308210001S", F, "model_no.format", Severity.ERROR, None),
        ("Beijing-WenXin-20230821S0001", F, "model_no.format", Severity.ERROR, None),
        ("Beijing-WenXin-20230821", R, "model_no.format", Severity.ERROR, None),
        ("Beijing-WenXin-20230821S001", R, "model_no.format", Severity.ERROR, None),
        ("Beijing-WenXin-202308210001", R, "model_no.format", Severity.ERROR, None),
        ("Beijing-WenXin-20230230", F, "model_no.date", Severity.ERROR, {"date": "20230230"}),
        ("Beijing-WenXin-20231301S0001", R, "model_no.date", Severity.ERROR, None),
        ("Beijing-WenXin-20230000", F, "model_no.date", Severity.ERROR, None),
        ("Beijing-WenXin-20240229", F, None, None, None),  # a leap day is a real date
        ("Beijing-WenXin-20230229", F, "model_no.date", Severity.ERROR, None),
        (
            "Peking-WenXin-20230821",
            F,
            "model_no.province",
            Severity.WARNING,
            {"province": "Peking"},
        ),
        ("Shenzhen-X-20251031S0120", R, "model_no.province", Severity.WARNING, None),
    ],
)
def test_malformed_and_doubtful_numbers(text, track, code, severity, params):
    issues = check_model_number(text, track, field="service.number")
    if code is None:
        assert issues == []
        return
    [issue] = issues
    assert (issue.code, issue.severity, issue.field) == (code, severity, "service.number")
    assert issue.text  # the reason, in English, for the CLI
    if params is not None:
        assert issue.params == params


def test_format_error_names_the_shape_of_the_track():
    [filing] = check_model_number("nonsense", F)
    [registration] = check_model_number("nonsense", R)
    assert "Province-Name-YYYYMMDD or Province-Name-YYYYMMDDNNNN" in filing.text
    assert "Province-Name-YYYYMMDDSNNNN" in registration.text


def test_a_bad_date_is_reported_alone():
    # the province is unknown too, but a number whose date is no day is wrong first
    [issue] = check_model_number("Peking-X-20231341", F)
    assert issue.code == "model_no.date"


@pytest.mark.parametrize(
    ("text", "track", "decided", "warned"),
    [
        ("Shanghai-YiMiaoQianWen-20251031S0120", R, date(2025, 11, 20), False),  # weeks before
        ("Shanghai-YiMiaoQianWen-20251031S0120", R, date(2025, 10, 31), False),  # same day
        ("Shanghai-YiMiaoQianWen-20251031S0120", R, date(2025, 10, 30), True),
        ("Beijing-YunQue-20230821", F, date(2023, 8, 1), True),
        ("Beijing-YunQue-20230821", F, None, False),  # the caller does not know the day
    ],
)
def test_date_after_the_decision_is_a_warning(text, track, decided, warned):
    issues = check_model_number(text, track, decided=decided)
    codes = [(i.code, i.severity) for i in issues]
    assert codes == ([("model_no.after_decision", Severity.WARNING)] if warned else [])
    if warned:
        assert issues[0].params["decided"] == decided.isoformat()


def test_unknown_province_and_late_date_are_both_reported():
    issues = check_model_number("Peking-X-20230821", F, decided=date(2023, 8, 1))
    assert [i.code for i in issues] == ["model_no.province", "model_no.after_decision"]
    assert not any(i.is_error for i in issues)


@pytest.mark.parametrize(
    ("text", "decided", "kind", "starts"),
    [
        ("Peking-YunQue-20230821", None, K.GENAI_FILING, "warning: Peking is not a province"),
        ("Beijing-YunQue-20230821", date(2023, 8, 1), K.GENAI_FILING, "warning: The number's"),
        ("Tianjin-DiDi-20251011S0007", date(2025, 11, 1), K.GENAI_REGISTRATION, "ok"),
        ("Tianjin-DiDi-20251032S0007", None, K.GENAI_REGISTRATION, "error: 20251032"),
    ],
)
def test_classify_passes_the_decision_day(text, decided, kind, starts):
    found = classify(text, decided)
    assert found.kind is kind
    assert verdict(found).startswith(starts)
