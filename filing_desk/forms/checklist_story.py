"""The flowables of the checklist sections: the assessment's cover table, the item table (clause
or number, requirement with its basis, result with the figure against the threshold, note and
evidence), the counts per result and the list of evidence files.

No Qt. ``forms.story`` hands a section of a checklist kind here; the texts come from
``forms.checklist_content``; the look (fonts, lines, fills) follows ``forms.layout``.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from filing_desk.domain.assessment_sheet import AssessmentSheet, EvidenceFile, Line
from filing_desk.domain.assessments import Result
from filing_desk.domain.records import FormContext
from filing_desk.forms import checklist_content as content
from filing_desk.forms import layout
from filing_desk.forms.fonts import FONT_NAME
from filing_desk.forms.layout import Styles, para
from filing_desk.forms.spec import FormSpec, Section

COLUMNS = (20 * mm, 68 * mm, 26 * mm, layout.FRAME_WIDTH - 114 * mm)
ID_COLUMNS = (32 * mm, 60 * mm, 24 * mm, layout.FRAME_WIDTH - 116 * mm)  # clause or item id
NOT_CONFORMING = layout.MARKING


def section_flow(
    spec: FormSpec, section: Section, context: FormContext, lang: str, styles: Styles
) -> list[Flowable]:
    """The body of one checklist section (its title is printed by the caller)."""
    sheet = content.sheet_for(spec, context)
    if sheet is None:
        return [layout.box([para(_none(lang), styles.value)])]
    if section.kind == "assessment":
        rows = [
            (layout.label_cell(k, "", styles), para(v, styles.value))
            for k, v in content.cover_rows(sheet, lang)
        ]
        return [layout.label_value_table(rows)]
    if section.kind == "tally":
        return [_tally(sheet, section.items, lang, styles)]
    if section.kind == "evidence":
        return [_files(sheet, section.items, lang, styles)]
    # the report (no ``checklist``: any library) numbers rows by clause or item id
    return [_items(sheet, section.items, spec.checklist is None, lang, styles)]


def _none(lang: str) -> str:
    if content.zh(lang):
        return "尚未开展本表所依据的检查表评估，本节无内容。请先在检查表视图中完成评估。"
    return "No assessment behind this document yet: complete it in the checklist view first."


def _cjk(style: ParagraphStyle, text: str, anywhere: bool = False, **overrides: Any) -> Paragraph:
    """A paragraph of plain text; Chinese text (or, with ``anywhere``, any text: item ids, file
    names, hashes) may break between any two characters."""
    if anywhere or layout.CJK.search(text):
        overrides["wordWrap"] = "CJK"
    return Paragraph(
        escape(text).replace("\n", "<br/>"),
        ParagraphStyle(f"{style.name}+", parent=style, **overrides),
    )


def _headers(lang: str, show_ids: bool, styles: Styles) -> list[Flowable]:
    zh = content.zh(lang)
    names = (
        ("条款" if show_ids else "序号") if zh else ("Clause" if show_ids else "No."),
        "要求" if zh else "Requirement",
        "结论" if zh else "Result",
        "说明与证据" if zh else "Note and evidence",
    )
    return [para(n, styles.label) for n in names]


def _items(
    sheet: AssessmentSheet, root: str | None, show_ids: bool, lang: str, styles: Styles
) -> Flowable:
    data: list[list[Any]] = [_headers(lang, show_ids, styles)]
    commands: list[tuple[Any, ...]] = []
    number = 0
    for line in sheet.lines(root):
        if line.item.heading:
            row = len(data)
            commands += [
                ("SPAN", (0, row), (-1, row)),
                ("BACKGROUND", (0, row), (-1, row), layout.LABEL_FILL),
                ("NOSPLIT", (0, row), (-1, row + 1)),  # a heading stays with its first item
            ]
            data.append(
                [
                    _cjk(styles.label, line.item.text.get(lang), leftIndent=line.depth * 3 * mm),
                    "",
                    "",
                    "",
                ]
            )
            continue
        number += 1
        data.append(_row(line, number, show_ids, lang, styles))
    if len(data) == 1:
        empty = "（无适用条目）" if content.zh(lang) else "(No item applies.)"
        commands.append(("SPAN", (0, 1), (-1, 1)))
        data.append([para(empty, styles.value), "", "", ""])
    return _table(data, commands, ID_COLUMNS if show_ids else COLUMNS)


def _row(line: Line, number: int, show_ids: bool, lang: str, styles: Styles) -> list[Any]:
    indent = line.depth * 3 * mm
    requirement: list[Flowable] = [_cjk(styles.value, line.item.text.get(lang), leftIndent=indent)]
    basis = content.basis_text(line, lang)
    if basis:
        requirement.append(_cjk(styles.note, basis, leftIndent=indent))
    colour = NOT_CONFORMING if line.answer.result is Result.NOT_CONFORMING else None
    result: list[Flowable] = [
        _cjk(
            styles.value,
            content.result_text(line, lang),
            **({"textColor": colour} if colour else {}),
        )
    ]
    measured = content.figure_text(line, lang)
    if measured:
        result.append(_cjk(styles.note, measured))
    notes: list[Flowable] = []
    if line.answer.note:
        notes.append(_cjk(styles.value, line.answer.note))
    label = "证据：" if content.zh(lang) else "Evidence: "
    notes += [
        _cjk(styles.note, label + content.file_text(f, lang), anywhere=True) for f in line.evidence
    ]
    return [
        _cjk(styles.label, content.reference(line, number, show_ids), anywhere=True),
        requirement,
        result,
        notes,
    ]


def _table(
    data: list[list[Any]], commands: list[tuple[Any, ...]], widths: tuple[float, ...] = COLUMNS
) -> Table:
    table = Table(data, colWidths=list(widths), repeatRows=1, splitInRow=layout.SPLIT_IN_ROW)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT_NAME),  # tables set a cell font too
                ("GRID", (0, 0), (-1, -1), 0.6, layout.GRID_LINE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("BACKGROUND", (0, 0), (-1, 0), layout.LABEL_FILL),
                *commands,
            ]
        )
    )
    return table


def _tally(sheet: AssessmentSheet, root: str | None, lang: str, styles: Styles) -> Flowable:
    counts = content.tally(sheet, root, lang)
    headers = [para(name, styles.label) for name, _ in counts]
    values = [para(str(n), styles.value) for _, n in counts]
    return layout.grid_table(headers, [values], [1.0] * len(counts))


def _files(sheet: AssessmentSheet, root: str | None, lang: str, styles: Styles) -> Flowable:
    files = sheet.files(root)
    zh = content.zh(lang)
    headers = ["序号", "证据文件", "对应要求"] if zh else ["No.", "Evidence file", "For"]
    rows = [
        [
            para(str(n), styles.value),
            _cjk(styles.value, content.file_text(f, lang), anywhere=True),
            _cjk(styles.note, _for(sheet, f, lang)),
        ]
        for n, f in enumerate(files, start=1)
    ]
    data: list[list[Any]] = [[para(h, styles.label) for h in headers], *rows]
    commands: list[tuple[Any, ...]] = []
    if not rows:
        commands.append(("SPAN", (0, 1), (-1, 1)))
        data.append(
            [para("（未附证据文件）" if zh else "(No evidence files.)", styles.value), "", ""]
        )
    return _table(data, commands, (14 * mm, 100 * mm, layout.FRAME_WIDTH - 114 * mm))


def _for(sheet: AssessmentSheet, f: EvidenceFile, lang: str) -> str:
    """Every item the file is evidence for: its clause, else its requirement's opening words."""
    names = []
    for line in sheet.lines():
        if any(e.attachment_id == f.attachment_id for e in line.evidence):
            text = line.item.text.get(lang)
            names.append(line.item.clause or (text if len(text) <= 28 else text[:27] + "…"))
    return "\n".join(names)
