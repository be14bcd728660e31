"""The offline promise with a team register: the only connection the app opens is to the
configured server; the no-network guard lets a test reach exactly that address, nothing else."""

from __future__ import annotations

import socket

import psycopg
import pytest

from filing_desk.store.team_register import init_team, open_team
from tests.helpers.network import NetworkUsed
from tests.helpers.postgres import TeamDatabase, free_port


def test_the_configured_server_is_reachable_and_nothing_else(team_db: TeamDatabase) -> None:
    host, port = team_db.address
    with init_team(team_db.url) as reg:  # through SQLAlchemy and libpq
        assert reg.register_id
    with socket.create_connection((host, port), timeout=5):  # Python's own sockets too
        pass
    other = free_port()
    with pytest.raises(NetworkUsed):
        psycopg.connect(host=host, port=other, user="u", dbname="d", connect_timeout=1)
    with pytest.raises(NetworkUsed):
        psycopg.connect(f"postgresql://u@192.0.2.1:{port}/d")  # same port, another host
    with pytest.raises(NetworkUsed):
        socket.create_connection((host, other))
    with pytest.raises(NetworkUsed):
        socket.getaddrinfo("example.com", 443)


def test_another_address_for_the_register_is_refused_before_connecting(
    team_db: TeamDatabase,
) -> None:
    elsewhere = team_db.url.replace("127.0.0.1", "192.0.2.1")
    with pytest.raises(NetworkUsed, match=r"192\.0\.2\.1"):
        open_team(elsewhere)


def test_without_a_team_register_no_server_is_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FILING_DESK_DB_PASSWORD", "x")
    with pytest.raises(NetworkUsed, match=r"127\.0\.0\.1"):
        open_team("postgresql://u@127.0.0.1:5432/db")
    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 5432))
