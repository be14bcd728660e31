"""Reading a table of a rendered PDF back by its cells, for values a narrow column wraps
("2026年3月" / "12日"): pypdf's plain text interleaves the lines of neighbouring cells, so each
text fragment is placed by its position instead.

A column is the x at which its heading starts; a row starts where the first column starts a new
cell: more than one wrapped line (1.6 × the font size) below its last line. Only the first table
with that first heading on each page is read.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.helpers.pdfcheck import reader

TOLERANCE = 0.5  # points: fragments of one column start at the same x (a title 1 pt off is not)


@dataclass(frozen=True)
class Fragment:
    x: float
    y: float
    size: float
    text: str


def fragments(pdf: bytes) -> list[list[Fragment]]:
    """Every non-blank text fragment of each page, where its baseline starts, in stream order."""
    pages: list[list[Fragment]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            pages[-1].append(Fragment(x, y, size, text.strip()))

    for page in reader(pdf).pages:
        pages.append([])
        page.extract_text(visitor_text=visit)
    return pages


def _column(x: float, columns: list[float]) -> int | None:
    return next((i for i, cx in enumerate(columns) if abs(x - cx) <= TOLERANCE), None)


def table_rows(pdf: bytes, first_heading: str) -> list[dict[str, str]]:
    """The rows of the table whose first heading is ``first_heading``, as heading → cell text
    (a wrapped cell's lines joined without a space), over every page."""
    rows: list[dict[str, str]] = []
    for page in fragments(pdf):
        head = next((f for f in page if f.text == first_heading), None)
        if head is None:
            continue
        headings = sorted((f for f in page if abs(f.y - head.y) <= TOLERANCE), key=lambda f: f.x)
        columns = [f.x for f in headings]
        body = [f for f in page if f.y < head.y - TOLERANCE]
        body.sort(key=lambda f: (-f.y, f.x))
        cells: list[list[list[str]]] = []
        last_first_y: float | None = None
        for f in body:
            index = _column(f.x, columns)
            if index is None:
                break  # the table ended: a heading or text outside its columns
            if index == 0 and (last_first_y is None or last_first_y - f.y > 1.6 * f.size):
                cells.append([[] for _ in columns])
            if index == 0:
                last_first_y = f.y
            if cells:
                cells[-1][index].append(f.text)
        for row in cells:
            rows.append({h.text: "".join(parts) for h, parts in zip(headings, row, strict=True)})
    return rows
