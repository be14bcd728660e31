"""ReportLab building blocks for the forms: styles, label/value and grid tables, outline blanks,
signature and seal block, and the page furniture (header, footer with page x of y and the
document id, diagonal DRAFT watermark, an internal form's confidentiality marking).

No Qt, no file system. Tables split inside rows (``splitInRow``), so a long field flows onto the
next pages instead of being clipped. ReportLab is imported here; import this module lazily.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from filing_desk.forms.fonts import FONT_NAME

PAGE_SIZE: tuple[float, float] = A4
PAGE_WIDTH, PAGE_HEIGHT = PAGE_SIZE
MARGIN = 18 * mm
TOP_MARGIN = 24 * mm
BOTTOM_MARGIN = 22 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
LABEL_WIDTH = 50 * mm
# A row is split across pages only when at least this much of it fits and this much is left over;
# shorter rows move whole to the next page.
SPLIT_IN_ROW = 48
GRID_LINE = colors.HexColor("#555555")
LABEL_FILL = colors.HexColor("#EEF1F5")
MUTED = colors.HexColor("#666666")
MARKING = colors.HexColor("#B00020")
CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    section: ParagraphStyle
    heading: ParagraphStyle
    item: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    note: ParagraphStyle
    guide: ParagraphStyle  # a note that stays with what follows
    body: ParagraphStyle


def make_styles(font: str) -> Styles:
    def style(name: str, size: float, leading: float, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, **kw)

    return Styles(
        title=style("title", 17, 24, alignment=TA_CENTER, spaceAfter=4 * mm),
        section=style("section", 12, 17, spaceBefore=4 * mm, spaceAfter=2 * mm),
        heading=style("heading", 10.5, 15, spaceBefore=2.5 * mm, spaceAfter=1 * mm, keepWithNext=1),
        item=style("item", 10.5, 15, spaceBefore=2.5 * mm, spaceAfter=1 * mm),
        label=style("label", 9.5, 13),
        value=style("value", 10, 14.5),
        note=style("note", 7, 9.5, textColor=MUTED),
        guide=style("guide", 7, 9.5, textColor=MUTED, spaceAfter=1, keepWithNext=1),
        body=style("body", 10.5, 17, firstLineIndent=0, spaceAfter=1.5 * mm),
    )


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: escaped, line breaks kept, CJK text wrapped per character."""
    markup = escape(text).replace("\n", "<br/>")
    if CJK.search(text):
        style = ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")
    return Paragraph(markup, style)


def label_cell(label: str, cite: str, styles: Styles) -> list[Flowable]:
    cell: list[Flowable] = [para(label, styles.label)]
    if cite:
        cell.append(para(cite, styles.note))
    return cell


def _table_style(extra: list[tuple[Any, ...]]) -> TableStyle:
    return TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), FONT_NAME),  # tables set a cell font even for flowables
            ("GRID", (0, 0), (-1, -1), 0.6, GRID_LINE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            *extra,
        ]
    )


def label_value_table(rows: list[tuple[list[Flowable], Flowable]]) -> Table:
    """A bordered two-column table: label (with its citation) on the left, value on the right."""
    data = [[label, value] for label, value in rows]
    table = Table(
        data,
        colWidths=[LABEL_WIDTH, FRAME_WIDTH - LABEL_WIDTH],
        splitInRow=SPLIT_IN_ROW,
        minRowHeights=[19] * len(data),
    )
    table.setStyle(_table_style([("BACKGROUND", (0, 0), (0, -1), LABEL_FILL)]))
    return table


