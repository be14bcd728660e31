"""Where a run begins its log: a command logs to the user's log folder before it runs, and a log
folder that cannot be written says so on stderr without stopping the command."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from filing_desk.cli import main
from filing_desk.log import LOG_FILE, start_logging
from filing_desk.paths import app_paths

DUE = ["due", "--procedure", "filing", "--from", "2026-09-28"]  # no register needed


@pytest.fixture(autouse=True)
def log_handler_removed() -> Iterator[None]:
    yield
    root = logging.getLogger()
    for handler in [h for h in root.handlers if h.get_name() == "filing-desk"]:
        root.removeHandler(handler)
        handler.close()


def test_a_command_logs_to_the_users_log_folder(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(DUE) == 0
    assert capsys.readouterr() == ("2026-10-16\n", "")
    logfile = app_paths().log / LOG_FILE
    logging.getLogger("filing_desk.test").warning("a line after the command")
    assert "a line after the command" in logfile.read_text(encoding="utf-8")
    if os.name == "posix":
        assert stat.S_IMODE(logfile.stat().st_mode) == 0o600


def test_an_unwritable_log_folder_does_not_stop_a_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = app_paths().log
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the log folder should be", encoding="utf-8")
    assert main(DUE) == 0
    out, err = capsys.readouterr()
    assert out == "2026-10-16\n"
    assert err == "filing-desk: logging is off (File exists)\n"


def test_start_logging_gives_the_log_file_or_none(tmp_path: Path) -> None:
    assert start_logging(tmp_path / "logs") == tmp_path / "logs" / LOG_FILE
    blocker = tmp_path / "blocker"
    blocker.write_text("", encoding="utf-8")
    assert start_logging(blocker / "logs") is None
