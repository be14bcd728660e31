"""Shared pieces of the reliability tests: the repository root, child-process environments."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "reliability test passphrase 可靠性"


def child_env(**extra: str) -> dict[str, str]:
    """The environment of a child Python process that imports ``filing_desk`` and ``tests``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra)
    return env


def python() -> str:
    return sys.executable


@pytest.fixture
def figures(record_property):
    """Record a figure for the report: printed (``pytest -s``) and stored as a junit property."""

    def record(name: str, value: object) -> None:
        print(f"[reliability] {name}: {value}")
        record_property(name, value)

    return record
