"""An edit of a filed field reads only the modifications it touches (issue 19 item 8), and says
the same as before: another algorithm's open modification is neither reported nor counted as
opened; joining one's own still says joins; the preview's dry run keeps the cached calendar (a
rolled-back unit that wrote no days). Real register file."""

from __future__ import annotations

from datetime import date

from filing_desk.domain.enums import ProcedureKind
from filing_desk.store.register import Register
from filing_desk.workflows.changes import ChangeDesk
from tests.helpers.changes import filed


def _modification(register: Register, algo_id: int) -> int:
    (mod,) = [p for p in register.procedures(algo_id) if p.kind is ProcedureKind.MODIFICATION]
    return int(mod.id)


def test_other_algorithms_open_modifications_are_not_the_edits(register: Register) -> None:
    _, first = filed(register)
    _, second = filed(register)
    desk = ChangeDesk(register)
    assert len(desk.save("algorithm", first, {"main_use": "直播推荐"}, None)) == 1
    first_mod = _modification(register, first)
    (effect,) = desk.preview("algorithm", second, {"main_use": "短视频推荐"})
    assert (effect.algorithm_id, effect.opens, effect.joins) == (second, True, None)
    opened = desk.save("algorithm", second, {"main_use": "短视频推荐"}, date(2026, 11, 20))
    assert opened == (_modification(register, second),) and first_mod not in opened
    (joined,) = desk.preview("algorithm", first, {"scenarios": "首页推荐"})
    assert (joined.algorithm_id, joined.joins) == (first, first_mod)
    assert joined.fields == ("algorithm.scenarios",)
    assert desk.save("algorithm", first, {"scenarios": "首页推荐"}, None) == ()  # joined


def test_the_preview_keeps_the_cached_calendar(register: Register) -> None:
    _, algo_id = filed(register)
    calendar = register.calendar()
    ChangeDesk(register).preview("algorithm", algo_id, {"main_use": "新的用途"})
    assert register.calendar() is calendar  # not read again after the dry run
