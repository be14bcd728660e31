"""The About box names the keyring in words the user knows from their system, never a class."""

from __future__ import annotations

import keyring
import pytest

from filing_desk.store.keys import KeyringKind, keyring_backend_kind
from filing_desk.ui.dialogs.about import AboutDialog
from tests.helpers.gui import about_value


def backend(module: str, name: str = "Keyring", **attrs: object) -> object:
    """An object whose class lives in ``module``, as keyring's own backends do."""
    return type(name, (), {"__module__": module, **attrs})()


CASES = [
    ("keyring.backends.Windows", "WinVaultKeyring", "Windows Credential Manager"),
    ("keyring.backends.macOS", "Keyring", "macOS Keychain"),
    ("keyring.backends.SecretService", "Keyring", "Secret Service (GNOME Keyring / KWallet)"),
    ("keyring.backends.libsecret", "Keyring", "Secret Service (GNOME Keyring / KWallet)"),
    ("keyring.backends.kwallet", "DBusKeyring", "KDE Wallet (KWallet)"),
    ("keyring.backends.fail", "Keyring", "none available — passphrase mode only"),
    ("keyring.backends.null", "Keyring", "none available — passphrase mode only"),
    ("keyrings.alt.file", "PlaintextKeyring", "another keyring, set up on this computer"),
]


@pytest.mark.parametrize(("module", "name", "words"), CASES)
def test_about_names_the_keyring_in_words(qtbot, english, monkeypatch, module, name, words):
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend(module, name))
    dialog = AboutDialog(None, "/tmp/register.fdreg")
    qtbot.addWidget(dialog)
    shown = about_value(dialog, "Keyring backend:")
    assert shown == words
    assert name not in shown.replace("Keyring /", "")  # no class name


def test_a_chain_is_named_by_its_first_backend():
    chain = backend(
        "keyring.backends.chainer",
        "ChainerBackend",
        backends=[backend("keyring.backends.SecretService"), backend("keyring.backends.kwallet")],
    )
    assert keyring_backend_kind(chain) is KeyringKind.SECRET_SERVICE
    empty = backend("keyring.backends.chainer", "ChainerBackend", backends=[])
    assert keyring_backend_kind(empty) is KeyringKind.NONE
