"""CAC list history through the CLI: each import kept as evidence, remarks acted on, and
``check-list`` reporting listed / missing / renamed / cancelled / differs on real annexes."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import docx
import pytest

from filing_desk.cli import main
from filing_desk.domain.enums import AlgorithmState, ProcedureKind, ProcedureState
from filing_desk.store.register import open_register
from filing_desk.transfer.cac_list import parse_cac_list, select_entities
from tests.helpers.cac_lists import CAC_LISTS_DIR, read_cac_list

DEEP_2023 = CAC_LISTS_DIR / "deep-synthesis-list-2023-06.docx"
DEEP_2026 = CAC_LISTS_DIR / "deep-synthesis-list-2026-05.docx"
ALGO_2025 = CAC_LISTS_DIR / "algorithm-list-2025-11.docx"
DOUYIN, BAIDU = "北京抖音信息服务有限公司", "北京百度网讯科技有限公司"
OLD, NEW = "上海赛可出行科技服务有限公司", "享道出行（上海）科技股份有限公司"


@pytest.fixture
def reg_path(tmp_path: Path, monkeypatch, capsys) -> Path:
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", "list history test")
    path = tmp_path / "r.fdesk"
    assert main(["--register", str(path), "init"]) == 0
    capsys.readouterr()
    return path


def _run(reg_path: Path, capsys, *args: str) -> tuple[list[str], str]:
    assert main(["--register", str(reg_path), *args]) == 0
    captured = capsys.readouterr()
    return captured.out.strip().splitlines(), captured.err


def test_rows_of_one_annex_checked_against_another_of_the_same_kind(reg_path, capsys) -> None:
    _run(reg_path, capsys, "import", str(DEEP_2023), "--entity", DOUYIN)
    out, _ = _run(reg_path, capsys, "check-list", str(DEEP_2026))
    assert out[-1] == "listed: 0  missing: 2  renamed: 0  cancelled: 0  differs: 0"
    assert all(line.startswith("missing: ") for line in out[3:-1]) and len(out[3:-1]) == 2
    assert "(not imported into this register)" in out[2]

    _, err = _run(
        reg_path, capsys, "import", str(DEEP_2026), "--entity", DOUYIN, "--published", "2026-05-06"
    )
    assert "list recorded: 境内深度合成服务算法备案清单（2026年5月） · batch 2026年5月" in err
    out, _ = _run(reg_path, capsys, "check-list", str(DEEP_2026))
    assert out[-1] == "listed: 1  missing: 2  renamed: 0  cancelled: 0  differs: 0"
    assert "published 2026-05-06" in out[1] and "list record" in out[2]


def test_each_import_keeps_the_list_as_evidence_and_a_reimport_is_recognised(
    reg_path, capsys
) -> None:
    _run(reg_path, capsys, "import", str(DEEP_2023), "--entity", DOUYIN)
    _, err = _run(
        reg_path, capsys, "import", str(DEEP_2023), "--entity", "北京百度网讯科技有限公司"
    )
    assert "list already recorded (same file, by its SHA-256)" in err
    with open_register(reg_path) as reg:
        (record,) = reg.cac_lists()
        events = [e.action for e in reg.audit_events()]
    assert record.title == "境内深度合成服务算法备案清单（2023年6月）"
    assert (record.batch, record.kind, record.rows) == ("2023年6月", "deep_synthesis", 41)
    assert record.published == date(2023, 6, 1) and record.published_estimated
    assert record.sha256 == hashlib.sha256(DEEP_2023.read_bytes()).hexdigest()
    assert record.entities == (DOUYIN, BAIDU)
    assert [r["line"] for r in record.remarks] == [3, 7, 31]
    assert record.remarks[1]["changes"] == ["2023年8月更新应用产品，新增文心一言APP和网站"]
    assert "cac_list.import" in events and "cac_list.reimport" in events


def _register_under_the_old_name(reg_path: Path) -> None:
    """The firm's register as it stood before the rename: the same algorithms, entity OLD."""
    batch = select_entities(parse_cac_list(ALGO_2025), [NEW])
    with open_register(reg_path) as reg:
        reg.import_rows(
            [
                (r.entity.__class__(name=OLD, state=r.entity.state), r.algorithm, r.products, ())
                for r in batch.rows
            ]
        )


