"""Read the CAC list annexes (copies in tests/fixtures/cac-lists/) as rows keyed by header text."""

from __future__ import annotations

from pathlib import Path

import docx

CAC_LISTS_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "cac-lists"

# File name → number of data rows, as the README states.
CAC_LIST_ROWS: dict[str, int] = {
    "algorithm-list-2022-08.docx": 30,
    "algorithm-list-2025-11.docx": 69,
    "deep-synthesis-list-2023-06.docx": 41,
    "deep-synthesis-list-2026-05.docx": 608,
}


def read_cac_list(path: Path | str) -> list[dict[str, str]]:
    """The rows of the annex's first table, as dicts keyed by the header row's cell text."""
    table = docx.Document(str(path)).tables[0]
    rows = [[cell.text.strip() for cell in row.cells] for row in table.rows]
    header, body = rows[0], rows[1:]
    return [dict(zip(header, row, strict=True)) for row in body]
