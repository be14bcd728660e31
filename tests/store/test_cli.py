"""The CLI's foundation commands, run through cli.main as a user would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from filing_desk.cli import main
from filing_desk.store.migrate import HEAD
from tests.helpers.registers import STRONG_PASSPHRASE


@pytest.fixture
def demo_path(tmp_path: Path, monkeypatch, capsys) -> Path:
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", STRONG_PASSPHRASE)
    path = tmp_path / "demo.fdesk"
    assert main(["--register", str(path), "init"]) == 0
    assert main(["--register", str(path), "demo"]) == 0
    capsys.readouterr()
    return path


def test_init_prints_the_recovery_key_once(tmp_path: Path, capsys) -> None:
    assert main(["--register", str(tmp_path / "r.fdesk"), "init"]) == 0
    out = capsys.readouterr().out
    assert "Recovery key" in out and out.count("-") >= 16
    assert main(["--register", str(tmp_path / "r.fdesk"), "init"]) == 12
    assert "already exists" in capsys.readouterr().err


def test_demo_covers_the_lifecycle(demo_path: Path) -> None:
    from filing_desk.domain.enums import AlgorithmState, AlgorithmType, ProductForm, Role
    from filing_desk.store.register import open_register

    with open_register(demo_path) as reg:
        algorithms = reg.algorithms()
        assert len(reg.entities()) >= 3 and len(algorithms) >= 20
        assert {a.algo_type for a in algorithms} == set(AlgorithmType)
        assert {a.role for a in algorithms} == set(Role)
        assert {a.state for a in algorithms} == set(AlgorithmState)
        assert {p.form for p in reg.products()} == set(ProductForm)
        tracks = {(m.origin.value, m.track.value) for m in reg.models()}
        assert ("own", "filing") in tracks and ("third_party", "registration") in tracks
        assert reg.attachments("entity", reg.entities()[0].id)
        assert reg.verify_audit().ok


def test_check_reports_each_part(demo_path: Path, capsys) -> None:
    assert main(["--register", str(demo_path), "check"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "encryption: ok"
    assert out[1] == f"schema: {HEAD} (current)"
    assert out[2].startswith("audit chain: ok (")


def test_deadlines_json_is_sorted_by_urgency(demo_path: Path, capsys) -> None:
    assert main(["--register", str(demo_path), "deadlines", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert items
    overdue = [i["overdue"] for i in items]
    assert overdue == sorted(overdue, reverse=True)
    keys = {"algorithm", "procedure", "due", "working_days_left", "overdue", "provisional"}
    assert keys <= set(items[0])


@pytest.mark.parametrize(
    ("procedure", "start", "expected"),
    [
        ("filing", "2026-09-28", "2026-10-16"),  # across National Day (domain.md §8.3)
        ("filing", "2026-09-30", "2026-10-20"),
        ("cancellation", "2026-12-01", "2026-12-29"),
        ("filing", "2026-12-28", "2027-01-12 provisional"),  # 2027 is not known yet
    ],
)
def test_due_prints_the_date(procedure: str, start: str, expected: str, capsys) -> None:
    assert main(["due", "--procedure", procedure, "--from", start]) == 0
    assert capsys.readouterr().out.strip() == expected


def test_due_rejects_a_bad_date(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(["due", "--procedure", "filing", "--from", "2026-13-01"])
    assert info.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
