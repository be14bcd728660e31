"""The CAC's real list annexes parse completely; products, numbers, misprint, list check."""

from __future__ import annotations

from pathlib import Path

import pytest

from filing_desk.domain import codes
from filing_desk.domain.enums import AlgorithmState, AlgorithmType, ProductForm, Role, Severity
from filing_desk.domain.records import Algorithm, Entity, Product
from filing_desk.transfer.cac_check import ListStatus, check_against_list, compare_with_list
from filing_desk.transfer.cac_list import (
    entity_names,
    parse_cac_list,
    read_cac_list,
    select_entities,
)
from filing_desk.transfer.columns import format_products, parse_products
from filing_desk.transfer.errors import MalformedFile
from tests.helpers.cac_lists import CAC_LISTS_DIR

LISTS = CAC_LISTS_DIR
ANNEXES = {
    "algorithm-list-2022-08.docx": 30,
    "algorithm-list-2025-11.docx": 69,
    "deep-synthesis-list-2023-06.docx": 41,
    "deep-synthesis-list-2026-05.docx": 608,
}
MISPRINT = "网信算备1101082242366066220017号"


@pytest.fixture(scope="module")
def batches():
    return {name: parse_cac_list(LISTS / name) for name in ANNEXES}


@pytest.mark.parametrize(("name", "count"), ANNEXES.items())
def test_every_annex_parses_completely(batches, name: str, count: int) -> None:
    batch = batches[name]
    assert len(batch.rows) == count
    assert [r.line for r in batch.rows] == list(range(1, count + 1))
    assert batch.kind == "cac_list"
    assert all(r.algorithm.state is AlgorithmState.FILED for r in batch.rows)
    assert all(r.entity.name and r.algorithm.name and r.algorithm.main_use for r in batch.rows)
    assert batch.report_lines()[-1].startswith(f"rows: {count}  ok: ")


@pytest.mark.parametrize("name", ANNEXES)
def test_every_filing_number_is_normalised_and_validated(batches, name: str) -> None:
    printed = {r.seq: r.filing_number for r in read_cac_list(LISTS / name).rows}
    for row in batches[name].rows:
        if printed[str(row.line)] == MISPRINT:
            continue
        number = row.algorithm.filing_number
        assert len(number) == 21 and number.isdigit(), row
        assert codes.format_filing_number(number) == printed[str(row.line)]
        assert number[20] == codes.filing_check_digit(number[:20])  # README: all pass
        assert not row.errors, row.errors


def test_22_digit_misprint_is_an_error_with_a_hint(batches) -> None:
    batch = batches["algorithm-list-2022-08.docx"]
    bad = [r for r in batch.rows if r.errors]
    assert len(bad) == 1
    row = bad[0]
    assert row.algorithm.filing_number == ""  # never guess-fixed silently
    assert row.algorithm.name == "美团配送调度决策算法"
    (issue,) = row.errors
    assert issue.field == "algorithm.filing_number"
    assert issue.params["column"] == "备案编号"
    assert issue.params["suggestions"] == ["110108224236606220017"]
    line = next(x for x in batch.report_lines() if x.startswith(f"row {row.line}, column 备案编号"))
    assert "22" in line and "error" in line and "网信算备110108224236606220017号" in line
    assert batch.report_lines()[-1] == "rows: 30  ok: 23  warnings: 6  errors: 1"


def test_type_code_mismatch_and_legacy_type_are_warnings(batches) -> None:
    batch = batches["algorithm-list-2022-08.docx"]
    mismatch = [i for r in batch.rows for i in r.issues if i.code == "filing_no.type_mismatch"]
    assert len(mismatch) == 2 and all(i.severity is Severity.WARNING for i in mismatch)
    legacy = [r for r in batch.rows if any(i.code == "import.legacy_type" for i in r.issues)]
    assert len(legacy) == 4
    assert {r.algorithm.algo_type for r in legacy} == {AlgorithmType.RETRIEVAL}


def test_deep_synthesis_rows_are_generation_with_role(batches) -> None:
    batch = batches["deep-synthesis-list-2026-05.docx"]
    assert {r.algorithm.algo_type for r in batch.rows} == {AlgorithmType.GENERATION}
    supporters = [r for r in batch.rows if r.algorithm.role is Role.SUPPORTER]
    assert supporters and all(r.products == () for r in supporters)


def test_one_entity_of_the_2026_05_list(batches) -> None:
    batch = select_entities(
        batches["deep-synthesis-list-2026-05.docx"], ["杭州九宝琉璃科技有限公司"]
    )
    got = [
        (
            r.algorithm.name,
            r.algorithm.role,
            r.algorithm.filing_number,
            [(p.name, p.form) for p in r.products],
        )
        for r in batch.rows
    ]
    assert got == [
        ("九宝琉璃智能问答算法", Role.PROVIDER, "330110164281601260019",
         [("轻宇宙NPC", ProductForm.WEBSITE)]),
        ("九宝琉璃文本生成算法", Role.SUPPORTER, "330110164281601260027", []),
        ("九宝饮食分析文本生成算法", Role.PROVIDER, "330110164281601260035",
         [("九宝AI饮食分析", ProductForm.MINI_PROGRAM)]),
        ("九宝饮食图生文解析算法", Role.SUPPORTER, "330110164281601260043", []),
        ("九宝琉璃语音合成算法", Role.SUPPORTER, "330110164281601260051", []),
    ]  # fmt: skip
    assert all(r.algorithm.state is AlgorithmState.FILED and r.ok for r in batch.rows)
    assert entity_names(batch) == ["杭州九宝琉璃科技有限公司"]


