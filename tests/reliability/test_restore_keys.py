"""Restore never touches the live register's key (issue 13, item 1).

A backup keeps the register's salt, which is its register id. Restoring one made under a separate
backup passphrase used to re-key the copy in place and store its new key under that same id,
overwriting the live register's keyring entry: the live register no longer opened. Now the copy
either keeps the register's key (and id), or becomes a register of its own (a new file with a new
salt, so a new id) whose recovery key is shown once, as ``init`` shows it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from filing_desk.cli import main
from filing_desk.store import keys
from filing_desk.store.register import open_register
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.registers import make_register

BACKUP_PASSPHRASE = "备份专用口令 harbour lantern 2731"
REGISTER_PASSPHRASE = "登记簿口令 quiet meadow violin 8402"
RECOVERY_LINE = "Recovery key — write it down or print the recovery sheet; it is shown only once:"
ENTITY = "恢复测试有限公司"


def _register_with_data(path: Path, passphrase: str | None = None) -> str:
    """A real register holding one entity and one algorithm; returns its register id."""
    with make_register(path, passphrase=passphrase) as reg:
        entity = reg.create_entity(name=ENTITY)
        reg.create_algorithm(entity.id, name="恢复推荐算法", algo_type="02")
        return reg.register_id


def _printed_recovery_key(out: str) -> str | None:
    """The key on the line after the ``init``-style heading, or None when none was printed."""
    lines = out.splitlines()
    if RECOVERY_LINE not in lines:
        return None
    return lines[lines.index(RECOVERY_LINE) + 1].strip()


def _entity_names(path: Path, **unlock: str) -> list[str]:
    with open_register(path, lock=False, upgrade=False, **unlock) as reg:
        return [e.name for e in reg.entities()]


def _assert_owner_only(path: Path) -> None:
    if os.name == "posix":
        assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_attack_restore_with_backup_passphrase_keeps_live_register_openable(
    tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch, capsys
) -> None:
    """Keyring mode. Steps: make a register; `backup -o b.fdesk` with
    FILING_DESK_BACKUP_PASSPHRASE set; `restore b.fdesk -o copy.fdesk`; unset the backup
    passphrase; `--register original check`. Before: exit 7, the keyring entry now held the
    copy's key. After: 0; the copy has its own id and keyring entry, and the recovery key printed
    once, under the same heading as `init`, opens it."""
    original, backup, copy = tmp_path / "原件.fdesk", tmp_path / "b.fdesk", tmp_path / "copy.fdesk"
    original_id = _register_with_data(original)
    monkeypatch.setenv("FILING_DESK_BACKUP_PASSPHRASE", BACKUP_PASSPHRASE)
    assert main(["--register", str(original), "backup", "-o", str(backup)]) == 0
    before = dict(memory_keyring.store)
    capsys.readouterr()

    assert main(["restore", str(backup), "-o", str(copy)]) == 0
    out = capsys.readouterr().out
    monkeypatch.delenv("FILING_DESK_BACKUP_PASSPHRASE")

    assert main(["--register", str(original), "check"]) == 0  # still opens from the keyring
    assert {k: memory_keyring.store[k] for k in before} == before  # no entry overwritten
    copy_id = keys.register_id_of(copy)
    assert copy_id != original_id
    assert set(memory_keyring.store) == set(before) | {(keys.SERVICE, copy_id)}
    assert main(["--register", str(copy), "check"]) == 0
    recovery = _printed_recovery_key(out)
    assert recovery is not None, out
    assert copy_id in out and "system keyring" in out
    memory_keyring.store.clear()  # a new machine: only the printed key
    assert _entity_names(copy, recovery=recovery) == [ENTITY]
    _assert_owner_only(copy)
    assert not list(tmp_path.glob(".*.partial-*"))  # no staging file left behind


def test_attack_restore_of_a_plain_backup_leaves_the_keyring_exactly_as_it_was(
    tmp_path: Path, memory_keyring: MemoryKeyring, capsys
) -> None:
    """Keyring mode, no backup passphrase. Steps: make a register; `backup -o b.fdesk`;
    `restore b.fdesk -o copy.fdesk`; `check` both. The copy keeps the register's key and id, no
    keyring entry is written, no recovery key is printed, and the copy is owner-only (0600)
    like the register. Before: the copy was written with the default permissions (0644)."""
    original, backup, copy = tmp_path / "r.fdesk", tmp_path / "b.fdesk", tmp_path / "c" / "c.fdesk"
    original_id = _register_with_data(original)
    assert main(["--register", str(original), "backup", "-o", str(backup)]) == 0
    before = dict(memory_keyring.store)
    capsys.readouterr()

    assert main(["restore", str(backup), "-o", str(copy)]) == 0
    out = capsys.readouterr().out

    assert memory_keyring.store == before
    assert _printed_recovery_key(out) is None and "Recovery key" not in out
    assert keys.register_id_of(copy) == original_id
    assert main(["--register", str(original), "check"]) == 0
    assert main(["--register", str(copy), "check"]) == 0
    _assert_owner_only(copy)


def test_attack_restore_in_passphrase_mode_makes_a_register_of_its_own(
    tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch, capsys
) -> None:
    """Passphrase mode (FILING_DESK_PASSPHRASE). Steps: `init`; `backup -o b.fdesk` with
    FILING_DESK_BACKUP_PASSPHRASE; `restore b.fdesk -o copy.fdesk`. Before: the copy was re-keyed
    in place and kept the register's id, no recovery key was shown. After: the copy is a new
    file with its own id under the same passphrase, its recovery key is printed once and opens
    it; the original opens as before and the keyring stays empty."""
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", REGISTER_PASSPHRASE)
    original, backup, copy = tmp_path / "r.fdesk", tmp_path / "b.fdesk", tmp_path / "copy.fdesk"
    original_id = _register_with_data(original)
    monkeypatch.setenv("FILING_DESK_BACKUP_PASSPHRASE", BACKUP_PASSPHRASE)
    assert main(["--register", str(original), "backup", "-o", str(backup)]) == 0
    capsys.readouterr()

    assert main(["restore", str(backup), "-o", str(copy)]) == 0
    out = capsys.readouterr().out
    monkeypatch.delenv("FILING_DESK_BACKUP_PASSPHRASE")

    assert memory_keyring.store == {}
    assert keys.register_id_of(copy) != original_id
    assert main(["--register", str(original), "check"]) == 0
    assert main(["--register", str(copy), "check"]) == 0  # the register passphrase opens it
    recovery = _printed_recovery_key(out)
    assert recovery is not None and "passphrase" in out, out
    monkeypatch.delenv("FILING_DESK_PASSPHRASE")
    assert _entity_names(copy, recovery=recovery) == [ENTITY]
    _assert_owner_only(copy)


def test_attack_gui_restore_with_backup_passphrase_keeps_live_register_openable(
    qtbot, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """The same attack through File ▸ Restore from a backup…: a backup under its own passphrase,
    restored with the dialog. Before: the live register's keyring entry was replaced (its
    `check` exited 7) and no recovery key was shown. After: the live register still opens, and
    the copy's new recovery key is shown once in the recovery-key dialog and opens the copy."""
    from filing_desk.ui.dialogs.backup_dialog import RestoreDialog
    from filing_desk.ui.dialogs.recovery import RecoveryKeyDialog

    original, backup, copy = tmp_path / "r.fdesk", tmp_path / "b.fdesk", tmp_path / "copy.fdesk"
    original_id = _register_with_data(original)
    with open_register(original) as reg:
        reg.backup_to(backup, passphrase=BACKUP_PASSPHRASE)
    before = dict(memory_keyring.store)

    dialog = RestoreDialog(original)
    qtbot.addWidget(dialog)
    dialog.source.setText(str(backup))
    dialog.target.setText(str(copy))
    dialog.passphrase.setText(BACKUP_PASSPHRASE)
    with qtbot.waitSignal(dialog.restored, timeout=20000):
        dialog.restore_button.click()

    assert {k: memory_keyring.store[k] for k in before} == before
    assert main(["--register", str(original), "check"]) == 0
    assert keys.register_id_of(copy) != original_id
    shown = dialog.recovery_dialog
    assert isinstance(shown, RecoveryKeyDialog) and shown.isVisible()
    assert "new key" in dialog.result_label.text()
    recovery = shown.key_label.text()  # groups of four, spaced and on lines, as shown
    memory_keyring.store.clear()
    assert _entity_names(copy, recovery=recovery) == [ENTITY]
    shown.written.setChecked(True)
    shown.accept()
    assert shown.key_label.text() == ""  # shown once: gone when the dialog closes


