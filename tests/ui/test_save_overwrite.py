"""Saving to a file that already exists asks first, on every save path of the GUI: No keeps the
old file byte for byte, Yes replaces it. The file dialog's own question is switched off so the
question comes once, about the path really written (``ui.save_target``).

Printing to a PDF file from the print dialog is left to Qt's own print dialog, which asks
before it overwrites (``QPrintDialog`` checks the output file when accepted)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from filing_desk.store.register import open_register
from tests.helpers.save_paths import SAVE_PATHS

OLD = b"an old file the user cares about"
YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def _choose(monkeypatch, path: Path) -> list[dict]:
    calls: list[dict] = []

    def dialog(*args, **kwargs):
        calls.append(kwargs)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return calls


@pytest.mark.parametrize("name", sorted(SAVE_PATHS))
@pytest.mark.parametrize("answer", [NO, YES], ids=["no", "yes"])
def test_an_existing_file_is_replaced_only_when_the_user_says_yes(
    name, answer, main_window, qtbot, register, tmp_path, monkeypatch
):
    case = SAVE_PATHS[name]
    existing = tmp_path / "out" / case.written
    existing.parent.mkdir()
    existing.write_bytes(OLD)
    calls = _choose(monkeypatch, tmp_path / "out" / case.chosen)
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    case.save(main_window, qtbot, register, tmp_path)
    assert asked == [f"{existing} already exists. Replace it?"]
    assert calls and all(c.get("options") == QFileDialog.Option.DontConfirmOverwrite for c in calls)
    if answer == NO:
        assert existing.read_bytes() == OLD
    else:
        assert existing.read_bytes() != OLD
        assert existing.stat().st_size > 0


def test_a_replaced_backup_opens_as_the_register(
    main_window, qtbot, register, tmp_path, monkeypatch
):
    register.create_entity(name="替换备份有限公司")
    existing = tmp_path / "copy.fdesk"
    existing.write_bytes(OLD)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: YES)
    dialog = main_window.transfer.open_backup()
    dialog.target.setText(str(existing))
    assert dialog.back_up() == str(existing)
    with open_register(existing, lock=False) as copy:
        assert [e.name for e in copy.entities()] == ["替换备份有限公司"]
