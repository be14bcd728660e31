"""The entity's licence, ICP number and user scale, as ``validate_entity`` reports them, and the
sentence a user reads for each issue (ui/messages.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from filing_desk.domain import licences
from filing_desk.domain.enums import Severity
from filing_desk.domain.records import Entity
from filing_desk.domain.validation import validate_entity
from filing_desk.ui.messages import issue_text

USCC = "91110000600037341L"
OTHER_USCC = "91110108MA01C2XK2N"
BASE = Entity(name="北京示例科技有限公司", uscc=USCC)

ERROR, WARNING = Severity.ERROR, Severity.WARNING
CASES = [
    # licence validity: until before from is an error; empty until (长期) and equal days are fine
    ("until before from", {"licence_valid_from": date(2020, 1, 2),
                           "licence_valid_until": date(2020, 1, 1)}, ("licence.date_order", ERROR)),
    ("same day", {"licence_valid_from": date(2020, 1, 2),
                  "licence_valid_until": date(2020, 1, 2)}, None),
    ("长期 (no until)", {"licence_valid_from": date(2020, 1, 2)}, None),
    ("until only", {"licence_valid_until": date(2030, 1, 2)}, None),
    # licence number vs the entity's USCC
    ("number is the USCC", {"licence_number": USCC}, None),
    ("number is the USCC in lower case", {"licence_number": USCC.lower()}, None),
    ("another USCC", {"licence_number": OTHER_USCC}, ("licence.number_uscc", WARNING)),
    ("a certificate number", {"licence_number": "事证第110000001234号"}, None),
    ("USCC-shaped, entity has none", {"uscc": "", "licence_number": OTHER_USCC}, None),
    # ICP filing and licence numbers: both shapes recognised, anything else a warning
    ("ICP filing", {"icp_number": "京ICP备12345678号"}, None),
    ("ICP filing, site 1", {"icp_number": "京ICP备12345678号-1"}, None),
    ("ICP filing, 10 digits", {"icp_number": "粤ICP备2021012345号-3"}, None),
    ("full-width dash", {"icp_number": "沪ICP备05016774号－2"}, None),
    ("B2 licence", {"icp_number": "京B2-20201234"}, None),
    ("B2 licence by the ministry", {"icp_number": "B2-20090059"}, None),
    ("old ICP licence", {"icp_number": "京ICP证030173号"}, None),
    ("both, separated", {"icp_number": "京ICP证030173号、京B2-20090059"}, None),
    ("no province", {"icp_number": "ICP备12345678号"}, ("icp.format", WARNING)),
    ("unknown province", {"icp_number": "港ICP备12345678号"}, ("icp.format", WARNING)),
    ("plain digits", {"icp_number": "12345678"}, ("icp.format", WARNING)),
    ("one good, one bad", {"icp_number": "京B2-20201234 / 申请中"}, ("icp.format", WARNING)),
    # monthly active users: a whole number, zero or more
    ("MAU zero", {"monthly_active_users": 0}, None),
    ("MAU large", {"monthly_active_users": 350_000_000}, None),
    ("MAU negative", {"monthly_active_users": -1}, ("number.negative", ERROR)),
]  # fmt: skip


@pytest.mark.parametrize(("changes", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_licence_icp_and_user_scale(changes: dict[str, object], expected) -> None:
    report = validate_entity(replace(BASE, **changes))
    found = [(i.code, i.severity) for i in report.issues]
    assert found == ([expected] if expected else [])


def test_the_icp_text_is_kept_as_typed() -> None:
    entity = replace(BASE, icp_number=" 京ICP备12345678号－1 ")
    assert validate_entity(entity).issues == ()
    assert entity.icp_number == " 京ICP备12345678号－1 "  # the check reads, never rewrites


@pytest.mark.parametrize(
    ("text", "kind"),
    [("京ICP备12345678号-1", "filing"), ("京B2-20201234", "licence"), ("备案中", "")],
)
def test_icp_kind(text: str, kind: str) -> None:
    assert licences.icp_kind(text) == kind


@pytest.mark.parametrize(
    ("changes", "sentence"),
    [
        (
            {"licence_valid_from": date(2020, 1, 2), "licence_valid_until": date(2019, 1, 1)},
            "the licence's validity ends before it starts",
        ),
        ({"licence_number": OTHER_USCC}, f"differs from the entity's ({USCC})"),
        ({"icp_number": "12345678"}, "“12345678” is neither an ICP filing number"),
        ({"monthly_active_users": -3}, "cannot be negative"),
    ],
)
def test_each_issue_reads_as_a_sentence(qapp, changes: dict[str, object], sentence: str) -> None:
    (issue,) = validate_entity(replace(BASE, **changes)).issues
    assert sentence in issue_text(issue)
