"""Rendering read back with pypdf: values, embedded fonts, long text, watermark, page furniture."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from filing_desk.domain.records import FormContext
from filing_desk.forms import loader
from filing_desk.forms.content import document_id
from filing_desk.forms.fieldtypes import format_value
from filing_desk.forms.render import WATERMARK, render
from filing_desk.forms.spec import FormSpec, holds, items_of, value_of
from tests.helpers.factories import CONTEXTS, context_for, filing_context, modification_context
from tests.helpers.pdfcheck import all_text, compact, page_texts, reader, unembedded_fonts

FORM_IDS = sorted(CONTEXTS)
LONG = "算法基本原理的详细说明，包括召回、排序与重排。" * 220 + "结尾标记END-OF-TEXT"


@pytest.fixture(scope="module")
def pdfs() -> dict[str, bytes]:
    return {form_id: render(loader.get(form_id), context_for(form_id)) for form_id in FORM_IDS}


def required_values(spec: FormSpec, context: FormContext, lang: str = "zh") -> list[str]:
    values = []
    for section in spec.sections:
        if not holds(section.when, context):
            continue
        items = items_of(context, section.repeat) if section.repeat else (None,)
        for field in section.fields:
            if field.key and field.required and holds(field.when, context):
                for item in items:
                    values.append(
                        format_value(field.type, value_of(context, field.key, item), lang)
                    )
    return values


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_every_required_value_is_printed(pdfs: dict[str, bytes], form_id: str) -> None:
    text = all_text(pdfs[form_id])
    values = required_values(loader.get(form_id), context_for(form_id))
    assert values
    for value in values:
        assert compact(value) in text, value


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_every_font_is_embedded(pdfs: dict[str, bytes], form_id: str) -> None:
    assert unembedded_fonts(pdfs[form_id]) == []


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_page_furniture(pdfs: dict[str, bytes], form_id: str) -> None:
    pages = page_texts(pdfs[form_id])
    context = context_for(form_id)
    first = compact(pages[0])
    assert f"第1页共{len(pages)}页" in first
    assert compact(context.entity.name) in first
    assert "生成日期：2026年3月2日" in first
    assert f"DocumentID:{document_id(loader.get(form_id), context)}" in first
    assert compact(loader.get(form_id).title.zh) in first


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_small_and_deterministic(pdfs: dict[str, bytes], form_id: str) -> None:
    assert len(pdfs[form_id]) < 250_000
    spec, context = loader.get(form_id), context_for(form_id)
    printed = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)  # the creation date is the only clock read
    assert render(spec, context, created=printed) == render(spec, context, created=printed)


def test_cjk_text_extracts_from_the_subset_font(pdfs: dict[str, bytes]) -> None:
    text = all_text(pdfs["algorithm-filing"])
    assert "示例资讯个性化推荐算法" in text
    assert "统一社会信用代码" in text
    fonts = reader(pdfs["algorithm-filing"]).pages[0]["/Resources"]["/Font"]
    assert all("/ToUnicode" in f.get_object() for f in fonts.values())


def test_watermark_unless_ready() -> None:
    spec, context = loader.get("algorithm-filing"), filing_context()
    assert compact(WATERMARK) in all_text(render(spec, context))
    assert compact(WATERMARK) not in all_text(render(spec, context, ready=True))


def test_recovery_sheet_never_has_a_watermark(pdfs: dict[str, bytes]) -> None:
    assert compact(WATERMARK) not in all_text(pdfs["recovery-sheet"])
    assert "K7QM-2XWD-9RTA-HB4E-P3NV-6YJC-UF8L-ZS5G" in all_text(pdfs["recovery-sheet"])


def test_english_labels_keep_values_as_entered() -> None:
    text = all_text(render(loader.get("algorithm-filing"), filing_context(), lang="en"))
    assert "Algorithmfilingform" in text
    assert "Go-livedate" in text and "2024-03-01" in text
    assert "Personalisedpush" in text
    assert "示例资讯个性化推荐算法" in text
    assert "Page1of" in text and "Generated2026-03-02" in text
    assert "算法名称" not in text


def test_document_id_follows_the_content_not_the_language() -> None:
    spec, context = loader.get("public-disclosure"), filing_context()
    same = document_id(spec, context)
    assert len(same) == 12
    assert document_id(spec, replace(context, generated=date(2030, 1, 1))) == same
    changed = replace(context, algorithm=replace(context.algorithm, purpose="新的目的"))
    assert document_id(spec, changed) != same


def pages_and_text(form_id: str, context: FormContext) -> tuple[int, str]:
    pdf = render(loader.get(form_id), context)
    return len(reader(pdf).pages), all_text(pdf)


def test_long_algorithm_text_flows_onto_more_pages() -> None:
    context = filing_context()
    short_pages, _ = pages_and_text("algorithm-filing", context)
    long_context = replace(context, algorithm=replace(context.algorithm, principle=LONG))
    long_pages, text = pages_and_text("algorithm-filing", long_context)
    assert len(LONG) > 5000
    assert long_pages > short_pages
    assert "结尾标记END-OF-TEXT" in text


def test_long_procedure_reason_flows_onto_more_pages() -> None:
    context = modification_context()
    short_pages, _ = pages_and_text("modification", context)
    long_context = replace(context, procedure=replace(context.procedure, reason=LONG))
    long_pages, text = pages_and_text("modification", long_context)
    assert long_pages > short_pages
    assert "结尾标记END-OF-TEXT" in text


def test_long_text_in_an_outline_and_a_grid() -> None:
    context = filing_context()
    algorithm = replace(context.algorithm, data_description=LONG)
    _pages, text = pages_and_text("self-assessment", replace(context, algorithm=algorithm))
    assert "结尾标记END-OF-TEXT" in text
    mod = modification_context()
    change = replace(mod.procedure.changes[0], new=LONG)
    procedure = replace(mod.procedure, changes=(change, *mod.procedure.changes[1:]))
    _pages, text = pages_and_text("modification", replace(mod, procedure=procedure))
    assert "结尾标记END-OF-TEXT" in text


def test_markup_characters_are_printed_literally() -> None:
    context = filing_context()
    algorithm = replace(context.algorithm, main_use="A<b>&C 用途</b>")
    text = all_text(render(loader.get("algorithm-filing"), replace(context, algorithm=algorithm)))
    assert "A<b>&C用途</b>" in text


def test_blank_form_renders_with_empty_context() -> None:
    empty = FormContext(entity=replace(filing_context().entity, name=""))
    for form_id in FORM_IDS:
        assert render(loader.get(form_id), empty).startswith(b"%PDF")
