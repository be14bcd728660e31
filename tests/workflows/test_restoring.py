"""Restoring a backup (workflows.restoring): wrong paths are refused before anything is read,
and a failure at any step of the restore leaves no file and no keyring entry behind."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from filing_desk.domain.errors import InvalidInput
from filing_desk.store import restore as restore_mod
from filing_desk.store.files import is_partial
from filing_desk.store.register import Register, open_register
from filing_desk.workflows.restoring import refusal, restore_backup
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.registers import STRONG_PASSPHRASE, make_register

BACKUP_PASSPHRASE = "a separate backup passphrase 备份口令 seven"


class Injected(Exception):
    """The failure a test injects."""


@pytest.fixture
def backup(register: Register, draft_id: int, tmp_path: Path) -> Path:
    return register.backup_to(tmp_path / "backups" / "b.fdesk").path


def test_wrong_paths_are_refused_before_anything_is_read(
    register: Register, backup: Path, tmp_path: Path
) -> None:
    cases = {
        "restore.no_backup": (tmp_path / "missing.fdesk", tmp_path / "new.fdesk"),
        "restore.open_register": (backup, register.path),
        "restore.onto_backup": (backup, backup),
        "restore.exists": (backup, register.path),
    }
    for code, (source, target) in cases.items():
        opened = register.path if code == "restore.open_register" else None
        found = refusal(source, target, opened)
        assert found is not None and found.code == code, code
        with pytest.raises(InvalidInput):
            restore_backup(source, target, open_register=opened)
    assert refusal(backup, tmp_path / "new.fdesk", register.path) is None


def test_a_restored_copy_holds_the_register(
    register: Register, backup: Path, tmp_path: Path
) -> None:
    restored = restore_backup(backup, tmp_path / "restored.fdesk", open_register=register.path)

    assert restored.recovery_key is None  # the same key as the register it came from
    with open_register(restored.path, lock=False) as copy:
        assert [a.name for a in copy.algorithms()] == [a.name for a in register.algorithms()]


# The steps of store.restore.restore, for a backup under the register's own key and for one
# under its own passphrase (whose copy gets a new key, kept in the keyring under a new id).
SAME_KEY = ("_open_backup", "_copy_into", "verify", "_check_chain", "replace")
OWN_PASSPHRASE = ("_open_backup", "_export_new", "verify", "_check_chain", "_store_new_entry")
CASES = [(step, False) for step in SAME_KEY] + [(step, True) for step in OWN_PASSPHRASE]


@pytest.mark.parametrize(
    ("step", "own_passphrase"),
    CASES,
    ids=[f"{step}-{'own passphrase' if own else 'same key'}" for step, own in CASES],
)
def test_a_failure_at_any_step_leaves_nothing_behind(
    register: Register,
    tmp_path: Path,
    draft_id: int,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    step: str,
    own_passphrase: bool,
) -> None:
    passphrase = BACKUP_PASSPHRASE if own_passphrase else None
    source = register.backup_to(tmp_path / "backups" / "b.fdesk", passphrase=passphrase).path
    target = tmp_path / "restored" / "copy.fdesk"
    target.parent.mkdir()
    entries = dict(memory_keyring.store)
    ran = _inject(monkeypatch, step)

    with pytest.raises(Injected):
        restore_backup(source, target, backup_passphrase=passphrase)

    assert ran == [step]
    assert list(target.parent.iterdir()) == []  # no copy, no partial file
    assert memory_keyring.store == entries  # no keyring entry made, none removed


def _inject(monkeypatch: pytest.MonkeyPatch, step: str) -> list[str]:
    """Make the restore's ``step`` run for real, then raise; the keyring write and the rename
    into place fail instead of running (when they fail, they did not happen). Returns the steps
    that failed."""
    ran: list[str] = []
    if step == "verify":  # the check of the staged copy, not the backup's own
        owner, name = restore_mod.backup, "verify"
    elif step == "replace":
        owner, name = restore_mod.os, "replace"
    else:
        owner, name = restore_mod, step
    real: Callable[..., Any] = getattr(owner, name)

    def failing(*args: Any, **kwargs: Any) -> Any:
        if step == "verify" and not is_partial(Path(args[0])):
            return real(*args, **kwargs)
        if step not in ("replace", "_store_new_entry"):
            real(*args, **kwargs)
        ran.append(step)
        raise Injected(step)

    monkeypatch.setattr(owner, name, failing)
    return ran


def test_a_passphrase_register_restores_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy of a passphrase-mode register opens with that passphrase (the same key)."""
    reg = make_register(tmp_path / "pass.fdesk", passphrase=STRONG_PASSPHRASE)
    backup = reg.backup_to(tmp_path / "b.fdesk").path
    reg.close()
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", STRONG_PASSPHRASE)
    restored = restore_backup(backup, tmp_path / "copy.fdesk")
    assert restored.recovery_key is None
