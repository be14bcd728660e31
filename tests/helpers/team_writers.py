"""What each process of the concurrency test (tests/team/test_concurrency.py) runs: a spawned
child opens the team register on its own connection and reports back through a queue.

Kept out of the test module so a spawned child imports only this and the store (not pytest's
fixtures); every outcome is sent back as data, never raised in the child.
"""

from __future__ import annotations

from typing import Any

ALGORITHM = {"algo_type": "02", "role": "provider", "main_use": "个性化推荐"}


def edit_after_reading(
    url: str, password: str, algorithm_id: int, name: str, barrier: Any, results: Any
) -> None:
    """Read the algorithm's version, wait until the other process has read it too, then save
    ``name`` as an edit of that version; report ``(name, read version, outcome)``."""
    from filing_desk.store.team_register import open_team
    from filing_desk.store.versions import StaleRecord

    try:
        with open_team(url, password=password) as register:
            read = register.version("algorithm", algorithm_id)
            register.algorithm(algorithm_id)  # what the user sees in the form
            barrier.wait(timeout=60)
            try:
                register.update_algorithm(algorithm_id, expected_version=read, name=name)
            except StaleRecord as refused:
                results.put((name, read, refused.code))
                return
            results.put((name, read, "saved"))
    except Exception as exc:  # the parent fails the test with it
        results.put((name, None, f"error: {type(exc).__name__}: {exc}"))


def append_burst(
    url: str, password: str, entity_id: int, who: str, count: int, barrier: Any, results: Any
) -> None:
    """After the barrier, ``count`` audited writes (new algorithms) as fast as they go."""
    from filing_desk.store.team_register import open_team

    try:
        with open_team(url, password=password) as register:
            barrier.wait(timeout=60)
            for i in range(count):
                register.create_algorithm(entity_id, name=f"并发写入 {who}-{i}", **ALGORITHM)
        results.put((who, "done"))
    except Exception as exc:
        results.put((who, f"error: {type(exc).__name__}: {exc}"))
