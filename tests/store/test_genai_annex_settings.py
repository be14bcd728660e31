"""The annex cadences kept in a real register's settings: defaults, a round trip through reopening
with one audit event, and an out-of-range cadence refused with nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.genai_annex_findings import Cadences
from filing_desk.store.register import open_register
from tests.helpers.registers import make_register


def test_cadences_round_trip_through_reopening_with_one_audit_event(tmp_path: Path) -> None:
    path = tmp_path / "r.fdesk"
    register = make_register(path)
    assert register.annex_cadences() == Cadences(7, 30)  # practice: weekly and monthly
    register.set_annex_cadences(Cadences(14, 60))
    register.set_annex_cadences(Cadences(14, 60))  # unchanged: no second event
    events = register.audit_events("setting")
    register.close()
    assert len(events) == 1
    assert events[0].before == {"genai.keyword_list_days": None, "genai.test_bank_days": None}
    assert events[0].after == {"genai.keyword_list_days": "14", "genai.test_bank_days": "60"}
    again = open_register(path)
    try:
        assert again.annex_cadences() == Cadences(14, 60)
        assert again.setting("genai.test_bank_days") == "60"
        again.set_annex_cadences(Cadences(14, 31))
        assert again.audit_events("setting")[0].after == {"genai.test_bank_days": "31"}
    finally:
        again.close()


@pytest.mark.parametrize("bad", [Cadences(0, 30), Cadences(7, 367), Cadences(-1, 0)])
def test_an_out_of_range_cadence_is_refused_and_nothing_written(tmp_path: Path, bad) -> None:
    register = make_register(tmp_path / "r.fdesk")
    try:
        register.set_annex_cadences(Cadences(10, 40))
        before = len(register.audit_events())
        with pytest.raises(InvalidInput) as caught:
            register.set_annex_cadences(bad)
        assert {i.code for i in caught.value.issues} == {"genai_annex.cadence"}
        assert register.annex_cadences() == Cadences(10, 40)
        assert len(register.audit_events()) == before
    finally:
        register.close()
