"""The unlock prompt (issue 19, item 2): the key field has the focus, Enter unlocks, a wrong key
is said and the field stays focused with its text selected; no exception's text or class name
ever reaches the user; an unusable system keyring is said once, in the UI language."""

from __future__ import annotations

import logging

import keyring
import pytest
from PySide6.QtCore import QLocale, Qt

from filing_desk import app
from filing_desk.paths import app_paths
from filing_desk.store import errors
from filing_desk.store.register import create_register
from filing_desk.ui import i18n
from filing_desk.ui.dialogs.unlock import UnlockDialog, plain_reason
from filing_desk.ui.messages import SENTENCES
from filing_desk.ui.prefs import Prefs
from tests.helpers.memory_keyring import BrokenKeyring
from tests.helpers.registers import STRONG_PASSPHRASE

pytestmark = pytest.mark.gui


def test_focus_in_the_key_field_enter_unlocks_and_a_wrong_key_keeps_the_focus(
    qtbot, english, tmp_path
):
    path = tmp_path / "p.fdesk"
    create_register(path, passphrase=STRONG_PASSPHRASE).register.close()
    dialog = UnlockDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.secret
    qtbot.keyClicks(dialog.secret, "wrong horse battery")
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.reason.text() == "The passphrase or recovery key does not open this register."
    assert dialog.focusWidget() is dialog.secret
    assert dialog.secret.selectedText() == "wrong horse battery"
    dialog.secret.setText(STRONG_PASSPHRASE)  # Chinese in it: set, not typed key by key
    with qtbot.waitSignal(dialog.unlocked, timeout=10000) as opened:
        qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    opened.args[0].close()
    assert not dialog.isVisible()


def test_switching_to_the_recovery_key_keeps_the_focus_in_the_field(qtbot, english, tmp_path):
    dialog = UnlockDialog(tmp_path / "r.fdesk", errors.KeyNotFound("No key"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.use_recovery.setChecked(True)
    assert dialog.focusWidget() is dialog.secret
    assert dialog.secret.placeholderText().startswith("XXXX-")


TECHNICAL = [
    errors.KeyringUnavailable(
        "The system keyring cannot be reached (NoKeyringError). Unlock this register with its "
        "passphrase (set FILING_DESK_PASSPHRASE or choose passphrase mode)."
    ),
    errors.KeyNotFound("No key … (set FILING_DESK_PASSPHRASE) … --recovery-key-file FILE"),
    errors.WrongKey("file is not a database: /home/counsel/register.fdesk"),
    errors.RegisterLocked("/home/counsel/register.fdesk.lock is held by process 4242"),
    errors.NotADatabase("file is not a database"),
    errors.RecoveryKeyInvalid("A recovery key has 68 digits in 17 groups of four; this one has 3."),
    OSError(13, "Permission denied: '/home/counsel/register.fdesk'"),
]


@pytest.mark.parametrize("exc", TECHNICAL, ids=lambda e: type(e).__name__)
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_failure_is_said_by_its_code_never_by_its_text(qapp, exc, language):
    translators = i18n.install(qapp, language)
    try:
        said = plain_reason(exc)
    finally:
        i18n.remove(qapp, translators)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert said and str(exc) not in said
    for technical in (type(exc).__name__, "Error", "FILING_DESK", "--recovery", "/home", "4242"):
        assert technical not in said, said
    code = getattr(exc, "code", "register.error")
    assert "recovery.invalid" in SENTENCES and code in SENTENCES


@pytest.fixture
def chinese_start(qapp):
    """Plain starts in Chinese on a machine whose keyring refuses every call, with a
    passphrase-mode register at the default place."""
    create_register(app_paths().default_register, passphrase=STRONG_PASSPHRASE).register.close()
    Prefs().language = "zh_CN"
    keyring.set_keyring(BrokenKeyring())
    made = []

    def start() -> app.Session:
        s = app.Session(qapp, None, demo=False)
        made.append(s)
        s.window.show()
        s.start()
        return s

    yield start
    for s in made:
        s.finish()
        s.window.close()
        s.window.deleteLater()
    i18n.install(qapp, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def test_an_unusable_keyring_is_said_once_in_plain_chinese(chinese_start, caplog):
    """Reproduction: a passphrase-mode register on a machine without a usable keyring, started
    in Chinese. Before: every start said "The system keyring cannot be reached
    (NoKeyringError)…" in English inside the Chinese prompt. After: the first start says it once
    in Chinese, without the exception's name; the next start just asks for the key."""
    caplog.set_level(logging.INFO, logger="filing_desk")
    first = chinese_start()
    prompt = first.window.flow.dialog
    assert prompt is not None and prompt.isVisible()
    said = prompt.reason.text()
    assert "密钥环" in said
    shown = " ".join(w.text() for w in prompt.findChildren(type(prompt.reason)) if w.isVisible())
    for technical in ("NoKeyringError", "KeyringError", "Error", "FILING_DESK", "cannot be"):
        assert technical not in shown
    assert "(KeyringError)" in caplog.text  # the technical detail is in the log instead
    prompt.reject()
    first.finish()

    second = chinese_start()
    again = second.window.flow.dialog
    assert again is not None and again.isVisible()
    assert again.reason.text() == "请输入口令或恢复密钥。"
    again.secret.setText(STRONG_PASSPHRASE)
    again.try_unlock()
    assert second.window.register is not None
