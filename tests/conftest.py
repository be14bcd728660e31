"""Test-wide fixtures: offscreen Qt, an in-memory keyring, a clean environment and a private
home, no network; the demo register the command line makes; where screenshots go.

No ``FILING_DESK_*`` variable of the caller's environment reaches a test: they are cleared for
the whole session (so module-wide fixtures are clean too) and again around each test, which then
sets only the ones it needs with ``monkeypatch``. A developer's exported
``FILING_DESK_PASSPHRASE`` or ``FILING_DESK_RECOVERY_KEY`` cannot change a result.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import pytest

from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.network import NetworkGuard, guard_libpq
from tests.helpers.postgres import Cluster, start_cluster
from tests.helpers.registers import make_cli_demo

APP_VARIABLES = "FILING_DESK_"
# A switch of the test run, not of the app, so it is read before the environment is cleared:
# ``FILING_DESK_SCREENSHOTS=1 pytest …`` keeps the screenshots GUI tests take, in docs/screenshots.
SAVE_SCREENSHOTS = bool(os.environ.get("FILING_DESK_SCREENSHOTS"))
SCREENSHOTS_DIR = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def _clear_app_variables(patch: pytest.MonkeyPatch) -> None:
    for name in [n for n in os.environ if n.startswith(APP_VARIABLES)]:
        patch.delenv(name)


@pytest.fixture(autouse=True, scope="session")
def clean_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """For the whole run: no caller's ``FILING_DESK_*`` variable, ``FILING_DESK_HOME`` in a
    folder of the run, and an in-memory keyring, before any module-wide fixture runs."""
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    with pytest.MonkeyPatch.context() as patch:
        _clear_app_variables(patch)
        patch.setenv("FILING_DESK_HOME", str(tmp_path_factory.mktemp("session-home")))
        yield
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test gets a fresh in-memory keyring; the OS keyring is never touched."""
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No ``FILING_DESK_*`` variable but ``FILING_DESK_HOME``, a fresh folder for every default
    location (settings, logs, the default register)."""
    _clear_app_variables(monkeypatch)
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("FILING_DESK_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> NetworkGuard:
    """Filing Desk never talks to the network: any attempt fails the test, but a connection to
    the one server a team-register test allows (``no_network.allow(host, port)``) — in Python's
    sockets and in libpq's (psycopg), which does not go through them."""
    guard = NetworkGuard()
    real_connection = socket.create_connection
    real_getaddrinfo = socket.getaddrinfo

    class GuardedSocket(socket.socket):
        def connect(self, address: object) -> None:
            if self.family in (socket.AF_INET, socket.AF_INET6):
                guard.check(address)
            super().connect(address)  # type: ignore[arg-type]

    def create_connection(address: tuple[str, int], *args: object, **kwargs: object) -> object:
        guard.check(address)
        return real_connection(address, *args, **kwargs)  # type: ignore[arg-type]

    def getaddrinfo(host: str, port: object, *args: object, **kwargs: object) -> object:
        guard.check((host, port))
        return real_getaddrinfo(host, port, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    guard_libpq(monkeypatch, guard)
    return guard


@pytest.fixture(scope="module")
def cli_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo register made as a user makes one (``filing-desk init``, then ``demo``), once per
    module; passphrase mode, its passphrase ``STRONG_PASSPHRASE``. Tests must not change it."""
    return make_cli_demo(tmp_path_factory.mktemp("demo") / "demo.fdesk")


@pytest.fixture
def screenshots(tmp_path: Path) -> Path:
    """Where a test saves its screenshots: docs/screenshots with ``FILING_DESK_SCREENSHOTS=1``,
    else the test's own temporary folder."""
    return SCREENSHOTS_DIR if SAVE_SCREENSHOTS else tmp_path


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """The session's throwaway PostgreSQL cluster (tests/helpers/postgres.py), started when a
    team-register test first asks for it, stopped and removed at the end."""
    cluster = start_cluster()
    yield cluster
    cluster.stop()
