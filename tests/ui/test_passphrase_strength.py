"""Choosing a new passphrase in the GUI: a meter follows the typing, a weak one is refused with
advice (in the UI language), and the create dialog says what the passphrase protects."""

from __future__ import annotations

import keyring
import pytest
from PySide6.QtCore import Qt

from filing_desk import app
from filing_desk.paths import app_paths
from filing_desk.store import keys
from tests.helpers.gui import type_text
from tests.helpers.memory_keyring import BrokenKeyring
from tests.helpers.registers import STRONG_PASSPHRASE

pytestmark = pytest.mark.gui


@pytest.fixture
def first_run(qapp, english, monkeypatch):
    """A first start (no register yet) on a machine whose keyring refuses every call, so the
    app has to ask for a passphrase."""
    keyring.set_keyring(BrokenKeyring())
    session = app.Session(qapp, app_paths().default_register, demo=False)
    session.window.backup_on_exit = False
    yield session
    session.finish()
    session.window.close()
    session.window.deleteLater()


def test_attack_weak_passphrase_for_a_new_register_in_the_gui(first_run, qtbot) -> None:
    """Reproduction: first start with no usable keyring; the app asks for a passphrase for the
    new register; type `password1234` twice and press OK. Before: the register was created under
    it. After: a meter shows it weak as it is typed, the advice is shown, OK stays disabled
    (Enter does nothing); a strong passphrase turns the meter green and creates the register.
    (Since issue 19 the first start shows the welcome page: Create opens the dialog.)"""
    from filing_desk.ui.dialogs.create_register import CreateRegisterDialog

    first_run.window.show()
    first_run.start()
    qtbot.mouseClick(first_run.window.registers.welcome.create_button, Qt.MouseButton.LeftButton)
    dialog = first_run.window.registers.dialog
    assert isinstance(dialog, CreateRegisterDialog)
    assert not dialog.use_keyring.isEnabled() and dialog.use_passphrase.isChecked()
    fields = dialog.fields
    intro = dialog.explain.text()
    levels = []
    for ch in "password1234":
        type_text(fields.passphrase, ch)
        levels.append(fields.meter.bar.value())
    type_text(fields.repeat, "password1234")
    weak = (
        levels,
        fields.meter.verdict.text(),
        fields.meter.advice.isVisible(),
        fields.meter.advice.text(),
        dialog.create_button.isEnabled(),
    )
    assert dialog.make_register() is None  # Enter in a field: refused while OK is disabled
    still_open = dialog.isVisible()
    fields.passphrase.clear()
    fields.repeat.clear()
    type_text(fields.passphrase, STRONG_PASSPHRASE)
    strong_alone = (fields.meter.bar.value(), dialog.create_button.isEnabled())
    type_text(fields.repeat, STRONG_PASSPHRASE)
    strong = (fields.meter.verdict.text(), fields.meter.advice.isVisible())
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert "recovery key" in intro and "no one can reset it" in intro
    levels, verdict, advice_shown, advice, ok_enabled = weak
    assert len(set(levels)) > 1, f"the meter did not move while typing: {levels}"
    assert levels[-1] <= 2
    assert verdict == "Weak"
    assert advice_shown and "common password" in advice and "unrelated words" in advice
    assert not ok_enabled
    assert still_open is True
    assert strong_alone[0] >= 3 and strong_alone[1] is False
    assert strong == ("Strong", False)
    register = first_run.window.register
    assert register is not None and register.key_source is keys.KeySource.PASSPHRASE
    assert first_run.window.register_path.exists()


def test_too_short_is_said_with_its_length(qtbot, english) -> None:
    from filing_desk.ui.dialogs.new_passphrase import NewPassphraseDialog

    dialog = NewPassphraseDialog("")
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.passphrase, "短口令abc")
    assert dialog.meter.verdict.text() == "Too short: 6 of at least 12 characters"
    assert "at least 12 characters" in dialog.meter.advice.text()
    assert not dialog.ok_button.isEnabled()


def test_attack_weak_backup_passphrase_in_the_backup_dialog(
    main_window, qtbot, register, tmp_path
) -> None:
    """Reproduction: File ▸ Back up to a file…, tick "Protect with a separate backup passphrase",
    type `qwertyuiop123` twice, press Back up. Before: the backup was written under it. After:
    refused with the advice, no file written; the meter shows it weak."""
    register.create_entity(name="备份口令测试有限公司")
    dialog = main_window.transfer.open_backup()
    target = tmp_path / "weak.fdesk"
    dialog.target.setText(str(target))
    dialog.own_passphrase.setChecked(True)
    type_text(dialog.passphrase, "qwertyuiop123")
    type_text(dialog.repeat, "qwertyuiop123")
    assert dialog.back_up() == ""
    assert "unrelated words" in dialog.result_label.text()
    assert "qwertyuiop123" not in dialog.result_label.text()
    assert not target.exists() and list(tmp_path.glob(".weak.fdesk*")) == []
    assert dialog.meter.bar.value() <= 2 and dialog.meter.advice.isVisible()
