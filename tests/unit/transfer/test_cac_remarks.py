"""The 备注 of the CAC lists read as facts, the batch of a title, and the five check statuses."""

from __future__ import annotations

from datetime import date

import pytest

from filing_desk.domain.enums import AlgorithmType, Role
from filing_desk.domain.records import Algorithm, Entity
from filing_desk.transfer.batch import ImportBatch, ImportRow
from filing_desk.transfer.cac_check import (
    ListStatus,
    check_against_list,
    compare_with_list,
    summary_line,
)
from filing_desk.transfer.cac_remarks import batch_of, batch_start, parse_remark
from tests.helpers.cac_lists import CAC_LISTS_DIR, read_cac_list

OLD, NEW = "上海赛可出行科技服务有限公司", "享道出行（上海）科技股份有限公司"


@pytest.mark.parametrize(
    ("remark", "cancelled", "renames", "changes"),
    [
        ("", False, (), ()),
        ("已注销", True, (), ()),
        (f"原主体名称“{OLD}”变更为“{NEW}”", False, ((OLD, NEW),), ()),
        (f'原主体名称"{OLD}"变更为"{NEW}"', False, ((OLD, NEW),), ()),
        (f"原主体名称「{OLD}」变更为「{NEW}」", False, ((OLD, NEW),), ()),
        (
            f"变更内容：原主体名称“{OLD}”变更为“{NEW}”",
            False,
            ((OLD, NEW),),
            (f"原主体名称“{OLD}”变更为“{NEW}”",),
        ),
        ("变更内容：产品变更", False, (), ("产品变更",)),
        ("变更内容: 变更算法安全责任人", False, (), ("变更算法安全责任人",)),
        ("2023年12月新增算法使用产品", False, (), ("2023年12月新增算法使用产品",)),
        ("2025年3月已注销", True, (), ()),
    ],
)
def test_a_remark_is_read_as_facts(remark, cancelled, renames, changes) -> None:
    parsed = parse_remark(remark)
    assert (parsed.cancelled, parsed.renames, parsed.changes) == (cancelled, renames, changes)


def test_every_remark_of_the_real_annexes_is_kept() -> None:
    """Nothing the CAC printed is dropped: each remark is a cancellation, a rename or a change."""
    for path in sorted(CAC_LISTS_DIR.glob("*.docx")):
        for row in read_cac_list(path):
            remark = row.get("备注", "").strip()
            if remark:
                parsed = parse_remark(remark)
                assert parsed.cancelled or parsed.renames or parsed.changes, remark
    tencent = parse_remark(
        "变更内容：算法名称原“腾讯新闻要闻排序算法”变更为“腾讯新闻排序精选算法”，变更主要用途"
    )
    assert tencent.renames == () and tencent.changes[0].startswith("算法名称原")


def test_the_batch_of_a_title() -> None:
    assert batch_of("境内深度合成服务算法备案清单（2026年5月）") == "2026年5月"
    assert batch_of("境内互联网信息服务算法备案清单(2025年07月)") == "2025年7月"
    assert batch_of("附件") == ""
    assert batch_start("2025年7月") == date(2025, 7, 1)
    assert batch_start("") is None


def _row(line: int, entity: str, name: str, number: str, remark: str = "", **kw) -> ImportRow:
    algorithm = Algorithm(
        name=name,
        filing_number=number,
        algo_type=AlgorithmType.SCHEDULING,
        role=Role.PROVIDER,
        **kw,
    )
    return ImportRow(line=line, entity=Entity(name=entity), algorithm=algorithm, remark=remark)


LIST = ImportBatch(
    rows=(
        _row(1, "甲公司", "甲推荐算法", "1" * 21),
        _row(2, NEW, "派单算法", "2" * 21, f"变更内容：原主体名称“{OLD}”变更为“{NEW}”"),
        _row(3, "甲公司", "甲排序算法", "3" * 21, "已注销"),
        _row(4, "甲公司", "新名字", "4" * 21, "变更内容：产品变更", main_use="用于排序"),
        _row(5, "乙公司", "乙算法", "6" * 21),
    ),
    source="list.docx",
    kind="cac_list",
)


def _filed(entity: str, name: str, number: str = "", **kw) -> tuple[Entity, Algorithm]:
    return Entity(name=entity), Algorithm(
        name=name, filing_number=number, algo_type=AlgorithmType.SCHEDULING, **kw
    )


def test_each_status_and_the_summary_line() -> None:
    filed = [
        _filed("甲公司", "甲推荐算法", "1" * 21),  # listed
        _filed(OLD, "派单算法", "2" * 21),  # renamed: the register still holds the old name
        _filed("甲公司", "甲排序算法", "3" * 21),  # cancelled
        _filed("甲公司", "旧名字", "4" * 21, main_use="用于推荐"),  # differs: name and main use
        _filed("甲公司", "别的批次", "5" * 21),  # missing: another batch
        _filed("甲公司", "未备案"),  # missing: no number
        _filed("丙公司", "乙算法", "6" * 21),  # differs: entity, no rename known
    ]
    matches = compare_with_list(LIST, filed)
    assert [m.status for m in matches] == [
        ListStatus.LISTED,
        ListStatus.RENAMED,
        ListStatus.CANCELLED,
        ListStatus.DIFFERS,
        ListStatus.MISSING,
        ListStatus.MISSING,
        ListStatus.DIFFERS,
    ]
    assert (matches[1].former_name, matches[1].renamed_to) == (OLD, NEW)
    assert summary_line(matches) == "listed: 1  missing: 2  renamed: 1  cancelled: 1  differs: 2"
    lines = check_against_list(LIST, filed)
    assert lines[2].startswith(f"renamed: {OLD} / 派单算法 网信算备{'2' * 21}号 in row 2")
    assert f"entity renamed: “{OLD}” → “{NEW}”" in lines[2]
    assert "algorithm name: the list prints “新名字”" in lines[4]
    assert "main use: the list prints “用于排序”" in lines[4]
    assert "the list attests a change: 产品变更" in lines[4]
    assert lines[5].endswith("this list does not carry the number")
    assert lines[6] == "missing: 甲公司 / 未备案: the register holds no filing number"
    assert "entity name: the list prints “乙公司”" in lines[7]
    assert lines[-1] == "listed: 1  missing: 2  renamed: 1  cancelled: 1  differs: 2"


def test_an_older_list_printing_a_former_name_is_a_rename() -> None:
    """The register learnt the rename from a later list: an older list's old name is explained."""
    older = ImportBatch(
        rows=(_row(1, OLD, "派单算法", "2" * 21),), source="old.docx", kind="cac_list"
    )
    filed = [_filed(NEW, "派单算法", "2" * 21)]
    assert compare_with_list(older, filed)[0].status is ListStatus.DIFFERS
    match = compare_with_list(older, filed, {NEW: [OLD]})[0]
    assert match.status is ListStatus.RENAMED
    assert (match.former_name, match.renamed_to) == (OLD, NEW)
