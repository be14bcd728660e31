"""The demo shows no filing-number cross-check warning where the user would see one: in the
readiness report of any of its procedures (issue 15 item 6; domain.md Part A items 9, 16)."""

from __future__ import annotations

from pathlib import Path

from filing_desk.workflows import readiness
from tests.helpers.demo_forms import open_demo
from tests.helpers.registers import TODAY


def test_no_demo_procedure_reports_a_filing_number_warning(tmp_path: Path) -> None:
    register = open_demo(tmp_path, TODAY)
    try:
        procedures = [p for a in register.algorithms() for p in register.procedures(a.id)]
        numbered = [p for p in procedures if register.algorithm(p.algorithm_id).filing_number]
        found = {
            p.id: [i.text for i in readiness.report(register, p.id).issues if "filing_no" in i.code]
            for p in numbered
        }
    finally:
        register.close()
    assert len(numbered) >= 10  # the filings granted, their modifications and cancellations
    assert found == {p.id: [] for p in numbered}
