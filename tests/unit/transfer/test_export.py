"""Exports: formula injection neutralised, every column written, sheets re-import as they are."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from filing_desk.domain.enums import ProductForm, Role
from filing_desk.domain.records import Algorithm, Entity, Product, ProductLink
from filing_desk.transfer.batch import RegisterSnapshot
from filing_desk.transfer.columns import COLUMNS
from filing_desk.transfer.errors import UnsupportedFormat
from filing_desk.transfer.export import escape_cell, export, export_csv, export_xlsx
from filing_desk.transfer.json_io import load
from filing_desk.transfer.tabular import import_table
from tests.helpers.snapshots import big_snapshot

HOSTILE = ['=HYPERLINK("http://evil","x")', "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"]


def hostile_snapshot() -> RegisterSnapshot:
    entity = Entity(id=1, name=HOSTILE[0], uscc="91110000600037341L", notes="\x07bell")
    algos = tuple(
        Algorithm(id=i + 1, entity_id=1, name=text, main_use=text) for i, text in enumerate(HOSTILE)
    )
    products = (Product(id=1, entity_id=1, name="=cmd|' /C calc'!A0", form=ProductForm.APP),)
    links = (ProductLink(id=1, product_id=1, algorithm_id=1),)
    return RegisterSnapshot(entities=(entity,), algorithms=algos, products=products, links=links)


def test_escape_cell() -> None:
    assert [escape_cell(t) for t in HOSTILE] == ["'" + t for t in HOSTILE]
    assert escape_cell("网易新闻") == "网易新闻"
    assert escape_cell("a=b") == "a=b"


def test_formula_injection_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "register.xlsx"
    export_xlsx(hostile_snapshot(), path)
    wb = openpyxl.load_workbook(path)  # not read-only: data types are visible
    ws = wb["算法"]
    headers = [c.value for c in ws[1]]
    name_col = headers.index("算法名称")
    cells = [row[name_col] for row in ws.iter_rows(min_row=2)]
    assert [c.value for c in cells] == ["'" + t for t in HOSTILE]
    assert all(c.data_type == "s" for c in cells)  # text, never a formula
    entity_cells = [c for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert entity_cells == []
    products = wb["产品"]
    assert products.cell(2, 2).value == "'=cmd|' /C calc'!A0"  # after its entity's name
    assert wb["关联产品"].cell(2, 4).value == "'=cmd|' /C calc'!A0"
    entities = wb["主体"]
    entity_headers = [c.value for c in entities[1]]
    assert entities.cell(2, entity_headers.index("主体名称") + 1).value == "'" + HOSTILE[0]
    assert (
        entities.cell(2, entity_headers.index("主体备注") + 1).value == "bell"
    )  # XML-illegal gone


def test_formula_injection_csv(tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    export_csv(hostile_snapshot(), path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM, so Excel reads UTF-8
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    col = rows[0].index("算法名称")
    assert [r[col] for r in rows[1:]] == ["'" + t for t in HOSTILE]
    assert rows[1][rows[0].index("主体名称")] == "'" + HOSTILE[0]


def test_csv_and_xlsx_reimport_to_the_same_rows(tmp_path: Path) -> None:
    snapshot = big_snapshot(30)
    batches = []
    for suffix in (".xlsx", ".csv"):
        path = export(snapshot, tmp_path / f"register{suffix}")
        batches.append(import_table(path))
    for batch in batches:
        assert len(batch.rows) == 30 and all(r.ok for r in batch.rows), batch.report_lines()
        for row, algo in zip(batch.rows, snapshot.algorithms, strict=True):
            assert row.algorithm == replace(algo, id=None, entity_id=None, model_ids=())
            entity = snapshot.entities[algo.entity_id - 1]
            assert row.entity == replace(entity, id=None, state=row.entity.state)
            expected = [(p.name, p.form) for p in snapshot.linked(algo.id, live=True)]
            assert [(p.name, p.form) for p in row.products] == expected
            assert [m.name for m in row.models] == [f"模型{algo.entity_id - 1}"]


def test_xlsx_has_every_column_and_all_sheets(tmp_path: Path) -> None:
    path = tmp_path / "register.xlsx"
    export_xlsx(big_snapshot(20), path, lang="en")
    wb = openpyxl.load_workbook(path, read_only=True)
    sheets = ["Algorithms", "Entities", "Products", "Product links", "Models", "Procedures"]
    sheets += ["GenAI services", "Service models"]  # issue 17: always there, to fill in
    assert wb.sheetnames == sheets
    header = next(wb["Algorithms"].iter_rows(values_only=True))
    assert list(header) == [c.en for c in COLUMNS]
    assert sum(1 for _ in wb["Products"].iter_rows()) == 5  # two per entity, each typed once
    assert sum(1 for _ in wb["Product links"].iter_rows()) == 41
    assert sum(1 for _ in wb["Procedures"].iter_rows()) == 8
    wb.close()


def test_supporter_without_products_exports_dashes(tmp_path: Path) -> None:
    snapshot = RegisterSnapshot(
        entities=(Entity(id=1, name="甲"),),
        algorithms=(Algorithm(id=1, entity_id=1, name="乙", role=Role.SUPPORTER),),
    )
    path = export(snapshot, tmp_path / "s.csv")
    (row,) = import_table(path).rows
    assert row.products == () and row.algorithm.role is Role.SUPPORTER


def test_json_export_is_the_json_document(tmp_path: Path) -> None:
    snapshot = big_snapshot(5)
    path = export(snapshot, tmp_path / "register.json")
    assert load(path.read_text(encoding="utf-8")) == snapshot


def test_unsupported_export(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormat):
        export(RegisterSnapshot(), tmp_path / "register.pdf")


def test_one_entity_part(tmp_path: Path) -> None:
    part = big_snapshot(50).for_entity(2)
    assert {a.entity_id for a in part.algorithms} == {2} and len(part.algorithms) == 10
    assert {k.algorithm_id for k in part.links} == {a.id for a in part.algorithms}
    assert {p.entity_id for p in part.products} == {2}
    assert [e.id for e in part.entities] == [2] and [m.entity_id for m in part.models] == [2]


@pytest.mark.slow
def test_xlsx_with_all_columns_at_2000_algorithms(tmp_path: Path) -> None:
    """Every column of 2,000 algorithms goes out and comes back as valid rows. (How long this
    takes is measured where timings belong, in ``bench/``; a timed assert here only flakes.)"""
    snapshot = big_snapshot(2_000)
    path = tmp_path / "big.xlsx"
    export_xlsx(snapshot, path)
    batch = import_table(path)
    assert len(batch.rows) == 2_000 and all(r.ok for r in batch.rows)
