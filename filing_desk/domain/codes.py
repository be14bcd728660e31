"""Codes and numbers: USCC, CAC filing numbers, GenAI model numbers, phone and e-mail → Issues.

No Qt, no I/O (python-stdnum's bundled region table is package data, read on first use).
Errors block input; the region prefix, type code and inferred check digit of a filing number and
the GB 11714 sub-check of a USCC are warnings only (domain.md Part A item 9).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from stdnum import numdb

from filing_desk.domain import genai_numbers
from filing_desk.domain.enums import AlgorithmType, Severity
from filing_desk.domain.issues import Issue

_ERROR, _WARNING = Severity.ERROR, Severity.WARNING

# GB 32100-2015: 31 characters, digits and capitals without I, O, S, V, Z.
USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_FORBIDDEN = "IOZSV"
_USCC_WEIGHTS = tuple(pow(3, i, 31) for i in range(17))  # 1, 3, 9, 27, 19, 26, …
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)  # GB 11714-1997 organisation code

FILING_PREFIX, FILING_SUFFIX = "网信算备", "号"
_FILING_WEIGHTS = (2, 1, 3, 4)  # inferred, domain.md Part B §5.2


def _clean(text: str) -> str:
    """NFKC (full-width digits and letters → ASCII) and no whitespace anywhere."""
    return "".join(unicodedata.normalize("NFKC", text).split())


# --- Unified social credit code (统一社会信用代码) -------------------------------------------


def normalise_uscc(code: str) -> str:
    return _clean(code).upper()


def uscc_check_char(first17: str) -> str:
    """GB 32100-2015 check character of the first 17 characters."""
    total = sum(USCC_CHARSET.index(ch) * w for ch, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return USCC_CHARSET[(31 - total % 31) % 31]


def org_code_check_char(first8: str) -> str:
    """GB 11714 check character of an organisation code's first 8 characters (A=10 … Z=35)."""
    total = sum(int(ch, 36) * w for ch, w in zip(first8, _ORG_WEIGHTS, strict=True))
    r = 11 - total % 11
    return {10: "X", 11: "0"}.get(r, str(r))


def _uscc_char_issues(code: str, field: str) -> list[Issue]:
    issues: list[Issue] = []
    forbidden = sorted({ch for ch in code if ch in USCC_FORBIDDEN})
    if forbidden:
        letters = ", ".join(forbidden)
        issues.append(
            Issue(
                "uscc.forbidden_char",
                field,
                _ERROR,
                {"chars": letters},
                f"A unified social credit code never contains the letters I, O, Z, S or V; "
                f"found {letters} (did you mean 1, 0, 2, 5 or U?).",
            )
        )
    other = sorted({ch for ch in code if ch not in USCC_CHARSET and ch not in USCC_FORBIDDEN})
    if other:
        shown = " ".join(other)
        issues.append(
            Issue(
                "uscc.invalid_char",
                field,
                _ERROR,
                {"chars": shown},
                f"A unified social credit code has only digits and capital letters; found {shown}.",
            )
        )
    return issues


def _org_code_issue(code: str, field: str) -> list[Issue]:
    org = code[8:17]
    expected = org_code_check_char(org[:8])
    if org[8] == expected:
        return []
    return [
        Issue(
            "uscc.org_code",
            field,
            _WARNING,
            {"org_code": org, "expected": expected},
            f"Characters 9–17 ({org}) fail the GB 11714 organisation-code check "
            f"(expected last character {expected}); please compare with the business licence.",
        )
    ]


def check_uscc(code: str, field: str = "entity.uscc") -> list[Issue]:
    """Check a unified social credit code (GB 32100-2015), after ``normalise_uscc``."""
    code = normalise_uscc(code)
    issues = _uscc_char_issues(code, field)
    if len(code) != 18:
        issues.append(
            Issue(
                "uscc.length",
                field,
                _ERROR,
                {"length": len(code)},
                f"A unified social credit code has 18 characters; this one has {len(code)}.",
            )
        )
    if issues:
        return issues
    expected = uscc_check_char(code[:17])
    if code[17] != expected:
        return [
            Issue(
                "uscc.check_char",
                field,
                _ERROR,
                {"expected": expected, "found": code[17]},
                f"The last character should be {expected}, not {code[17]}: "
                "a character of the code is probably mistyped.",
            )
        ]
    return _org_code_issue(code, field)


# --- CAC filing numbers (网信算备…号) ----------------------------------------------------------

_FILING_RE = re.compile(rf"^(?:{FILING_PREFIX})?([0-9]+)(?:{FILING_SUFFIX})?$")


@dataclass(frozen=True)
class FilingNumber:
    """The parts of a 21-digit filing number (domain.md Part B §5.1)."""

    region: str  # positions 1–6, GB/T 2260 county code
    entity_id: str  # 7–13
    type_code: str  # 14–15
    year: int  # 16–17, as 20YY
    serial: int  # 18–20
    check: str  # 21

    @property
    def algo_type(self) -> AlgorithmType | None:
        return next((t for t in AlgorithmType if t.value == self.type_code), None)


def normalise_filing_number(text: str) -> str | None:
    """The 21 digits of ``网信算备…号`` or of the bare number (full-width accepted), else None."""
    match = _FILING_RE.match(_clean(text))
    if match is None or len(match.group(1)) != 21:
        return None
    return match.group(1)


def format_filing_number(d21: str) -> str:
    return f"{FILING_PREFIX}{d21}{FILING_SUFFIX}"


