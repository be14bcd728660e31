"""Generative-AI model numbers: the 备案号 ``Province-Name-YYYYMMDD[NNNN]`` and the 上线编号 (登记)
``Province-Name-YYYYMMDDSNNNN`` → parts and Issues (domain.md Part A item 9, Part B §3.2).

Owns the table of province spellings the CAC's lists use (every variant maps to one province).
A malformed number and a date part that is no calendar day are errors; an unknown province and a
date after the decision are warnings only (spellings vary and lists are not always right). No Qt,
no I/O; ``codes.check_model_number`` is this module's check under its old name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from filing_desk.domain.enums import ModelTrack, Severity
from filing_desk.domain.issues import Issue

# Province (or filing body) → the spellings seen or expected in numbers. Matching ignores case, so
# Beijing/BeiJing/BEIJING are one spelling; only the other variants are listed.
PROVINCES: dict[str, tuple[str, ...]] = {
    "北京": ("Beijing",),
    "天津": ("Tianjin",),
    "河北": ("Hebei",),
    "山西": ("Shanxi",),
    "内蒙古": ("Neimenggu", "Neimeng", "Neimongol", "InnerMongolia"),
    "辽宁": ("Liaoning",),
    "吉林": ("Jilin",),
    "黑龙江": ("Heilongjiang",),
    "上海": ("Shanghai",),
    "江苏": ("Jiangsu",),
    "浙江": ("Zhejiang",),
    "安徽": ("Anhui",),
    "福建": ("Fujian",),
    "江西": ("Jiangxi",),
    "山东": ("Shandong",),
    "河南": ("Henan",),
    "湖北": ("Hubei",),
    "湖南": ("Hunan",),
    "广东": ("Guangdong",),
    "广西": ("Guangxi",),
    "海南": ("Hainan",),
    "重庆": ("Chongqing",),
    "四川": ("Sichuan",),
    "贵州": ("Guizhou",),
    "云南": ("Yunnan",),
    "西藏": ("Xizang", "Tibet"),
    "陕西": ("Shaanxi",),
    "甘肃": ("Gansu",),
    "青海": ("Qinghai",),
    "宁夏": ("Ningxia",),
    "新疆": ("Xinjiang",),
    "新疆生产建设兵团": ("Bingtuan", "XinjiangBingtuan", "Xinjiangshengchanjianshebingtuan"),
    # Central state-owned enterprises file with the national CAC under this prefix.
    "中央企业": ("ZhongYangQiYe", "Yangqi"),
}
_BY_SPELLING = {s.casefold(): zh for zh, spellings in PROVINCES.items() for s in spellings}

# The name may itself hold hyphens ("Some-Model-V2"): the province is the first part, the date
# block the last.
_SHAPES = {
    ModelTrack.FILING: re.compile(r"^([A-Za-z]+)-(\S+)-(\d{8})(\d{4})?$"),
    ModelTrack.REGISTRATION: re.compile(r"^([A-Za-z]+)-(\S+)-(\d{8})[Ss](\d{4})$"),
}
SHAPES = {
    ModelTrack.FILING: "Province-Name-YYYYMMDD or Province-Name-YYYYMMDDNNNN",
    ModelTrack.REGISTRATION: "Province-Name-YYYYMMDDSNNNN",
}
_ERROR, _WARNING = Severity.ERROR, Severity.WARNING


@dataclass(frozen=True)
class GenAINumber:
    """The parts of a well-formed number (its date part not yet judged)."""

    province_spelling: str
    name: str
    digits: str  # YYYYMMDD as written
    serial: str  # NNNN, "" for the 2023 filings without one

    @property
    def province(self) -> str | None:
        """The province (Chinese name) the spelling stands for, None when it is unknown."""
        return province_of(self.province_spelling)

    @property
    def day(self) -> date | None:
        """The date part, None when it is not a calendar day."""
        try:
            return date(int(self.digits[:4]), int(self.digits[4:6]), int(self.digits[6:8]))
        except ValueError:
            return None


def province_of(spelling: str) -> str | None:
    """The province a spelling stands for (any case), or None."""
    return _BY_SPELLING.get(spelling.casefold())


def _clean(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def parse_model_number(text: str, track: ModelTrack) -> GenAINumber | None:
    """The parts of a filing (备案号) or registration (上线编号) number, None if malformed."""
    match = _SHAPES[ModelTrack(track)].match(_clean(text))
    if match is None:
        return None
    province, name, digits, serial = match.groups()
    return GenAINumber(province, name, digits, serial or "")


def _part_issues(number: GenAINumber, field: str, decided: date | None) -> list[Issue]:
    day = number.day
    if day is None:
        text = f"{number.digits} in the number is not a real date (YYYYMMDD)."
        return [Issue("model_no.date", field, _ERROR, {"date": number.digits}, text)]
    issues = []
    if number.province is None:
        spelling = number.province_spelling
        text = (
            f"{spelling} is not a province spelling the CAC's lists use (e.g. Beijing, "
            "ZheJiang, ZhongYangQiYe); please check the number."
        )
        issues.append(Issue("model_no.province", field, _WARNING, {"province": spelling}, text))
    if decided is not None and day > decided:
        text = (
            f"The number's date {day.isoformat()} is after the decision of "
            f"{decided.isoformat()}; the date part is usually a little before it."
        )
        params = {"date": day.isoformat(), "decided": decided.isoformat()}
        issues.append(Issue("model_no.after_decision", field, _WARNING, params, text))
    return issues


def check_model_number(
    text: str,
    track: ModelTrack,
    field: str = "model.track_number",
    decided: date | None = None,
) -> list[Issue]:
    """Check a GenAI filing or registration number; empty text gives no issue.

    ``decided`` is the day the filing or registration was granted, when the caller knows it.
    """
    if not _clean(text):
        return []
    track = ModelTrack(track)
    if track is ModelTrack.NOT_REQUIRED:
        text = "A number is recorded although the model needs neither filing nor registration."
        return [Issue("model_no.unexpected", field, _WARNING, {}, text)]
    number = parse_model_number(text, track)
    if number is None:
        shape = SHAPES[track]
        text = f"A {track.en.lower()} number reads {shape}."
        return [Issue("model_no.format", field, _ERROR, {"shape": shape}, text)]
    return _part_issues(number, field, decided)
