"""The welcome page and which register the window shows (issue 19, item 2): the first run offers
create / open / restore / demo and says where the file will live; Create explains the key and
measures a passphrase; File ▸ Open register… and Open recent switch the window's register; a
restore opens in the same window and the next plain start opens it again; the demo is never
remembered. Real registers, real backups, the in-memory keyring, offscreen widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from filing_desk import app
from filing_desk.paths import app_paths
from filing_desk.store import keys
from filing_desk.store.register import create_register, open_register
from filing_desk.ui.prefs import Prefs
from tests.helpers.gui import type_text
from tests.helpers.registers import STRONG_PASSPHRASE

pytestmark = pytest.mark.gui


@pytest.fixture
def session(qapp, english):
    """``session(path)`` starts a Session as the app does (``None``: a plain start)."""
    made = []

    def make(register: Path | None = None, demo: bool = False) -> app.Session:
        s = app.Session(qapp, register, demo)
        made.append(s)
        s.window.show()
        return s

    yield make
    for s in made:
        s.finish()
        s.window.close()
        s.window.deleteLater()


def keyring_register(path: Path, entity: str = "") -> str:
    """A keyring-mode register at ``path`` (closed); its recovery key."""
    created = create_register(path)
    if entity:
        created.register.create_entity(name=entity)
    created.register.close()
    return created.recovery_key


def open_and_wait(qtbot, s: app.Session, path: Path) -> None:
    with qtbot.waitSignal(s.window.unlocked, timeout=10000):
        s.window.registers.open_file(path)


def test_first_run_shows_the_welcome_page_with_four_choices_and_the_path(session):
    s = session()
    s.start()
    welcome = s.window.registers.welcome
    assert s.window.central.currentWidget() is welcome
    assert [b.text() for b in (welcome.create_button, welcome.open_button,
                               welcome.restore_button, welcome.demo_button)] == [
        "Create a new register",
        "Open an existing register file…",
        "Restore from a backup…",
        "Try the demo",
    ]  # fmt: skip
    assert str(app_paths().default_register) in welcome.where.text()
    assert "deleted when Filing Desk closes" in welcome.demo_button.description()
    assert not s.window.registers.close_action.isEnabled()
    assert s.window.register is None and not app_paths().default_register.exists()


def test_create_in_keyring_mode_makes_the_register_and_remembers_it(session, qtbot):
    s = session()
    s.start()
    qtbot.mouseClick(s.window.registers.welcome.create_button, Qt.MouseButton.LeftButton)
    dialog = s.window.registers.dialog
    assert dialog.use_keyring.isChecked() and not dialog.fields.isVisible()
    assert "only the recovery key" in dialog.explain.text()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    path = app_paths().default_register
    assert path.exists()
    assert s.window.register.key_source is keys.KeySource.KEYRING
    assert s.window.registers.recovery_dialog.isVisible()
    assert Prefs().current_register == path
    assert s.window.registers.close_action.isEnabled()


def test_create_with_a_passphrase_measures_it_and_refuses_a_mismatch(session, qtbot, tmp_path,
                                                                     monkeypatch):  # fmt: skip
    elsewhere = tmp_path / "chosen" / "firm"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(elsewhere), ""))
    s = session()
    s.start()
    welcome = s.window.registers.welcome
    qtbot.mouseClick(welcome.change_button, Qt.MouseButton.LeftButton)
    target = elsewhere.with_suffix(".fdesk")
    assert str(target) in welcome.where.text()
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    dialog = s.window.registers.dialog
    dialog.use_passphrase.setChecked(True)
    fields = dialog.fields
    assert fields.isVisible() and "no one can reset it" in dialog.explain.text()
    type_text(fields.passphrase, "password1234")
    weak = (fields.meter.bar.value(), fields.meter.verdict.text())
    fields.passphrase.setText(STRONG_PASSPHRASE)
    strong = (fields.meter.bar.value(), fields.meter.verdict.text())
    fields.repeat.setText(STRONG_PASSPHRASE + "!")
    assert weak[0] <= 2 and weak[1] == "Weak"
    assert strong[0] >= 3 and strong[1] == "Strong"
    assert fields.mismatch.text() == "The two entries differ."
    assert not dialog.create_button.isEnabled()
    assert dialog.make_register() is None and not target.exists()  # Enter: refused
    fields.repeat.setText(STRONG_PASSPHRASE)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert target.exists() and s.window.register.key_source is keys.KeySource.PASSPHRASE
    assert fields.passphrase.text() == ""


def test_open_an_existing_register_through_the_file_dialog(session, qtbot, tmp_path,
                                                           monkeypatch):  # fmt: skip
    path = tmp_path / "colleague.fdesk"
    keyring_register(path, "同事的主体有限公司")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    s = session()
    s.start()
    with qtbot.waitSignal(s.window.unlocked, timeout=10000):
        qtbot.mouseClick(s.window.registers.welcome.open_button, Qt.MouseButton.LeftButton)
    assert s.window.register_path == path
    assert [e.name for e in s.window.register.entities()] == ["同事的主体有限公司"]
    assert s.window.file_label.text() == "colleague.fdesk"
    assert Prefs().current_register == path


def test_recent_registers_after_opening_two(session, qtbot, tmp_path):
    first, second = tmp_path / "a" / "first.fdesk", tmp_path / "b" / "second.fdesk"
    keyring_register(first, "第一家有限公司")
    keyring_register(second, "第二家有限公司")
    s = session(first)
    with qtbot.waitSignal(s.window.unlocked, timeout=10000):
        s.start()
    open_and_wait(qtbot, s, second)
    menu = s.window.registers
    assert [a.toolTip() for a in menu.refresh_recent()] == [str(second), str(first)]
    with qtbot.waitSignal(s.window.unlocked, timeout=10000):
        menu.refresh_recent()[1].trigger()  # Open recent ▸ first
    assert [e.name for e in s.window.register.entities()] == ["第一家有限公司"]
    open_and_wait(qtbot, s, second)
    first.unlink()  # moved away: shown, but not openable
    actions = menu.refresh_recent()
    assert [(a.isEnabled(), "(not found)" in a.text()) for a in actions] == [
        (True, False),
        (False, True),
    ]
    menu.close_register()
    assert [menu.welcome.recent.item(i).toolTip() for i in range(menu.welcome.recent.count())] == [
        str(second)
    ]


def test_close_register_backs_it_up_and_shows_the_welcome_page(session, qtbot, tmp_path):
    path = tmp_path / "firm.fdesk"
    keyring_register(path)
    s = session(path)
    with qtbot.waitSignal(s.window.unlocked, timeout=10000):
        s.start()
    s.window.register.create_entity(name="关闭前新增有限公司")
    s.window.registers.close_action.trigger()
    assert s.window.register is None
    assert s.window.central.currentWidget() is s.window.registers.welcome
    assert len(list(app_paths().backups_for(path).glob("*.fdesk"))) == 1
    assert not s.window.registers.close_action.isEnabled()


def test_restore_from_a_backup_opens_here_and_is_opened_by_the_next_start(
    session, qtbot, tmp_path, memory_keyring
):
    """The counsel's new laptop: a backup file and the recovery sheet; no keyring entry."""
    old = tmp_path / "old-laptop" / "register.fdesk"
    recovery = keyring_register(old, "恢复测试有限公司")
    backup = tmp_path / "usb" / "register-backup.fdesk"
    with open_register(old) as register:
        register.backup_to(backup)
    memory_keyring.store.clear()  # the new laptop's keyring knows nothing
    target = tmp_path / "restored" / "firm.fdesk"
    s = session()
    s.start()
    qtbot.mouseClick(s.window.registers.welcome.restore_button, Qt.MouseButton.LeftButton)
    dialog = s.window.registers.dialog
    assert dialog.target.text() == str(app_paths().default_register)
    dialog.source.setText(str(backup))
    dialog.recovery.setText(recovery)
    dialog.target.setText(str(target))
    with qtbot.waitSignal(s.window.unlocked, timeout=10000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert s.window.register_path == target and target.exists()
    assert s.window.central.currentWidget() is s.window.workspace  # the same window
    assert [e.name for e in s.window.register.entities()] == ["恢复测试有限公司"]
    s.finish()

    again = session()  # a plain start: the restored register, not the default one
    assert again.window.register_path == target
    again.start()
    prompt = again.window.flow.dialog  # no keyring entry here: its recovery key opens it
    assert prompt is not None and prompt.isVisible() and again.window.flow.path == target
    prompt.use_recovery.setChecked(True)
    prompt.secret.setText(recovery)
    with qtbot.waitSignal(again.window.unlocked, timeout=10000):
        prompt.try_unlock()
    assert [e.name for e in again.window.register.entities()] == ["恢复测试有限公司"]


def test_a_wrong_recovery_key_restores_nothing_and_says_so(session, qtbot, tmp_path):
    old = tmp_path / "old.fdesk"
    keyring_register(old)
    backup = tmp_path / "backup.fdesk"
    with open_register(old) as register:
        backup_info = register.backup_to(backup)
    s = session()
    s.start()
    dialog = s.window.registers.restore()
    dialog.source.setText(str(backup_info.path))
    dialog.recovery.setText("ABCD-" * 16 + "ABCD")
    assert dialog.restore() is None
    text = dialog.result_label.text()
    assert "check each group" in text or "does not open" in text
    assert "RecoveryKeyInvalid" not in text and "Error" not in text
    assert not app_paths().default_register.exists() and dialog.isVisible()


def test_the_demo_is_labelled_and_never_remembered(session, qtbot):
    s = session()
    s.start()
    with qtbot.waitSignal(s.window.unlocked, timeout=30000):
        qtbot.mouseClick(s.window.registers.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert s.window.workspace.register_view.model.total() > 0
    assert s.window.file_label.text() == "Demo register: deleted on exit"
    assert not s.window.backup_on_exit
    assert Prefs().current_register is None and Prefs().recent_registers == []
    folder = s.demo_dir
    s.finish()
    assert not folder.exists()
    again = session()
    again.start()
    assert again.window.central.currentWidget() is again.window.registers.welcome


def test_cancelling_the_prompt_of_a_register_being_opened_shows_the_welcome_page(
    session, qtbot, tmp_path
):
    path = tmp_path / "p.fdesk"
    create_register(path, passphrase=STRONG_PASSPHRASE).register.close()
    s = session(path)
    s.start()
    prompt = s.window.flow.dialog
    assert prompt is not None and prompt.isVisible()
    prompt.reject()
    assert s.window.central.currentWidget() is s.window.registers.welcome


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_welcome_page_and_its_dialogs_fit_a_small_screen(session, qapp, language):
    from filing_desk.ui import i18n

    translators = i18n.install(qapp, language)
    try:
        s = session()
        s.start()
        menu = s.window.registers
        create = menu.create(str(app_paths().default_register))
        create.use_passphrase.setChecked(True)
        restore = menu.restore()
        for widget in (s.window, menu.welcome, create, restore):
            hint = widget.minimumSizeHint()
            assert hint.width() <= 1024 and hint.height() <= 570, (type(widget).__name__, hint)
    finally:
        i18n.remove(qapp, translators)
        i18n.install(qapp, "en")
