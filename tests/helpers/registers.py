"""Helpers that make real registers (real SQLCipher files, real migrations) for tests."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from filing_desk.store.register import Register, create_register

TODAY = date(2026, 11, 23)
# A new passphrase must pass domain.passphrase (12+ characters, not easy to guess).
STRONG_PASSPHRASE = "violet anchor 紫色锚 meadow 42"


def make_register(path: Path, passphrase: str | None = None, today: date = TODAY) -> Register:
    return create_register(path, passphrase=passphrase, clock=lambda: today).register


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def register_files(folder: Path) -> list[Path]:
    """Every file a register produced in ``folder`` (main file, -wal, -shm, backups)."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.endswith(".lock"))


def make_cli_demo(path: Path) -> Path:
    """A demo register made through the command line (``init``, then ``demo``) as a user makes
    one: passphrase mode with ``STRONG_PASSPHRASE``, set only while the commands run."""
    from filing_desk.cli import main

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FILING_DESK_PASSPHRASE", STRONG_PASSPHRASE)
        assert main(["--register", str(path), "init"]) == 0
        assert main(["--register", str(path), "demo"]) == 0
    return path
