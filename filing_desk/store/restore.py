"""Restore a backup into a new file: verify the backup, copy it, re-key to the register's key.

The backup is never modified and the target must not exist; the result is opened and its audit
chain checked before the command reports success. A damaged backup is refused with the reason.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from filing_desk.store import backup, keys
from filing_desk.store.errors import BackupFailed, RegisterExists


def _backup_key(path: Path, backup_passphrase: str | None) -> keys.DataKey:
    if backup_passphrase:
        with path.open("rb") as fh:
            return keys.derive_from_passphrase(backup_passphrase, fh.read(keys.SALT_BYTES))
    return keys.key_for(path)


def restore(
    source: Path, target: Path, backup_passphrase: str | None = None, recovery: str | None = None
) -> backup.BackupInfo:
    source, target = Path(source), Path(target)
    if target.exists():
        raise RegisterExists(f"{target} already exists; restore into a new file name.")
    key = keys.parse_recovery_key(recovery) if recovery else _backup_key(source, backup_passphrase)
    try:
        backup.verify(source, key)
    except BackupFailed as exc:
        raise BackupFailed(f"The backup {source.name} cannot be restored: {exc}") from None
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        shutil.copyfile(source, target)
        if backup_passphrase:
            key = _rekey_for_use(target, key)
        info = backup.verify(target, key)
        _check_chain(target, key)
    except BaseException:
        for p in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
            with contextlib.suppress(OSError):
                p.unlink()
        raise
    return info


def _rekey_for_use(target: Path, key: keys.DataKey) -> keys.DataKey:
    """A backup under its own passphrase comes back under the register passphrase (when
    FILING_DESK_PASSPHRASE is set) or a new key kept in the system keyring."""
    passphrase = os.environ.get(keys.PASSPHRASE_ENV)
    if passphrase:
        _rekey(target, key, "PRAGMA rekey = '" + passphrase.replace("'", "''") + "'")
        with target.open("rb") as fh:
            return keys.derive_from_passphrase(passphrase, fh.read(keys.SALT_BYTES))
    new = keys.new_data_key()
    _rekey(target, key, new.pragma.replace("PRAGMA key", "PRAGMA rekey", 1))
    keys.store_in_keyring(keys.register_id_of(target), new)
    return new


def _rekey(target: Path, key: keys.DataKey, pragma: str) -> None:
    from filing_desk.store import engine as engine_mod

    conn = engine_mod.connect(target, key)
    try:
        conn.execute(pragma)
    finally:
        conn.close()


def _check_chain(target: Path, key: keys.DataKey) -> None:
    from filing_desk.store.register import open_register

    with open_register(target, recovery=keys.format_recovery_key(key), lock=False) as reg:
        chain = reg.verify_audit()
    if not chain.ok:
        raise BackupFailed(f"The restored register's audit chain is broken: {chain.reason}")
