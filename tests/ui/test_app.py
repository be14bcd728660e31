"""Start-up: the bundled font, translators from the preferences, the unlock flow without a
prompt from the keyring, first run (create + recovery key once), and the throw-away demo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase

from filing_desk import app
from filing_desk.paths import app_paths
from filing_desk.store.register import create_register
from filing_desk.ui.dialogs.recovery import RecoveryKeyDialog


@pytest.fixture
def session(qapp, monkeypatch):
    created = []

    def make(register=None, demo=False):
        s = app.Session(qapp, register or app_paths().default_register, demo)
        s.window.backup_on_exit = False
        created.append(s)
        return s

    yield make
    for s in created:
        s.finish()
        s.window.close()
        s.window.deleteLater()


def test_bundled_font_becomes_the_application_font(qapp):
    family = app.load_bundled_font(qapp)
    assert family is not None
    assert qapp.font().family() == family
    assert QFontDatabase.writingSystems(family)  # it knows its scripts
    assert any("Chinese" in str(w) for w in QFontDatabase.writingSystems(family))


def test_missing_font_falls_back_silently(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(app, "resource_dir", lambda: tmp_path)
    assert app.load_bundled_font(qapp) is None


def test_existing_keyring_register_opens_without_a_prompt(session, tmp_path, qtbot):
    path = tmp_path / "k.fdesk"
    create_register(path).register.close()
    s = session(path)
    s.window.show()
    assert s.window.lock_action.shortcut().isEmpty()  # installed once the window is up
    with qtbot.waitSignal(s.window.unlocked, timeout=5000):
        s.start()
    assert s.window.flow.dialog is None
    assert s.window.workspace is not None
    assert s.window.lock_action.shortcut().toString() == "Ctrl+L"
    assert s.window.transfer.import_action.shortcut().toString() == "Ctrl+Shift+I"


def test_first_run_creates_the_register_and_shows_the_key_once(session, qtbot):
    s = session()
    assert not s.window.register_path.exists()
    s.start()  # the first run shows the welcome page (issue 19): Create, keyring mode
    qtbot.mouseClick(s.window.registers.welcome.create_button, Qt.MouseButton.LeftButton)
    s.window.registers.dialog.make_register()
    assert s.window.register_path.exists()
    dialog = s.window.registers.recovery_dialog
    assert isinstance(dialog, RecoveryKeyDialog) and dialog.isVisible()
    key = s.window.register.recovery_key()
    assert dialog.key_label.text().replace("  ", "-").replace("\n", "-") == key
    dialog.reject()  # Escape does nothing until the box is ticked
    assert dialog.isVisible()
    assert not dialog.close_button.isEnabled()
    qtbot.mouseClick(dialog.written, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.confirmed, timeout=2000):
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.key_label.text() == ""


def test_demo_is_a_throw_away_register(session, qtbot):
    s = session(demo=True)
    folder = s.demo_dir
    with qtbot.waitSignal(s.window.unlocked, timeout=20000):
        s.start()
    assert s.window.workspace.register_view.model.total() == 20
    assert s.window.register.key_source.value == "passphrase"
    s.window.lock()
    with qtbot.waitSignal(s.window.unlocked, timeout=5000):
        s.window.lock_screen.unlock_button.click()  # one click: the passphrase is in memory
    s.finish()
    assert not folder.exists()


def test_language_from_preferences_installs_the_translators(session, qapp):
    from filing_desk.ui.prefs import Prefs

    Prefs().language = "zh_CN"
    s = session()
    try:
        assert len(s.translators) == 2  # ours and Qt's qtbase
        assert s.window.windowTitle() == "Filing Desk 算法备案台账"
    finally:
        from filing_desk.ui import i18n

        i18n.remove(qapp, s.translators)
        s.translators = []
        i18n.install(qapp, "en")
