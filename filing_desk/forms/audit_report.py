"""The audit report as a CAC-style PDF: ``forms/audit-report.toml`` gives the title, the scope
table's labels and the events section's heading; this module prints one row per event (time,
user, what happened, record) in the embedded Chinese font, and the chain's verification result
and head in every page's footer. The whole-register report carries the spec's marking (内部).

No Qt, no file system, no register: bytes out of an ``AuditReport`` that
``workflows.audit_report`` reads. The sentences come from ``domain.audit_text``.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date

from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from filing_desk.domain.audit import ChainCheck
from filing_desk.domain.fields.values import show_date
from filing_desk.forms import layout
from filing_desk.forms.fonts import register_font
from filing_desk.forms.layout import PageFurniture, Styles, para
from filing_desk.forms.spec import FormSpec

Row = tuple[str, str, str, str]  # time, user, what happened, record
_HEADERS = (("时间", "Time"), ("操作人", "User"), ("事件", "What happened"), ("记录", "Record"))
_WEIGHTS = [2.3, 1.3, 7.0, 3.0]


@dataclass(frozen=True)
class AuditReport:
    """What one audit report prints."""

    scope: str  # 台账全部记录 / 算法「…」
    owner: str  # the entity, when the register holds one (page header)
    rows: list[Row] = field(default_factory=list)
    omitted: int = 0  # events left out as privileged analysis (one-algorithm reports)
    internal: bool = True
    chain: str = ""  # the verification result in words
    head: str = ""  # "#158 · 3f5a2b1c9d0e7f64"
    total: int = 0  # events in the whole log
    generated: date | None = None


def chain_words(check: ChainCheck, lang: str) -> str:
    """The chain check in a few words of ``lang``."""
    zh = lang.startswith("zh")
    if check.ok:
        return f"完整（已校验 {check.checked} 条）" if zh else f"intact ({check.checked} checked)"
    where = check.first_bad_id
    return f"已损坏（第 {where} 条事件）" if zh else f"BROKEN at event #{where}: {check.reason}"


def render_audit_report(spec: FormSpec, data: AuditReport, lang: str = "zh") -> bytes:
    """The PDF of ``data``."""
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
        author=data.owner,
        creator="Filing Desk",
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(
        _story(spec, data, lang, styles),
        canvasmaker=layout.canvas_class(_furniture(spec, data, lang, font)),
    )
    return buffer.getvalue()


def _furniture(spec: FormSpec, data: AuditReport, lang: str, font: str) -> PageFurniture:
    zh = lang.startswith("zh")
    when = show_date(data.generated, lang) if data.generated else ""
    marking = spec.marking if data.internal else None
    return PageFurniture(
        font=font,
        header_left=data.owner or spec.title.get(lang),
        header_right=f"生成日期：{when}" if zh else f"Generated {when}",
        footer_left=(
            f"审计链校验：{data.chain} · 链头 {data.head}"
            if zh
            else f"Audit chain: {data.chain} · head {data.head}"
        ),
        page_label="第 {page} 页 共 {total} 页" if zh else "Page {page} of {total}",
        watermark=None,
        marking=f"{marking.zh} / {marking.en}" if marking else None,
    )


def _story(spec: FormSpec, data: AuditReport, lang: str, styles: Styles) -> list[Flowable]:
    zh = lang.startswith("zh")
    scope_section, events_section = spec.sections[0], spec.sections[1]
    values = {
        "generated": show_date(data.generated, lang) if data.generated else "",
        "audit_events": str(data.total),
        "audit_head": data.head,
    }
    rows = [((("报告范围", "Scope")[0 if zh else 1]), data.scope)]
    rows += [(f.label.get(lang), values.get(f.key, "")) for f in scope_section.fields]
    rows.append((("审计链校验" if zh else "Chain verification"), data.chain))
    rows.append((("本报告事件数" if zh else "Events in this report"), str(len(data.rows))))
    if data.omitted:
        rows.append(
            (
                "未列入" if zh else "Left out",
                f"{data.omitted} 条内部法律判断记录（备案判断及理由、舆论属性判断、缺项确认理由）"
                if zh
                else f"{data.omitted} event(s) of internal legal analysis (triage, public-opinion "
                "findings, override reasons)",
            )
        )
    story: list[Flowable] = [
        para(spec.title.get(lang), styles.title),
        para(scope_section.title.get(lang), styles.section),
        layout.label_value_table(
            [
                (layout.label_cell(label, "", styles), para(value, styles.value))
                for label, value in rows
            ]
        ),
        layout.needs_room(35),
        para(events_section.title.get(lang), styles.section),
    ]
    if not data.rows:
        story.append(para("（无事件）" if zh else "(no events)", styles.body))
        return story
    headers = [para(h[0] if zh else h[1], styles.label) for h in _HEADERS]
    cells = [[para(text, styles.label) for text in row] for row in data.rows]
    story.append(layout.grid_table(headers, cells, _WEIGHTS))
    return story
