"""Rendering a packet with progress, painting its pages onto a printer, saving the PDFs."""

from __future__ import annotations

import io
from datetime import date

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from filing_desk.domain.enums import ProcedureKind, Role
from filing_desk.forms.packet import forms_for
from filing_desk.ui.print_preview import (
    make_printer,
    page_count,
    paint_documents,
    preview_pdfs,
    render_forms,
    save_pdfs,
)


@pytest.fixture
def procedure_id(register) -> int:
    entity = register.create_entity(name="北京示例科技有限公司", uscc="91110000600037341L")
    algorithm = register.create_algorithm(
        entity.id,
        name="示例推荐算法",
        algo_type="02",
        role="provider",
        launch_date=date(2026, 11, 10),
    )
    return register.start_filing(algorithm.id).id


@pytest.fixture
def documents(qtbot, register, procedure_id) -> list[tuple[str, bytes]]:
    rendered: list[list[tuple[str, bytes]]] = []
    progress: list[tuple[int, int, str]] = []
    form_ids = forms_for(ProcedureKind.FILING, Role.PROVIDER)
    job = render_forms(
        None, register, form_ids, {"procedure_id": procedure_id}, "zh", rendered.append
    )
    job.progressed.connect(lambda d, t, s: progress.append((d, t, s)))
    with qtbot.waitSignal(job.finished, timeout=60000):
        pass
    [docs] = rendered
    assert [name for name, _ in docs] == list(form_ids)
    assert progress[-1] == (len(form_ids), len(form_ids), "")
    assert [d for d, _t, _s in progress] == list(range(len(form_ids) + 1))
    return docs


def test_render_forms_makes_a_pdf_per_form_with_draft_watermark(documents):
    for _name, data in documents:
        assert data.startswith(b"%PDF")
    text = pypdf.PdfReader(io.BytesIO(documents[1][1])).pages[0].extract_text()
    assert "草稿" in text  # an editing procedure prints as a draft


def test_paint_one_printer_page_per_pdf_page(documents, tmp_path):
    printer = make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    painted = paint_documents(printer, documents)
    assert painted == page_count(documents) >= len(documents)
    assert len(pypdf.PdfReader(target).pages) == painted


def test_preview_dialog_opens_without_blocking(qtbot, documents):
    dialog = preview_pdfs(None, documents[:1])
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    dialog.close()


def test_save_several_into_a_folder_bytes_identical(monkeypatch, documents, tmp_path):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    written = save_pdfs(None, documents)
    assert written[0].name == "01-entity-filing.pdf"
    assert [p.read_bytes() for p in written] == [data for _n, data in documents]


def test_save_one_file_bytes_identical(monkeypatch, documents, tmp_path):
    target = tmp_path / "one.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert save_pdfs(None, documents[:1]) == [target]
    assert target.read_bytes() == documents[0][1]
