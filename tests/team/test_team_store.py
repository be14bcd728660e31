"""Opening a team register through the store: the address, the password's sources, what a
failure says (the server, never the password), the audit chain's actor and lock, the roles."""

from __future__ import annotations

import threading
from pathlib import Path

import keyring
import pytest

from filing_desk.store.register import Register, open_register
from filing_desk.store.team import password
from filing_desk.store.team.address import parse
from filing_desk.store.team.errors import (
    BadTeamAddress,
    TeamPasswordMissing,
    TeamPasswordRefused,
    TeamUnreachable,
)
from filing_desk.store.team_register import TeamRegister, init_team, open_team
from tests.helpers.network import NetworkGuard
from tests.helpers.postgres import Cluster, TeamDatabase, free_port
from tests.helpers.registers import STRONG_PASSPHRASE

PASSWORD_ENV = password.PASSWORD_ENV
ENTITY = {"name": "北京示例科技有限公司", "legal_rep_name": "王建国", "officer_name": "李静"}


def algorithm_input(name: str = "个性化推荐算法") -> dict[str, str]:
    return {"name": name, "algo_type": "02", "role": "provider", "main_use": "个性化推荐"}


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("postgresql://u:secret@h/db", "holds a password"),
        ("postgresql://h:5432/db", "lacks a user"),
        ("postgresql://u@h:5432/", "lacks a database"),
        ("postgresql://u@h:99999/db", "not a number from 1 to 65535"),
        ("postgresql://u@h/db?host=elsewhere", "host are not accepted"),
        ("mysql://u@h/db", "begins with postgresql://"),
    ],
)
def test_a_bad_address_is_refused_with_its_reason(url: str, says: str) -> None:
    with pytest.raises(BadTeamAddress, match=says) as caught:
        parse(url)
    assert "secret" not in str(caught.value)


def test_an_address_keeps_tls_options_and_names_the_server() -> None:
    address = parse("postgresql://alice@db.firm.cn:6543/desk?sslmode=verify-full")
    assert address.display == "alice@db.firm.cn:6543/desk"
    assert str(address) == "postgresql://alice@db.firm.cn:6543/desk?sslmode=verify-full"
    assert address.sqlalchemy_url("pw").query == {"sslmode": "verify-full"}
    assert parse("postgres://alice@h/desk").port == 5432


