"""Importing a real CAC annex: each algorithm's 公示批次 / 公示日期 is the first list it appeared
in, and rows match the register by filing number first, so a re-import after a rename in the
register neither duplicates the filing nor renames it back (it reports the difference)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from filing_desk.cli import main
from filing_desk.domain.codes import format_filing_number
from filing_desk.store.register import open_register
from tests.helpers.cac_lists import CAC_LISTS_DIR, read_cac_list

DEEP_2023 = CAC_LISTS_DIR / "deep-synthesis-list-2023-06.docx"
DOUYIN = "北京抖音信息服务有限公司"
JIANYING, RENAMED = "剪映特效算法", "剪映特效与美化算法"


@pytest.fixture
def reg_path(tmp_path: Path, monkeypatch, capsys) -> Path:
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", "portal list import test")
    path = tmp_path / "r.fdesk"
    assert main(["--register", str(path), "init"]) == 0
    capsys.readouterr()
    return path


def _import(reg_path: Path, capsys, *extra: str) -> tuple[str, str]:
    args = ["--register", str(reg_path), "import", str(DEEP_2023), "--entity", DOUYIN, *extra]
    assert main(args) == 0
    captured = capsys.readouterr()
    return captured.out, captured.err


def _listings(reg_path: Path) -> dict[str, tuple[str, date | None]]:
    with open_register(reg_path) as reg:
        return {a.name: (a.list_batch, a.list_published) for a in reg.algorithms()}


def _number(name: str) -> str:
    row = next(r for r in read_cac_list(DEEP_2023) if r["算法名称"] == name)
    return re.sub(r"\D", "", row["备案编号"])


def test_the_list_gives_its_batch_and_the_publication_date_given(reg_path, capsys) -> None:
    _import(reg_path, capsys, "--published", "2023-06-20")
    assert _listings(reg_path) == {
        JIANYING: ("2023年6月", date(2023, 6, 20)),
        "火山引擎智能美化特效算法": ("2023年6月", date(2023, 6, 20)),
    }


def test_an_estimated_date_is_not_recorded_and_a_later_import_gives_it(reg_path, capsys) -> None:
    _import(reg_path, capsys)  # no --published: the date is only estimated from the batch
    assert set(_listings(reg_path).values()) == {("2023年6月", None)}
    _, err = _import(reg_path, capsys, "--published", "2023-06-20")
    assert set(_listings(reg_path).values()) == {("2023年6月", date(2023, 6, 20))}
    assert f"first listed in this list (2023年6月): {JIANYING}" in err


@pytest.mark.parametrize(
    ("had", "kept"),
    [
        # a later listing typed by hand gives way to this (earlier) list …
        (("2024年1月", "2024-01-05"), ("2023年6月", date(2023, 6, 20))),
        # … an earlier one stays: the first list an algorithm appears in is its publication
        (("2023年1月", "2023-01-10"), ("2023年1月", date(2023, 1, 10))),
        (("2023年1月", ""), ("2023年1月", None)),
    ],
)
def test_the_earlier_listing_is_kept(reg_path, capsys, had, kept) -> None:
    _import(reg_path, capsys, "--published", "2023-06-20")
    with open_register(reg_path) as reg:
        algo = next(a for a in reg.algorithms() if a.name == JIANYING)
        reg.update_algorithm(algo.id, list_batch=had[0], list_published=had[1])
    _, err = _import(reg_path, capsys, "--published", "2023-06-20", "--update")
    assert _listings(reg_path)[JIANYING] == kept
    assert (f"first listed in this list (2023年6月): {JIANYING}" in err) == (kept[0] == "2023年6月")


@pytest.mark.parametrize("update", [False, True])
def test_a_reimport_after_a_rename_keeps_one_filing_and_reports_the_name(
    reg_path, capsys, update: bool
) -> None:
    _import(reg_path, capsys, "--published", "2023-06-20")
    with open_register(reg_path) as reg:
        algo = next(a for a in reg.algorithms() if a.name == JIANYING)
        reg.update_algorithm(algo.id, name=RENAMED)
    out, err = _import(reg_path, capsys, "--published", "2023-06-20", *(["--update"] * update))
    number = _number(JIANYING)
    assert f"{JIANYING}: already in the register" in out  # matched by number before the write
    assert "0 algorithms created" in err
    assert (
        f"name kept: {format_filing_number(number)} is “{RENAMED}” in the register; "
        f"the file names it “{JIANYING}”"
    ) in err
    with open_register(reg_path) as reg:
        algorithms = reg.algorithms()
        latest = next(e for e in reg.audit_events() if e.action == "import.rows")  # newest first
    assert sorted(a.name for a in algorithms) == sorted([RENAMED, "火山引擎智能美化特效算法"])
    assert [a.filing_number for a in algorithms].count(number) == 1
    assert latest.after["names_kept"] == [
        {"filing_number": number, "kept": RENAMED, "file": JIANYING}
    ]
