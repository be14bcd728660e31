"""The register's data key: creation, the OS keyring, passphrase mode and the recovery key.

Every connection is keyed with a raw 256-bit key, so no KDF runs per connection:
- keyring mode: a random key, kept in the OS keyring (service ``filing-desk``, one entry per
  register id);
- passphrase mode: the file is created with SQLCipher's own KDF; on unlock the same key is derived
  here (PBKDF2-HMAC-SHA512, 256,000 iterations, the file's salt — SQLCipher 4 defaults);
- the recovery key is that raw key, shown once in groups of four hex digits with a checksum group.

Opening tries candidate keys in order (``key_candidates``, ``first_that_opens``): a key the caller
names, else the keyring entry, then ``FILING_DESK_PASSPHRASE``.

The register id is the file's 16-byte SQLCipher salt (its first 16 bytes), so a copy or a backup
of a register has the same id and the same key (a restored copy under a new key is a new file with
a new salt: ``store.restore``). Nothing here logs a key or puts one in a message.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import re
import secrets
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from filing_desk.store.errors import KeyNotFound, KeyringUnavailable, RecoveryKeyInvalid, WrongKey

SERVICE = "filing-desk"
KEY_BYTES = 32
SALT_BYTES = 16
KDF_ITERATIONS = 256_000  # SQLCipher 4 default
PASSPHRASE_ENV = "FILING_DESK_PASSPHRASE"
RECOVERY_ENV = "FILING_DESK_RECOVERY_KEY"  # read by the command line only


_Opened = TypeVar("_Opened")


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
            f"(set {PASSPHRASE_ENV} or choose passphrase mode) or with its recovery key "
            "(on the command line: --recovery-key-file FILE)."
        ) from None


class KeyringKind(StrEnum):
    """Which store holds the data key, for the UI to name in words (never a class name)."""

    WINDOWS = "windows"  # Windows Credential Manager
    MACOS = "macos"  # macOS Keychain
    SECRET_SERVICE = "secret_service"  # freedesktop Secret Service (GNOME Keyring, KWallet)
    KWALLET = "kwallet"  # KDE Wallet over D-Bus
    OTHER = "other"  # a backend the user configured
    NONE = "none"  # no keyring: passphrase mode only


_KINDS = {
    "keyring.backends.Windows": KeyringKind.WINDOWS,
    "keyring.backends.macOS": KeyringKind.MACOS,
    "keyring.backends.SecretService": KeyringKind.SECRET_SERVICE,
    "keyring.backends.libsecret": KeyringKind.SECRET_SERVICE,
    "keyring.backends.kwallet": KeyringKind.KWALLET,
    "keyring.backends.fail": KeyringKind.NONE,
    "keyring.backends.null": KeyringKind.NONE,
}


def keyring_backend_kind(backend: object | None = None) -> KeyringKind:
    """The kind of ``backend`` (default: the active keyring); a chain is named by the first
    backend it writes to."""
    if backend is None:
        import keyring

        backend = keyring.get_keyring()
    chained = getattr(backend, "backends", None)
    if type(backend).__module__ == "keyring.backends.chainer":
        first = next(iter(chained or ()), None)
        return KeyringKind.NONE if first is None else keyring_backend_kind(first)
    module = type(backend).__module__
    for prefix, kind in _KINDS.items():
        if module == prefix or module.startswith(prefix + "."):
            return kind
    return KeyringKind.OTHER


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


NO_KEY_MESSAGE = (
    "No key for this register was found in the system keyring. Unlock it with its passphrase "
    f"(set {PASSPHRASE_ENV}) or with its recovery key (on the command line: "
    f"--recovery-key-file FILE or {RECOVERY_ENV})."
)


def key_candidates(
    path: Path, passphrase: str | None = None, recovery: str | None = None
) -> Iterator[DataKey]:
    """The keys that may open ``path``, in the order to try them.

    A key the caller names (``recovery``, then ``passphrase``) is the only one tried, so a wrong
    one is reported as wrong and never covered by another key that happens to open the file.
    Without one: this register's keyring entry, then ``FILING_DESK_PASSPHRASE`` (so a
    keyring-mode register opens from the keyring while a passphrase is set for others).

    The first key is found by this call: KeyNotFound, KeyringUnavailable or RecoveryKeyInvalid is
    raised before the caller locks or opens anything. Later keys (each a keyring query or a KDF
    run) are found only when asked for."""
    lazy = _candidates(path, passphrase, recovery)
    first = next(lazy, None)
    if first is None:
        raise KeyNotFound(NO_KEY_MESSAGE)
    return itertools.chain([first], lazy)


def _candidates(path: Path, passphrase: str | None, recovery: str | None) -> Iterator[DataKey]:
    if recovery or passphrase:
        if recovery:
            yield parse_recovery_key(recovery)
        if passphrase:
            yield passphrase_key(path, passphrase)
        return
    unavailable: KeyringUnavailable | None = None
    try:
        stored = load_from_keyring(register_id_of(path))
    except KeyringUnavailable as exc:
        stored, unavailable = None, exc
    if stored is not None:
        yield stored
    env_passphrase = os.environ.get(PASSPHRASE_ENV)
    if env_passphrase:
        yield passphrase_key(path, env_passphrase)
    elif stored is None:
        raise unavailable or KeyNotFound(NO_KEY_MESSAGE)


def first_that_opens(
    candidates: Iterable[DataKey], connect: Callable[[DataKey], _Opened]
) -> tuple[DataKey, _Opened]:
    """Connect with each key in turn and keep the first that opens the file; the last WrongKey
    when none does. Any other failure (a damaged file, a full disk) ends the search at once."""
    wrong: WrongKey | None = None
    for key in candidates:
        try:
            return key, connect(key)
        except WrongKey as exc:
            wrong = exc
    raise wrong or KeyNotFound(NO_KEY_MESSAGE)


def key_for(path: Path, passphrase: str | None = None, recovery: str | None = None) -> DataKey:
    """The first key of ``key_candidates`` (not tried on the file)."""
    return next(key_candidates(path, passphrase, recovery))


def passphrase_pragma(passphrase: str, verb: str = "key") -> str:
    """``PRAGMA key`` (or ``rekey``) with a passphrase as a quoted SQL string: SQLCipher's KDF."""
    return f"PRAGMA {verb} = '" + passphrase.replace("'", "''") + "'"


def passphrase_key(path: Path, passphrase: str) -> DataKey:
    """The raw key ``passphrase`` gives the file at ``path`` (its salt read from the file)."""
    with path.open("rb") as fh:
        return derive_from_passphrase(passphrase, fh.read(SALT_BYTES))


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
