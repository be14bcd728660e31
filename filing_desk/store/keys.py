"""The register's data key: creation, the OS keyring, passphrase mode and the recovery key.

Every connection is keyed with a raw 256-bit key, so no KDF runs per connection:
- keyring mode: a random key, kept in the OS keyring (service ``filing-desk``, one entry per
  register id);
- passphrase mode: the file is created with SQLCipher's own KDF; on unlock the same key is derived
  here (PBKDF2-HMAC-SHA512, 256,000 iterations, the file's salt — SQLCipher 4 defaults);
- the recovery key is that raw key, shown once in groups of four hex digits with a checksum group.

The register id is the file's 16-byte SQLCipher salt (its first 16 bytes), so a copy or a backup
of a register has the same id and the same key. Nothing here logs a key or puts one in a message.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from filing_desk.store.errors import KeyNotFound, KeyringUnavailable, RecoveryKeyInvalid

SERVICE = "filing-desk"
KEY_BYTES = 32
SALT_BYTES = 16
KDF_ITERATIONS = 256_000  # SQLCipher 4 default
PASSPHRASE_ENV = "FILING_DESK_PASSPHRASE"


class KeySource(StrEnum):
    KEYRING = "keyring"
    PASSPHRASE = "passphrase"
    RECOVERY = "recovery"


@dataclass(frozen=True, repr=False)
class DataKey:
    """A raw data key. ``repr`` and ``str`` never show it."""

    raw: bytes
    source: KeySource

    def __repr__(self) -> str:
        return f"DataKey(source={self.source.value}, raw=<hidden>)"

    __str__ = __repr__

    @property
    def pragma(self) -> str:
        return f"PRAGMA key = \"x'{self.raw.hex()}'\""


def new_data_key() -> DataKey:
    return DataKey(secrets.token_bytes(KEY_BYTES), KeySource.KEYRING)


def derive_from_passphrase(passphrase: str, salt: bytes) -> DataKey:
    from filing_desk.log import register_secret

    register_secret(passphrase)  # every passphrase passes here: never let a log line show it
    raw = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES)
    return DataKey(raw, KeySource.PASSPHRASE)


def register_id_of(path: Path) -> str:
    """The register id: the hex of the file's SQLCipher salt."""
    with path.open("rb") as fh:
        return fh.read(SALT_BYTES).hex()


# --- the OS keyring ----------------------------------------------------------------------------


def _keyring_call(action: str, *args: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    try:
        result: str | None = getattr(keyring, action)(SERVICE, *args)
        return result
    except (NoKeyringError, KeyringError, RuntimeError) as exc:
        raise KeyringUnavailable(
            "The system keyring cannot be reached "
            f"({type(exc).__name__}). Unlock this register with its passphrase "
            f"(set {PASSPHRASE_ENV} or choose passphrase mode) or with its recovery key."
        ) from None


def keyring_backend_name() -> str:
    import keyring

    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def store_in_keyring(register_id: str, key: DataKey) -> None:
    _keyring_call("set_password", register_id, key.raw.hex())


def load_from_keyring(register_id: str) -> DataKey | None:
    stored = _keyring_call("get_password", register_id)
    if not stored:
        return None
    try:
        raw = bytes.fromhex(stored)
    except ValueError:
        return None
    return DataKey(raw, KeySource.KEYRING) if len(raw) == KEY_BYTES else None


def forget_in_keyring(register_id: str) -> None:
    import contextlib

    from keyring.errors import PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError):
        _keyring_call("delete_password", register_id)


def key_for(path: Path, passphrase: str | None = None, recovery: str | None = None) -> DataKey:
    """Find the key to unlock ``path``: recovery key, passphrase (argument or env), then keyring."""
    if recovery:
        return parse_recovery_key(recovery)
    passphrase = passphrase if passphrase is not None else os.environ.get(PASSPHRASE_ENV)
    if passphrase:
        with path.open("rb") as fh:
            salt = fh.read(SALT_BYTES)
        return derive_from_passphrase(passphrase, salt)
    key = load_from_keyring(register_id_of(path))
    if key is None:
        raise KeyNotFound(
            "No key for this register was found in the system keyring. Unlock it with its "
            f"passphrase (set {PASSPHRASE_ENV}) or with its recovery key."
        )
    return key


# --- the recovery key --------------------------------------------------------------------------

_GROUP = 4


def format_recovery_key(key: DataKey) -> str:
    """Hex of the key plus a 4-digit checksum group: ``ABCD-EF01-…`` (17 groups)."""
    digits = key.raw.hex().upper() + hashlib.sha256(key.raw).hexdigest()[:_GROUP].upper()
    return "-".join(digits[i : i + _GROUP] for i in range(0, len(digits), _GROUP))


def parse_recovery_key(text: str) -> DataKey:
    digits = re.sub(r"[\s\-_]", "", text).lower()
    if not re.fullmatch(r"[0-9a-f]*", digits):
        raise RecoveryKeyInvalid(
            "A recovery key has only the digits 0-9 and the letters A-F, in groups of four."
        )
    if len(digits) != KEY_BYTES * 2 + _GROUP:
        raise RecoveryKeyInvalid(
            f"A recovery key has {KEY_BYTES * 2 + _GROUP} digits in 17 groups of four; "
            f"this one has {len(digits)}."
        )
    raw = bytes.fromhex(digits[: KEY_BYTES * 2])
    if hashlib.sha256(raw).hexdigest()[:_GROUP] != digits[KEY_BYTES * 2 :]:
        raise RecoveryKeyInvalid(
            "The recovery key's last group does not match the others: check for a mistyped group."
        )
    return DataKey(raw, KeySource.RECOVERY)
