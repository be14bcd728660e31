"""Team-register fixtures: a fresh database per test in the session's PostgreSQL cluster
(``pg_cluster``, tests/conftest.py), its password in the environment; and
``register_backend``, an empty register on each backend (file, team) in turn."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from filing_desk.store.register import Register
from tests.helpers.network import NetworkGuard
from tests.helpers.postgres import Cluster, TeamDatabase

PASSWORD_ENV = "FILING_DESK_DB_PASSWORD"


@pytest.fixture
def team_db(
    pg_cluster: Cluster, monkeypatch: pytest.MonkeyPatch, no_network: NetworkGuard
) -> TeamDatabase:
    """An empty database the administrator made; its owner's password in the environment (the
    headless route, as ``FILING_DESK_DB_PASSWORD`` gives it to the app); its server the one
    address the no-network guard lets the test reach."""
    database = pg_cluster.new_database()
    no_network.allow(*database.address)
    monkeypatch.setenv(PASSWORD_ENV, database.password)
    return database


@pytest.fixture(params=["file", "team"])
def register_backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Register]:
    """An empty register on each backend in turn: a SQLCipher file (keyring mode), then a team
    register in a fresh database of the session's cluster; both on the tests' fixed day. Store
    tests that hold on both backends take this fixture."""
    from filing_desk.store.team_register import init_team
    from tests.helpers.registers import TODAY, make_register

    if request.param == "file":
        register = make_register(tmp_path / "register.fdesk")
    else:
        database: TeamDatabase = request.getfixturevalue("team_db")
        register = init_team(database.url, clock=lambda: TODAY)
    yield register
    register.close()
