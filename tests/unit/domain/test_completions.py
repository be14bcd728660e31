"""``changes.completions``: which fields of an imported baseline a snapshot completes (issue
19.5) — a blank the CAC list left, now filled; never a value the list gave, nor a new key."""

from __future__ import annotations

import pytest

from filing_desk.domain.changes import completions, uncompleted

IMPORTED = {
    "algorithm.name": "推荐算法",
    "algorithm.principle": "",
    "algorithm.input_modalities": "()",
    "entity.legal_rep_name": "",
}

CASES = [  # (what the register holds now, the completions)
    ("nothing filled", IMPORTED, {}),
    ("a blank text filled", {**IMPORTED, "algorithm.principle": "协同过滤"},
     {"algorithm.principle": "协同过滤"}),
    ("an empty choice list filled", {**IMPORTED, "algorithm.input_modalities": "('text',)"},
     {"algorithm.input_modalities": "('text',)"}),
    ("a listed value changed", {**IMPORTED, "algorithm.name": "新名称"}, {}),
    ("a listed value cleared", {**IMPORTED, "algorithm.name": ""}, {}),
    ("a key the baseline lacks (a product linked since)", {**IMPORTED, "product[9].name": "App"},
     {}),
]  # fmt: skip


@pytest.mark.parametrize(("now", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_completions(now, expected):
    assert completions(IMPORTED, now) == expected


UNDO = [  # (completed since the import, what the register holds now, the completions taken back)
    ("a completion cleared", {"algorithm.principle"}, {"algorithm.principle": ""},
     {"algorithm.principle": ""}),
    ("a completion kept", {"algorithm.principle"}, {"algorithm.principle": "协同过滤"}, {}),
    ("a listed value cleared: not a completion", set(), {"algorithm.name": ""}, {}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("completed", "now", "expected"), [u[1:] for u in UNDO], ids=[u[0] for u in UNDO]
)
def test_uncompleted(completed, now, expected):
    baseline = {**IMPORTED, "algorithm.principle": "协同过滤"}  # completed once
    assert uncompleted(baseline, {**baseline, **now}, completed) == expected
