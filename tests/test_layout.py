"""House rules that hold for the whole tree (style.md B4): no module over 400 lines."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAX_LINES = 400


def test_no_module_is_over_the_size_cap():
    too_long = {}
    for path in sorted((ROOT / "filing_desk").rglob("*.py")):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES:
            too_long[str(path.relative_to(ROOT))] = lines
    assert not too_long, f"split these modules (at most {MAX_LINES} lines each): {too_long}"
