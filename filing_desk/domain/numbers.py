"""Numbers seen alone or together: what kind a text is (``classify``) and the cross-checks
between one entity's filing numbers (``cross_check_filing_numbers``) → Issues.

No Qt, no I/O. The single-number rules live in ``codes`` (filing numbers, USCC),
``genai_numbers`` (GenAI model numbers) and ``idcards`` (居民身份证); this module only picks the
rule by the text's shape and compares numbers with each other and with the entity. Cross-checks
are warnings only (domain.md Part A items 9 and 16): an entity that moved keeps its old numbers'
region prefix.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from filing_desk.domain import codes, idcards
from filing_desk.domain.enums import ModelTrack, Severity
from filing_desk.domain.genai_numbers import check_model_number
from filing_desk.domain.issues import Issue
from filing_desk.domain.records import Algorithm, Entity


class NumberKind(StrEnum):
    """What ``filing-desk number`` says a text is."""

    ALGORITHM_FILING = "algorithm-filing"
    GENAI_FILING = "genai-filing"
    GENAI_REGISTRATION = "genai-registration"
    USCC = "uscc"
    RESIDENT_ID = "resident-id"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Classified:
    text: str
    kind: NumberKind
    issues: tuple[Issue, ...]

    @property
    def is_error(self) -> bool:
        return self.kind is NumberKind.UNKNOWN or any(
            i.severity is Severity.ERROR for i in self.issues
        )


_FILING_SHAPE = re.compile(rf"^{codes.FILING_PREFIX}|{codes.FILING_SUFFIX}$")
_GENAI_SHAPE = re.compile(r"^[A-Za-z]+-\S+-\d+(?:[Ss]\d+)?$")
_USCC_SHAPE = re.compile(r"^[0-9A-Z]{18}$")
_ID_SHAPE = re.compile(r"^\d{17}[\dX]$")
_FIELD = "number"


def _clean(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def _has_birth_date(number: str) -> bool:
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return born.year >= 1880


def _eighteen(number: str) -> NumberKind:
    """18 characters: a resident ID or a USCC (all-digit USCCs exist); the one whose check passes,
    else a resident ID when characters 7-14 are a birth date."""
    if _ID_SHAPE.match(number):
        if idcards.resident_id_check_char(number[:17]) == number[17]:
            return NumberKind.RESIDENT_ID
        if number.isdigit() and not codes.check_uscc(number, _FIELD):
            return NumberKind.USCC
        if number.endswith("X") or _has_birth_date(number):
            return NumberKind.RESIDENT_ID
    return NumberKind.USCC


def kind_of(text: str) -> NumberKind:
    """The kind a text's shape says it is (its check is not judged)."""
    cleaned = _clean(text)
    upper = cleaned.upper()
    if _FILING_SHAPE.search(cleaned) or (cleaned.isdigit() and 20 <= len(cleaned) <= 22):
        return NumberKind.ALGORITHM_FILING
    if _GENAI_SHAPE.match(cleaned):
        if re.search(r"\d{8}[Ss]\d+$", cleaned):
            return NumberKind.GENAI_REGISTRATION
        return NumberKind.GENAI_FILING
    if _USCC_SHAPE.match(upper) or (len(upper) == 18 and upper.isalnum() and upper.isascii()):
        return _eighteen(upper)
    return NumberKind.UNKNOWN


def classify(text: str, decided: date | None = None) -> Classified:
    """A text's kind and the issues of its own check (field ``number``); ``decided`` is the day
    a GenAI number was granted, when known (a date part after it is a warning)."""
    kind = kind_of(text)
    issues: list[Issue]
    if kind is NumberKind.ALGORITHM_FILING:
        issues = codes.check_filing_number(text, field=_FIELD)
    elif kind is NumberKind.GENAI_FILING:
        issues = check_model_number(text, ModelTrack.FILING, _FIELD, decided)
    elif kind is NumberKind.GENAI_REGISTRATION:
        issues = check_model_number(text, ModelTrack.REGISTRATION, _FIELD, decided)
    elif kind is NumberKind.USCC:
        issues = codes.check_uscc(text, field=_FIELD)
    elif kind is NumberKind.RESIDENT_ID:
        issues = idcards.check_resident_id(text, field=_FIELD)
    else:
        issues = []
    return Classified(text.strip(), kind, tuple(issues))


def verdict(found: Classified) -> str:
    """``ok``, ``warning: …`` or ``error: …`` (every issue's text, errors first)."""
    if found.kind is NumberKind.UNKNOWN:
        return "error: not a filing number, GenAI number, USCC or resident ID number"
    if not found.issues:
        return "ok"
    ordered = sorted(found.issues, key=lambda i: i.severity is not Severity.ERROR)
    level = "error" if found.is_error else "warning"
    return f"{level}: " + "; ".join(i.text for i in ordered)


# --- cross-checks within one entity -----------------------------------------------------------


def _warning(code: str, algorithm: Algorithm, text: str, **params: object) -> Issue:
    params = {"algorithm": algorithm.name, "number": algorithm.filing_number, **params}
    return Issue(code, "algorithm.filing_number", Severity.WARNING, params, text)


def _parsed(algorithms: Sequence[Algorithm]) -> list[tuple[Algorithm, codes.FilingNumber]]:
    found = []
    for algo in algorithms:
        d21 = codes.normalise_filing_number(algo.filing_number) if algo.filing_number else None
        if d21 is not None:
            found.append((algo, codes.parse_filing_number(d21)))
    return found


def _region_issue(entity: Entity, algo: Algorithm, number: codes.FilingNumber) -> list[Issue]:
    region = entity.region_code.strip()
    if not region or number.region == region:
        return []
    text = (
        f"{algo.name}: the number's region prefix {number.region} is not the entity's region "
        f"code {region} (an entity that moved keeps its old numbers; otherwise check the number "
        "or the region code)."
    )
    return [_warning("filing_no.entity_region", algo, text, region=number.region, entity=region)]


def _year_issue(algo: Algorithm, number: codes.FilingNumber) -> list[Issue]:
    decided = algo.filed_date
    if decided is None or decided.year == number.year:
        return []
    text = (
        f"{algo.name}: digits 16-17 give the year {number.year}, but the filing was granted "
        f"on {decided.isoformat()}."
    )
    return [_warning("filing_no.year", algo, text, year=number.year, decided=decided)]


def _segment_issues(parsed: list[tuple[Algorithm, codes.FilingNumber]]) -> list[Issue]:
    counts = Counter(number.entity_id for _, number in parsed)
    if len(counts) < 2:
        return []
    usual = counts.most_common(1)[0][0]  # ties: the first algorithm's
    return [
        _warning(
            "filing_no.entity_segment",
            algo,
            f"{algo.name}: digits 7-13 ({number.entity_id}) differ from the entity's other "
            f"numbers ({usual}); one entity has one segment in all its numbers.",
            segment=number.entity_id,
            usual=usual,
        )
        for algo, number in parsed
        if number.entity_id != usual
    ]


def cross_check_filing_numbers(entity: Entity, algorithms: Sequence[Algorithm]) -> list[Issue]:
    """Warnings where one entity's filing numbers disagree with the entity or each other: the
    region prefix vs ``entity.region_code``, the 7-digit entity segment, the year digits vs the
    day the filing was granted. Numbers that do not parse are skipped (their own check says so)."""
    parsed = _parsed(algorithms)
    issues: list[Issue] = []
    for algo, number in parsed:
        issues += _region_issue(entity, algo, number)
        issues += _year_issue(algo, number)
    return issues + _segment_issues(parsed)
