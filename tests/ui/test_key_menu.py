"""File ▸ Change passphrase… (passphrase mode only) and File ▸ Re-key register…, driven through
the window: afterwards the register reopens with the new secret and not with the old, and a
backup made before the re-key still opens with the old recovery key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from filing_desk.store.errors import WrongKey
from filing_desk.store.register import create_register, open_register
from filing_desk.ui.dialogs.new_passphrase import ChangePassphraseDialog
from filing_desk.ui.dialogs.recovery import RecoveryKeyDialog
from tests.helpers.gui import make_window, type_text
from tests.helpers.registers import STRONG_PASSPHRASE, TODAY

NEW_PASSPHRASE = "harbour lantern 港口灯 river 77"


def file_menu_texts(window) -> list[str]:
    return [a.text() for a in window.file_menu.actions()]


def test_change_passphrase_through_the_dialog(qtbot, english, tmp_path, prefs, temp_dir):
    path = tmp_path / "p.fdesk"
    register = create_register(path, passphrase=STRONG_PASSPHRASE, clock=lambda: TODAY).register
    window = make_window(qtbot, register, prefs, temp_dir)
    try:
        assert "Change &passphrase…" in file_menu_texts(window)
        action = window.key_menu.change_passphrase_action
        assert action.isEnabled()
        action.trigger()
        dialog = window.key_menu.dialog
        assert isinstance(dialog, ChangePassphraseDialog) and dialog.isVisible()
        assert not dialog.ok_button.isEnabled()
        type_text(dialog.current, "not the passphrase at all")
        type_text(dialog.fields.passphrase, NEW_PASSPHRASE)
        type_text(dialog.fields.repeat, NEW_PASSPHRASE)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert dialog.problem.text() == (
            "The current passphrase is not right; the passphrase was not changed."
        )
        dialog.current.clear()
        type_text(dialog.current, STRONG_PASSPHRASE)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
        assert "Passphrase changed" in window.statusBar().currentMessage()
    finally:
        window.shutdown()
    with pytest.raises(WrongKey):
        open_register(path, passphrase=STRONG_PASSPHRASE)
    open_register(path, passphrase=NEW_PASSPHRASE).close()


def test_change_passphrase_is_off_in_keyring_mode(main_window):
    assert not main_window.key_menu.change_passphrase_action.isEnabled()
    assert main_window.key_menu.change_passphrase() is None


def test_rekey_shows_the_new_recovery_key_and_old_backups_keep_the_old(
    qtbot, english, tmp_path, prefs, temp_dir
):
    path = tmp_path / "k.fdesk"
    created = create_register(path, clock=lambda: TODAY)
    register, old_recovery = created.register, created.recovery_key
    register.create_entity(name="甲科技有限公司")
    backup = tmp_path / "before.fdesk"
    register.backup_to(backup)
    window = make_window(qtbot, register, prefs, temp_dir)
    try:
        assert "Re-&key register…" in file_menu_texts(window)
        window.key_menu.rekey_action.trigger()
        box = window.key_menu.dialog
        assert isinstance(box, QMessageBox) and box.isVisible()
        assert "old recovery key" in box.informativeText()
        [rekey] = [b for b in box.buttons() if b.text() == "Re-key"]
        qtbot.mouseClick(rekey, Qt.MouseButton.LeftButton)
        sheet = window.key_menu.dialog
        assert isinstance(sheet, RecoveryKeyDialog) and sheet.isVisible()
        assert sheet.rekeyed_note.isVisible()
        new_recovery = register.recovery_key()
        assert new_recovery != old_recovery
        assert sheet.key_label.text().replace("  ", "-").replace("\n", "-") == new_recovery
        sheet.written.setChecked(True)
        qtbot.mouseClick(sheet.close_button, Qt.MouseButton.LeftButton)
    finally:
        window.shutdown()
    with pytest.raises(WrongKey):
        open_register(path, recovery=old_recovery)
    with open_register(path) as reopened:  # the keyring holds the new key
        assert [e.name for e in reopened.entities()] == ["甲科技有限公司"]
    open_register(path, recovery=new_recovery).close()
    with open_register(backup, recovery=old_recovery, upgrade=False) as old:
        assert [e.name for e in old.entities()] == ["甲科技有限公司"]


def test_cancel_rekey_changes_nothing(main_window, qtbot, register):
    before = register.recovery_key()
    main_window.key_menu.rekey_action.trigger()
    box = main_window.key_menu.dialog
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert register.recovery_key() == before
    assert not isinstance(main_window.key_menu.dialog, RecoveryKeyDialog)
