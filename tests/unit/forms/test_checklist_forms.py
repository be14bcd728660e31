"""The documents printed from assessments, read back with pypdf: the labelling materials (显式标识,
隐式标识, the algorithm's modalities), 落实算法安全主体责任基本情况 (the art. 7 systems), and the
clause-by-clause report (each item's result, the figure against the threshold, the evidence, the
counts and the audit head), with what they must never print."""

from __future__ import annotations

from dataclasses import replace

import pytest

from filing_desk.domain.assessments import Result
from filing_desk.domain.checklists import Subject
from filing_desk.domain.enums import Modality
from filing_desk.domain.records import FormContext
from filing_desk.forms import loader, printing
from filing_desk.forms.content import document_id
from filing_desk.forms.render import WATERMARK, render
from tests.helpers.factories import assessed_context, generation_algorithm
from tests.helpers.pdf_tables import fragments
from tests.helpers.pdfcheck import all_text, compact, page_texts
from tests.helpers.sheets import Given, answer_all, labelling_sheet, sha, sheet

REPORT_HEADINGS = ("条款", "要求", "结论", "说明与证据")


def pdf_of(form_id: str, context: FormContext, lang: str = "zh") -> bytes:
    return render(loader.get(form_id), context, lang=lang)


def text_of(form_id: str, context: FormContext, lang: str = "zh") -> str:
    return compact(all_text(pdf_of(form_id, context, lang)))


def with_modalities(*outputs: Modality) -> FormContext:
    algorithm = generation_algorithm(input_modalities=(Modality.TEXT,), output_modalities=outputs)
    context = assessed_context(algorithm=algorithm)
    return replace(context, assessments=(labelling_sheet(algorithm), *context.assessments[1:]))


# output modalities → the explicit-label requirements that must and must not be printed
MODALITY_CASES = [
    ((Modality.TEXT,), ["文本：在文本开头"], ["图片：在图片", "音频：在开头", "视频：在起始画面"]),
    ((Modality.TEXT, Modality.IMAGE), ["文本：在文本开头", "图片：在图片"], ["音频：在开头"]),
    ((Modality.AUDIO, Modality.VIDEO), ["音频：在开头", "视频：在起始画面"], ["图片：在图片"]),
    ((Modality.VIRTUAL_SCENE,), ["虚拟场景：在起始画面"], ["视频：在起始画面"]),
]


@pytest.mark.parametrize(("outputs", "printed", "absent"), MODALITY_CASES)
def test_labelling_materials_name_both_label_kinds_and_the_algorithms_modalities(
    outputs: tuple[Modality, ...], printed: list[str], absent: list[str]
) -> None:
    text = text_of("labelling-materials", with_modalities(*outputs))
    assert "二、显式标识" in text and "三、隐式标识" in text
    assert "示例智能写作生成合成算法" in text
    assert "输出模态" + "、".join(m.zh for m in outputs) in text
    for words in printed:
        assert words in text, words
    for words in absent:
        assert words not in text, words
    # the implicit label's metadata fields and the retention of unlabelled-output logs
    assert "隐式标识至少包含：生成合成内容属性" in text
    assert "提供对象等相关日志不少于6个月" in text


def test_labelling_materials_in_english_name_explicit_and_implicit_labels() -> None:
    text = text_of("labelling-materials", with_modalities(Modality.TEXT, Modality.IMAGE), "en")
    assert "2.Explicitlabels(显式标识)" in text and "3.Implicitlabels(隐式标识)" in text
    assert "Outputmodalities" in text and "Text,Image" in text


def test_entity_responsibility_names_the_art_7_systems_and_the_officer() -> None:
    text = text_of("entity-responsibility", assessed_context())
    for system in (
        "一、算法安全专职机构",
        "二、算法安全管理制度",
        "（一）算法安全自评估制度",
        "（二）算法安全监测制度",
        "（三）算法安全事件应急处置制度",
        "（四）算法违法违规处置制度",
        "（五）其他制度",
        "算法机制机理审核",
        "科技伦理审查",
        "用户注册管理",
        "数据安全和个人信息保护",
        "反电信网络诈骗",
        "三、附件",
    ):
        assert system in text, system
    assert "算法安全责任人李安全" in text
    assert "机构设立决定.pdf" in text and sha("机构设立决定.pdf")[:16] in text
    # the algorithm-level art. 8 items belong to each algorithm's own assessment, not here
    assert "定期审核、评估、验证本算法" not in text


def rows(pdf: bytes, headings: tuple[str, ...] = REPORT_HEADINGS) -> dict[str, dict[str, str]]:
    """The item table read back by position: first-column text (the clause or item id) →
    heading → cell text (a wrapped cell's lines joined). A row starts where the first column
    starts a new cell, more than a wrapped line below its last line."""
    table: list[list[list[str]]] = []
    for page in fragments(pdf):
        heads = [next((f for f in page if f.text == h), None) for h in headings]
        if heads[0] is None or None in heads:
            continue
        xs = [h.x for h in heads if h is not None]
        body = sorted((f for f in page if f.y < heads[0].y - 0.5), key=lambda f: (-f.y, f.x))
        last_first: float | None = None
        for f in body:
            if f.x < xs[0] - 0.5:
                break  # below the table
            column = max(i for i, x in enumerate(xs) if f.x >= x - 0.5)
            if column == 0:
                if last_first is None or last_first - f.y > 1.6 * f.size:
                    table.append([[] for _ in xs])
                last_first = f.y
            if table:
                table[-1][column].append(f.text)
    joined = [["".join(cell) for cell in row] for row in table]
    return {row[0]: dict(zip(headings, row, strict=True)) for row in joined}


