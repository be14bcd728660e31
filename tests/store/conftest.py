from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from filing_desk.store.register import Register
from tests.helpers.registers import make_register


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    reg = make_register(tmp_path / "reg" / "register.fdesk")
    yield reg
    reg.close()
