"""Search parity (issue 20 item 5): on the demo data, the register's search API gives the same
algorithm ids on a file register (SQLite FTS5 trigram, LIKE for terms under three characters)
and on a team register (PostgreSQL ILIKE served by the pg_trgm index — which cannot index a
pattern under three characters, so for those PostgreSQL scans the same table with plain ILIKE:
same rows, no index). The team register is a ``team push`` of the file, so the ids are equal.

On top of the demo (all Chinese, with "APP", "API" and "H5" as its only Latin text) two records
with English names and text are added, so English words in any case are compared too.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from filing_desk import demo
from filing_desk.store.register import Register, create_register
from filing_desk.store.team import password
from filing_desk.store.team_register import TeamRegister, push_to_team
from tests.helpers.network import NetworkGuard
from tests.helpers.postgres import Cluster, TeamDatabase
from tests.helpers.registers import STRONG_PASSPHRASE

ENGLISH = (
    ("Smart News Recommendation Engine", "Recommends news articles to readers"),
    ("Route Planner for Couriers", "Plans delivery routes; recommends the fastest one"),
)

# term → how many algorithms it finds (None: at least one); the point is equality of ids, the
# count keeps the table honest (a term that matches nothing on both would prove nothing).
TERMS: list[tuple[str, int | None]] = [
    # Chinese, two characters: below pg_trgm's three, so a scan, not the index
    ("推荐", None),
    ("算法", 20),
    ("安全", None),
    ("调度", None),
    ("合成", None),
    ("星河", None),
    ("数智", None),
    ("客服", 1),
    ("骑手", 1),
    ("无此", 0),
    # Chinese, three characters and more: the trigram indexes on both backends
    ("推荐算", None),
    ("短视频", None),
    ("生成合成", None),
    ("内容安全", None),
    ("个性化推送", None),
    ("数字人", 1),
    ("星河图像生成合成算法", 1),
    ("不存在词", 0),
    # English words, any case; two-letter Latin terms
    ("recommend", 2),
    ("RECOMMENDS", 2),
    ("Engine", 1),
    ("couriers", 1),
    ("app", None),
    ("APP", None),
    ("api", 1),
    ("h5", 1),
    ("nothing", 0),
    # several terms: every one must be found
    ("星河 推荐", None),
    ("云启 推荐 算法", None),
    ("news recommend", 1),
    ("推荐 nothing", 0),
    # characters LIKE treats specially are literal on both
    ("10%", 0),
    ("a_b", 0),
    ("110108", 3),
]


@dataclass
class Pair:
    file: Register
    team: TeamRegister
    database: TeamDatabase


@pytest.fixture(scope="module")
def pair(pg_cluster: Cluster, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pair]:
    """The demo register plus two English records in a file, pushed into a team register."""
    path = tmp_path_factory.mktemp("parity") / "demo.fdesk"
    file_reg = create_register(path, passphrase=STRONG_PASSPHRASE).register
    demo.fill(file_reg)
    entity_id = file_reg.entities()[0].id
    for name, use in ENGLISH:
        file_reg.create_algorithm(
            entity_id, name=name, algo_type="02", role="provider", main_use=use
        )
    database = pg_cluster.new_database()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(password.PASSWORD_ENV, database.password)
        team_reg = push_to_team(file_reg, database.url)
    yield Pair(file_reg, team_reg, database)
    team_reg.close()
    file_reg.close()


@pytest.fixture
def both(pair: Pair, no_network: NetworkGuard) -> Pair:
    no_network.allow(*pair.database.address)
    return pair


@pytest.mark.parametrize(("term", "count"), TERMS, ids=[t for t, _ in TERMS])
def test_a_term_finds_the_same_algorithms_on_both_backends(
    both: Pair, term: str, count: int | None
) -> None:
    in_file = both.file.search(term)
    assert both.team.search(term) == in_file
    if count is None:
        assert in_file, f"{term!r} should find something in the demo"
    else:
        assert len(in_file) == count


def test_an_edit_after_the_copy_is_found_alike(both: Pair) -> None:
    """The search index follows an edit on both backends (their triggers)."""
    algorithm = both.file.algorithms()[0]
    new = {"name": "云启霁月推荐算法", "main_use": "Moonlit recommendations"}
    for reg in (both.file, both.team):
        reg.update_algorithm(algorithm.id, **new)
    for term in ("霁月", "霁月推荐", "moonlit", algorithm.name):
        assert both.team.search(term) == both.file.search(term), term
    assert both.file.search("霁月") == [algorithm.id]


def test_the_index_is_used_for_three_characters_and_not_needed_under(both: Pair) -> None:
    """What the parity rests on: on PostgreSQL a trigram query of three characters or more can
    use the GIN index; a two-character one is a plain ILIKE scan of the same rows."""
    from sqlalchemy import text

    engine = both.team._engine
    with engine.connect() as conn:
        conn.execute(text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(
            r[0]
            for r in conn.execute(
                text("EXPLAIN SELECT rowid FROM search_index WHERE body ILIKE '%生成合成%'")
            )
        )
    assert "ix_search_index_body" in plan
