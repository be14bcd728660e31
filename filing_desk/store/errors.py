"""Errors opening or writing a register: each with a message fit to show and a CLI exit code.

No Qt. Messages never contain key material.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from filing_desk.domain.passphrase import Strength


class RegisterError(Exception):
    """Base of every store failure; ``exit_code`` is what the CLI returns."""

    exit_code = 2
    code = "register.error"


class RegisterNotFound(RegisterError):
    exit_code = 3
    code = "register.not_found"


class NotEncrypted(RegisterError):
    exit_code = 4
    code = "register.not_encrypted"


class TruncatedRegister(RegisterError):
    exit_code = 5
    code = "register.truncated"


class NotADatabase(RegisterError):
    exit_code = 6
    code = "register.not_a_database"


class WrongKey(RegisterError):
    exit_code = 7
    code = "register.wrong_key"


class KeyringUnavailable(RegisterError):
    exit_code = 8
    code = "register.keyring_unavailable"


class KeyNotFound(RegisterError):
    """Neither the keyring nor the environment holds a key for this register."""

    exit_code = 9
    code = "register.key_not_found"


class MadeByNewerVersion(RegisterError):
    exit_code = 10
    code = "register.newer_version"


class RegisterLocked(RegisterError):
    """Another Filing Desk process has the register open."""

    exit_code = 11
    code = "register.locked"


class RegisterExists(RegisterError):
    exit_code = 12
    code = "register.exists"


class BackupFailed(RegisterError):
    exit_code = 13
    code = "register.backup_failed"


class StorageError(RegisterError):
    """The disk refused a write (full, read-only): nothing was changed."""

    exit_code = 14
    code = "register.storage"


class WeakPassphrase(RegisterError):
    """A NEW passphrase (a register's or a backup's) is too short or easy to guess; nothing was
    written. ``code`` is the reason (``passphrase.too_short``, ``passphrase.common``…), so the UI
    can give the advice in its language; the message never quotes the passphrase."""

    exit_code = 20
    code = "passphrase.weak"

    @classmethod
    def refusing(cls, strength: Strength, outcome: str) -> WeakPassphrase:
        error = cls(f"{strength.message} {outcome}")
        error.code = strength.code
        return error


class DamagedHeader(RegisterError):
    """Page 1 (the file's header) fails its check while the other pages verify with the same key:
    the key is right and the file is damaged. (Exit codes 30 and 32-35 are ``check``'s own
    findings, in store.integrity.)"""

    exit_code = 31
    code = "register.damaged_header"


class RecoveryKeyInvalid(ValueError):
    """The typed recovery key is malformed or its checksum group does not match (raised before
    any file is touched, so it is not a RegisterError)."""
