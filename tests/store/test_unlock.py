"""The first half of opening (store.unlock): the register table's first page before SQLAlchemy,
the same rows the store gives, and a clean hand-over to open_register."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from filing_desk.demo import fill
from filing_desk.store import migrate
from filing_desk.store.errors import RegisterLocked, WrongKey
from filing_desk.store.register import open_register
from filing_desk.store.unlock import unlock_file
from tests.helpers.fixture_registers import PASSPHRASE
from tests.helpers.registers import TODAY, make_register

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "registers"


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "demo.fdesk"
    reg = make_register(path, passphrase="correct horse")
    fill(reg)
    reg.close()
    return path


def _by_urgency(rows):
    """The table's default order: due date, none last, ties in id order."""
    return sorted(rows, key=lambda r: (r.due_date is None, r.due_date, r.algorithm_id))


def test_first_rows_are_the_most_urgent_the_store_gives(demo_path: Path) -> None:
    opened = unlock_file(demo_path, passphrase="correct horse")
    try:
        first = opened.first_rows(TODAY, 7)
    finally:
        opened.release()
    with open_register(demo_path, passphrase="correct horse", clock=lambda: TODAY) as reg:
        # the early page is read before the register opens: without the security-assessment
        # standing, which the full rows that replace it a moment later carry
        assert first == [replace(r, security=None) for r in reg.register_rows(limit=7)]
        every = [replace(r, security=None) for r in reg.register_rows()]
    assert any(r.overdue for r in every) and any(r.due_date is None for r in every)
    assert _by_urgency(first) == _by_urgency(every)[:7]  # the top of the table, unchanged
    assert [r.algorithm_id for r in first] == sorted(r.algorithm_id for r in first)
    assert all(r.due_date for r in first)  # the demo has more than 7 dated procedures


def test_rows_for_chosen_ids_match_the_whole_table(demo_path: Path) -> None:
    with open_register(demo_path, passphrase="correct horse", clock=lambda: TODAY) as reg:
        every = {r.algorithm_id: r for r in reg.register_rows()}
        chosen = sorted(every)[3::4]
        assert reg.register_rows(chosen) == [every[i] for i in chosen]
        assert reg.register_rows([]) == []


def test_open_register_takes_over_the_unlocked_file(demo_path: Path) -> None:
    opened = unlock_file(demo_path, passphrase="correct horse")
    with pytest.raises(RegisterLocked):  # the lock is held from the first step
        unlock_file(demo_path, passphrase="correct horse")
    reg = open_register(demo_path, clock=lambda: TODAY, unlocked=opened)
    try:
        assert len(reg.register_rows()) == 20
        assert reg.verify_audit().ok
    finally:
        reg.close()
    unlock_file(demo_path, passphrase="correct horse").release()  # released on close


def test_a_wrong_key_holds_no_lock(demo_path: Path) -> None:
    with pytest.raises(WrongKey):
        unlock_file(demo_path, passphrase="wrong")
    unlock_file(demo_path, passphrase="correct horse").release()


def test_an_older_schema_gives_no_first_rows_and_is_upgraded_by_open(tmp_path: Path) -> None:
    path = tmp_path / "old.fdesk"
    shutil.copy(FIXTURES / "register-0001.fdesk", path)
    opened = unlock_file(path, passphrase=PASSPHRASE)
    assert opened.revision() == "0001"
    assert opened.first_rows(TODAY, 10) is None  # the upgrade and its backup come first
    reg = open_register(path, clock=lambda: TODAY, unlocked=opened)
    try:
        assert reg.schema_revision() == migrate.HEAD
        assert reg.register_rows()
    finally:
        reg.close()
    assert migrate.backup_path_for_upgrade(path, "0001").exists()


def test_first_rows_need_no_sqlalchemy(demo_path: Path) -> None:
    """What the window shows first must not wait for SQLAlchemy's import (≈ 250 ms)."""
    code = (
        "import sys\n"
        "from datetime import date\n"
        "from filing_desk.store.unlock import unlock_file\n"
        f"opened = unlock_file({str(demo_path)!r}, passphrase='correct horse')\n"
        "rows = opened.first_rows(date(2026, 11, 23), 5)\n"
        "print(len(rows), sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'))\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True
    )
    assert done.stdout.split() == ["5", "[]"]
