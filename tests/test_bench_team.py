"""``python -m bench.run --only team`` measures a team register on a throwaway local PostgreSQL
cluster and writes the figures under ``team`` in the results file, keeping what else it holds.
No timing assertions; skipped where the server binaries are absent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers.bench_run import run_bench
from tests.helpers.postgres import server_bin_dir

FIGURES = ("first_rows_ms", "filter_p95_ms", "search_p95_ms", "edit_refresh_p95_ms")


@pytest.mark.skipif(server_bin_dir() is None, reason="PostgreSQL server binaries not installed")
def test_only_team_writes_its_section_and_keeps_the_rest(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    out.write_text(json.dumps({"search_p95_ms": 1.5}), encoding="utf-8")
    run_bench(tmp_path, "--only", "team", "--algorithms", "100", "--repeat", "1", "--out", str(out))
    results = json.loads(out.read_text(encoding="utf-8"))
    assert results["search_p95_ms"] == 1.5
    team = results["team"]
    assert all(team[name] > 0 for name in FIGURES), team
    assert team["details"]["algorithms"] == 100
    assert team["details"]["first_rows_shown"] == 100
    assert team["details"]["edit_refresh_samples"] == 47  # 12 × 4 saves, the first apart
