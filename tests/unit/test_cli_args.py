"""The command line's two parsers: the desktop app's short one (only --register/--demo, so the
window does not wait for ~15 subcommand parsers) and the whole one for everything else."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from filing_desk import cli

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("argv", "window"),
    [
        ([], True),
        (["--demo"], True),
        (["--register", "my.fdesk"], True),
        (["--register=my.fdesk", "--demo"], True),
        (["--register", "init"], True),  # a file called "init", not the command
        (["init"], False),
        (["--register", "my.fdesk", "check"], False),
        (["--help"], False),
        (["--version"], False),
        (["--register"], False),  # the whole parser says what is missing
        (["--registr", "x"], False),
    ],
)
def test_which_arguments_open_the_window(argv, window):
    assert cli.opens_the_window(argv) is window


def test_the_window_gets_the_register_it_was_given(monkeypatch):
    seen = []
    monkeypatch.setattr(cli, "_run_gui", lambda args: seen.append(args) or 0)
    assert cli.main(["--register", "somewhere/my.fdesk"]) == 0
    assert seen[0].register == Path("somewhere/my.fdesk")
    assert seen[0].command is None and not seen[0].demo


def test_help_still_lists_every_command(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for name in ("init", "check", "deadlines", "due", "print", "import", "export"):
        assert name in out


def test_a_missing_register_value_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--register"])
    assert exit_info.value.code == 2
    assert "--register" in capsys.readouterr().err


WINDOW_START = """
import sys
from filing_desk import cli
cli._run_gui = lambda args: 0  # the window itself is tests/ui/test_startup_path.py's business
assert cli.main(sys.argv[1:]) == 0
print(sorted(m for m in sys.modules if m.startswith("filing_desk")))
"""


def test_opening_the_window_imports_no_command(tmp_path):
    """The desktop app's start-up builds the short parser only: no command module, no store."""
    env = {**os.environ, "FILING_DESK_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", WINDOW_START, "--register", str(tmp_path / "r.fdesk")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=True,
        timeout=60,
    )
    assert ast.literal_eval(done.stdout.strip()) == ["filing_desk", "filing_desk.cli"]


def test_each_command_is_bound_to_its_handler():
    """argparse's own set_defaults binds every subcommand to the function in its module."""
    parser = cli.build_parser()
    names = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert list(names) == [
        "init", "demo", "check", "deadlines", "due", "services", "print", "import", "export",
        "check-list",
        "backup", "restore", "number", "checklists", "self-test", "team",
    ]  # fmt: skip
    for name, sub in names.items():
        handler = sub.get_default("handler")
        assert callable(handler), name
        assert handler.__module__.startswith("filing_desk.commands."), name


PARSE_ONLY = """
import sys
from filing_desk import cli
args = cli.build_parser().parse_args(sys.argv[1:])
heavy = ("sqlalchemy", "alembic", "reportlab", "openpyxl", "docx", "PySide6", "keyring")
ours = ("filing_desk.store", "filing_desk.forms", "filing_desk.transfer", "filing_desk.ui")
print(sorted(m for m in sys.modules if m.startswith(heavy + ours)))
"""


@pytest.mark.parametrize(
    "argv", [["check"], ["print", "--form", "x"], ["import", "a.xlsx"], ["self-test"]]
)
def test_parsing_a_command_imports_nothing_heavy(argv, tmp_path):
    """Every subparser is built and the arguments parsed before any heavy module is imported."""
    done = subprocess.run(
        [sys.executable, "-c", PARSE_ONLY, *argv],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "FILING_DESK_HOME": str(tmp_path)},
        check=True,
        timeout=60,
    )
    assert ast.literal_eval(done.stdout.strip()) == []