def test_the_report_prints_every_items_result_and_the_figures_against_their_thresholds() -> None:
    context = assessed_context()
    labelling = context.assessments[0]
    printed = rows(pdf_of("assessment-report", context))
    lines = [line for line in labelling.lines() if not line.item.heading]
    assert len(lines) > 10
    for line in lines:
        assert printed[line.item.id]["结论"].startswith(line.answer.result.zh), line.item.id
    assert printed["explicit.export"]["结论"] == "不符合"
    assert printed["implicit.watermark"]["说明与证据"] == "未采用数字水印。"
    assert compact(printed["explicit.image-size"]["结论"]) == "符合实测5.9%；要求≥5%"
    assert compact(printed["users.unlabelled-logs"]["结论"]) == "符合实测12个月；要求≥6个月"
    assert printed["explicit.wording"]["结论"] == "未评估"
    assert "对话界面截图.png（第1版，SHA-256" in printed["explicit.text"]["说明与证据"]


def test_the_report_states_library_version_counts_and_audit_head_on_every_page() -> None:
    context = assessed_context()
    pdf = pdf_of("assessment-report", context)
    text = compact(all_text(pdf))
    assert "人工智能生成合成内容标识（《标识办法》与GB45438-2025）" in text
    assert "版本v1" in text and "施行日期2025年9月1日" in text
    assert "评估对象示例智能写作生成合成算法（算法）" in text
    progress = context.assessments[0].progress()
    assert f"已评估条目{progress.answered}/{progress.total}" in text
    counts = {r: progress.counts[r] for r in Result}
    assert counts[Result.NOT_CONFORMING] == 1 and counts[Result.NOT_APPLICABLE] == 1
    tally = (
        "".join(r.zh for r in Result)
        + "待复核合计"
        + "".join(str(counts[r]) for r in Result)
        + f"0{progress.total}"
    )
    assert tally in text
    for page in page_texts(pdf):
        assert "审计链/Audithead:#158·3f5a9c01ab12cd34" in compact(page)


def test_regulator_facing_documents_print_no_owner_and_no_triage() -> None:
    algorithm = generation_algorithm(triage_reason="内部判断：可能无需备案")
    base = assessed_context(algorithm=algorithm)
    owned = replace(
        base.assessments[0],
        assessment=base.assessments[0].assessment.with_answer(
            replace(base.assessments[0].assessment.answers["explicit.text"], owner="赵审核")
        ),
    )
    context = replace(base, assessments=(owned, base.assessments[1]))
    for form_id in ("assessment-report", "labelling-materials", "entity-responsibility"):
        text = text_of(form_id, context)
        assert "赵审核" not in text and "内部判断" not in text, form_id


def test_an_answer_changes_the_document_id() -> None:
    context = assessed_context()
    first = context.assessments[0]
    changed = replace(
        first,
        assessment=first.assessment.with_answer(
            replace(first.assessment.answers["explicit.export"], note="已整改")
        ),
    )
    spec = loader.get("labelling-materials")
    again = replace(context, assessments=(changed, context.assessments[1]))
    assert document_id(spec, context) != document_id(spec, again)


def test_without_an_assessment_the_sections_say_so_and_the_form_is_a_draft() -> None:
    context = replace(assessed_context(), assessments=())
    text = text_of("labelling-materials", context)
    assert "尚未开展本表所依据的检查表评估" in text
    assert WATERMARK.replace(" ", "") in text
    assert not printing.is_ready("labelling-materials", context)


def complete_responsibility(context: FormContext) -> FormContext:
    entity = context.entity
    subject = context.assessments[1].subject
    done = sheet("algo-responsibility", subject, entity.id or 1, entity.name,
                 answer_all("algo-responsibility", subject))  # fmt: skip
    return replace(context, assessments=(context.assessments[0], done))


def test_only_a_complete_assessment_prints_without_the_draft_watermark() -> None:
    context = assessed_context(algorithm=None)  # printed for the entity alone
    assert not printing.is_ready("entity-responsibility", context)  # two items not answered
    complete = complete_responsibility(context)
    assert printing.is_ready("entity-responsibility", complete)
    final = compact(all_text(printing.render_form("entity-responsibility", complete)))
    assert WATERMARK.replace(" ", "") not in final
    draft = compact(all_text(printing.render_form("entity-responsibility", context)))
    assert WATERMARK.replace(" ", "") in draft


def test_a_report_of_a_complete_assessment_is_final_even_with_nonconforming_items() -> None:
    algorithm = generation_algorithm()
    subject = Subject.of_algorithm(algorithm)
    given = answer_all("labelling", subject)
    given["explicit.export"] = Given(Result.NOT_CONFORMING, "整改中")
    done = sheet("labelling", subject, 1, algorithm.name, given)
    context = replace(assessed_context(algorithm=algorithm), assessments=(done,))
    assert done.complete
    assert printing.is_ready("assessment-report", context)
    assert not printing.is_ready("assessment-report", replace(context, assessments=()))
