"""Backup names a person can read (``register-2026-12-06-2305.fdesk``, local time), never reused,
and rotation that still knows the old ``register-20261206T150500000000Z.fdesk`` names."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from filing_desk.cli import main
from filing_desk.paths import app_paths
from filing_desk.store import backup
from filing_desk.store.register import Register, open_register
from tests.helpers.registers import sha256_of

READABLE = re.compile(r"^register-\d{4}-\d{2}-\d{2}-\d{4}(-\d+)?\.fdesk$")


@pytest.fixture
def shanghai(monkeypatch) -> Iterator[None]:
    """Local time fixed to UTC+8, so the local-time names are known in advance."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize(
    ("utc", "number", "name"),
    [
        (datetime(2026, 12, 6, 15, 5, tzinfo=UTC), 1, "register-2026-12-06-2305.fdesk"),
        (datetime(2026, 12, 6, 15, 5, 59, tzinfo=UTC), 2, "register-2026-12-06-2305-2.fdesk"),
        (datetime(2026, 12, 31, 16, 0, tzinfo=UTC), 3, "register-2027-01-01-0000-3.fdesk"),
    ],
)
def test_names_are_local_time_to_the_minute(shanghai, utc, number, name) -> None:
    assert backup.timestamped_name(Path("register.fdesk"), utc, number) == name


def test_a_second_backup_in_the_same_minute_gets_a_number_and_overwrites_nothing(
    shanghai, register: Register, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    when = datetime(2026, 12, 6, 15, 5, tzinfo=UTC)
    first = register.backup_to(backup.new_backup_path(folder, register.path, when)).path
    before = sha256_of(first)
    register.create_entity(name="第二份备份有限公司")
    second = register.backup_to(backup.new_backup_path(folder, register.path, when)).path
    third = backup.new_backup_path(folder, register.path, when)
    assert (first.name, second.name, third.name) == (
        "register-2026-12-06-2305.fdesk",
        "register-2026-12-06-2305-2.fdesk",
        "register-2026-12-06-2305-3.fdesk",
    )
    assert sha256_of(first) == before
    with open_register(second, lock=False) as copy:
        assert [e.name for e in copy.entities()] == ["第二份备份有限公司"]


def test_rotation_orders_old_and_new_names_by_the_time_they_were_taken(
    shanghai, tmp_path: Path
) -> None:
    names = [
        "register-20261206T120000000000Z.fdesk",  # 20:00 local: older than 23:05 local
        "register-20261206T160000000000Z.fdesk",  # 00:00 local on the 7th: the newest
        "register-2026-12-06-2305.fdesk",
        "register-2026-12-06-2305-2.fdesk",
        "register-2026-12-01-0900.fdesk",
        "my own copy.fdesk",  # a name of the user's own: its file time (long ago) counts
    ]
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    long_ago = time.time() - 400 * 24 * 3600
    os.utime(tmp_path / "my own copy.fdesk", (long_ago, long_ago))
    removed = backup.rotate(tmp_path, keep=3)
    assert {p.name for p in tmp_path.iterdir()} == {
        "register-20261206T160000000000Z.fdesk",
        "register-2026-12-06-2305-2.fdesk",
        "register-2026-12-06-2305.fdesk",
    }
    assert [p.name for p in removed] == [
        "register-20261206T120000000000Z.fdesk",
        "register-2026-12-01-0900.fdesk",
        "my own copy.fdesk",
    ]


def test_cli_backup_without_output_uses_a_readable_name(register: Register, capsys) -> None:
    path = register.path
    register.close()
    assert main(["--register", str(path), "backup"]) == 0
    (written,) = app_paths().backups_for(path).glob("*.fdesk")
    assert READABLE.match(written.name), written.name
    assert written.name in capsys.readouterr().out
