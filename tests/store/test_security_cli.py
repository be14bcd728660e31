"""The command line: ``due --procedure security-assessment`` prints like every other procedure;
``deadlines`` and ``deadlines --json`` list open security assessments (and subjects with the
attributes but none) among the procedures, most urgent first."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from filing_desk.cli import main
from filing_desk.domain.security_assessment import SubjectKind, Trigger
from filing_desk.store.security_assessments import security_service
from tests.helpers.assessments import entity_with_algorithms
from tests.helpers.registers import make_register


@pytest.mark.parametrize(
    ("start", "lines"),
    [
        ("2026-02-10", ["2026-03-30"]),  # across the 2026 Spring Festival and its make-up days
        ("2026-12-01", ["2027-01-13 provisional"]),
        (
            "2018-06-01",
            [
                "2019-01-14",
                "counted from 2018-11-30, when the Security Assessment Provisions (2018) took "
                "effect",
            ],
        ),
    ],
)
def test_due_prints_the_security_assessment_clock(
    tmp_path: Path, start: str, lines: list[str], capsys
) -> None:
    absent = tmp_path / "none.fdesk"  # no register: the built-in calendar
    args = ["--register", str(absent), "due", "--procedure", "security-assessment"]
    assert main([*args, "--from", start]) == 0
    assert capsys.readouterr().out.splitlines() == lines


def test_deadlines_list_security_assessments_with_the_procedures(tmp_path: Path, capsys) -> None:
    path = tmp_path / "r.fdesk"
    register = make_register(path)
    _, gen, _push = entity_with_algorithms(register)
    register.start_filing(gen)  # an open procedure beside them
    made = security_service(register).create_security_assessment(
        SubjectKind.ALGORITHM,
        gen,
        Trigger.NOTICE,
        date(2026, 11, 2),
        notice_reference="京网信函12号",
    )
    register.close()
    assert main(["--register", str(path), "deadlines", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    security = [i for i in items if i["procedure"] == "security-assessment"]
    assert [
        (i["algorithm"], i["security_assessment_id"], i["due"], i["overdue"]) for i in security
    ] == [
        ("示例资讯个性化推荐算法", None, "2024-03-01", True),  # live since then, none recorded
        ("示例智能写作生成合成算法", made.id, "2026-12-14", False),
    ]
    assert security[0]["before"] is True and security[0]["state"] == "missing"
    assert items[0]["overdue"] and [i["overdue"] for i in items] == sorted(
        (i["overdue"] for i in items), reverse=True
    )
    assert main(["--register", str(path), "deadlines"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("2024-03-01") and "security-assessment" in out[0]
    assert "OVERDUE (file before this day)" in out[0]
    assert any(line.startswith("2026-12-14") and "示例智能写作生成合成算法" in line for line in out)
