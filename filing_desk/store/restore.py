"""Restore a backup into a new file, never touching the live register or its keyring entry.

The backup is only read and the target must not exist. The result is built under a temporary
name next to the target (created 0600), checked (every page, the structure, the audit chain) and
only then renamed into place; a failure leaves nothing behind.

Which key the copy gets depends on the key that opened the backup:
- the register's own key (its keyring entry, its recovery key or ``FILING_DESK_PASSPHRASE``): the
  copy is a byte copy with the same key and register id; the keyring is left as it is;
- a separate backup passphrase: the copy needs a key of its own. It is written by SQLCipher's
  ``sqlcipher_export`` into a brand-new file, so it gets a fresh salt and so a new register id,
  keyed with ``FILING_DESK_PASSPHRASE`` when set (passphrase mode) or a new random key stored in
  the keyring under the new id (keyring mode). Its recovery key is handed back, to be shown once.

So restore never overwrites or deletes an existing keyring entry: re-keying the copy in place
would keep the salt, and the copy's new key would replace the live register's entry.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from filing_desk.store import backup, files, keys
from filing_desk.store import engine as engine_mod
from filing_desk.store.errors import (
    BackupFailed,
    RegisterError,
    RegisterExists,
    RegisterNotFound,
    WrongKey,
)


@dataclass(frozen=True)
class Restored:
    """A restored, verified register. ``recovery_key`` is set when the copy has a new key (show
    it once, as at creation); None when it opens with the key of the register it came from."""

    path: Path
    size: int
    pages_checked: int
    register_id: str
    key_source: keys.KeySource  # where the copy's key is: keyring, passphrase, or recovery only
    recovery_key: str | None = field(default=None, repr=False)


def restore(
    source: Path, target: Path, backup_passphrase: str | None = None, recovery: str | None = None
) -> Restored:
    """Verify ``source``, write it into the new file ``target`` and verify that.

    The backup opens with ``recovery`` and/or ``backup_passphrase`` when given (only those are
    tried), else with the register's keyring entry or ``FILING_DESK_PASSPHRASE``."""
    source, target = Path(source), Path(target)
    if target.exists():
        raise RegisterExists(f"{target} already exists; restore into a new file name.")
    try:
        engine_mod.check_file(source)
    except RegisterNotFound:
        raise BackupFailed(f"There is no backup at {source}.") from None
    except RegisterError as exc:
        raise BackupFailed(f"The backup {source.name} cannot be restored: {exc}") from None
    key = _open_backup(source, backup_passphrase, recovery)
    try:
        backup.verify(source, key)
    except BackupFailed as exc:
        raise BackupFailed(f"The backup {source.name} cannot be restored: {exc}") from None
    # the backup passphrase opened it: the copy is keyed anew (see the module docstring)
    new_key = bool(backup_passphrase) and key.source is keys.KeySource.PASSPHRASE
    target.parent.mkdir(parents=True, exist_ok=True)
    staged = files.partial_path(target)  # rotation and a later sweep know these names
    stored_id: str | None = None
    try:
        files.create_private(staged)
        if new_key:
            key = _export_new(source, key, staged)
        else:
            _copy_into(source, staged)
        info = backup.verify(staged, key)
        _check_chain(staged, key)
        register_id = keys.register_id_of(staged)
        if new_key and key.source is keys.KeySource.KEYRING:
            _store_new_entry(register_id, key)
            stored_id = register_id
        if target.exists():
            raise RegisterExists(f"{target} already exists; restore into a new file name.")
        os.replace(staged, target)
    except BaseException:
        files.remove_with_companions(staged)
        if stored_id is not None:
            keys.forget_in_keyring(stored_id)  # only the entry this restore made for the copy
        raise
    engine_mod.restrict_permissions(target)
    recovery_key = keys.format_recovery_key(key) if new_key else None
    return Restored(target, info.size, info.pages_checked, register_id, key.source, recovery_key)


def _open_backup(source: Path, backup_passphrase: str | None, recovery: str | None) -> keys.DataKey:
    """The first candidate key that opens the backup (checked on a connection closed at once)."""
    candidates = keys.key_candidates(source, passphrase=backup_passphrase, recovery=recovery)
    try:
        key, conn = keys.first_that_opens(
            candidates, lambda candidate: engine_mod.connect(source, candidate)
        )
    except WrongKey as exc:
        raise BackupFailed(f"The backup {source.name} cannot be restored: {exc}") from None
    conn.close()
    return key


def _copy_into(source: Path, staged: Path) -> None:
    with source.open("rb") as src, staged.open("r+b") as dst:
        shutil.copyfileobj(src, dst)
        dst.flush()
        os.fsync(dst.fileno())


def _export_new(source: Path, key: keys.DataKey, staged: Path) -> keys.DataKey:
    """Write the backup's contents into the empty file ``staged`` under a new key; SQLCipher
    gives the new file a fresh random salt (a new register id). Returns the new key."""
    passphrase = os.environ.get(keys.PASSPHRASE_ENV)
    new = keys.new_data_key()
    attach_key = passphrase or f"x'{new.raw.hex()}'"  # SQLCipher's raw-key form: no KDF
    conn = engine_mod.connect(source, key)
    try:
        # bound parameters: no quoting of the path or the key, and a plain path is never a URI
        conn.execute("ATTACH DATABASE ? AS restored KEY ?", (os.path.abspath(staged), attach_key))
        conn.execute("SELECT sqlcipher_export('restored')").fetchall()
        conn.execute("DETACH DATABASE restored")
    finally:
        conn.close()
    if not passphrase:
        return new
    return keys.passphrase_key(staged, passphrase)


def _store_new_entry(register_id: str, key: keys.DataKey) -> None:
    """Keep the copy's new key in the keyring under its own id; an entry already there is never
    replaced (a fresh random salt makes this impossible, short of a broken random source)."""
    if keys.load_from_keyring(register_id) is not None:
        raise BackupFailed(
            "The restored copy's register id is already in the system keyring; nothing was "
            "changed. Restore again."
        )
    keys.store_in_keyring(register_id, key)


def _check_chain(path: Path, key: keys.DataKey) -> None:
    from filing_desk.store.register import open_register

    with open_register(
        path, recovery=keys.format_recovery_key(key), lock=False, upgrade=False
    ) as reg:
        chain = reg.verify_audit()
    if not chain.ok:
        raise BackupFailed(f"The restored register's audit chain is broken: {chain.reason}")
