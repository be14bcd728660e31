"""``python -m bench.run --only edit`` measures the edit → refreshed figures alone on a fresh
register and prints them; the results file is not written. No timing assertions."""

from __future__ import annotations

import re
from pathlib import Path

from tests.helpers.bench_run import run_bench


def test_only_edit_prints_the_figures_and_writes_no_results(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    done = run_bench(tmp_path, "--only", "edit", "--algorithms", "100", "--out", str(out))
    figures = r"this checkout: p50 ([\d.]+) ms, p95 ([\d.]+) ms.*\((\d+) saves\)"
    line = re.search(figures, done.stdout)
    assert line is not None, done.stdout
    p50, p95, saves = float(line[1]), float(line[2]), int(line[3])
    assert 0 < p50 <= p95 and saves == 47  # 12 algorithms × 4 saves, the session's first apart
    assert not out.exists()
