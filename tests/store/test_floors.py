"""Effective-date floors through the register and the command line (issue 15 item 2): a
procedure opened for a service live before its rule took effect is due counting from the
effective date; ``due`` says so."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from filing_desk.cli import main
from filing_desk.domain.enums import DeadlineKind, ProcedureKind
from filing_desk.domain.issues import Report
from filing_desk.store.register import Register


def _algorithm(register: Register, launch: str, **values: str) -> int:
    entity = register.create_entity(name="北京示例科技有限公司")
    return register.create_algorithm(entity.id, name="示例算法", launch_date=launch, **values).id


@pytest.mark.parametrize(
    ("values", "due"),
    [
        ({"algo_type": "02", "role": "provider"}, date(2022, 3, 15)),  # Algorithm Provisions
        ({"algo_type": "01", "role": "provider"}, date(2022, 3, 15)),  # covered from 2022
        ({"algo_type": "01", "role": "supporter"}, date(2023, 1, 29)),  # Deep Synthesis
    ],
)
def test_a_filing_for_an_early_launch_counts_from_its_rule(
    register: Register, values: dict[str, str], due: date
) -> None:
    filing = register.start_filing(_algorithm(register, "2021-06-01", **values))
    assert filing.due_date == due
    register.set_conservative(True)  # re-dating keeps the floor
    assert register.procedure(filing.id).due_date < due


def test_the_review_and_cancellation_clocks_are_floored_too(register: Register) -> None:
    algorithm_id = _algorithm(register, "2021-06-01", algo_type="01", role="supporter")
    filing = register.start_filing(algorithm_id)
    register.mark_ready(filing.id, Report())
    submitted = register.submit(filing.id, date(2022, 12, 30))  # before Deep Synthesis
    assert submitted.decision_expected == date(2023, 2, 24)
    number = "110108123456701230011"
    register.record_filed(filing.id, date(2023, 1, 3), number)
    ended = register.terminate(algorithm_id, date(2023, 1, 5), "业务调整")
    assert ended.kind is ProcedureKind.CANCELLATION
    assert ended.due_date == date(2023, 2, 10)  # 20 working days from 2023-01-10


@pytest.mark.parametrize(
    ("args", "lines"),
    [
        (
            ["--procedure", "filing", "--from", "2021-06-01"],
            ["2022-03-15", "counted from 2022-03-01, when the Algorithm Provisions took effect"],
        ),
        (
            ["--procedure", "filing", "--from", "2022-06-01", "--rule", "deep-synthesis"],
            [
                "2023-01-29",
                "counted from 2023-01-10, when the Deep Synthesis Provisions took effect",
            ],
        ),
        (
            ["--procedure", "cancellation", "--from", "2023-01-01", "--rule", "genai-measures"],
            ["2023-09-12", "counted from 2023-08-15, when the Generative AI Measures took effect"],
        ),
        (["--procedure", "filing", "--from", "2026-09-28"], ["2026-10-16"]),  # no floor
    ],
)
def test_due_counts_from_the_effective_date_and_says_so(
    tmp_path: Path, args: list[str], lines: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    absent = tmp_path / "none.fdesk"  # no register: the built-in calendar
    assert main(["--register", str(absent), "due", *args]) == 0
    assert capsys.readouterr().out.splitlines() == lines
    assert not absent.exists()


def test_deadline_kinds_and_rules_match_the_command_line() -> None:
    from filing_desk.commands.deadlines import PROCEDURES, RULES
    from filing_desk.domain.deadlines import Rule

    assert [k.value for k in DeadlineKind] == PROCEDURES
    assert set(RULES) <= {r.value for r in Rule}
