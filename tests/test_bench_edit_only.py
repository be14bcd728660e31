"""``python -m bench.run --only edit`` measures the edit → refreshed figures alone on a fresh
register and prints them; the results file is not written. No timing assertions."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_only_edit_prints_the_figures_and_writes_no_results(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FILING_DESK_HOME": str(tmp_path / "h")}
    args = ("--only", "edit", "--algorithms", "100", "--out", str(out))
    done = subprocess.run(
        [sys.executable, "-m", "bench.run", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    figures = r"this checkout: p50 ([\d.]+) ms, p95 ([\d.]+) ms.*\((\d+) saves\)"
    line = re.search(figures, done.stdout)
    assert line is not None, done.stdout
    p50, p95, saves = float(line[1]), float(line[2]), int(line[3])
    assert 0 < p50 <= p95 and saves == 47  # 12 algorithms × 4 saves, the session's first apart
    assert not out.exists()
