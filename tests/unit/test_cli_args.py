"""The command line's two parsers: the desktop app's short one (only --register/--demo, so the
window does not wait for ~15 subcommand parsers) and the whole one for everything else."""

from __future__ import annotations

from pathlib import Path

import pytest

from filing_desk import cli


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
