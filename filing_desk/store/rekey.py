"""A register's secret changed in place: a new passphrase, or a new random data key.

Both re-encrypt every page with SQLCipher's ``PRAGMA rekey`` on one connection while no other is
open (the register's pool is emptied first, the file lock is held), then give the engine a pool
keyed with the new key. The file keeps its salt, so its register id (and keyring entry) stays.
Everything is checked before the file is touched: the current passphrase must give the key the
register is open with, a new passphrase must pass ``domain.passphrase``, the keyring must answer
before a re-key. If writing the keyring fails after a re-key, the file is re-keyed back: the old
key keeps working and nothing changed. Backups are never touched: each still opens with the key
it was made with (its own recovery key, or the old passphrase).
Nothing here logs a key or puts one in a message.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from filing_desk.store import engine as engine_mod
from filing_desk.store import keys
from filing_desk.store.errors import KeyringUnavailable, WeakPassphrase, WrongKey


def _rekey_pragma(secret: keys.DataKey | str) -> str:
    if isinstance(secret, str):
        return keys.passphrase_pragma(secret, "rekey")
    return f"PRAGMA rekey = \"x'{secret.raw.hex()}'\""


def _rekey_file(engine: Any, path: Path, key: keys.DataKey, secret: keys.DataKey | str) -> None:
    """Re-encrypt ``path`` (open with ``key``) under ``secret``, with no other connection open."""
    engine.dispose()  # the pooled connections hold the old key
    conn = engine_mod.connect(path, key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # every page in the main file first
        conn.execute(_rekey_pragma(secret))
    finally:
        conn.close()


def _repool(engine: Any, path: Path, key: keys.DataKey) -> None:
    """Give ``engine`` a pool whose connections are keyed with ``key`` (as ``Engine.dispose``
    itself swaps pools); a checked connection opens it now, so a wrong key fails here."""
    from sqlalchemy.pool import QueuePool

    engine.dispose()
    first = [engine_mod.connect(path, key)]

    def creator() -> Any:
        return first.pop() if first else engine_mod.connect(path, key)

    engine.pool = QueuePool(creator, pool_size=4, dialect=engine.dialect)


def change_passphrase(
    engine: Any, path: Path, key: keys.DataKey, current: str, new: str
) -> keys.DataKey:
    """Re-key a passphrase-mode register from ``current`` to ``new``; returns the new key.

    Raises:
        WrongKey: ``current`` is not the passphrase the register is open with.
        WeakPassphrase: ``new`` does not pass the strength rules.
    Nothing is changed when either is raised."""
    from filing_desk.domain.passphrase import assess

    if keys.passphrase_key(path, current).raw != key.raw:
        wrong = WrongKey("The current passphrase is not right; the passphrase was not changed.")
        wrong.code = "register.passphrase_not_current"
        raise wrong
    strength = assess(new)
    if not strength.acceptable:
        raise WeakPassphrase.refusing(strength, "The passphrase was not changed.")
    register_id = keys.register_id_of(path)
    in_keyring = _keyring_entry(register_id) is not None
    _rekey_file(engine, path, key, new)
    new_key = keys.passphrase_key(path, new)
    _repool(engine, path, new_key)
    if in_keyring:  # a passphrase register whose key this computer keeps: keep the new one
        with contextlib.suppress(KeyringUnavailable):  # else the passphrase is asked for
            keys.store_in_keyring(register_id, keys.DataKey(new_key.raw, keys.KeySource.KEYRING))
    return new_key


def _keyring_entry(register_id: str) -> keys.DataKey | None:
    try:
        return keys.load_from_keyring(register_id)
    except KeyringUnavailable:
        return None


def new_data_key(engine: Any, path: Path, key: keys.DataKey) -> keys.DataKey:
    """Re-key the register with a new random data key, kept in this computer's keyring;
    returns it (its recovery key is ``keys.format_recovery_key`` of it).

    Raises:
        KeyringUnavailable: the keyring cannot be reached (checked first: nothing changed), or
            refused the new key (the file is re-keyed back to ``key``)."""
    register_id = keys.register_id_of(path)
    keys.load_from_keyring(register_id)  # raises KeyringUnavailable before anything is written
    new_key = keys.new_data_key()
    _rekey_file(engine, path, key, new_key)
    try:
        keys.store_in_keyring(register_id, new_key)
    except BaseException:
        _rekey_file(engine, path, new_key, key)  # back to the key the keyring and user have
        _repool(engine, path, key)
        raise
    _repool(engine, path, new_key)
    return new_key
