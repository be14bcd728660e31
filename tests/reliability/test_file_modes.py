"""Every file that carries register data is owner-only (0600) from birth, whatever the umask.

A backup, an export, a PDF or the recovery sheet written with the usual umask 022 would be
readable by every account on the machine (0644): a plaintext export or the recovery key, to
anyone. Each case runs the real CLI under ``os.umask(0o022)`` and checks the mode of every file it
wrote, and that no partial file was left beside it.
"""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from filing_desk.cli import main
from tests.helpers.registers import STRONG_PASSPHRASE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")

CASES = {
    "backup -o": ["backup", "-o", "{out}/copy.fdesk"],
    "export xlsx": ["export", "--format", "xlsx", "-o", "{out}/register.xlsx"],
    "export csv": ["export", "--format", "csv", "-o", "{out}/register.csv"],
    "export json": ["export", "--format", "json", "-o", "{out}/register.json"],
    "print -o": ["print", "--form", "algorithm-filing", "--algorithm", "1", "-o", "{out}/f.pdf"],
    "print --packet": ["print", "--algorithm", "2", "--packet", "{out}/packet"],
    "recovery sheet": ["print", "--entity", "1", "--form", "recovery-sheet", "-o", "{out}/r.pdf"],
}


@pytest.fixture
def permissive_umask():
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def _mode(path: Path) -> str:
    return oct(stat.S_IMODE(path.stat().st_mode))


@pytest.mark.parametrize("case", sorted(CASES))
def test_attack_other_accounts_read_what_the_cli_writes(
    case: str, cli_demo: Path, tmp_path: Path, monkeypatch, permissive_umask, capsys
) -> None:
    """Reproduction: umask 022 (the usual default); run `filing-desk <case>` on a demo register;
    `ls -l` the output. Before: -rw-r--r-- (0644), readable by every local account. After:
    -rw------- (0600) for every file written, and no partial file left behind."""
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", STRONG_PASSPHRASE)
    out = tmp_path / "out"
    args = [a.replace("{out}", str(out)) for a in CASES[case]]
    assert main(["--register", str(cli_demo), *args]) == 0, capsys.readouterr().err
    written = _files(out)
    assert written, f"{case} wrote nothing"
    assert {p.name: _mode(p) for p in written} == {p.name: "0o600" for p in written}
    assert not [p for p in written if ".partial" in p.name]


def test_attack_other_accounts_read_the_automatic_backup(
    cli_demo: Path, tmp_path: Path, monkeypatch, permissive_umask
) -> None:
    """Reproduction: umask 022; `filing-desk backup` with no -o (the automatic place, next to the
    register; the GUI's backup on exit goes there too). Before: the copy is 0644. After: 0600."""
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", STRONG_PASSPHRASE)
    register = tmp_path / "own.fdesk"
    shutil.copyfile(cli_demo, register)
    assert main(["--register", str(register), "backup"]) == 0
    backups = _files(tmp_path / "own-backups")
    assert [b.suffix for b in backups] == [".fdesk"]
    assert _mode(backups[0]) == "0o600"


def test_attack_other_accounts_read_the_pre_upgrade_backup(
    tmp_path: Path, permissive_umask
) -> None:
    """Reproduction: umask 022; open a register made by an older version, so Filing Desk writes
    its verified copy `<name>.before-<new>-from-<old>.fdesk` next to it before upgrading.
    Before: that copy is 0644. After: 0600."""
    from filing_desk.store import migrate
    from filing_desk.store.register import open_register
    from tests.helpers import fixture_registers as fixtures

    oldest = migrate.REVISIONS[0]
    path = tmp_path / "old.fdesk"
    shutil.copyfile(fixtures.fixture_path(oldest), path)
    path.chmod(0o600)
    open_register(path, passphrase=fixtures.PASSPHRASE).close()
    saved = migrate.backup_path_for_upgrade(path, oldest)
    assert saved.exists()
    assert _mode(saved) == "0o600"


def _one_page_pdf() -> bytes:
    import io

    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "recovery sheet")
    page.save()
    return buffer.getvalue()


@pytest.mark.gui
def test_attack_other_accounts_read_the_pdfs_the_gui_saves(
    qapp, tmp_path: Path, monkeypatch, permissive_umask
) -> None:
    """Reproduction: umask 022; in the recovery-key dialog (or the procedure wizard) choose "Save
    the sheet as PDF…", then print a form to a PDF file from the print dialog. Before: both files
    are 0644. After: 0600, and Qt's print-to-file PDF is 0600 before its first page is drawn."""
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QFileDialog

    from filing_desk.ui import print_preview

    saved = tmp_path / "saved.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    assert print_preview.save_pdfs(None, [("recovery-sheet", _one_page_pdf())]) == [saved]
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "two"))
    (tmp_path / "two").mkdir()
    documents = [("a", _one_page_pdf()), ("b", _one_page_pdf())]
    two = print_preview.save_pdfs(None, documents)
    printed = tmp_path / "printed.pdf"
    printed.write_bytes(b"an older file of that name, readable by all")
    printer = print_preview.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    assert print_preview.paint_documents(printer, [("f", _one_page_pdf())]) == 1
    assert printed.read_bytes().startswith(b"%PDF")
    assert {p.name: _mode(p) for p in [saved, *two, printed]} == {
        p.name: "0o600" for p in [saved, *two, printed]
    }
