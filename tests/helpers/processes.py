"""Child Python processes for the tests that run Filing Desk as a user would (a real ``python -m
filing_desk`` or a small script under tests/reliability): the repository root, their environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from subprocess import CompletedProcess

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "reliability test passphrase 可靠性"


def child_env(**extra: str) -> dict[str, str]:
    """The environment of a child Python process that imports ``filing_desk`` and ``tests``:
    this process's (the test's ``FILING_DESK_*`` settings included), without pytest's own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra)
    return env


def python() -> str:
    return sys.executable


def run_cli(register: Path, *args: str, passphrase: str = PASSPHRASE) -> CompletedProcess[str]:
    """``python -m filing_desk --register REGISTER ARGS…`` as a child process, unlocked with
    ``passphrase`` through FILING_DESK_PASSPHRASE; its output captured as text."""
    return subprocess.run(
        [python(), "-m", "filing_desk", "--register", str(register), *args],
        cwd=ROOT,
        env=child_env(FILING_DESK_PASSPHRASE=passphrase),
        capture_output=True,
        text=True,
        timeout=60,
    )
