"""The generative-AI service record: its declared fields, enumerations, what it says of itself."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

import pytest

from filing_desk.domain.citations import is_known
from filing_desk.domain.enums import (
    ENUMS,
    CorpusSource,
    ServiceDomain,
    ServiceForm,
    ServiceFunction,
    ServiceState,
)
from filing_desk.domain.fields.declare import Check, Kind, declared, declared_field
from filing_desk.domain.genai_alerts import CITES as ALERT_CITES
from filing_desk.domain.genai_services import CITES, GenAIService, ServiceModel
from filing_desk.domain.genai_states import PLANNING_HINTS
from filing_desk.domain.genai_tracks import CITES as TRACK_CITES

LINKS = {
    "id",
    "entity_id",
    "model_id",
    "product_ids",
    "algorithm_ids",
    "models",
    "returned_reasons",
}


@pytest.mark.parametrize("record", [GenAIService, ServiceModel])
def test_every_field_but_ids_and_links_is_declared_in_both_languages(record: type) -> None:
    assert {f.name for f in fields(record)} - {d.name for d in declared(record)} <= LINKS
    for field in declared(record):
        decl = field.decl
        assert decl.label.zh and decl.label.en and decl.help.zh and decl.help.en, field.name
        assert field.shape.kind is not Kind.OTHER, field.name


def test_choices_are_the_registered_enumerations() -> None:
    functions = declared_field(GenAIService, "functions")
    assert functions is not None and functions.shape.enum is ServiceFunction
    assert functions.shape.kind is Kind.CHOICES
    for enum in (ServiceFunction, ServiceForm, ServiceDomain, CorpusSource, ServiceState):
        assert ENUMS[enum.__name__] is enum
    assert [f.zh for f in ServiceFunction] == [
        "人机对话", "文字生成", "图片生成", "声音合成", "视频合成", "代码生成或优化", "其他"
    ]  # fmt: skip
    assert ServiceForm.parse("Mini-program") is ServiceForm.MINI_PROGRAM


def test_numbers_are_checked_as_model_numbers_and_set_by_the_lifecycle() -> None:
    number = declared_field(GenAIService, "number")
    upstream = declared_field(ServiceModel, "filing_number")
    assert number is not None and upstream is not None
    assert number.decl.check is upstream.decl.check is Check.MODEL_NUMBER
    state = declared_field(GenAIService, "state")
    assert state is not None and not state.decl.edited and not number.decl.edited


@pytest.mark.parametrize(
    ("go_live", "live"),
    [
        (None, False),
        (date(2026, 12, 8), False),
        (date(2026, 12, 7), True),
        (date(2024, 1, 1), True),
    ],
)
def test_is_live(go_live: date | None, live: bool) -> None:
    assert GenAIService(name="x", go_live_date=go_live).is_live(date(2026, 12, 7)) is live


@pytest.mark.parametrize(
    ("state", "number", "holds"),
    [
        (ServiceState.APPROVED, "Beijing-XiaoShi-202401050001", True),
        (ServiceState.APPROVED, " ", False),
        (ServiceState.REVOKED, "Beijing-XiaoShi-202401050001", False),
        (ServiceState.NATIONAL_REVIEW, "", False),
    ],
)
def test_has_approved_number(state: ServiceState, number: str, holds: bool) -> None:
    assert GenAIService(name="x", state=state, number=number).has_approved_number is holds


def test_models_are_matched_by_name_and_developer() -> None:
    a = ServiceModel(name="Yun Que", developer="某公司", version="1")
    b = ServiceModel(name="yunque", developer=" 某公司", version="2")
    assert a.key == b.key
    assert a.key != ServiceModel(name="yunque", developer="另一公司").key


def test_everything_cited_is_in_the_citation_table() -> None:
    ids = {*CITES, *TRACK_CITES, *ALERT_CITES}
    ids |= {c for hint in PLANNING_HINTS.values() for c in hint.cites}
    assert all(is_known(i) for i in ids), sorted(i for i in ids if not is_known(i))