def test_entity_names_in_first_seen_order(batches) -> None:
    names = entity_names(batches["algorithm-list-2022-08.docx"])
    assert names[:2] == ["北京网易传媒有限公司", "北京一点网聚科技有限公司"]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("--", []),
        ("网易新闻（APP）、网易网（网站）", [("网易新闻", "app"), ("网易网", "website")]),
        ("及刻周边惠(APP)", [("及刻周边惠", "app")]),
        ("微博（APP、网站、小程序）",
         [("微博", "app"), ("微博", "website"), ("微博", "mini_program")]),
        ("甲（公众号）；乙(公众账号);丙（其他）",
         [("甲", "official_account"), ("乙", "official_account"), ("丙", "other")]),
        ("百度新闻（APP）百度百科（网站）", [("百度新闻", "app"), ("百度百科", "website")]),
        ("爱音乐(APP)、星小辰（H5）(网站)", [("爱音乐", "app"), ("星小辰（H5）", "website")]),
        ("来也智能体文档处理（ADP）平台(网站)", [("来也智能体文档处理（ADP）平台", "website")]),
        ("seemo（犀陌）(APP)", [("seemo（犀陌）", "app")]),
    ],
)  # fmt: skip
def test_parse_products(cell: str, expected: list[tuple[str, str]]) -> None:
    products, issues = parse_products(cell, "products", "应用产品")
    assert [(p.name, p.form.value) for p in products] == expected
    assert issues == []


def test_parse_products_warnings() -> None:
    products, issues = parse_products("甲（APP）、乙（车机）、丙等", "products", "应用产品")
    assert [(p.name, p.form) for p in products] == [
        ("甲", ProductForm.APP),
        ("乙", ProductForm.OTHER),
        ("丙", ProductForm.OTHER),
    ]
    assert [i.code for i in issues] == ["products.etc", "products.form", "products.no_form"]
    assert all(i.severity is Severity.WARNING and i.params["column"] == "应用产品" for i in issues)


def test_format_products_round_trips() -> None:
    products = (Product(name="星小辰（H5）", form=ProductForm.WEBSITE), Product(name="甲"))
    parsed, issues = parse_products(format_products(products), "products", "应用产品")
    assert parsed == products and issues == []
    assert format_products(()) == "--"


def test_check_against_list(batches) -> None:
    batch = batches["deep-synthesis-list-2026-05.docx"]
    ent = Entity(name="杭州九宝琉璃科技有限公司")
    gen = AlgorithmType.GENERATION
    filed = [
        (ent, Algorithm(name="九宝琉璃智能问答算法", algo_type=gen,
                        filing_number="330110164281601260019")),
        (ent, Algorithm(name="九宝琉璃问答算法", algo_type=gen,
                        filing_number="330110164281601260027")),
        (Entity(name="别的公司"), Algorithm(name="九宝饮食图生文解析算法", algo_type=gen,
                                          filing_number="330110164281601260043")),
        (ent, Algorithm(name="没上榜", filing_number="110108823483901230031")),
        (ent, Algorithm(name="未备案")),
    ]  # fmt: skip
    statuses = [m.status for m in compare_with_list(batch, filed)]
    assert statuses == [
        ListStatus.LISTED,
        ListStatus.DIFFERS,
        ListStatus.DIFFERS,
        ListStatus.MISSING,
        ListStatus.MISSING,
    ]
    lines = check_against_list(batch, filed)
    assert lines[1].startswith("listed: 杭州九宝琉璃科技有限公司 / 九宝琉璃智能问答算法")
    assert "algorithm name: the list prints “九宝琉璃文本生成算法”" in lines[2]
    assert "entity name: the list prints “杭州九宝琉璃科技有限公司”" in lines[3]
    assert lines[-1] == "listed: 1  missing: 2  renamed: 0  cancelled: 0  differs: 2"


def test_docx_without_a_list_table_is_malformed(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("no table here")
    path = tmp_path / "empty.docx"
    document.save(path)
    with pytest.raises(MalformedFile, match="no table with the columns"):
        parse_cac_list(path)


def test_docx_that_is_not_a_zip_is_malformed(tmp_path: Path) -> None:
    path = tmp_path / "list.docx"
    path.write_bytes(b"plain text, not a Word file")
    with pytest.raises(MalformedFile, match=r"not a valid \.docx"):
        parse_cac_list(path)
