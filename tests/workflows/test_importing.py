"""Importing a batch (workflows.importing): all rows or none, for a spreadsheet of algorithms and
for a whole-register JSON export restored into an empty register."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from filing_desk.store import audit_log
from filing_desk.store.records import RecordService
from filing_desk.store.register import Register
from filing_desk.transfer import register_io
from filing_desk.workflows.importing import import_batch
from tests.helpers.registers import make_register

DEMO_JSON = Path(__file__).parents[1] / "fixtures" / "exports" / "demo-register.json"


class Injected(Exception):
    """The failure a test injects."""


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Register]:
    reg = make_register(tmp_path / "target.fdesk")
    yield reg
    reg.close()


@pytest.fixture
def spreadsheet(
    register: Register, add_algorithm: Callable[[str], int], filed_id: int, tmp_path: Path
) -> register_io.Prepared:
    """Two algorithms (one filed, which imports with its filing) of one entity, read back."""
    add_algorithm("第二个推荐算法")
    path = register_io.export_register(register, "csv", tmp_path / "algorithms.csv")
    return register_io.prepare(path)


def _inserts(prepared: register_io.Prepared, target: Register) -> int:
    """How many rows a successful import inserts (measured, then undone)."""
    calls: list[int] = []
    real = RecordService.insert

    def counting(self: RecordService, *args: Any) -> Any:
        calls.append(1)
        return real(self, *args)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(RecordService, "insert", counting)
        with pytest.raises(Injected), target.transaction():
            import_batch(target, prepared)
            raise Injected
    return len(calls)


def test_a_spreadsheet_imports_every_row(
    spreadsheet: register_io.Prepared, target: Register
) -> None:
    result = import_batch(target, spreadsheet)

    assert (result.created, result.entities_created) == (2, 1)
    assert len(target.algorithms()) == 2
    assert len(target.procedures()) == 1  # the filed one's filing, as the baseline of changes
    assert target.verify_audit().ok


def test_a_failure_at_any_row_imports_nothing(
    spreadsheet: register_io.Prepared,
    target: Register,
    monkeypatch: pytest.MonkeyPatch,
    state: Callable[[Path], Any],
) -> None:
    inserted = _inserts(spreadsheet, target)
    # the entity, the algorithms, the entity's three products (typed once), a link each
    assert inserted == 1 + 2 + 3 + 2 * 3
    before = state(target.path)
    real = RecordService.insert
    for failing_at in range(1, inserted + 1):
        calls: list[int] = []

        def insert(self: RecordService, *args: Any, at: int = failing_at, n: list = calls) -> Any:
            row = real(self, *args)
            n.append(1)
            if len(n) == at:
                raise Injected(f"insert {at}")
            return row

        monkeypatch.setattr(RecordService, "insert", insert)
        with pytest.raises(Injected):
            import_batch(target, spreadsheet)
        assert state(target.path) == before, f"failing at insert {failing_at}"


def test_a_whole_register_json_is_restored_all_or_nothing(
    target: Register, monkeypatch: pytest.MonkeyPatch, state: Callable[[Path], Any]
) -> None:
    prepared = register_io.prepare(DEMO_JSON)
    before = state(target.path)

    def failing(*args: Any, **kwargs: Any) -> Any:
        raise Injected("the import's audit event")  # after every row was added

    with monkeypatch.context() as patch:
        patch.setattr(audit_log, "append", failing)
        with pytest.raises(Injected):
            import_batch(target, prepared)
    assert state(target.path) == before

    result = import_batch(target, prepared)
    assert result.created == len(target.algorithms()) > 0
