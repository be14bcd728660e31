"""Running ``python -m bench.run`` from the tests: a fresh process in the repository, offscreen,
with a private home, its exit checked."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def run_bench(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The bench with ``args``; its output, once it exited 0 (else its stderr's end fails)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FILING_DESK_HOME": str(tmp_path / "h")}
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
    return done
