"""Spreadsheets for import tests, written with openpyxl as Excel would save them."""

from __future__ import annotations

from pathlib import Path

import openpyxl


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    """One sheet holding ``rows`` (the first is usually the header row)."""
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path
