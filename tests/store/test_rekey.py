"""Change passphrase and Re-key register on real SQLCipher files: afterwards the register opens
with the new secret and not with the old; a backup made before keeps its own key; refused
changes (wrong current passphrase, weak new one, no keyring) change nothing."""

from __future__ import annotations

import keyring as keyring_module
import pytest

from filing_desk.store import keys
from filing_desk.store.errors import KeyringUnavailable, WeakPassphrase, WrongKey
from filing_desk.store.register import create_register, open_register
from tests.helpers.registers import STRONG_PASSPHRASE, TODAY, sha256_of

NEW_PASSPHRASE = "harbour lantern 港口灯 river 77"


def actions(register) -> list[str]:
    return [e.action for e in register.audit_events(limit=5)]


def test_change_passphrase_opens_with_the_new_one_only(tmp_path):
    path = tmp_path / "p.fdesk"
    register = create_register(path, passphrase=STRONG_PASSPHRASE, clock=lambda: TODAY).register
    register.create_entity(name="甲科技有限公司")
    backup = tmp_path / "before.fdesk"
    register.backup_to(backup)
    register_id = register.register_id
    register.change_passphrase(STRONG_PASSPHRASE, NEW_PASSPHRASE)
    assert [e.name for e in register.entities()] == ["甲科技有限公司"]  # still usable, open
    register.create_entity(name="乙数据有限公司")  # and writable with the new key
    assert "register.passphrase_changed" in actions(register)
    register.close()
    with pytest.raises(WrongKey):
        open_register(path, passphrase=STRONG_PASSPHRASE)
    with open_register(path, passphrase=NEW_PASSPHRASE) as reopened:
        assert reopened.register_id == register_id  # same file, same id
        assert len(reopened.entities()) == 2
        assert reopened.verify_audit().ok
    with open_register(backup, passphrase=STRONG_PASSPHRASE, upgrade=False) as old:
        assert [e.name for e in old.entities()] == ["甲科技有限公司"]


def test_wrong_current_or_weak_new_passphrase_changes_nothing(tmp_path):
    path = tmp_path / "p.fdesk"
    register = create_register(path, passphrase=STRONG_PASSPHRASE, clock=lambda: TODAY).register
    register.close()
    before = sha256_of(path)
    register = open_register(path, passphrase=STRONG_PASSPHRASE)
    with pytest.raises(WrongKey, match="current passphrase is not right"):
        register.change_passphrase("not the passphrase at all", NEW_PASSPHRASE)
    with pytest.raises(WeakPassphrase):
        register.change_passphrase(STRONG_PASSPHRASE, "short")
    assert "register.passphrase_changed" not in actions(register)
    register.close()
    assert sha256_of(path) == before
    open_register(path, passphrase=STRONG_PASSPHRASE).close()


def test_rekey_gives_a_new_key_and_recovery_key_and_old_backups_keep_theirs(tmp_path):
    path = tmp_path / "k.fdesk"
    created = create_register(path, clock=lambda: TODAY)
    register, old_recovery = created.register, created.recovery_key
    register.create_entity(name="甲科技有限公司")
    backup = tmp_path / "before.fdesk"
    register.backup_to(backup)
    new_recovery = register.new_data_key()
    assert new_recovery != old_recovery
    assert register.recovery_key() == new_recovery
    assert "register.rekeyed" in actions(register)
    assert [e.name for e in register.entities()] == ["甲科技有限公司"]
    stored = keys.load_from_keyring(register.register_id)
    assert stored is not None and keys.format_recovery_key(stored) == new_recovery
    register.close()
    with open_register(path) as reopened:  # from the keyring: the new key
        assert reopened.verify_audit().ok
    with open_register(path, recovery=new_recovery) as reopened:
        assert len(reopened.entities()) == 1
    with pytest.raises(WrongKey):
        open_register(path, recovery=old_recovery)
    with open_register(backup, recovery=old_recovery, upgrade=False) as old:
        assert [e.name for e in old.entities()] == ["甲科技有限公司"]
    with pytest.raises(WrongKey):
        open_register(backup, recovery=new_recovery, upgrade=False)


def test_rekey_without_a_keyring_changes_nothing(tmp_path, monkeypatch):
    path = tmp_path / "k.fdesk"
    created = create_register(path, clock=lambda: TODAY)
    register, recovery = created.register, created.recovery_key
    register.close()
    before = sha256_of(path)
    register = open_register(path)
    from keyring.errors import NoKeyringError

    def unreachable(*_args):
        raise NoKeyringError("no keyring")

    monkeypatch.setattr(keyring_module, "get_password", unreachable)
    with pytest.raises(KeyringUnavailable):
        register.new_data_key()
    monkeypatch.undo()
    assert register.recovery_key() == recovery
    register.close()
    assert sha256_of(path) == before


def test_keyring_refusing_the_new_key_rekeys_back(tmp_path, monkeypatch):
    path = tmp_path / "k.fdesk"
    created = create_register(path, clock=lambda: TODAY)
    register, recovery = created.register, created.recovery_key
    from keyring.errors import PasswordSetError

    def refuse(*_args):
        raise PasswordSetError("locked")

    monkeypatch.setattr(keyring_module, "set_password", refuse)
    with pytest.raises(KeyringUnavailable):
        register.new_data_key()
    monkeypatch.undo()
    assert register.entities() == []  # still open with its old key
    register.close()
    with open_register(path, recovery=recovery) as reopened:
        assert "register.rekeyed" not in actions(reopened)
    open_register(path).close()  # the keyring's entry still opens it
