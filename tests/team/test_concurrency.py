"""Two processes on one team register (issue 20.2): both read the same algorithm at the same
version and both save a different name — exactly one is saved, the other is refused as stale,
the row holds the winner's name (no lost update) — and a burst of audited writes from both
keeps one audit chain that ``check`` verifies on the server."""

from __future__ import annotations

import multiprocessing
from typing import Any

import pytest

from filing_desk.store.team_register import init_team, open_team
from tests.helpers import team_writers as writers
from tests.helpers.postgres import TeamDatabase

ENTITY = {"name": "北京示例科技有限公司", "legal_rep_name": "王建国", "officer_name": "李静"}
CONTEXT = multiprocessing.get_context("spawn")


def _run(target: Any, jobs: list[tuple[Any, ...]]) -> list[Any]:
    """Run one spawned process per job (a barrier shared by all), collect what each reported."""
    barrier, results = CONTEXT.Barrier(len(jobs)), CONTEXT.Queue()
    processes = [CONTEXT.Process(target=target, args=(*job, barrier, results)) for job in jobs]
    for process in processes:
        process.start()
    reported = [results.get(timeout=120) for _ in processes]
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    return reported


@pytest.fixture
def algorithm_id(team_db: TeamDatabase) -> int:
    with init_team(team_db.url) as register:
        entity = register.create_entity(**ENTITY)
        return register.create_algorithm(entity.id, name="共同编辑的算法", **writers.ALGORITHM).id


def test_two_processes_saving_the_same_version_one_wins_one_is_refused(
    team_db: TeamDatabase, algorithm_id: int
) -> None:
    jobs = [
        (team_db.url, team_db.password, algorithm_id, name)
        for name in ("甲的推荐算法", "乙的推荐算法")
    ]
    outcomes = _run(writers.edit_after_reading, jobs)
    assert {read for _, read, _ in outcomes} == {1}, outcomes  # both edited version 1
    assert sorted(outcome for *_, outcome in outcomes) == ["record.stale", "saved"], outcomes
    (winner,) = [name for name, _, outcome in outcomes if outcome == "saved"]
    with open_team(team_db.url) as register:
        assert register.algorithm(algorithm_id).name == winner
        assert register.version("algorithm", algorithm_id) == 2
        updates = register.audit_events("algorithm", algorithm_id)
        assert [e.action for e in updates] == ["algorithm.update", "algorithm.create"]
        assert updates[0].after == {"name": winner}
        assert register.verify_audit().ok


def test_a_burst_of_writes_from_two_processes_keeps_one_chain_check_verifies(
    team_db: TeamDatabase, algorithm_id: int
) -> None:
    with open_team(team_db.url) as register:
        entity_id = register.algorithm(algorithm_id).entity_id
        before = len(register.audit_events())
    jobs = [(team_db.url, team_db.password, entity_id, who, 15) for who in ("甲", "乙")]
    assert sorted(_run(writers.append_burst, jobs)) == [("乙", "done"), ("甲", "done")]
    with open_team(team_db.url) as register:
        events = register.audit_events()
        assert len(events) == before + 30
        names = {e.after["name"] for e in events if e.action == "algorithm.create" and e.after}
        assert {f"并发写入 {who}-{i}" for who in "甲乙" for i in range(15)} <= names
        assert {e.os_user for e in events} == {team_db.user}  # the database user is the actor
        assert register.verify_audit().ok
        report = register.check()  # what ``filing-desk check`` prints, on the server
        assert report.exit_code == 0, [line for line in report.lines if line.exit_code]
