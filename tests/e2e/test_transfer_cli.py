"""Import, export, CAC lists, backup and restore through the CLI, on real registers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from filing_desk.cli import main
from filing_desk.domain.codes import format_filing_number
from filing_desk.domain.enums import AlgorithmState, AlgorithmType, Role
from filing_desk.store.register import open_register
from tests.helpers.cac_lists import CAC_LISTS_DIR, read_cac_list

LIST_2026 = CAC_LISTS_DIR / "deep-synthesis-list-2026-05.docx"
ENTITY = "中兴系统技术有限公司"


@pytest.fixture
def reg_path(tmp_path: Path, monkeypatch, capsys) -> Path:
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", "transfer test")
    path = tmp_path / "r.fdesk"
    assert main(["--register", str(path), "init"]) == 0
    capsys.readouterr()
    return path


def test_importing_an_entity_from_the_2026_05_list(reg_path: Path, capsys) -> None:
    assert main(["--register", str(reg_path), "import", str(LIST_2026), "--entity", ENTITY]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out[-1] == "rows: 5  ok: 5  warnings: 0  errors: 0"
    expected = [r for r in read_cac_list(LIST_2026) if r["主体名称"] == ENTITY]
    with open_register(reg_path) as reg:
        algos = {a.name: a for a in reg.algorithms()}
        assert len(algos) == len(expected) == 5
        for row in expected:
            algo = algos[row["算法名称"]]
            assert algo.state is AlgorithmState.FILED
            assert algo.algo_type is AlgorithmType.GENERATION
            assert algo.role is Role.parse(row["角色"])
            assert format_filing_number(algo.filing_number) == row["备案编号"].strip()
            products = reg.linked_products(algo.id)
            if row["应用产品"].strip() == "--":
                assert products == []
            else:
                for product in products:
                    assert product.name in row["应用产品"]
                    assert product.form.zh in row["应用产品"] or product.form.value == "other"
        # imported as filed: a later change of a filed field opens a modification
        first = next(iter(algos.values()))
        reg.update_algorithm(first.id, main_use="扩展用途")
        assert reg.algorithm(first.id).state is AlgorithmState.CHANGE_PENDING


def test_all_four_lists_dry_run_completely(reg_path: Path, capsys) -> None:
    expected = {
        "algorithm-list-2022-08.docx": (30, 1),
        "algorithm-list-2025-11.docx": (69, 0),
        "deep-synthesis-list-2023-06.docx": (41, 0),
        "deep-synthesis-list-2026-05.docx": (608, 0),
    }
    for name, (rows, errors) in expected.items():
        code = main(["--register", str(reg_path), "import", str(CAC_LISTS_DIR / name), "--dry-run"])
        out = capsys.readouterr().out.strip().splitlines()
        assert out[-1].startswith(f"rows: {rows}  ok: ") and out[-1].endswith(f"errors: {errors}")
        assert code == (1 if errors else 0)
    with open_register(reg_path) as reg:
        assert reg.algorithms() == []  # a dry run writes nothing


def test_misprinted_number_is_reported_and_blocks_that_entity(reg_path: Path, capsys) -> None:
    path = CAC_LISTS_DIR / "algorithm-list-2022-08.docx"
    main(["--register", str(reg_path), "import", str(path), "--dry-run"])
    out = capsys.readouterr().out
    assert "22 digits" in out
    entity = next(
        r["主体名称"] for r in read_cac_list(path) if "1101082242366066220017" in r["备案编号"]
    )
    assert main(["--register", str(reg_path), "import", str(path), "--entity", entity]) == 1
    assert "nothing was imported" in capsys.readouterr().err
    with open_register(reg_path) as reg:
        assert reg.algorithms() == [] and reg.entities() == []


def test_a_cac_list_import_needs_an_entity(reg_path: Path, capsys) -> None:
    assert main(["--register", str(reg_path), "import", str(LIST_2026)]) == 2
    assert "--entity" in capsys.readouterr().err


def test_check_list_reports_listed_and_not_listed(reg_path: Path, capsys) -> None:
    main(["--register", str(reg_path), "import", str(LIST_2026), "--entity", ENTITY])
    other = CAC_LISTS_DIR / "deep-synthesis-list-2023-06.docx"
    capsys.readouterr()
    assert main(["--register", str(reg_path), "check-list", str(LIST_2026)]) == 0
    assert (
        capsys.readouterr().out.strip().splitlines()[-1]
        == "listed: 5  missing: 0  renamed: 0  cancelled: 0  differs: 0"
    )
    assert main(["--register", str(reg_path), "check-list", str(other)]) == 0
    assert "listed: 0  missing: 5  renamed: 0" in capsys.readouterr().out


def test_export_import_export_is_the_same_json(
    reg_path: Path, tmp_path: Path, monkeypatch, capsys
) -> None:
    main(["--register", str(reg_path), "demo"])
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert main(["--register", str(reg_path), "export", "--format", "json", "-o", str(first)]) == 0
    empty = tmp_path / "empty.fdesk"
    main(["--register", str(empty), "init"])
    assert main(["--register", str(empty), "import", str(first)]) == 0
    assert main(["--register", str(empty), "export", "--format", "json", "-o", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    doc = json.loads(first.read_text(encoding="utf-8"))
    assert len(doc["algorithms"]) == 20 and doc["procedures"]
    # into a register that already holds data: refused, nothing written
    assert main(["--register", str(reg_path), "import", str(first)]) == 1
    assert "only into an empty register" in capsys.readouterr().err


def test_export_escapes_formulas(reg_path: Path, tmp_path: Path) -> None:
    import openpyxl

    with open_register(reg_path) as reg:
        entity = reg.create_entity(name='=HYPERLINK("http://x")公司')
        reg.create_algorithm(
            entity.id,
            name="+SUM(A1)算法",
            algo_type="02",
            role="provider",
            main_use="@cmd|' /C calc'!A0",
        )
    out = tmp_path / "x.xlsx"
    assert main(["--register", str(reg_path), "export", "--format", "xlsx", "-o", str(out)]) == 0
    book = openpyxl.load_workbook(out)
    values = [
        c.value for row in book.worksheets[0].iter_rows() for c in row if isinstance(c.value, str)
    ]
    assert "'+SUM(A1)算法" in values and "'@cmd|' /C calc'!A0" in values
    assert not any(v.startswith(("=", "+", "@")) for v in values)
    assert all(c.data_type != "f" for row in book.worksheets[0].iter_rows() for c in row)


def test_backup_corrupted_by_one_byte_is_refused(reg_path: Path, tmp_path: Path, capsys) -> None:
    main(["--register", str(reg_path), "demo"])
    backup = tmp_path / "b.fdesk"
    assert main(["--register", str(reg_path), "backup", "-o", str(backup)]) == 0
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0x01
    bad = tmp_path / "bad.fdesk"
    bad.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["restore", str(bad), "-o", str(tmp_path / "from-bad.fdesk")]) != 0
    err = capsys.readouterr().err
    assert "cannot be restored" in err and "damaged" in err
    assert not (tmp_path / "from-bad.fdesk").exists()


def test_restore_gives_the_same_export(reg_path: Path, tmp_path: Path, monkeypatch) -> None:
    main(["--register", str(reg_path), "demo"])
    backup = tmp_path / "b.fdesk"
    main(["--register", str(reg_path), "backup", "-o", str(backup)])
    restored = tmp_path / "restored.fdesk"
    assert main(["restore", str(backup), "-o", str(restored)]) == 0
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    main(["--register", str(reg_path), "export", "--format", "json", "-o", str(a)])
    main(["--register", str(restored), "export", "--format", "json", "-o", str(b)])
    assert a.read_bytes() == b.read_bytes()


def test_backup_with_its_own_passphrase(reg_path: Path, tmp_path: Path, monkeypatch) -> None:
    main(["--register", str(reg_path), "demo"])
    monkeypatch.setenv("FILING_DESK_BACKUP_PASSPHRASE", "backup only 备份专用 walnut")
    backup = tmp_path / "b.fdesk"
    assert main(["--register", str(reg_path), "backup", "-o", str(backup)]) == 0
    monkeypatch.delenv("FILING_DESK_BACKUP_PASSPHRASE")
    with pytest.raises(Exception, match="wrong"):
        open_register(backup, lock=False)  # the register's own passphrase does not open it
    monkeypatch.setenv("FILING_DESK_BACKUP_PASSPHRASE", "backup only 备份专用 walnut")
    restored = tmp_path / "restored.fdesk"
    assert main(["restore", str(backup), "-o", str(restored)]) == 0
    monkeypatch.delenv("FILING_DESK_BACKUP_PASSPHRASE")
    with open_register(restored) as reg:  # back under the register passphrase (environment)
        assert len(reg.algorithms()) == 20


def test_import_limit_set_in_the_register_refuses_a_large_file(
    reg_path: Path, tmp_path: Path, capsys
) -> None:
    big = tmp_path / "big.csv"
    row = "北京示例科技有限公司,推荐算法{n},个性化推送类," + "说明" * 300 + "\n"
    big.write_text(
        "主体名称,算法名称,算法类别,主要用途\n" + "".join(row.format(n=n) for n in range(1200)),
        encoding="utf-8",
    )
    assert big.stat().st_size > 1024 * 1024
    with open_register(reg_path) as reg:
        reg.set_setting("import.max_file_mb", "1")
    assert main(["--register", str(reg_path), "import", str(big), "--dry-run"]) == 1
    err = capsys.readouterr().err
    assert "more than the 1.0 MiB allowed" in err and "Settings" in err
    with open_register(reg_path) as reg:
        reg.set_setting("import.max_file_mb", "50")
    assert main(["--register", str(reg_path), "import", str(big), "--dry-run"]) == 0
