"""The acceptance run on a real local server: ``team init``, then ``demo``, ``deadlines``,
``export``, ``import``, ``check`` and ``print`` with ``--register postgresql://…``, and a file
register's JSON export going through a team register unchanged, byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest

from filing_desk.cli import main
from tests.helpers.pdfcheck import all_text
from tests.helpers.postgres import TeamDatabase
from tests.helpers.registers import STRONG_PASSPHRASE


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_team_init_then_every_command_on_the_server(
    team_db: TeamDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = team_db.url
    code, out, _ = run(capsys, "team", "init", url)
    assert code == 0
    assert f"made in {team_db.user}@127.0.0.1:{team_db.cluster.port}/{team_db.name}" in out
    assert run(capsys, "--register", url, "demo")[0] == 0

    code, out, _ = run(capsys, "--register", url, "deadlines")
    assert code == 0
    assert "OVERDUE" in out
    assert "云启内容安全过滤算法" in out

    code, out, _ = run(capsys, "--register", url, "check")
    assert code == 0, out
    lines = dict(line.split(": ", 1) for line in out.splitlines())
    assert lines["encryption"].startswith("not applicable: team register on 127.0.0.1")
    assert lines["audit chain"].startswith("ok (")
    assert lines["records"].startswith("ok")

    pdf = tmp_path / "audit.pdf"
    assert run(capsys, "--register", url, "print", "--audit", "-o", str(pdf))[0] == 0
    assert "云启内容安全过滤算法" in all_text(pdf.read_bytes())

    workbook = tmp_path / "register.xlsx"
    code, out, _ = run(capsys, "--register", url, "export", "--format", "xlsx", "-o", str(workbook))
    assert code == 0
    assert workbook.stat().st_size > 0


def test_json_export_goes_through_a_team_register_byte_identical(
    cli_demo: Path,
    team_db: TeamDatabase,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", STRONG_PASSPHRASE)
    first, again = tmp_path / "file.json", tmp_path / "team.json"
    assert (
        run(capsys, "--register", str(cli_demo), "export", "--format", "json", "-o", str(first))[0]
        == 0
    )
    assert run(capsys, "team", "init", team_db.url)[0] == 0
    code, _, err = run(capsys, "--register", team_db.url, "import", str(first))
    assert code == 0
    assert "20 algorithms created" in err
    assert (
        run(capsys, "--register", team_db.url, "export", "--format", "json", "-o", str(again))[0]
        == 0
    )
    assert again.read_bytes() == first.read_bytes()


def test_init_refuses_a_database_that_holds_a_register(
    team_db: TeamDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "team", "init", team_db.url)[0] == 0
    code, _, err = run(capsys, "team", "init", team_db.url)
    assert code == 45
    assert f"{team_db.user}@127.0.0.1:{team_db.cluster.port}/{team_db.name} already holds" in err


def test_a_command_on_an_empty_database_says_to_run_team_init(
    team_db: TeamDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--register", team_db.url, "deadlines")
    assert code == 44
    assert f"run `filing-desk team init {team_db.url}`" in err


def test_plain_init_on_an_address_points_to_team_init(
    team_db: TeamDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--register", team_db.url, "init")
    assert code == 46
    assert "filing-desk team init" in err


def test_backup_of_a_team_register_is_the_administrators_pg_dump(
    team_db: TeamDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "team", "init", team_db.url)[0] == 0
    code, _, err = run(capsys, "--register", team_db.url, "backup")
    assert code == 46
    assert "pg_dump" in err
    assert f"pg_dump -Fc -f register.dump {team_db.name}" in err


def test_team_login_keeps_only_a_password_the_server_accepted(
    team_db: TeamDatabase, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from filing_desk.commands import register_args

    assert run(capsys, "team", "init", team_db.url)[0] == 0
    monkeypatch.delenv("FILING_DESK_DB_PASSWORD")
    monkeypatch.setattr(register_args, "password_prompt", lambda address: "not the password")
    code, _, err = run(capsys, "team", "login", team_db.url)
    assert code == 42
    assert "not the password" not in err
    monkeypatch.setattr(
        register_args, "password_prompt", lambda address: None
    )  # no terminal to ask on
    code, _, err = run(capsys, "--register", team_db.url, "deadlines")
    assert code == 41  # nothing was kept
    assert "No password for" in err

    monkeypatch.setattr(register_args, "password_prompt", lambda address: team_db.password)
    code, out, _ = run(capsys, "team", "login", team_db.url)
    assert code == 0
    assert f"{team_db.user} on 127.0.0.1:{team_db.cluster.port} is in the system keyring" in out
    monkeypatch.setattr(register_args, "password_prompt", lambda address: None)
    assert run(capsys, "--register", team_db.url, "deadlines")[0] == 0  # from the keyring


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--register", "postgresql://u:pw@h/db", "deadlines"], "holds a password"),
        (["team", "init", "postgresql://u@h/db?host=other"], "host are not accepted"),
    ],
)
def test_a_bad_address_is_a_usage_error_before_anything_opens(
    argv: list[str], says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert says in err
    assert "pw@" not in err


def test_the_desktop_app_says_it_opens_files_only(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--register", "postgresql://u@h/db"]) == 2
    assert "the desktop app opens register files" in capsys.readouterr().err
