"""The filing-number cross-checks reach readiness (issue 15 item 6; domain.md Part A items 9, 16):
a procedure's report warns when its algorithm's number disagrees with the entity's region, with
the year it was granted, or with the entity segment of the entity's other numbers. Warnings only:
the procedure can still be marked ready; another algorithm's disagreement is not this one's."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from filing_desk.domain.codes import filing_check_digit
from filing_desk.domain.enums import ProcedureState, Severity
from filing_desk.domain.issues import Report
from filing_desk.store.register import Register
from filing_desk.workflows import readiness

GRANTED = date(2026, 11, 20)


def _number(region: str = "110108", segment: str = "1234567", year: int = 26, serial: int = 1):
    first20 = f"{region}{segment}02{year:02d}{serial:03d}"
    return first20 + filing_check_digit(first20)


def _file(register: Register, algorithm_id: int, number: str, granted: date = GRANTED) -> None:
    procedure = register.start_filing(algorithm_id)
    register.mark_ready(procedure.id, Report())
    register.submit(procedure.id, date(2026, 11, 16))
    register.record_filed(procedure.id, granted, number)


# (the sibling's number, this algorithm's number and the day it was granted) → the warnings
# this algorithm's modification shows, as (code, params but the algorithm's name and number)
CASES = {
    "all agree": (_number(serial=1), _number(serial=2), GRANTED, []),
    "region prefix not the entity's": (
        _number(serial=1),
        _number(region="310115", serial=2),
        GRANTED,
        [("filing_no.entity_region", {"region": "310115", "entity": "110108"})],
    ),
    "year digits not the year granted": (
        _number(serial=1),
        _number(year=25, serial=2),
        GRANTED,
        [("filing_no.year", {"year": 2025, "decided": GRANTED})],
    ),
    "entity segment not the entity's": (
        _number(serial=1),
        _number(segment="7654321", serial=1),
        GRANTED,
        [("filing_no.entity_segment", {"segment": "7654321", "usual": "1234567"})],
    ),
    "only the sibling disagrees": (
        _number(region="310115", year=25, serial=1),
        _number(serial=2),
        GRANTED,
        [],
    ),
}


@pytest.mark.parametrize(("sibling", "number", "granted", "expected"), CASES.values(), ids=CASES)
def test_a_modification_shows_the_cross_checks_of_its_number(
    register: Register,
    add_algorithm: Callable[[str], int],
    sibling: str,
    number: str,
    granted: date,
    expected: list[tuple[str, dict[str, object]]],
) -> None:
    first, second = add_algorithm("先备案的推荐算法"), add_algorithm("后备案的推荐算法")
    _file(register, first, sibling)
    _file(register, second, number, granted)
    procedure = register.record_change(second, date(2026, 11, 23), "调整用途", main_use="新的用途")

    found = readiness.report(register, procedure.id)

    numbers = [i for i in found.issues if i.code.startswith("filing_no.")]
    got = [
        (i.code, {k: v for k, v in i.params.items() if k not in ("algorithm", "number")})
        for i in numbers
    ]
    assert got == expected
    assert all(
        i.severity is Severity.WARNING and i.field == "algorithm.filing_number" for i in numbers
    )
    assert all(i.params["algorithm"] == "后备案的推荐算法" for i in numbers)


def test_the_warnings_never_keep_a_procedure_from_ready(
    register: Register, add_algorithm: Callable[[str], int]
) -> None:
    algorithm_id = add_algorithm("编号有误的推荐算法")
    _file(register, algorithm_id, _number(region="310115", year=25))
    reason = "主要用途扩展至短视频推荐场景，自本月起上线。"
    procedure = register.record_change(algorithm_id, date(2026, 11, 23), reason, main_use="新")
    codes = {i.code for i in readiness.report(register, procedure.id).warnings}
    assert {"filing_no.entity_region", "filing_no.year"} <= codes

    ready = readiness.mark_ready(register, procedure.id)

    assert ready.state is ProcedureState.READY


def test_a_filing_has_no_number_to_check(register: Register, draft_id: int) -> None:
    procedure = register.start_filing(draft_id)
    found = readiness.report(register, procedure.id)
    assert not [i for i in found.issues if i.code.startswith("filing_no.")]
