"""`filing-desk self-test` in-process: every step passes here, and a broken step is named."""

from __future__ import annotations

from pathlib import Path

import pytest

from filing_desk import __version__, selftest
from filing_desk.cli import build_parser, main
from filing_desk.commands import self_test

STEP_NAMES = [name for name, _ in selftest.STEPS]


def run_selftest() -> tuple[int, list[str]]:
    """The self-test's lines as the command prints them, and 0 when every step passed."""
    outcomes = list(selftest.run())
    lines = [*selftest.header(), *(o.line for o in outcomes), selftest.verdict(outcomes)]
    return (0 if all(o.passed for o in outcomes) else 1), lines


def step_lines(lines: list[str]) -> dict[str, str]:
    """Step name → its line, for the lines that report a step."""
    found = {}
    for line in lines:
        for name in STEP_NAMES:
            if line.startswith((f"ok   {name} (", f"FAIL {name}: ")):
                found[name] = line
    return found


def test_every_step_passes_and_prints_one_line() -> None:
    code, lines = run_selftest()
    assert code == 0, "\n".join(lines)
    assert lines[0].startswith(f"Filing Desk {__version__} self-test")
    assert lines[1].startswith("resources: ") and "(source tree)" in lines[1]
    steps = step_lines(lines)
    assert list(steps) == STEP_NAMES
    assert all(line.startswith("ok   ") for line in steps.values())
    assert "schema" in steps["migrations"]
    assert "WenQuanYi" in steps["pdf"]
    assert "PDFium" in steps["pdf preview"]
    assert "2026-10-16" in steps["due date"]
    assert lines[-1] == "self-test passed"


def test_a_missing_font_fails_the_pdf_step(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    missing = tmp_path / "fonts" / "wqy-microhei.ttc"
    monkeypatch.setattr("filing_desk.forms.fonts.font_path", lambda: missing)
    code, lines = run_selftest()
    assert code != 0
    steps = step_lines(lines)
    assert steps["pdf"] == f"FAIL pdf: the bundled font is missing: {missing}"
    assert steps["pdf preview"] == "FAIL pdf preview: skipped: no PDF (the pdf step failed)"
    others = [line for name, line in steps.items() if not name.startswith("pdf")]
    assert all(line.startswith("ok   ") for line in others)
    assert lines[-1] == "self-test FAILED (2 steps)"


def test_a_pdf_without_the_embedded_font_fails() -> None:
    with pytest.raises(selftest.StepFailed, match="FontFile2"):
        selftest.check_pdf(b"%PDF-1.4 /BaseFont /Helvetica")
    with pytest.raises(selftest.StepFailed, match="WenQuanYi"):
        selftest.check_pdf(b"%PDF-1.4 /FontFile2 /ToUnicode /BaseFont /AAAAAA+SimSun")
    assert selftest.check_pdf(b"%PDF-1.4 /FontFile2 /ToUnicode /BaseFont /ABCDEF+WenQuanYiX") == (
        "WenQuanYiX"
    )


def test_a_missing_keyring_backend_fails_the_keyring_step(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        selftest, "keyring_modules", lambda: ("keyring.backends.Nowhere", ("secretstorage",))
    )
    code, lines = run_selftest()
    assert code == 1
    assert step_lines(lines)["keyring"].startswith("FAIL keyring: ModuleNotFoundError: ")


def test_a_register_failure_skips_the_steps_that_need_it(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("filing_desk.store.register.create_register", refuse)
    code, lines = run_selftest()
    steps = step_lines(lines)
    assert code == 1
    assert steps["register"] == "FAIL register: OSError: disk full"
    for name in ("migrations", "procedure", "audit chain", "pdf", "pdf preview"):
        assert steps[name].startswith(f"FAIL {name}: skipped: ")
    assert steps["due date"].startswith("ok   ")
    assert steps["keyring"].startswith("ok   ")


def test_the_temporary_folder_is_removed(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Path] = []

    def spy(run: selftest.Run) -> str:
        seen.append(run.folder)
        assert any(run.folder.iterdir()), "the register should be in the folder"
        return "spied"

    monkeypatch.setattr(selftest, "STEPS", (*selftest.STEPS, ("spy", spy)))
    code, _ = run_selftest()
    assert code == 0
    assert seen and not seen[0].exists()


@pytest.mark.parametrize(
    ("platform", "backend"),
    [
        ("win32", "keyring.backends.Windows"),
        ("darwin", "keyring.backends.macOS"),
        ("linux", "keyring.backends.SecretService"),
        ("freebsd14", "keyring.backends.SecretService"),
    ],
)
def test_the_keyring_backend_checked_on_each_system(platform: str, backend: str) -> None:
    assert selftest.keyring_modules(platform)[0] == backend


def test_self_test_is_a_cli_command(capsys: pytest.CaptureFixture[str]) -> None:
    args = build_parser().parse_args(["self-test"])
    assert args.command == "self-test"
    assert args.handler is self_test.run
    assert main(["self-test"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"Filing Desk {__version__} self-test")
    assert [line.split(" (")[0].split(": ")[0] for line in out[2:-1]] == [
        f"ok   {name}" for name in STEP_NAMES
    ]
    assert out[-1] == "self-test passed"


def test_the_self_test_command_fails_with_the_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(run: selftest.Run) -> str:
        raise selftest.StepFailed("broken on purpose")

    monkeypatch.setattr(selftest, "STEPS", (("broken", broken),))
    assert main(["self-test"]) == 1


def test_the_self_test_knows_nothing_of_the_command_line() -> None:
    import ast

    tree = ast.parse(Path(selftest.__file__).read_text("utf-8"))
    imported = {
        alias.name if isinstance(node, ast.Import) else f"{node.module}.{alias.name}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert not {name for name in imported if "argparse" in name or "cli" in name.split(".")}
    assert not {name for name in imported if "commands" in name}
