"""An in-memory keyring backend for tests (never touches the OS keyring)."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.store[(service, username)]
        except KeyError as exc:
            raise PasswordDeleteError(username) from exc


class BrokenKeyring(KeyringBackend):
    """A keyring that is there but refuses every call, as a locked or absent OS service does."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringError("no keyring service available")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("no keyring service available")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringError("no keyring service available")
