"""The demo register is realistic and fictional (domain.md Part A item 18, issue 15 item 10).

One table of rules, each read off a freshly filled demo register: no filing number inside a real
filer's range (the CAC annexes in tests/fixtures/cac-lists), year digits equal to the year the
filing was granted, every code valid by its own check, real region codes that agree with each
other, no template text, no English inside Chinese fields, technical supporters only for
生成合成类, model numbers in the right filer's province. Each rule returns the offending values,
so a failure names them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import fields
from datetime import date
from pathlib import Path

import pytest

from filing_desk.domain import codes, idcards, validation
from filing_desk.domain.enums import (
    AlgorithmState,
    AlgorithmType,
    IdType,
    ModelOrigin,
    ModelTrack,
    ProcedureKind,
    Role,
)
from filing_desk.domain.fields.declare import Check, Kind, declared
from filing_desk.domain.records import RECORD_KINDS
from tests.helpers.cac_lists import CAC_LISTS_DIR, read_cac_list
from tests.helpers.demo_forms import DemoRecords, open_demo, records_of
from tests.helpers.registers import TODAY

# GB/T 2260 province prefix → the spelling CAC model numbers use (case varies: ZheJiang)
PROVINCES = {
    "11": "beijing", "12": "tianjin", "13": "hebei", "14": "shanxi", "15": "neimenggu",
    "21": "liaoning", "22": "jilin", "23": "heilongjiang", "31": "shanghai", "32": "jiangsu",
    "33": "zhejiang", "34": "anhui", "35": "fujian", "36": "jiangxi", "37": "shandong",
    "41": "henan", "42": "hubei", "43": "hunan", "44": "guangdong", "45": "guangxi",
    "46": "hainan", "50": "chongqing", "51": "sichuan", "52": "guizhou", "53": "yunnan",
    "54": "xizang", "61": "shaanxi", "62": "gansu", "63": "qinghai", "64": "ningxia",
    "65": "xinjiang",
}  # fmt: skip
TEMPLATE_TEXT = re.compile(r"示例|样例|某|XXX|Lorem|ipsum|\btest|占位", re.IGNORECASE)
ASCII_WORD = re.compile(r"[A-Za-z]{3,}")
ALLOWED_WORDS = {"APP", "API", "ICP", "SDK", "URL"}
# text fields that hold codes or technical tokens, not Chinese prose
NOT_CHINESE = {
    "algorithm.output_formats",
    "entity.licence_number",
    "entity.news_licence_number",
    "model.version",
    "procedure.filing_number",
}
ANNEX_NUMBER = re.compile(r"\d{21,22}")


@pytest.fixture(scope="module", params=[TODAY, date(2026, 3, 2)], ids=str)
def demo(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[DemoRecords]:
    """The demo as filled on two "todays" (its dates are relative to the register's day)."""
    register = open_demo(tmp_path_factory.mktemp("demo"), request.param)
    try:
        yield records_of(register)
    finally:
        register.close()


def annex_numbers() -> set[str]:
    """Every filing number printed in the four CAC annexes kept in the repository."""
    found = set()
    for path in sorted(Path(CAC_LISTS_DIR).glob("*.docx")):
        for row in read_cac_list(path):
            found.update(ANNEX_NUMBER.findall(" ".join(row.values())))
    return found


REAL_NUMBERS = annex_numbers()


def _filing_numbers(demo: DemoRecords) -> Iterator[tuple[str, str]]:
    for algo in demo.algorithms:
        if algo.filing_number:
            yield algo.name, codes.normalise_filing_number(algo.filing_number) or "?"
    for proc in demo.procedures:
        if proc.filing_number:
            yield f"procedure {proc.id}", codes.normalise_filing_number(proc.filing_number) or "?"


# --- the rules -------------------------------------------------------------------------------


def real_entity_segments(demo: DemoRecords) -> list[str]:
    segments = {n[6:13] for n in REAL_NUMBERS}
    return [
        f"{who}: {number}"
        for who, number in _filing_numbers(demo)
        if number in REAL_NUMBERS or number[6:13] in segments
    ]


def year_digits_not_filing_year(demo: DemoRecords) -> list[str]:
    out = []
    for a in demo.algorithms:
        year = codes.parse_filing_number(a.filing_number).year if a.filing_number else None
        if year is not None and (a.filed_date is None or a.filed_date.year != year):
            out.append(f"{a.name}: {a.filing_number} granted {a.filed_date}")
    return out


def filing_numbers_with_issues(demo: DemoRecords) -> list[str]:
    out = []
    for algo in demo.algorithms:
        if not algo.filing_number:
            continue
        issues = codes.check_filing_number(algo.filing_number, algo_type=algo.algo_type)
        number = codes.parse_filing_number(algo.filing_number)
        if issues or number.region != demo.entity_of(algo).region_code:
            out.append(f"{algo.name}: {algo.filing_number} {[i.text for i in issues]}")
    return out


def cross_check_warnings(demo: DemoRecords) -> list[str]:
    """One entity's numbers agree with it and each other (the warnings readiness shows)."""
    return [
        i.text
        for e in demo.entities
        for i in validation.validate_filing_numbers(
            e, [a for a in demo.algorithms if a.entity_id == e.id]
        ).issues
    ]


def records_with_issues(demo: DemoRecords) -> list[str]:
    """Every record passes the checks run before each write, warnings included."""
    out = []
    for record in demo.all():
        check = getattr(validation, f"validate_{type(record).__name__.lower()}", None)
        if check is not None:
            out += [f"{type(record).__name__}: {i.text}" for i in check(record).issues]
    return out


def codes_failing_their_check(demo: DemoRecords) -> list[str]:
    out = []
    for e in demo.entities:
        issues = codes.check_uscc(e.uscc)
        issues += codes.check_phone(e.officer_phone) + codes.check_phone(e.contact_phone)
        issues += codes.check_email(e.officer_email) + codes.check_email(e.contact_email)
        out += [f"{e.name}: {i.text}" for i in issues]
        if not e.uscc:
            out.append(f"{e.name}: no USCC")
    return out


def identity_documents(demo: DemoRecords) -> list[str]:
    """The legal representative's and the officer's 居民身份证: valid, a real region, an adult."""
    out = []
    for e in demo.entities:
        for who in ("legal_rep", "officer"):
            kind, number = getattr(e, f"{who}_id_type"), getattr(e, f"{who}_id_number")
            if kind is not IdType.RESIDENT_ID or not number:
                out.append(f"{e.name}: {who} has no 居民身份证 number")
                continue
            out += [f"{e.name}: {who} {i.text}" for i in idcards.check_resident_id(number)]
            born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
            if codes.region_name(number[:6]) is None or not 1960 <= born.year <= 2000:
                out.append(f"{e.name}: {who} {number} (region or birth date)")
    return out


def regions_not_real_or_inconsistent(demo: DemoRecords) -> list[str]:
    out = []
    for e in demo.entities:
        uscc_region = e.uscc[2:8]
        if codes.region_name(e.region_code) is None or codes.region_name(uscc_region) is None:
            out.append(f"{e.name}: {e.region_code} / {uscc_region} not in GB/T 2260")
        if uscc_region[:4] != e.region_code[:4]:
            out.append(f"{e.name}: USCC region {uscc_region} not in the city of {e.region_code}")
    return out


def template_text(demo: DemoRecords) -> list[str]:
    return [
        f"{type(r).__name__}.{name}: {value}"
        for r in demo.all()
        for name, value in _texts(r)
        if TEMPLATE_TEXT.search(value)
    ]


def english_in_chinese_fields(demo: DemoRecords) -> list[str]:
    kinds = {cls: prefix for prefix, cls in RECORD_KINDS.items()}
    out = []
    for record in demo.all():
        prefix = kinds.get(type(record), type(record).__name__.lower())
        for d in declared(type(record)):
            value = getattr(record, d.name)
            if d.shape.kind is not Kind.TEXT or d.decl.check is not Check.NONE:
                continue
            if f"{prefix}.{d.name}" in NOT_CHINESE or value.startswith(("http://", "https://")):
                continue
            words = set(ASCII_WORD.findall(value)) - ALLOWED_WORDS
            if words:
                out.append(f"{prefix}.{d.name}: {value}")
    return out


def supporters_not_generation(demo: DemoRecords) -> list[str]:
    return [
        a.name
        for a in demo.algorithms
        if a.role is Role.SUPPORTER and a.algo_type is not AlgorithmType.GENERATION
    ]


def model_numbers_in_wrong_province(demo: DemoRecords) -> list[str]:
    """A 备案号 is in its filer's province (the developer's, for a third-party model), and a
    third-party model carries exactly its developer's 备案号; a 登记 number is the deployer's."""
    by_name = {e.name: e for e in demo.entities}
    filed = {
        (demo_entity.name, m.name): m.track_number
        for m in demo.models
        for demo_entity in demo.entities
        if m.entity_id == demo_entity.id and m.origin is not ModelOrigin.THIRD_PARTY
    }
    out = []
    for m in demo.models:
        owner = next(e for e in demo.entities if e.id == m.entity_id)
        province = m.track_number.split("-")[0].lower()
        if m.track is ModelTrack.REGISTRATION:
            filer = owner
            if m.origin is not ModelOrigin.THIRD_PARTY or not filed.get((m.developer, m.name)):
                out.append(f"{m.name}: 登记 of a model whose developer has no 备案号 here")
        elif m.origin is ModelOrigin.THIRD_PARTY:
            filer = by_name.get(m.developer, owner)
            if filed.get((m.developer, m.name)) != m.track_number:
                out.append(f"{m.name}: not its developer's 备案号 {m.track_number}")
        else:
            filer = owner
        if m.track is not ModelTrack.NOT_REQUIRED and (
            PROVINCES.get(filer.region_code[:2]) != province
            or codes.check_model_number(m.track_number, m.track)
        ):
            out.append(f"{owner.name} / {m.name}: {m.track_number} (filer in {filer.region_code})")
    return out


def _texts(record: object) -> Iterator[tuple[str, str]]:
    for f in fields(record):  # type: ignore[arg-type]
        value = getattr(record, f.name)
        if isinstance(value, str):
            yield f.name, value


RULES: dict[str, Callable[[DemoRecords], list[str]]] = {
    "no number in a real filer's range": real_entity_segments,
    "year digits are the year granted": year_digits_not_filing_year,
    "filing numbers pass and match the entity's region": filing_numbers_with_issues,
    "no filing-number cross-check warning": cross_check_warnings,
    "USCC, phones and e-mails pass their checks": codes_failing_their_check,
    "every record passes its checks, warnings included": records_with_issues,
    "居民身份证 numbers pass GB 11643": identity_documents,
    "region codes are real and agree": regions_not_real_or_inconsistent,
    "no template text": template_text,
    "no English in Chinese fields": english_in_chinese_fields,
    "technical supporters only for 生成合成类": supporters_not_generation,
    "model numbers in the filer's province": model_numbers_in_wrong_province,
}


@pytest.mark.parametrize("rule", RULES.values(), ids=list(RULES))
def test_the_demo_follows_the_rule(demo: DemoRecords, rule: Callable[[DemoRecords], list[str]]):
    assert rule(demo) == []


def test_the_annexes_were_read() -> None:
    """The rules above compare against hundreds of real numbers, not an empty set."""
    assert len(REAL_NUMBERS) > 700
    assert "110101135224302220011" in REAL_NUMBERS  # 网易传媒信息推送算法, the 2022-08 list


def test_the_demo_keeps_its_variety(demo: DemoRecords) -> None:
    """Every state, both roles, a filed modification and cancellation, the GenAI tracks."""
    assert {a.state for a in demo.algorithms} == set(AlgorithmState)
    assert {a.role for a in demo.algorithms} == set(Role)
    assert {p.kind for p in demo.procedures} == set(ProcedureKind)
    assert {m.track for m in demo.models} >= {ModelTrack.FILING, ModelTrack.REGISTRATION}
    assert {m.origin for m in demo.models} == set(ModelOrigin)
