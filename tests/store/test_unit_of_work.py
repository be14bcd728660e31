"""The unit of work the store's services share: re-entrant transactions (the outermost commits,
a failure anywhere rolls back everything), reads that join them, one nesting per thread; and the
store composed of services rather than stacked mixins."""

from __future__ import annotations

import ast
import threading
from datetime import date
from pathlib import Path

import pytest

import filing_desk.store
from filing_desk.domain.errors import InvalidInput
from filing_desk.store.procedure_calendar import CalendarService
from filing_desk.store.register import Register

ENTITY = {"name": "北京示例科技有限公司", "uscc": "91110000600037341L"}


class Injected(Exception):
    """The failure a test injects."""


def _names(register: Register) -> list[str]:
    return [e.name for e in register.entities()]


def test_nested_commands_join_the_outer_transaction(register: Register) -> None:
    events = len(register.audit_events())
    with register.transaction():
        entity = register.create_entity(**ENTITY)
        register.update_entity(entity.id, address="北京市海淀区示例路1号")
        assert register.entity(entity.id).address == "北京市海淀区示例路1号"  # a read joins
        assert not register.changed  # nothing is committed before the outermost level ends
    assert register.changed
    assert len(register.audit_events()) == events + 2


def test_a_failure_in_a_nested_command_rolls_back_the_whole_unit(register: Register) -> None:
    with pytest.raises(InvalidInput), register.transaction():
        entity = register.create_entity(**ENTITY)
        register.update_entity(entity.id, uscc="not a code")  # refused by the domain
    assert _names(register) == []
    assert register.audit_events() == []


def test_an_inner_failure_caught_inside_the_unit_still_rolls_it_back(register: Register) -> None:
    with pytest.raises(RuntimeError, match="joined step failed"), register.transaction():
        register.create_entity(**ENTITY)
        try:
            with register.transaction():
                register.create_entity(name="第二个主体")
                raise Injected
        except Injected:
            pass  # a caller that swallows the failure cannot commit half the unit
    assert _names(register) == []


def test_a_read_in_another_thread_does_not_join_the_transaction(register: Register) -> None:
    seen: list[list[str]] = []
    with register.transaction():
        register.create_entity(**ENTITY)
        reader = threading.Thread(target=lambda: seen.append(_names(register)))
        reader.start()
        reader.join()
        assert _names(register) == [ENTITY["name"]]
    assert seen == [[]]  # the other thread saw the committed register only
    assert _names(register) == [ENTITY["name"]]


def test_writing_inside_a_read_or_auditing_outside_a_transaction_is_refused(
    register: Register,
) -> None:
    with register.session(), pytest.raises(RuntimeError, match="write inside a read"):
        register.create_entity(**ENTITY)
    with pytest.raises(RuntimeError, match="inside a transaction"):
        register.uow.audit("entity.create", "entity", 1)
    assert _names(register) == []


def test_a_failed_unit_forgets_the_calendar_it_cached(register: Register) -> None:
    holiday = date(2031, 1, 2)
    assert register.calendar().is_workday(holiday)
    with pytest.raises(Injected), register.transaction():
        register.set_calendar_days({holiday: (False, "补假")})
        assert not register.calendar().is_workday(holiday)  # seen inside the unit
        raise Injected
    assert register.calendar().is_workday(holiday)


def test_record_change_is_one_transaction(register: Register) -> None:
    """Edits given with a change of an algorithm that is not filed are refused with it; before,
    the edits were committed first and the refusal came after."""
    entity = register.create_entity(**ENTITY)
    algorithm = register.create_algorithm(
        entity.id, name="示例推荐算法", algo_type="02", role="provider"
    )
    with pytest.raises(InvalidInput) as refused:
        register.record_change(algorithm.id, date(2026, 11, 20), main_use="新的主要用途")
    assert [i.code for i in refused.value.issues] == ["change.not_filed"]
    assert register.algorithm(algorithm.id).main_use == ""


def test_the_conservative_mode_and_the_due_dates_change_together(
    register: Register, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The setting and the re-dated procedures are one transaction (they were two)."""

    def fail(*args: object) -> None:
        raise Injected

    monkeypatch.setattr(CalendarService, "redate_open", fail)
    with pytest.raises(Injected):
        register.set_conservative(True)
    assert not register.conservative()
    assert register.audit_events() == []
    monkeypatch.undo()
    register.set_conservative(True)
    assert register.conservative()


def test_the_register_is_composed_not_stacked() -> None:
    """``Register`` inherits from nothing of ours; no store module imports a private name of
    another (each service takes what it needs in its constructor)."""
    assert Register.__mro__ == (Register, object)
    folder = Path(filing_desk.store.__file__).parent
    assert not (folder / "host.py").exists()
    for path in folder.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("filing_desk"):
                private = [a.name for a in node.names if a.name.startswith("_")]
                assert not private, f"{path.name} imports {private} from {node.module}"