def test_attack_failed_restore_leaves_no_file_and_no_keyring_change(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    """A backup under its own passphrase whose audit chain was edited through a side door is
    restored. Before: the copy's new key had already replaced the live register's keyring entry
    when the broken chain was found, so the failed restore still locked the register out. After:
    the restore fails with the reason, and leaves no file (under the target or a temporary name)
    and the keyring exactly as it was."""
    from filing_desk.store import engine as engine_mod
    from filing_desk.store.errors import BackupFailed
    from filing_desk.store.restore import restore

    original, backup, copy = tmp_path / "r.fdesk", tmp_path / "b.fdesk", tmp_path / "copy.fdesk"
    _register_with_data(original)
    with open_register(original) as reg:
        reg.backup_to(backup, passphrase=BACKUP_PASSPHRASE)
    conn = engine_mod.connect(backup, keys.key_for(backup, passphrase=BACKUP_PASSPHRASE))
    conn.execute('UPDATE audit_event SET after_json = \'{"name": "篡改"}\' WHERE id = 1')
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = dict(memory_keyring.store)
    files = sorted(p.name for p in tmp_path.iterdir())

    with pytest.raises(BackupFailed, match="audit chain"):
        restore(backup, copy, backup_passphrase=BACKUP_PASSPHRASE)

    assert memory_keyring.store == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files
    assert main(["--register", str(original), "check"]) == 0
