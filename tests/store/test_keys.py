"""Keys: recovery key format, passphrase mode and FILING_DESK_PASSPHRASE, no key in reprs."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest

from filing_desk.store import keys
from filing_desk.store.errors import KeyNotFound, WrongKey
from filing_desk.store.register import create_register, open_register
from tests.helpers.memory_keyring import BrokenKeyring


def test_recovery_key_round_trip_and_typos() -> None:
    key = keys.new_data_key()
    text = keys.format_recovery_key(key)
    groups = text.split("-")
    assert len(groups) == 17 and all(len(g) == 4 for g in groups)
    assert keys.parse_recovery_key(text.lower().replace("-", " ")).raw == key.raw
    typo = ("0" if text[0] != "0" else "1") + text[1:]
    with pytest.raises(keys.RecoveryKeyInvalid, match="mistyped group"):
        keys.parse_recovery_key(typo)
    with pytest.raises(keys.RecoveryKeyInvalid, match="68 digits"):
        keys.parse_recovery_key(text[:-5])
    with pytest.raises(keys.RecoveryKeyInvalid, match="0-9 and the letters A-F"):
        keys.parse_recovery_key(text.replace(text[0], "Z", 1))


def test_key_never_shows_in_repr_or_str() -> None:
    key = keys.new_data_key()
    assert key.raw.hex() not in repr(key) and key.raw.hex() not in str(key)
    assert key.raw.hex() not in f"{key}"


def test_keyring_mode_stores_one_entry_per_register(tmp_path: Path, memory_keyring) -> None:
    a = create_register(tmp_path / "a.fdesk")
    b = create_register(tmp_path / "b.fdesk")
    ids = {a.register.register_id, b.register.register_id}
    a.register.close()
    b.register.close()
    assert {user for (service, user) in memory_keyring.store} == ids
    assert {service for (service, _) in memory_keyring.store} == {"filing-desk"}


def test_passphrase_mode_keeps_nothing_in_the_keyring(tmp_path: Path, memory_keyring) -> None:
    created = create_register(tmp_path / "p.fdesk", passphrase="s3cret 口令 of the p register")
    created.register.close()
    assert memory_keyring.store == {}
    with pytest.raises(KeyNotFound):
        open_register(tmp_path / "p.fdesk")
    with open_register(tmp_path / "p.fdesk", passphrase="s3cret 口令 of the p register") as reg:
        assert reg.key_source is keys.KeySource.PASSPHRASE
    # the recovery key of a passphrase register opens it too
    with open_register(tmp_path / "p.fdesk", recovery=created.recovery_key) as reg:
        assert reg.key_source is keys.KeySource.RECOVERY


def test_environment_passphrase_for_headless_use(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", "from the environment")
    create_register(tmp_path / "env.fdesk").register.close()
    with open_register(tmp_path / "env.fdesk") as reg:
        assert reg.key_source is keys.KeySource.PASSPHRASE
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", "not it")
    with pytest.raises(WrongKey):
        open_register(tmp_path / "env.fdesk")


def test_creating_with_an_unavailable_keyring_fails_and_leaves_nothing(tmp_path: Path) -> None:
    from filing_desk.store.errors import KeyringUnavailable

    keyring.set_keyring(BrokenKeyring())
    with pytest.raises(KeyringUnavailable, match="passphrase"):
        create_register(tmp_path / "k.fdesk")
    assert not (tmp_path / "k.fdesk").exists()


def test_remember_key_after_a_recovery_unlock_on_a_new_machine(
    tmp_path: Path, memory_keyring
) -> None:
    created = create_register(tmp_path / "m.fdesk")
    created.register.close()
    memory_keyring.store.clear()  # the new laptop's keyring knows nothing of this register
    with pytest.raises(KeyNotFound):
        open_register(tmp_path / "m.fdesk")
    with open_register(tmp_path / "m.fdesk", recovery=created.recovery_key) as reg:
        reg.remember_key()
    with open_register(tmp_path / "m.fdesk") as reg:  # no prompt needed any more
        assert reg.key_source is keys.KeySource.KEYRING
