"""FormSpec + FormContext (+ language) → PDF bytes, laid out with ReportLab.

No Qt, no file-system decisions (packet.py writes files). Chinese labels by default, English with
``lang="en"``; values are printed as entered. A ``草稿 DRAFT`` watermark unless ``ready=True``
(the caller decides from readiness and the procedure state). The footer carries a short SHA-256
of the form id and the field values, so two printouts can be matched to the same content (a form
printed from an assessment adds the audit chain's head there, and its answers to the hash). An
internal form's ``marking`` (the triage memo's 内部 · 法律意见 · 保密) is printed, in both
languages, at the top of every page.
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from filing_desk.domain.records import FormContext
from filing_desk.forms import checklist_content
from filing_desk.forms.content import document_id
from filing_desk.forms.fieldtypes import TYPES
from filing_desk.forms.fonts import register_font
from filing_desk.forms.spec import FormSpec

if TYPE_CHECKING:
    from filing_desk.forms.layout import PageFurniture

WATERMARK = "草稿 DRAFT"


def render(
    spec: FormSpec,
    context: FormContext,
    lang: str = "zh",
    ready: bool = False,
    created: datetime | None = None,
) -> bytes:
    """The PDF of one form for one context; ``created`` is its creation date (default: now)."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    from filing_desk.forms import layout
    from filing_desk.forms.story import build_story

    font = register_font()
    styles = layout.make_styles(font)
    furniture = replace(_furniture(spec, context, lang, ready, font), created=created)
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
    frame = Frame(
        doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", showBoundary=0
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(build_story(spec, context, lang, styles), canvasmaker=layout.canvas_class(furniture))
    return buffer.getvalue()


def _furniture(
    spec: FormSpec, context: FormContext, lang: str, ready: bool, font: str
) -> PageFurniture:
    from filing_desk.forms.layout import PageFurniture

    generated = context.generated or datetime.now().astimezone().date()
    zh = lang.startswith("zh")
    when = TYPES["date"].format(generated, lang)
    footer = f"文档标识 / Document ID: {document_id(spec, context)}"
    if context.audit_head and checklist_content.prints_checklist(spec):
        footer += f"  ·  审计链 / Audit head: {context.audit_head}"  # the register as assessed
    return PageFurniture(
        font=font,
        header_left=context.entity.name,
        header_right=f"生成日期：{when}" if zh else f"Generated {when}",
        footer_left=footer,
        page_label="第 {page} 页 共 {total} 页" if zh else "Page {page} of {total}",
        watermark=None if ready or not spec.draft_watermark else WATERMARK,
        marking=f"{spec.marking.zh} / {spec.marking.en}" if spec.marking else None,
    )
