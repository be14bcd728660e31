"""The triage memo is privileged: the filing-duty answer, its reasoning and the two attribute
answers print on the internal memo (marked on every page) and on no regulator-facing form."""

from __future__ import annotations

from dataclasses import replace

import pytest

from filing_desk.domain.enums import ProcedureKind, Role
from filing_desk.forms import loader, packet
from filing_desk.forms.render import render
from filing_desk.forms.spec import FormSpec, Text
from tests.helpers.factories import (
    cancellation_context,
    context_for,
    filing_context,
    modification_context,
    supporter_context,
)
from tests.helpers.pdfcheck import all_text, compact, page_texts

PRIVILEGED = ("备案判断", "判断理由", "具有舆论属性", "具有社会动员能力")
MARK_ZH = "内部·法律意见·保密"
MARK_EN = "Internal·legaladvice·confidential"
PACKET_CONTEXTS = {
    "filing": filing_context,
    "supporter": supporter_context,
    "modification": modification_context,
    "cancellation": cancellation_context,
}


def _long_reason() -> str:
    return "本服务设有评论区和用户发帖功能，属于论坛类信息服务，具有舆论属性。" * 150


def test_algorithm_filing_prints_none_of_the_triage() -> None:
    context = filing_context()
    assert context.algorithm is not None and context.algorithm.triage_reason
    text = all_text(render(loader.get("algorithm-filing"), context))
    for word in PRIVILEGED:
        assert word not in text, word
    assert compact(context.algorithm.triage_reason) not in text
    english = all_text(render(loader.get("algorithm-filing"), context, lang="en"))
    assert "triage" not in english.lower()


def test_the_memo_prints_the_answer_the_reasoning_and_the_attributes() -> None:
    context = filing_context()
    assert context.algorithm is not None
    text = all_text(render(loader.get("triage-memo"), context))
    for word in PRIVILEGED:
        assert word in text, word
    assert compact(context.algorithm.triage_reason) in text
    assert compact(context.algorithm.name) in text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_memo_is_marked_confidential_on_every_page(lang: str) -> None:
    base = filing_context()
    assert base.algorithm is not None
    context = replace(base, algorithm=replace(base.algorithm, triage_reason=_long_reason()))
    pages = page_texts(render(loader.get("triage-memo"), context, lang=lang))
    assert len(pages) > 1
    for page in pages:
        assert MARK_ZH in compact(page) and MARK_EN in compact(page)


def test_regulator_facing_forms_carry_no_marking_and_no_triage() -> None:
    for form_id in {f for make in PACKET_CONTEXTS.values() for f in packet.packet_forms(make())}:
        spec = loader.get(form_id)
        assert not spec.internal, form_id
        text = all_text(render(spec, context_for(form_id)))
        assert MARK_ZH not in text, form_id
        for word in ("备案判断", "判断理由"):
            assert word not in text, (form_id, word)
        for _section, spec_field in spec.fields():
            assert spec_field.key not in ("algorithm.triage", "algorithm.triage_reason"), form_id


def test_the_memo_is_internal_and_in_no_packet() -> None:
    assert loader.get("triage-memo").internal
    for kind in ProcedureKind:
        for role in Role:
            assert "triage-memo" not in packet.forms_for(kind, role)
    for name, make in PACKET_CONTEXTS.items():
        assert "triage-memo" not in packet.packet_forms(make()), name


def test_packet_forms_drop_an_internal_form_even_if_listed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(packet, "forms_for", lambda kind, role: ("algorithm-filing", "triage-memo"))
    assert packet.packet_forms(filing_context()) == ("algorithm-filing",)


def test_a_marking_is_what_makes_a_form_internal() -> None:
    spec = loader.get("triage-memo")
    assert spec.marking == Text("内部 · 法律意见 · 保密", "Internal · legal advice · confidential")
    plain: FormSpec = replace(spec, marking=None)
    assert not plain.internal
    assert MARK_ZH not in all_text(render(plain, filing_context()))


def test_the_memo_never_prints_draft() -> None:
    text = all_text(render(loader.get("triage-memo"), filing_context(), ready=False))
    assert "DRAFT" not in text
