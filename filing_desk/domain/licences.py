"""The entity's licences and user scale (domain.md Part B §4.2): checks → ``Issue``s.

Owns the rules for the 主体证件 (type, number, validity), the ICP filing or licence number and the
monthly active users. No Qt, no I/O, nothing stored: ``validation.validate_entity`` runs these
before every write. Texts are checked as typed and never rewritten: an ICP number is kept exactly
as the entity wrote it. An unrecognised ICP shape or a licence number unlike the USCC is a warning
(real numbers vary); only impossible values (validity ending before it starts, a negative user
count) are errors.
"""

from __future__ import annotations

import re

from filing_desk.domain.enums import Severity
from filing_desk.domain.fields.declare import Check, declared
from filing_desk.domain.issues import Issue
from filing_desk.domain.records import Entity

# the one-character abbreviations of the provinces, as ICP numbers begin
_PROVINCES = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新"
ICP_FILING = re.compile(rf"[{_PROVINCES}]ICP备\d{{6,10}}号(?:-\d{{1,3}})?")
"""An ICP filing (ICP备案) number: 京ICP备12345678号, 粤ICP备2021012345号-1."""
ICP_LICENCE = re.compile(rf"(?:[{_PROVINCES}]?B[12]-\d{{8}}(?:号)?|[{_PROVINCES}]ICP证\d{{6}}号)")
"""A value-added telecom licence: 京B2-20201234 (B2-… when issued by the ministry), or the
older ICP licence 京ICP证030173号."""
_SEPARATORS = re.compile(r"[\s、,，;；/]+")
_DASHES = str.maketrans({"－": "-", "—": "-", "–": "-", "‐": "-"})
_USCC_SHAPE = re.compile(r"[0-9A-HJ-NPQRTUWXY]{18}")


def icp_kind(text: str) -> str:
    """``filing``, ``licence`` or ``""`` for one ICP number (full-width dashes read as ``-``)."""
    value = text.strip().translate(_DASHES)
    if ICP_FILING.fullmatch(value):
        return "filing"
    if ICP_LICENCE.fullmatch(value):
        return "licence"
    return ""


def check_icp(text: str, field: str) -> list[Issue]:
    """A warning for each part of ``text`` that is neither an ICP filing nor a licence number.

    A field may hold both (``京ICP证030173号 / 京B2-20090059``), separated by 、 , ; / or space."""
    parts = [p for p in _SEPARATORS.split(text.strip()) if p]
    odd = [p for p in parts if not icp_kind(p)]
    if not odd:
        return []
    return [
        Issue(
            "icp.format",
            field,
            severity=Severity.WARNING,
            params={"value": odd[0]},
            text=f"“{odd[0]}” is neither an ICP filing number (京ICP备12345678号-1) nor a "
            "licence number (京B2-20201234)",
        )
    ]


def licence_issues(entity: Entity) -> list[Issue]:
    """The licence's validity dates in order; its number against the entity's USCC."""
    issues: list[Issue] = []
    start, end = entity.licence_valid_from, entity.licence_valid_until
    if start and end and end < start:
        issues.append(
            Issue(
                "licence.date_order",
                "entity.licence_valid_until",
                text="The licence's end of validity is before its start",
            )
        )
    number = "".join(entity.licence_number.split()).upper()
    uscc = "".join(entity.uscc.split()).upper()
    if uscc and _USCC_SHAPE.fullmatch(number) and number != uscc:
        issues.append(
            Issue(
                "licence.number_uscc",
                "entity.licence_number",
                severity=Severity.WARNING,
                params={"uscc": uscc},
                text=f"The licence number looks like a unified social credit code but differs "
                f"from the entity's ({uscc})",
            )
        )
    return issues


def whole_number_issues(entity: Entity) -> list[Issue]:
    """Every declared whole-number field of the entity (the user scale) is zero or more."""
    issues: list[Issue] = []
    for decl in declared(Entity):
        value = getattr(entity, decl.name)
        if isinstance(value, int) and not isinstance(value, bool) and value < 0:
            issues.append(Issue("number.negative", decl.key, text="The number cannot be negative"))
    return issues


def entity_issues(entity: Entity) -> list[Issue]:
    """Everything this module checks on one entity."""
    issues = licence_issues(entity) + whole_number_issues(entity)
    for decl in declared(Entity):
        value = getattr(entity, decl.name)
        if decl.decl.check is Check.ICP_NUMBER and value:
            issues += check_icp(value, decl.key)
    return issues
