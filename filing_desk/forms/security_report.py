"""The security assessment report (2018 rules art. 6) as a CAC-style PDF: the spec
``forms/security-assessment-report.toml`` places the parts, ``forms.security_content`` gives
each headed blank its text, and the page looks like every other form (``forms.layout``): title
and basis, label/value tables, headings with boxes (a headed blank left empty keeps its help and
writing space for counsel), the art. 5 focus areas from the linked checklist assessment
(``forms.checklist_story``), the seal box, page furniture with the document id and a
``草稿 DRAFT`` watermark until the report is final.

No Qt, no file-system decisions: bytes out. ``workflows.security_printing`` builds the inputs.
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import datetime

from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from filing_desk.domain.records import FormContext
from filing_desk.forms import checklist_story, layout
from filing_desk.forms.content import Entry, SectionView, fill, views
from filing_desk.forms.fieldtypes import TYPES
from filing_desk.forms.fonts import register_font
from filing_desk.forms.layout import PageFurniture, Styles, para
from filing_desk.forms.render import WATERMARK
from filing_desk.forms.security_content import ReportData, is_ready, report_id, slot_text
from filing_desk.forms.spec import CHECKLIST_KINDS, FormSpec


def render_report(
    spec: FormSpec,
    context: FormContext,
    data: ReportData,
    lang: str = "zh",
    created: datetime | None = None,
) -> bytes:
    """The PDF of one security assessment's report; ``created``: its creation date (now)."""
    font = register_font()
    styles = layout.make_styles(font)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=layout.PAGE_SIZE,
        leftMargin=layout.MARGIN,
        rightMargin=layout.MARGIN,
        topMargin=layout.TOP_MARGIN,
        bottomMargin=layout.BOTTOM_MARGIN,
        title=spec.title.get(lang),
        author=context.entity.name,
        creator="Filing Desk",
        invariant=1,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    furniture = replace(_furniture(spec, context, data, lang, font), created=created)
    doc.build(_story(spec, context, data, lang, styles), canvasmaker=layout.canvas_class(furniture))
    return buffer.getvalue()


def _furniture(
    spec: FormSpec, context: FormContext, data: ReportData, lang: str, font: str
) -> PageFurniture:
    generated = context.generated or datetime.now().astimezone().date()
    when = TYPES["date"].format(generated, lang)
    zh = lang.startswith("zh")
    return PageFurniture(
        font=font,
        header_left=context.entity.name,
        header_right=f"生成日期：{when}" if zh else f"Generated {when}",
        footer_left=f"文档标识 / Document ID: {report_id(spec, context, data)}",
        page_label="第 {page} 页 共 {total} 页" if zh else "Page {page} of {total}",
        watermark=None if is_ready(data, context, spec) else WATERMARK,
    )


def _story(
    spec: FormSpec, context: FormContext, data: ReportData, lang: str, styles: Styles
) -> list[Flowable]:
    story: list[Flowable] = [para(spec.title.get(lang), styles.title)]
    if spec.cite:
        story.append(para(_basis(spec.cite.get(lang, versions=True), lang), styles.note))
    for view in views(spec, context):
        story.extend(_section(spec, view, context, data, lang, styles))
    story.append(layout.spacer(3))
    seal = "单位盖章" if lang.startswith("zh") else "Company seal"
    story.append(
        layout.signature_block(["（盖章）" if lang.startswith("zh") else "(Seal)"], seal, styles)
    )
    return story


def _section(
    spec: FormSpec,
    view: SectionView,
    context: FormContext,
    data: ReportData,
    lang: str,
    styles: Styles,
) -> list[Flowable]:
    section = view.section
    flow: list[Flowable] = [layout.needs_room(35), para(section.title.get(lang), styles.section)]
    if section.text is not None:
        flow.append(para(fill(section.text.get(lang), context, lang), styles.body))
    if section.cite:
        flow.append(para(_basis(section.cite.get(lang, versions=True), lang), styles.note))
    if section.kind in CHECKLIST_KINDS:
        return flow + checklist_story.section_flow(spec, section, context, lang, styles)
    entries = view.items[0] if view.items else ()
    if section.kind == "outline" and any(e.field.type == "longtext" for e in entries):
        for entry in entries:
            flow.extend(_headed(entry, data, lang, styles))
        return flow
    rows = [
        (
            layout.label_cell(e.field.label.get(lang), e.field.cite.get(lang), styles),
            para(_text(e, data, lang), styles.value),
        )
        for e in entries
    ]
    return [*flow, layout.label_value_table(rows)] if rows else flow


def _text(entry: Entry, data: ReportData, lang: str) -> str:
    if not entry.field.key:
        return slot_text(entry.field.label.en, data, lang)
    return TYPES[entry.field.type].format(entry.value, lang)


def _headed(entry: Entry, data: ReportData, lang: str, styles: Styles) -> list[Flowable]:
    """A heading and its box: the text, or the help and writing space when there is none."""
    spec_field = entry.field
    heading: list[Flowable] = [para(spec_field.label.get(lang), styles.heading)]
    text = _text(entry, data, lang)
    if not text:
        heading.append(para(spec_field.help.get(lang), styles.guide))
        return [*heading, layout.box([], spec_field.lines)]
    return [*heading, layout.box([para(text, styles.value)])]


def _basis(cited: str, lang: str) -> str:
    return f"依据：{cited}" if lang.startswith("zh") else f"Basis: {cited}"
