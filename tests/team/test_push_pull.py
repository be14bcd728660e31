"""Moving a register: ``team push`` copies a file register into an empty team database and
``team pull`` makes an encrypted file copy of a team register; both checked by equal JSON
exports, and — beyond what JSON holds — the audit chain and attachments travel too."""

from __future__ import annotations

from pathlib import Path

import pytest

from filing_desk.cli import main
from filing_desk.store.register import open_register
from filing_desk.store.team_register import open_team
from tests.helpers.postgres import TeamDatabase
from tests.helpers.registers import STRONG_PASSPHRASE


def _export(capsys: pytest.CaptureFixture[str], register: str, out: Path) -> bytes:
    assert main(["--register", register, "export", "--format", "json", "-o", str(out)]) == 0
    capsys.readouterr()
    return out.read_bytes()


def test_push_then_pull_keeps_everything(
    cli_demo: Path,
    team_db: TeamDatabase,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", STRONG_PASSPHRASE)
    with open_register(cli_demo, lock=False) as source:
        head, attachments = source.audit_events(limit=1)[0], len(source.attachments("algorithm", 1))
        register_id = source.register_id
    assert attachments > 0

    assert main(["team", "push", "--from", str(cli_demo), "--to", team_db.url]) == 0
    assert "their JSON exports match" in capsys.readouterr().out
    expected = _export(capsys, str(cli_demo), tmp_path / "file.json")
    assert _export(capsys, team_db.url, tmp_path / "team.json") == expected
    with open_team(team_db.url) as team:
        assert team.register_id == register_id
        assert team.verify_audit().ok
        events = team.audit_events()
        assert events[1].hash == head.hash  # the file's chain, then the register id's event
        assert len(team.attachments("algorithm", 1)) == attachments
        new = team.create_entity(name="团队新主体有限公司")  # sequences moved past copied ids
        assert new.id > max(e.id for e in team.entities() if e.id != new.id)

    copy = tmp_path / "travel.fdesk"
    code = main(["team", "pull", "--from", team_db.url, "-o", str(copy)])
    out = capsys.readouterr().out
    assert code == 0
    assert "Recovery key of the copy" in out
    assert _export(capsys, str(copy), tmp_path / "copy.json") == _export(
        capsys, team_db.url, tmp_path / "team2.json"
    )
    with open_register(copy, lock=False) as pulled:
        assert pulled.verify_audit().ok


def test_push_refuses_a_database_that_is_not_empty(
    cli_demo: Path,
    team_db: TeamDatabase,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", STRONG_PASSPHRASE)
    assert main(["team", "init", team_db.url]) == 0
    assert main(["team", "push", "--from", str(cli_demo), "--to", team_db.url]) == 45
    assert "already holds" in capsys.readouterr().err
    with open_team(team_db.url) as team:
        assert team.entities() == []
