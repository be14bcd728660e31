"""Spreadsheets and CSV in: encodings, header mapping, typed cells, row/column-naming issues."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from filing_desk.domain.enums import (
    AlgorithmState,
    AlgorithmType,
    EntityState,
    Modality,
    ProductForm,
    Role,
    Severity,
    Triage,
)
from filing_desk.transfer.cells import parse_date, parse_enum
from filing_desk.transfer.columns import auto_map, missing_required, normalise_header
from filing_desk.transfer.errors import MalformedFile, UnsupportedFormat
from filing_desk.transfer.tabular import import_table, parse_rows, preview, read_table

HEADERS = ["序号", "主体名称", "统一社会信用代码", "算法名称", "算法类别", "应用产品", "备案编号",
           "上线时间", "状态", "备注"]  # fmt: skip
ROW_1 = ["1", "北京网易传媒有限公司", "", "网易传媒信息推送算法", "个性化推送类",
         "网易新闻（APP）", "网信算备110101135224302220011号",
         "2022-03-02", "已备案", "注意"]  # fmt: skip
ROW_2 = ["2", "北京三快科技有限公司", "", "美团配送调度决策算法", "调度决策类",
         "美团（APP、小程序）", "", "2026年3月2日", "", ""]  # fmt: skip


def write_csv(path: Path, rows: list[list[str]], encoding: str) -> Path:
    text = "\r\n".join(",".join(r) for r in rows) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gb18030", "gbk"])
def test_csv_encodings_with_chinese_headers(tmp_path: Path, encoding: str) -> None:
    path = write_csv(tmp_path / "register.csv", [HEADERS, ROW_1, ROW_2], encoding)
    table = read_table(path)
    assert table.headers == tuple(HEADERS)
    assert table.lines == (2, 3)
    batch = import_table(path)
    first, second = batch.rows
    assert first.entity.name == "北京网易传媒有限公司"
    assert first.algorithm.filing_number == "110101135224302220011"
    assert first.algorithm.algo_type is AlgorithmType.PUSH
    assert first.algorithm.launch_date == date(2022, 3, 2)
    assert first.algorithm.state is AlgorithmState.FILED
    assert first.remark == "注意"
    assert [(p.name, p.form) for p in first.products] == [("网易新闻", ProductForm.APP)]
    assert second.algorithm.launch_date == date(2026, 3, 2)
    assert second.algorithm.state is AlgorithmState.DRAFT  # no number, no status
    assert [p.form for p in second.products] == [ProductForm.APP, ProductForm.MINI_PROGRAM]
    assert batch.report_lines()[-1] == "rows: 2  ok: 2  warnings: 0  errors: 0"


def test_csv_bad_date_in_row_3_names_row_and_column(tmp_path: Path) -> None:
    bad = [*ROW_2[:7], "2026-13-45", *ROW_2[8:]]
    path = write_csv(tmp_path / "register.csv", [HEADERS, ROW_1, bad], "utf-8-sig")
    batch = import_table(path)
    (row,) = [r for r in batch.rows if r.errors]
    assert row.line == 3
    (issue,) = row.errors
    assert issue.field == "algorithm.launch_date"
    line = batch.report_lines()[1]
    assert line.startswith("row 3, column 上线时间: error: ")
    assert "2026-13-45" in line
    assert batch.report_lines()[-1] == "rows: 2  ok: 1  warnings: 0  errors: 1"


def test_csv_neither_utf8_nor_gb18030(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(b"\x81\x30\x81")  # truncated 4-byte GB18030 sequence, invalid UTF-8
    with pytest.raises(MalformedFile, match="neither UTF-8 nor GB18030"):
        read_table(path)


def test_semicolon_csv_and_english_headers(tmp_path: Path) -> None:
    path = tmp_path / "en.csv"
    path.write_text(
        "Entity;Algorithm name;Type;Role;Launch date;Input modalities\n"
        "Acme;Search;Information retrieval;Technical supporter;2024/5/6;文本、image\n",
        encoding="utf-8",
    )
    (row,) = import_table(path).rows
    assert row.algorithm.algo_type is AlgorithmType.RETRIEVAL
    assert row.algorithm.role is Role.SUPPORTER
    assert row.algorithm.input_modalities == (Modality.TEXT, Modality.IMAGE)
    assert row.ok


def test_xlsx_with_date_cells_and_codes(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["主体名称", "USCC", "算法名称", "算法类型", "上线时间", "备案编号", "舆论属性"])
    ws.append(["甲公司", "91110000600037341L", "甲算法", "检索过滤类", datetime(2024, 1, 2),
               "110108004826505240013", "是"])  # fmt: skip
    ws.append([None] * 7)  # blank row: skipped, numbering kept
    ws.append(
        ["乙公司", "91110000600037341X", "乙算法", 6, "2025/1/2", "1101080048265052400", "否"]
    )
    path = tmp_path / "register.xlsx"
    wb.save(path)
    batch = import_table(path)
    first, second = batch.rows
    assert first.algorithm.algo_type is AlgorithmType.FILTERING  # from the number's type code
    assert [i.code for i in first.issues] == ["import.legacy_type"]
    assert first.algorithm.launch_date == date(2024, 1, 2)
    assert first.algorithm.public_opinion is True
    assert first.algorithm.triage is Triage.REQUIRED
    assert first.entity.state is EntityState.APPROVED
    assert second.line == 4
    assert second.algorithm.algo_type is AlgorithmType.SCHEDULING
    codes = {i.code: i for i in second.errors}
    assert set(codes) == {"uscc.check_char", "filing_no.length"}
    assert codes["uscc.check_char"].params["column"] == "USCC"
    assert preview(path, n=1).rows == (first_row_values(path),)


def first_row_values(path: Path) -> tuple[object, ...]:
    return read_table(path).rows[0]


def test_required_values_missing(tmp_path: Path) -> None:
    headers = ["主体名称", "算法名称", "算法类别"]
    batch = parse_rows(headers, [["", "甲", "未知类"], ["乙", "", "排序精选类"]], auto_map(headers))
    first, second = batch.rows
    assert [(i.field, i.params["column"]) for i in first.errors] == [
        ("algorithm.algo_type", "算法类别"),
        ("entity.name", "主体名称"),
    ]
    assert [i.field for i in second.errors] == ["algorithm.name"]
    lines = batch.report_lines()
    assert "row 2, column 主体名称: error: 主体名称 is empty" in lines
    assert any(x.startswith("row 2, column 算法类别: error: “未知类” is not one of") for x in lines)


def test_unmapped_required_column_is_reported() -> None:
    mapping = auto_map(["主体名称", "算法名称"])
    assert missing_required(mapping) == ("algorithm.algo_type",)
    (row,) = parse_rows(["主体名称", "算法名称"], [["甲", "乙"]], mapping).rows
    assert row.errors[0].text == "no column is mapped to 算法类别"


def test_auto_map_normalises_headers() -> None:
    headers = [
        " 主体 名称 ",
        "ＵＳＣＣ",
        "algorithm NAME",
        "算法类型*",
        "Type",
        "备案编号：",
        "无关列",
    ]
    assert auto_map(headers) == {
        0: "entity.name",
        1: "entity.uscc",
        2: "algorithm.name",
        3: "algorithm.algo_type",  # "Type" later maps nothing: the field is taken
        5: "algorithm.filing_number",
    }
    assert normalise_header("（Ａ）") == "(a)"


def test_mapping_is_editable() -> None:
    headers = ["公司", "名字", "分类"]
    mapping = {0: "entity.name", 1: "algorithm.name", 2: "algorithm.algo_type"}
    (row,) = parse_rows(headers, [["甲", "乙", "02"]], mapping).rows
    assert (row.entity.name, row.algorithm.algo_type) == ("甲", AlgorithmType.PUSH)


def test_exported_formula_escape_is_undone(tmp_path: Path) -> None:
    headers = ["主体名称", "算法名称", "算法类别", "应用产品"]
    (row,) = parse_rows(headers, [["'=甲", "乙", "02", "'--"]], auto_map(headers)).rows
    assert row.entity.name == "=甲" and row.products == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-02", date(2026, 3, 2)),
        ("2026/3/2", date(2026, 3, 2)),
        ("2026.3.2", date(2026, 3, 2)),
        ("2026年3月2日", date(2026, 3, 2)),
        ("20260302", date(2026, 3, 2)),
        ("2026-03-02 00:00:00", date(2026, 3, 2)),
        (datetime(2026, 3, 2, 10, 0), date(2026, 3, 2)),
    ],
)
def test_parse_date(text: object, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["2026-02-30", "tomorrow", "3/2/2026", ""])
def test_parse_date_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="is not a date"):
        parse_date(text)


def test_parse_enum_variants() -> None:
    assert parse_enum(AlgorithmType, "1") is AlgorithmType.GENERATION
    assert parse_enum(AlgorithmType, "个性化推送") is AlgorithmType.PUSH
    assert parse_enum(AlgorithmType, "ranking / curation") is AlgorithmType.RANKING
    assert parse_enum(Role, "技术支持者") is Role.SUPPORTER
    assert parse_enum(AlgorithmState, "已备案") is AlgorithmState.FILED


def test_malformed_xlsx_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "register.xlsx"
    path.write_text("主体名称,算法名称\n", encoding="utf-8")
    with pytest.raises(MalformedFile, match=r"not a valid \.xlsx file"):
        read_table(path)


def test_malformed_xlsx_corrupt_cell_names_row_and_column(tmp_path: Path) -> None:
    good = tmp_path / "good.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["主体名称", "算法名称", "上线时间"])
    wb.active.append(["甲", "A", 5])
    wb.active.append(["乙", "B", 7])
    wb.save(good)
    bad = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<v>7</v>", b"<v>seven</v>")
            dst.writestr(info, data)
    with pytest.raises(MalformedFile) as caught:
        read_table(bad)
    assert caught.value.row == 3
    assert caught.value.column == "C (上线时间)"
    assert str(caught.value).startswith("row 3, column C (上线时间): ")


def test_malformed_xlsx_missing_parts(tmp_path: Path) -> None:
    path = tmp_path / "parts.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    with pytest.raises(MalformedFile, match=r"not a readable \.xlsx"):
        read_table(path)


def test_unsupported_and_empty(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFormat):
        read_table(tmp_path / "register.ods")
    empty = tmp_path / "empty.csv"
    empty.write_text("\n,,\n", encoding="utf-8")
    with pytest.raises(MalformedFile, match="empty"):
        read_table(empty)


def test_report_counts_rows_not_issues(tmp_path: Path) -> None:
    headers = ["主体名称", "算法名称", "算法类别", "应用产品", "统一社会信用代码"]
    rows = [
        ["甲", "A", "02", "x（车机）、y（怪）", ""],  # two warnings, one row
        ["乙", "B", "02", "z（车机）", "123"],  # warning and error
        ["丙", "C", "02", "", ""],
    ]
    batch = parse_rows(headers, rows, auto_map(headers), source="t.csv")
    lines = batch.report_lines()
    assert lines[0] == "import report: t.csv (table)"
    assert lines[-1] == "rows: 3  ok: 1  warnings: 2  errors: 1"
    assert sum(1 for r in batch.rows for i in r.issues if i.severity is Severity.WARNING) == 3
    saved = batch.save_report(tmp_path / "report.txt")
    assert saved.read_text(encoding="utf-8").splitlines() == lines
    assert [r.line for r in batch.importable] == [2, 4]