def test_a_wrong_password_names_the_server_not_the_password(
    team_db: TeamDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    wrong = "wrong-horse-紫色-battery"
    monkeypatch.setenv(PASSWORD_ENV, wrong)
    with pytest.raises(TeamPasswordRefused) as caught:
        init_team(team_db.url)
    message = str(caught.value)
    assert f"127.0.0.1:{team_db.cluster.port}" in message
    assert team_db.user in message
    assert wrong not in message
    assert team_db.password not in message


def test_no_server_at_the_address_is_said_as_unreachable(
    monkeypatch: pytest.MonkeyPatch, no_network: NetworkGuard
) -> None:
    monkeypatch.setenv(PASSWORD_ENV, "x")
    port = free_port()
    no_network.allow("127.0.0.1", port)  # allowed, and nothing listens there
    with pytest.raises(TeamUnreachable, match=f"u@127.0.0.1:{port}/db could not be opened"):
        open_team(f"postgresql://u@127.0.0.1:{port}/db")


def test_the_password_comes_from_the_keyring_then_a_prompt(
    team_db: TeamDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PASSWORD_ENV)
    address = parse(team_db.url)
    with pytest.raises(TeamPasswordMissing, match=f"{team_db.user} on 127.0.0.1"):
        init_team(address)
    asked: list[str] = []

    def prompt(where: object) -> str:
        asked.append(str(where))
        return team_db.password

    with init_team(address, prompt=prompt):
        pass
    assert asked == [team_db.url]
    password.remember(address, team_db.password)
    assert keyring.get_password("filing-desk", f"postgresql:{team_db.user}@{address.server}")
    with open_team(address) as reg:  # no environment, no prompt: the keyring's
        assert reg.register_id


def test_the_same_register_api_on_the_server_with_the_user_as_actor(team_db: TeamDatabase) -> None:
    with init_team(team_db.url) as reg:
        assert isinstance(reg, TeamRegister)
        entity = reg.create_entity(**ENTITY)
        algo = reg.create_algorithm(entity.id, **algorithm_input("团队推荐算法"))
        assert reg.search("推荐") == [algo.id]
        assert reg.search("团队推荐") == [algo.id]
        events = reg.audit_events()
        register_id = reg.register_id
    assert {e.os_user for e in events} == {team_db.user}
    with open_team(team_db.url) as again:
        assert again.register_id == register_id
        assert [a.name for a in again.algorithms()] == ["团队推荐算法"]
        assert again.verify_audit().ok


def test_concurrent_writers_keep_one_chain(team_db: TeamDatabase) -> None:
    with init_team(team_db.url) as first:
        entity_id = first.create_entity(**ENTITY).id
    errors: list[BaseException] = []

    def write(n: int) -> None:
        try:
            with open_team(team_db.url) as reg:
                for i in range(8):
                    reg.create_algorithm(entity_id, **algorithm_input(f"并发算法 {n}-{i}"))
        except BaseException as exc:  # a failure in a thread fails the test below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors
    with open_team(team_db.url) as reg:
        check = reg.verify_audit()
        assert check.ok, check
        assert len(reg.algorithms()) == 24


def _names(reg: Register, ids: list[int]) -> list[str]:
    return sorted(reg.algorithm(i).name for i in ids)


def test_search_finds_what_the_file_register_finds(
    cli_demo: Path, team_db: TeamDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from filing_desk.cli import main

    monkeypatch.setenv("FILING_DESK_PASSPHRASE", STRONG_PASSPHRASE)
    exported = tmp_path / "demo.json"
    assert (
        main(["--register", str(cli_demo), "export", "--format", "json", "-o", str(exported)]) == 0
    )
    assert main(["team", "init", team_db.url]) == 0
    assert main(["--register", team_db.url, "import", str(exported)]) == 0
    terms = [
        "推荐",
        "云启",
        "算法",
        "内容安全",
        "recommend",
        "数智 调度",
        "星河 推荐 算法",
        "无此词",
    ]
    with open_register(cli_demo, passphrase=STRONG_PASSPHRASE, lock=False) as file_reg:
        expected = {t: _names(file_reg, file_reg.search(t)) for t in terms}
    with open_team(team_db.url) as team_reg:  # an import numbers the records anew: by name
        found = {t: _names(team_reg, team_reg.search(t)) for t in terms}
    assert found == expected
    assert any(expected.values())


def test_a_role_is_granted_and_a_viewer_cannot_write(
    team_db: TeamDatabase, pg_cluster: Cluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    with init_team(team_db.url) as reg:
        assert reg.roles == frozenset()  # the owner holds no desk role; it owns the tables
        entity_id = reg.create_entity(**ENTITY).id
    pg_cluster.admin(
        "DROP ROLE IF EXISTS vera",
        "CREATE ROLE vera LOGIN PASSWORD 'vera pass 42'",
        "GRANT filing_desk_viewer TO vera",
    )
    monkeypatch.setenv(PASSWORD_ENV, "vera pass 42")
    viewer_url = team_db.url.replace(f"{team_db.user}@", "vera@")
    with open_team(viewer_url) as reg:
        assert reg.roles == frozenset({"filing_desk_viewer"})
        assert [e.id for e in reg.entities()] == [entity_id]
        with pytest.raises(Exception, match=r"\(viewer\) cannot change records"):
            reg.create_algorithm(entity_id, **algorithm_input())
        assert reg.algorithms() == []
