"""Counting 附件4 keyword lists and 附件5 test banks on generated .xlsx/.csv files, and refusing
hostile ones; then the counts checked by the domain's thresholds end to end."""

from __future__ import annotations

import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest

from filing_desk.domain.enums import AttachmentKind, OwnerType
from filing_desk.domain.genai_annex_findings import annex_findings
from filing_desk.domain.genai_annexes import QuestionBank, annex_issues
from filing_desk.domain.records import AttachmentInfo
from filing_desk.transfer.annex_count import count_annex, count_annex_file
from filing_desk.transfer.errors import (
    BadEncoding,
    FileTooLarge,
    MalformedFile,
    UnsafeXml,
    UnsupportedFormat,
    ZipBomb,
)
from filing_desk.transfer.limits import Limits
from tests.helpers.workbooks import write_xlsx

KW, TQ = AttachmentKind.KEYWORD_LIST, AttachmentKind.TEST_QUESTIONS
A1, A2, A3 = "A.1 煽动颠覆国家政权", "民族歧视", "侵犯知识产权"


def keywords(n: int, category: str = "", start: int = 0) -> list[list[object]]:
    return [[i + 1, f"词{start + i}", category] for i in range(n)]


def write_sheets(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        ws = book.create_sheet(title)
        for row in rows:
            ws.append(row)
    book.save(path)
    return path


COUNT_CASES = [
    pytest.param(
        [["序号", "关键词", "风险类别"], *keywords(3, A1), *keywords(2, A2, start=10)],
        KW,
        5,
        {A1: 3, A2: 2},
        id="header-with-category",
    ),
    pytest.param(
        [["附件4-拦截关键词列表"], [], ["序号", "关键词", "风险类别"], *keywords(4, A1)],
        KW,
        4,
        {A1: 4},
        id="title-row-above-the-header",
    ),
    pytest.param(
        [["Keyword", "Risk category"], ["bomb", "violence"], ["BOMB ", "violence"], ["gun", ""]],
        KW,
        2,
        {"violence": 1},
        id="english-headers-case-and-space-duplicates",
    ),
    pytest.param(
        [["关键词"], ["甲"], ["乙"], ["甲"], [None], ["  "], ["丙"]],
        KW,
        3,
        {},
        id="no-category-column-duplicates-and-blanks",
    ),
    pytest.param([["甲"], ["乙"], ["丙"], ["丁"]], KW, 4, {}, id="bare-list-without-header"),
    pytest.param(
        [["序号", "题目", "风险分类"], [1, "问题一", A1], [2, "问题二", A3], [3, "问题一", A1]],
        TQ,
        2,
        {A1: 1, A3: 1},
        id="test-bank-with-category",
    ),
]


@pytest.mark.parametrize(("rows", "kind", "total", "categories"), COUNT_CASES)
@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_counts_distinct_entries_overall_and_per_category(
    tmp_path: Path, rows, kind, total, categories, suffix
) -> None:
    path = tmp_path / f"annex{suffix}"
    if suffix == ".xlsx":
        write_xlsx(path, rows)
    else:
        lines = [",".join("" if c is None else str(c) for c in row) for row in rows]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    counted = count_annex_file(path, kind)
    assert counted.total == total
    assert dict(counted.categories) == categories
    assert counted.kind is kind


def test_gbk_csv_is_read(tmp_path: Path) -> None:
    path = tmp_path / "附件4-拦截关键词列表.csv"
    path.write_bytes("关键词,风险类别\n炸药,宣扬暴力\n枪支,宣扬暴力\n".encode("gb18030"))
    counted = count_annex_file(path, KW)
    assert (counted.total, dict(counted.categories)) == (2, {"宣扬暴力": 2})
    assert counted.category_column == "风险类别"


def test_test_bank_with_a_bank_column(tmp_path: Path) -> None:
    rows = [
        ["题库", "题目", "风险类别"],
        ["生成内容测试题", "q1", A1],
        ["生成内容测试题", "q2", A1],
        ["应拒答", "r1", A1],
        ["非拒答", "n1", ""],
        ["非拒答", "n2", ""],
        ["非拒答", "n2", ""],
    ]
    counted = count_annex_file(write_xlsx(tmp_path / "t.xlsx", rows), TQ)
    assert counted.total == 5
    assert dict(counted.banks) == {
        QuestionBank.GENERATED: 2,
        QuestionBank.SHOULD_REFUSE: 1,
        QuestionBank.NON_REFUSAL: 2,
    }
    assert dict(counted.categories) == {A1: 2}  # categories of generated content only
    assert counted.bank_column == "题库"


def test_test_bank_with_one_sheet_per_bank(tmp_path: Path) -> None:
    path = write_sheets(
        tmp_path / "附件5-评估测试题.xlsx",
        {
            "生成内容测试题库": [["题目"], ["a"], ["b"], ["c"]],
            "应拒答测试题库": [["题目"], ["d"]],
            "非拒答测试题库": [["题目"], ["e"], ["f"]],
        },
    )
    counted = count_annex_file(path, TQ)
    assert counted.total == 6
    assert dict(counted.banks) == {
        QuestionBank.GENERATED: 3,
        QuestionBank.SHOULD_REFUSE: 1,
        QuestionBank.NON_REFUSAL: 2,
    }


def test_files_taken_together_count_an_entry_once(tmp_path: Path) -> None:
    one = write_xlsx(tmp_path / "a.xlsx", [["关键词"], ["甲"], ["乙"]]).read_bytes()
    two = "关键词\n乙\n丙\n".encode()
    counted = count_annex(KW, [("a.xlsx", one), ("b.csv", two)])
    assert counted.total == 3
    assert counted.files == ("a.xlsx", "b.csv")


def _with_dtd(path: Path) -> Path:
    """An .xlsx whose sheet declares an entity, as a billion-laughs file does."""
    write_xlsx(path, [["关键词"], ["甲"]])
    out = path.with_name("dtd.xlsx")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaa">]>' + data.split(b"?>", 1)[-1]
            dst.writestr(item, data)
    return out


def _many_rows(path: Path) -> Path:
    return write_xlsx(path, [["关键词"], *[[f"词{i}"] for i in range(50)]])


HOSTILE = [
    pytest.param(_with_dtd, Limits(), UnsafeXml, "DTD", id="dtd-entities"),
    pytest.param(
        _many_rows, Limits(max_unpacked_bytes=2_000), ZipBomb, "unpack", id="unpacks-too-much"
    ),
    pytest.param(_many_rows, Limits(max_rows=10), FileTooLarge, "more than 10 rows", id="rows"),
    pytest.param(
        lambda p: p.with_suffix(".xlsx").write_bytes(b"not a zip") and p.with_suffix(".xlsx"),
        Limits(),
        MalformedFile,
        "not a valid",
        id="not-a-zip",
    ),
    pytest.param(
        lambda p: (
            p.with_suffix(".csv").write_bytes("關鍵詞,風險類別\n詞彙表,違法資訊\n".encode("big5"))
            and p.with_suffix(".csv")
        ),
        Limits(),
        BadEncoding,
        "Big5",
        id="big5-csv",
    ),
    pytest.param(
        lambda p: p.with_suffix(".docx").write_bytes(b"x") and p.with_suffix(".docx"),
        Limits(),
        UnsupportedFormat,
        "only .xlsx and .csv",
        id="docx",
    ),
]


@pytest.mark.parametrize(("make", "limits", "error", "says"), HOSTILE)
def test_hostile_files_are_refused_with_the_transfer_errors(
    tmp_path: Path, make, limits, error, says
) -> None:
    path = make(tmp_path / "hostile.xlsx")
    with pytest.raises(error, match=says):
        count_annex_file(path, KW, limits)


def test_refusal_from_bytes_names_the_users_file(tmp_path: Path) -> None:
    with pytest.raises(MalformedFile, match=r"附件4-拦截关键词列表\.xlsx"):
        count_annex(KW, [("附件4-拦截关键词列表.xlsx", b"not a zip")])


def test_counted_file_against_the_thresholds(tmp_path: Path) -> None:
    rows = [["关键词", "风险类别"], *[[f"a{i}", A1] for i in range(200)]]
    rows += [[f"b{i}", A2] for i in range(99)]
    counted = count_annex_file(write_xlsx(tmp_path / "k.xlsx", rows), KW)
    found = {(i.code, i.params.get("category")) for i in annex_issues(keywords=counted)}
    assert found == {
        ("genai_annex.keywords_short", None),
        ("genai_annex.keywords_category_short", A2),
    }


def _info(id_: int, kind: AttachmentKind, name: str, day: date) -> AttachmentInfo:
    added = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
    return AttachmentInfo(id_, OwnerType.SERVICE, 1, kind, name, 0, "", 1, False, added)


def test_annex_findings_counts_the_attached_files_with_this_counter(tmp_path: Path) -> None:
    files = {
        1: write_xlsx(tmp_path / "k.xlsx", [["关键词"], ["甲"]]).read_bytes(),
        2: b"not a zip",
    }
    attachments = [
        _info(1, KW, "附件4.xlsx", date(2026, 12, 1)),
        _info(2, TQ, "附件5.xlsx", date(2026, 12, 1)),
    ]
    issues = annex_findings(
        attachments, lambda a: files[a.id], date(2026, 12, 3), counter=count_annex
    )
    codes = [i.code for i in issues]
    assert "genai_annex.keywords_short" in codes
    assert "genai_annex.unreadable" in codes  # the test bank could not be counted
    assert all(not i.is_error for i in issues)