def test_a_rename_in_the_remarks_is_reported_then_applied_by_the_import(reg_path, capsys):
    _register_under_the_old_name(reg_path)
    out, _ = _run(reg_path, capsys, "check-list", str(ALGO_2025))
    assert out[-1] == "listed: 0  missing: 0  renamed: 4  cancelled: 0  differs: 0"
    assert f"entity renamed: “{OLD}” → “{NEW}”" in out[3]

    _, err = _run(reg_path, capsys, "import", str(ALGO_2025), "--entity", NEW)
    assert f"entity renamed per the list: “{OLD}” → “{NEW}”" in err
    assert "0 algorithms created, 0 updated, 4 skipped" in err
    with open_register(reg_path) as reg:
        assert [e.name for e in reg.entities()] == [NEW]
        (record,) = reg.cac_lists()
        rename = next(e for e in reg.audit_events() if e.action == "cac_list.import")
    assert (OLD, NEW) in record.renames()
    assert rename.after["renamed"] == [[OLD, NEW]]
    out, _ = _run(reg_path, capsys, "check-list", str(ALGO_2025))
    assert out[-1] == "listed: 4  missing: 0  renamed: 0  cancelled: 0  differs: 0"
    assert f"entity renamed: “{OLD}” → “{NEW}”" in out[3]  # the former name is still shown


def _later_list(tmp_path: Path) -> Path:
    """A later batch of the same kind, as the CAC prints one: the firm's rows, one cancelled,
    one renamed algorithm (the remark attests it) — made from the real 2025-11 rows."""
    rows = [r for r in read_cac_list(ALGO_2025) if r["主体名称"] == NEW]
    rows[0] = {**rows[0], "备注": "已注销"}
    rows[1] = {**rows[1], "算法名称": "享道出行接驾时间预估算法", "备注": "变更内容：算法名称变更"}
    header = list(rows[0])
    document = docx.Document()
    document.add_paragraph("附件")
    document.add_paragraph("境内互联网信息服务算法备案清单（2025年12月）")
    table = document.add_table(rows=len(rows) + 1, cols=len(header))
    for i, text in enumerate(header):
        table.cell(0, i).text = text
    for n, row in enumerate(rows, start=1):
        for i, column in enumerate(header):
            table.cell(n, i).text = str(n) if column == "序号" else row[column]
    path = tmp_path / "algorithm-list-2025-12.docx"
    document.save(path)
    return path


def test_a_cancellation_and_a_difference_in_a_later_list(reg_path, capsys, tmp_path) -> None:
    _run(reg_path, capsys, "import", str(ALGO_2025), "--entity", NEW)
    later = _later_list(tmp_path)
    out, _ = _run(reg_path, capsys, "check-list", str(later))
    assert out[-1] == "listed: 2  missing: 0  renamed: 0  cancelled: 1  differs: 1"
    cancelled = next(line for line in out if line.startswith("cancelled: "))
    assert "the list marks it 已注销 (cancelled)" in cancelled
    differs = next(line for line in out if line.startswith("differs: "))
    assert "algorithm name: the list prints “享道出行接驾时间预估算法”" in differs
    assert "the list attests a change: 算法名称变更" in differs

    _, err = _run(
        reg_path, capsys, "import", str(later), "--entity", NEW, "--published", "2025-12-10"
    )
    assert "cancelled as of the list (2025-12-10): 享道出行目的地推荐算法" in err
    # matched by its filing number, the renamed row keeps the register's name and says so
    assert "the file names it “享道出行接驾时间预估算法”" in err
    assert "0 algorithms created" in err
    with open_register(reg_path) as reg:
        algo = next(a for a in reg.algorithms() if a.name == "享道出行目的地推荐算法")
        (cancellation,) = [p for p in reg.procedures() if p.kind is ProcedureKind.CANCELLATION]
    assert algo.state is AlgorithmState.CANCELLED
    assert algo.termination_date == date(2025, 12, 10)
    assert cancellation.state is ProcedureState.COMPLETED
    assert cancellation.decision_date == date(2025, 12, 10)
    out, _ = _run(reg_path, capsys, "check-list", str(later))
    # no duplicate: the renamed row matched its algorithm by number; the name still differs
    assert out[-1] == "listed: 2  missing: 0  renamed: 0  cancelled: 1  differs: 1"