def parse_filing_number(d21: str) -> FilingNumber:
    if len(d21) != 21 or not d21.isascii() or not d21.isdigit():
        raise ValueError(f"{d21!r} is not 21 digits")
    return FilingNumber(
        d21[:6], d21[6:13], d21[13:15], 2000 + int(d21[15:17]), int(d21[17:20]), d21[20]
    )


def filing_check_digit(first20: str) -> str:
    """Inferred check digit (§5.2): c = Σ wᵢ·dᵢ mod 5 with w = 2, 1, 3, 4 repeating; 2c + 1."""
    c = sum(_FILING_WEIGHTS[i % 4] * int(ch) for i, ch in enumerate(first20[:20])) % 5
    return str(2 * c + 1)


def region_name(code: str) -> str | None:
    """Current county-level name of a GB/T 2260 code from python-stdnum's table, or None."""
    for _, info in reversed(numdb.get("cn/loc").info(code)):
        if "county" in info:
            # Entries look like "[1983-1989]南头区办事处,[1990-]南山区": keep the latest name.
            return re.sub(r"^\[[^\]]*\]", "", info["county"].split(",")[-1])
    return None


def _filing_format_issue(cleaned: str, field: str) -> Issue:
    match = _FILING_RE.match(cleaned)
    if match is None:
        return Issue(
            "filing_no.format",
            field,
            _ERROR,
            {},
            "A filing number reads 网信算备, 21 digits, 号 (or just the 21 digits).",
        )
    count = len(match.group(1))
    return Issue(
        "filing_no.length",
        field,
        _ERROR,
        {"digits": count},
        f"This filing number has {count} digits; a filing number has 21.",
    )


def _region_issues(number: FilingNumber, field: str) -> list[Issue]:
    if region_name(number.region) is not None:
        return []
    return [
        Issue(
            "filing_no.region",
            field,
            _WARNING,
            {"region": number.region},
            f"The first six digits ({number.region}) are not a region code in the bundled "
            "GB/T 2260 table (it may be newer than the table); please check the number.",
        )
    ]


def _type_issues(number: FilingNumber, algo_type: AlgorithmType | None, field: str) -> list[Issue]:
    found = number.algo_type
    if found is None:
        text = f"Digits 14–15 ({number.type_code}) are not an algorithm type code (01–06)."
        return [Issue("filing_no.type_unknown", field, _WARNING, {"type": number.type_code}, text)]
    if algo_type is None or found is algo_type:
        return []
    return [
        Issue(
            "filing_no.type_mismatch",
            field,
            _WARNING,
            {"type": found.value, "expected": algo_type.value},
            f"Digits 14–15 ({found.value}, {found.en}) do not match the algorithm's type "
            f"({algo_type.value}, {algo_type.en}).",
        )
    ]


def _check_digit_issues(d21: str, field: str) -> list[Issue]:
    expected = filing_check_digit(d21[:20])
    if d21[20] == expected:
        return []
    return [
        Issue(
            "filing_no.check_digit",
            field,
            _WARNING,
            {"expected": expected, "found": d21[20]},
            f"The last digit would be {expected}, not {d21[20]}, by the check rule inferred from "
            "the CAC's lists; a digit may be mistyped.",
        )
    ]


def check_filing_number(
    text: str,
    algo_type: AlgorithmType | None = None,
    field: str = "algorithm.filing_number",
) -> list[Issue]:
    """Check a filing number: shape and length are errors, region/type/check digit warnings."""
    d21 = normalise_filing_number(text)
    if d21 is None:
        return [_filing_format_issue(_clean(text), field)]
    number = parse_filing_number(d21)
    return [
        *_region_issues(number, field),
        *_type_issues(number, algo_type, field),
        *_check_digit_issues(d21, field),
    ]


# --- Generative-AI model filing / registration numbers ----------------------------------------
# The rules and the province table live in ``genai_numbers``; the name stays importable here.
check_model_number = genai_numbers.check_model_number


# --- Contact details and dates ------------------------------------------------------------------

_MOBILE_RE = re.compile(r"^(?:\+?86)?1[3-9]\d{9}$")
_LANDLINE_RE = re.compile(r"^(?:\+?86)?0\d{2,3}\d{7,8}(?:(?:ext|转|#)\d{1,6})?$")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+$")


def check_phone(text: str, field: str = "entity.officer_phone") -> list[Issue]:
    """A mainland mobile (11 digits, 1[3-9]…) or landline with area code; spaces, -, () allowed."""
    number = re.sub(r"[\s\-()]", "", _clean(text))
    if not number or _MOBILE_RE.match(number) or _LANDLINE_RE.match(number):
        return []
    text = "Enter a mainland mobile number (11 digits) or a landline with its area code."
    return [Issue("phone.format", field, _ERROR, {}, text)]


def check_email(text: str, field: str = "entity.officer_email") -> list[Issue]:
    address = text.strip()
    if not address or _EMAIL_RE.match(address):
        return []
    text = "Enter an e-mail address such as name@example.com."
    return [Issue("email.format", field, _ERROR, {}, text)]


def check_date_order(
    earlier: date | None,
    later: date | None,
    field: str,
    code: str = "date.order",
    what: str = "This date",
    before: str = "the earlier date",
) -> list[Issue]:
    """An error when ``later`` precedes ``earlier`` (e.g. termination before launch)."""
    if earlier is None or later is None or later >= earlier:
        return []
    text = f"{what} ({later}) is before {before} ({earlier})."
    return [Issue(code, field, _ERROR, {"earlier": earlier, "later": later}, text)]
