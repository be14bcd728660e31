"""Sentences that name a stored code ({subject}, {kind}, {library}) show it in the UI language:
a Chinese message never says "algorithm" or "labelling"."""

from __future__ import annotations

import pytest

from filing_desk.ui.messages import sentence

PARAMS = {"kind": "algorithm", "library": "labelling"}


def test_chinese_names_the_kind_and_the_checklist_title(chinese) -> None:
    text = sentence("assessment.exists", PARAMS)
    assert "算法" in text and "《标识办法》" in text
    assert "algorithm" not in text and "labelling" not in text


def test_english_names_the_kind_and_the_checklist_title(english) -> None:
    text = sentence("assessment.exists", PARAMS)
    assert "algorithm" in text and "Labelling AI-generated content" in text


@pytest.mark.parametrize(
    ("kind", "zh"), [("entity", "主体"), ("product", "产品"), ("service", "生成式人工智能服务")]
)
def test_every_subject_kind_has_a_chinese_name(chinese, kind: str, zh: str) -> None:
    assert zh in sentence("assessment.subject_kind", {"kind": kind})


def test_an_unknown_library_id_is_shown_as_given(chinese) -> None:
    assert "no-such-list" in sentence(
        "assessment.exists", {"kind": "algorithm", "library": "no-such-list"}
    )