def grid_table(headers: list[Flowable], rows: list[list[Flowable]], weights: list[float]) -> Table:
    """A bordered table with a header row (repeated on each page) and one row per item.

    Column widths follow ``weights`` (e.g. the longest text of each column).
    """
    total = sum(weights) or 1.0
    table = Table(
        [headers, *rows],
        colWidths=[FRAME_WIDTH * w / total for w in weights],
        repeatRows=1,
        splitInRow=SPLIT_IN_ROW,
        minRowHeights=[18] + [22] * len(rows),
    )
    table.setStyle(_table_style([("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL)]))
    return table


def box(content: list[Flowable], blank_lines: int = 0) -> Table:
    """A bordered full-width box: the content, or ``blank_lines`` of writing space."""
    height = [max(blank_lines, 2) * 16] if not content else None
    table = Table([[content]], colWidths=[FRAME_WIDTH], rowHeights=height, splitInRow=SPLIT_IN_ROW)
    table.setStyle(_table_style([]))
    return table


def signature_block(lines: list[str], seal_label: str | None, styles: Styles) -> Table:
    """Signature lines on the left and, where a seal is needed, a seal box on the right."""
    line_style = ParagraphStyle("signature", parent=styles.value, spaceAfter=6 * mm)
    left = [para(line, line_style) for line in lines]
    seal_width = 42 * mm if seal_label else 0
    data = [[left, [para(seal_label, styles.note)] if seal_label else []]]
    table = Table(
        data, colWidths=[FRAME_WIDTH - seal_width, seal_width or None], rowHeights=[28 * mm]
    )
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT_NAME),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if seal_label:
        commands += [
            ("BOX", (1, 0), (1, 0), 0.6, GRID_LINE),
            ("VALIGN", (1, 0), (1, 0), "BOTTOM"),
            ("ALIGN", (1, 0), (1, 0), "CENTER"),
        ]
    table.setStyle(TableStyle(commands))
    return table


def spacer(height_mm: float) -> Spacer:
    return Spacer(1, height_mm * mm)


def needs_room(height_mm: float) -> CondPageBreak:
    """Start a new page unless this much room is left (keeps headings off the page bottom)."""
    return CondPageBreak(height_mm * mm)


@dataclass(frozen=True)
class PageFurniture:
    """What every page carries besides the content."""

    font: str
    header_left: str
    header_right: str
    footer_left: str
    page_label: str  # with {page} and {total}
    watermark: str | None
    marking: str | None = None  # e.g. an internal form's confidentiality line, on every page
    created: datetime | None = None  # the PDF's creation date; None: the time it is printed


def canvas_class(furniture: PageFurniture) -> type[Canvas]:
    """A canvas that holds pages back until the end, to print "page x of y" on each."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab ships no type stubs
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Every page starts in our font, so no unembedded Helvetica is ever referenced.
            kwargs["initialFontName"] = furniture.font
            super().__init__(*args, **kwargs)
            # The document is built in invariant mode (same input, same bytes) except for its
            # creation date, which is the real one: a counsel sees when it was printed.
            self.setDateFormatter(pdf_date(furniture.created or datetime.now().astimezone()))
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                draw_furniture(self, furniture, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def pdf_date(when: datetime) -> Callable[..., str]:
    """A ReportLab date formatter printing ``when`` (naive: local time) as a PDF date,
    ``D:20261206230500+08'00'``, whatever time stamp ReportLab hands it."""
    when = when.astimezone() if when.tzinfo is None else when
    offset = int((when.utcoffset() or timedelta()).total_seconds()) // 60
    sign, offset = ("-" if offset < 0 else "+"), abs(offset)
    text = f"D:{when:%Y%m%d%H%M%S}{sign}{offset // 60:02d}'{offset % 60:02d}'"
    return lambda *_stamp: text


def draw_furniture(canvas: Canvas, f: PageFurniture, number: int, total: int) -> None:
    canvas.saveState()
    canvas.setFont(f.font, 8.5)
    canvas.setFillColor(MUTED)
    canvas.setStrokeColor(colors.HexColor("#999999"))
    canvas.setLineWidth(0.5)
    top = PAGE_HEIGHT - 14 * mm
    canvas.drawString(MARGIN, top, f.header_left)
    canvas.drawRightString(PAGE_WIDTH - MARGIN, top, f.header_right)
    canvas.line(MARGIN, top - 2.5 * mm, PAGE_WIDTH - MARGIN, top - 2.5 * mm)
    bottom = 12 * mm
    canvas.line(MARGIN, bottom + 4 * mm, PAGE_WIDTH - MARGIN, bottom + 4 * mm)
    canvas.drawString(MARGIN, bottom, f.footer_left)
    canvas.drawRightString(
        PAGE_WIDTH - MARGIN, bottom, f.page_label.format(page=number, total=total)
    )
    if f.watermark:
        _watermark(canvas, f)
    if f.marking:
        canvas.setFillColor(MARKING)
        canvas.setFont(f.font, 10)
        canvas.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - 8.5 * mm, f.marking)
    canvas.restoreState()


def _watermark(canvas: Canvas, f: PageFurniture) -> None:
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.8, 0.1, 0.1, alpha=0.13))
    canvas.setFont(f.font, 72)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(45)
    canvas.drawCentredString(0, -24, f.watermark or "")
    canvas.restoreState()
