"""Fixtures of the reliability tests: a closed demo register to attack (made once per module,
copied for each test) and the figures a test reports. Helpers live in tests/helpers."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.tamper import PASSPHRASE, copy_register, make_demo


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A passphrase-mode register filled by the demo and closed: the template of ``demo``."""
    return make_demo(tmp_path_factory.mktemp("demo") / "demo.fdesk")


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's own copy of the demo register, its passphrase in FILING_DESK_PASSPHRASE."""
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", PASSPHRASE)
    return copy_register(demo_file, tmp_path / "register.fdesk")


@pytest.fixture
def figures(record_property):
    """Record a figure for the report: printed (``pytest -s``) and stored as a junit property."""

    def record(name: str, value: object) -> None:
        print(f"[reliability] {name}: {value}")
        record_property(name, value)

    return record
