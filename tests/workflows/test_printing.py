"""Printing a packet (workflows.printing): the desktop app's Print and ``filing-desk print``
give the same PDFs for the same algorithm — the same forms, the same text, the same DRAFT
watermark — with a procedure being edited, one marked ready, one completed, and none at all."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtGui import QUndoStack

from filing_desk.cli import main
from filing_desk.domain.enums import ProcedureKind
from filing_desk.domain.issues import Report
from filing_desk.store.register import Register, create_register
from filing_desk.ui import print_preview
from filing_desk.ui.detail_pane import DetailPane
from filing_desk.ui.i18n import lang
from filing_desk.ui.record_form import RecordEditor
from filing_desk.ui.tempfiles import PrivateTempDir
from filing_desk.ui.wizard import procedure_wizard
from filing_desk.workflows import readiness


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    """A register on today's clock, as the command line opens it."""
    reg = create_register(tmp_path / "print.fdesk").register
    yield reg
    reg.close()


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def _printed_in_window(qtbot: Any, tmp_path: Path, register: Register, algorithm_id: int) -> list:
    """The packet the algorithm's detail pane prints (Print packet), as (form id, PDF)."""
    pane = DetailPane(register, RecordEditor(register, QUndoStack()), PrivateTempDir(root=tmp_path))
    qtbot.addWidget(pane)
    pane.show_algorithm(algorithm_id)
    shown: list[list[tuple[str, bytes]]] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(print_preview, "preview_pdfs", lambda _parent, docs: shown.append(docs))
        pane.print_packet()
        qtbot.waitUntil(lambda: bool(shown), timeout=60000)
    return shown[0]


def _printed_by_cli(path: Path, folder: Path, algorithm_id: int) -> list[tuple[str, bytes]]:
    args = ["--register", str(path), "print", "--algorithm", str(algorithm_id)]
    assert main([*args, "--lang", lang(), "--packet", str(folder)]) == 0  # the window's language
    return [(p.name, p.read_bytes()) for p in sorted(folder.iterdir())]


def _no_procedure(register: Register, algorithm_id: int) -> None:
    """Nothing started: the algorithm has no procedure at all."""


def _editing(register: Register, algorithm_id: int) -> None:
    register.start_filing(algorithm_id)


def _ready(register: Register, algorithm_id: int) -> None:
    readiness.mark_ready(register, register.start_filing(algorithm_id).id)


CASES: dict[str, tuple[Callable[[Register, int], None], bool]] = {
    "no procedure": (_no_procedure, True),
    "a filing being edited": (_editing, True),
    "a filing marked ready": (_ready, False),
}


@pytest.mark.parametrize("case", [*CASES, "a completed filing, nothing live"])
def test_window_and_command_line_print_the_same_packet(
    qtbot: Any,
    tmp_path: Path,
    register: Register,
    request: pytest.FixtureRequest,
    case: str,
) -> None:
    if case in CASES:
        prepare, draft = CASES[case]
        algorithm_id = request.getfixturevalue("draft_id")
        prepare(register, algorithm_id)
    else:
        algorithm_id, draft = request.getfixturevalue("filed_id"), False

    in_window = _printed_in_window(qtbot, tmp_path, register, algorithm_id)
    register.close()  # the command line opens the file itself
    by_cli = _printed_by_cli(register.path, tmp_path / "packet", algorithm_id)

    assert [name for name, _ in by_cli] == [
        f"{n:02d}-{form_id}.pdf" for n, (form_id, _) in enumerate(in_window, 1)
    ]
    assert [_text(pdf) for _, pdf in by_cli] == [_text(pdf) for _, pdf in in_window]
    assert all(("DRAFT" in _text(pdf)) is draft for _, pdf in by_cli), case


def test_a_new_change_prints_without_the_last_change_s_answers(
    qtbot: Any, tmp_path: Path, register: Register, filed_id: int
) -> None:
    """The command line prints an algorithm's last modification; the wizard of a change not
    saved yet prints the algorithm alone (a draft), not the last change's reason."""
    reason = "上一次变更：主要用途调整为资讯与短视频的综合推荐"
    done = register.record_change(filed_id, date(2026, 11, 21), reason, main_use="上一次的用途")
    register.mark_ready(done.id, Report())
    register.submit(done.id, date(2026, 11, 22))
    register.record_filed(done.id, date(2026, 11, 25))
    wizard = procedure_wizard.ProcedureWizard(register, ProcedureKind.MODIFICATION, filed_id)
    qtbot.addWidget(wizard)
    assert wizard.procedure is None  # nothing open: a new change
    shown: list[list[tuple[str, bytes]]] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(procedure_wizard, "preview_pdfs", lambda _parent, docs: shown.append(docs))
        wizard.summary.print_button.click()
        qtbot.waitUntil(lambda: bool(shown), timeout=60000)
    [(form_id, in_wizard), *_] = shown[0]
    register.close()
    out = tmp_path / "modification.pdf"
    args = ["--register", str(register.path), "print", "--algorithm", str(filed_id)]
    assert main([*args, "--form", "modification", "--lang", lang(), "-o", str(out)]) == 0

    assert form_id == "modification"
    assert reason[:12] in _text(out.read_bytes())
    assert reason[:12] not in _text(in_wizard)
    assert "DRAFT" in _text(in_wizard)
