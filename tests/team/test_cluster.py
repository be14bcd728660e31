"""The throwaway cluster itself: it runs, a database per test, TCP needs the password."""

from __future__ import annotations

import psycopg
import pytest

from tests.helpers import postgres
from tests.helpers.postgres import Cluster, TeamDatabase


def _connect(db: TeamDatabase, password: str) -> psycopg.Connection[tuple[object, ...]]:
    host, port = db.address
    return psycopg.connect(
        host=host, port=port, user=db.user, password=password, dbname=db.name, connect_timeout=5
    )


def test_each_test_gets_an_empty_database_owned_by_the_owner(team_db: TeamDatabase) -> None:
    with _connect(team_db, team_db.password) as conn:
        owner = conn.execute(
            "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"
        ).fetchone()
        tables = conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()
    assert owner == (team_db.user,)
    assert tables == (0,)


def test_databases_differ_between_tests(team_db: TeamDatabase, pg_cluster: Cluster) -> None:
    other = pg_cluster.new_database()
    assert other.name != team_db.name


def test_tcp_needs_the_password(team_db: TeamDatabase) -> None:
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        _connect(team_db, "not the password")


@pytest.mark.parametrize(
    ("required", "outcome"),
    [(False, pytest.skip.Exception), (True, pytest.fail.Exception)],
    ids=["skipped-locally", "failed-in-ci"],
)
def test_missing_server_binaries_skip_locally_and_fail_in_ci(
    monkeypatch: pytest.MonkeyPatch, required: bool, outcome: type[BaseException]
) -> None:
    monkeypatch.setattr(postgres, "server_bin_dir", lambda: None)
    monkeypatch.setattr(postgres, "REQUIRED", required)
    with pytest.raises(outcome, match="apt install postgresql"):
        postgres.start_cluster()
