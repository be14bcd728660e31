"""Test-wide fixtures: offscreen Qt, an in-memory keyring, a private home, no network."""

from __future__ import annotations

import os
import socket

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import pytest

from tests.helpers.memory_keyring import MemoryKeyring


@pytest.fixture(autouse=True)
def memory_keyring() -> MemoryKeyring:
    """Every test gets a fresh in-memory keyring; the OS keyring is never touched."""
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """FILING_DESK_HOME points every default location into a fresh temporary folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("FILING_DESK_HOME", str(home))
    monkeypatch.delenv("FILING_DESK_PASSPHRASE", raising=False)
    monkeypatch.delenv("FILING_DESK_BACKUP_PASSPHRASE", raising=False)
    return home


class NetworkUsed(AssertionError):
    pass


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Filing Desk never talks to the network: any attempt fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise NetworkUsed(f"network access attempted: {args!r}")

    class GuardedSocket(socket.socket):
        def connect(self, address: object) -> None:
            if self.family in (socket.AF_INET, socket.AF_INET6):
                refuse(address)
            super().connect(address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
