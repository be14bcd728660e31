"""Identity-document numbers: the GB 11643-1999 check digit of a 居民身份证 number → Issues.

No Qt, no I/O. Only a resident identity card's number is checked (an error when it fails); the
other document types of ``IdType`` have no public check rule here and are never checked
(domain.md Part A item 16). The birth date and region inside the number are not judged.
"""

from __future__ import annotations

import re
import unicodedata

from filing_desk.domain.enums import IdType, Severity
from filing_desk.domain.issues import Issue

# GB 11643-1999: weights 2^(17-i) mod 11 over the first 17 digits; check = (12 - Σ mod 11) mod 11.
_WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))  # 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, …
_RESIDENT_ID_RE = re.compile(r"^\d{17}[\dX]$")


def normalise_resident_id(text: str) -> str:
    """Full-width digits → ASCII, no spaces, a lower-case x made capital."""
    return "".join(unicodedata.normalize("NFKC", text).split()).upper()


def resident_id_check_char(first17: str) -> str:
    """The 18th character of a resident identity card number: a digit or X (10)."""
    total = sum(int(ch) * w for ch, w in zip(first17, _WEIGHTS, strict=True))
    value = (12 - total % 11) % 11
    return "X" if value == 10 else str(value)


def looks_like_resident_id(text: str) -> bool:
    """18 characters: 17 digits and a digit or X (the check character is not judged)."""
    return _RESIDENT_ID_RE.match(normalise_resident_id(text)) is not None


def check_resident_id(text: str, field: str = "entity.legal_rep_id_number") -> list[Issue]:
    """Errors for a resident identity card number that is not 18 characters or fails its check."""
    number = normalise_resident_id(text)
    if not _RESIDENT_ID_RE.match(number):
        return [
            Issue(
                "id_number.format",
                field,
                Severity.ERROR,
                {"length": len(number)},
                "A resident identity card number has 18 characters: 17 digits and a digit or X "
                f"(this one has {len(number)}).",
            )
        ]
    expected = resident_id_check_char(number[:17])
    if number[17] == expected:
        return []
    return [
        Issue(
            "id_number.check_digit",
            field,
            Severity.ERROR,
            {"expected": expected, "found": number[17]},
            f"The last character should be {expected}, not {number[17]} (GB 11643-1999): "
            "a digit of the number is probably mistyped.",
        )
    ]


def check_id_number(id_type: IdType | str, number: str, field: str) -> list[Issue]:
    """Check an ID number by its document type: only 居民身份证 has a rule; blank gives none."""
    if not number.strip() or IdType(id_type) is not IdType.RESIDENT_ID:
        return []
    return check_resident_id(number, field)
