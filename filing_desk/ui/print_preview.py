"""Preview, print and save rendered form PDFs; render several forms with progress and cancel.

Showing PDF pages would need QtPdf (PySide6-Addons, not Essentials), so pages are rasterised with
pypdfium2 straight into QImages (no PIL, no numpy) and painted onto the printer, one PDF page per
printer page, scaled to fit. "Save as PDF" writes the rendered bytes exactly. No layout and no
rule here: the PDFs and their watermark come from ``filing_desk.workflows.printing``, the same
as the command line's.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from filing_desk.store.files import create_private, write_private
from filing_desk.ui.jobs import Cancelled, Job, JobCancelled, Progress, run_job
from filing_desk.ui.save_target import ask_save_path
from filing_desk.ui.screen_fit import fit_size
from filing_desk.ui.written import tell_written

Documents = list[tuple[str, bytes]]

PRINT_DPI = 200  # enough for 10-pt CJK text; more only makes spooling slow
translate = QCoreApplication.translate


def page_images(data: bytes, dpi: int = PRINT_DPI) -> Iterator[QImage]:
    """Each page of a PDF as an RGB QImage at ``dpi`` (white background)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(
                scale=dpi / 72, rev_byteorder=True, fill_color=(255, 255, 255, 255)
            )
            image = QImage(
                bytes(bitmap.buffer),
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGB888,
            ).copy()  # own the pixels before pdfium frees its buffer
            bitmap.close()
            page.close()
            yield image
    finally:
        document.close()


def page_count(documents: Documents) -> int:
    import pypdfium2 as pdfium

    total = 0
    for _name, data in documents:
        document = pdfium.PdfDocument(data)
        total += len(document)
        document.close()
    return total


def paint_documents(printer: QPrinter, documents: Documents) -> int:
    """Paint every page of every document onto ``printer``; returns the pages painted. Printing
    to a PDF file writes into a new owner-only (0600) file of that name."""
    _private_output(printer)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    dpi = min(PRINT_DPI, max(printer.resolution(), 72))
    painted = 0
    try:
        for _name, data in documents:
            for image in page_images(data, dpi):
                if painted and not printer.newPage():
                    return painted
                _draw_fitted(painter, image)
                painted += 1
    finally:
        painter.end()
    return painted


def _private_output(printer: QPrinter) -> None:
    """Qt creates its print-to-file PDF with the umask's mode; make it 0600 from the start."""
    name = printer.outputFileName()
    if printer.outputFormat() != QPrinter.OutputFormat.PdfFormat or not name:
        return
    with contextlib.suppress(OSError):  # Qt reports an unwritable file itself, on begin()
        Path(name).unlink(missing_ok=True)
        create_private(Path(name))


def _draw_fitted(painter: QPainter, image: QImage) -> None:
    area = QRectF(painter.viewport())
    size = QSizeF(image.size()).scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    left = area.left() + (area.width() - size.width()) / 2
    top = area.top() + (area.height() - size.height()) / 2
    painter.setWindow(painter.viewport())
    painter.drawImage(QRectF(left, top, size.width(), size.height()), image)


def make_printer() -> QPrinter:
    """An A4 portrait printer using the whole sheet (the PDFs carry their own margins)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    return printer


class _PreviewDialog(QPrintPreviewDialog):
    """A print preview that keeps its printer alive as long as the dialog."""

    def __init__(self, printer: QPrinter, parent: QWidget | None) -> None:
        super().__init__(printer, parent)
        self.printer_ref = printer


def preview_pdfs(parent: QWidget | None, documents: Documents) -> QPrintPreviewDialog:
    """Open (non-blocking) a print preview of the documents; its Print button prints them."""
    printer = make_printer()
    dialog = _PreviewDialog(printer, parent)
    dialog.setWindowTitle(translate("print_preview", "Print preview"))
    fit_size(dialog, 900, 1000)  # Qt's own choice, 2/3 of the screen, hides Print on a small one
    dialog.paintRequested.connect(lambda target: paint_documents(target, documents))
    dialog.open()
    return dialog


def save_pdfs(parent: QWidget | None, documents: Documents) -> list[Path]:
    """Save as PDF: one file by name, several into a chosen folder; the bytes as rendered."""
    if not documents:
        return []
    if len(documents) == 1:
        name, data = documents[0]
        chosen = ask_save_path(  # asks before replacing an existing file
            parent,
            translate("print_preview", "Save as PDF"),
            f"{name}.pdf",
            translate("print_preview", "PDF files (*.pdf)"),
        )
        if chosen is None:
            return []
        return _told(parent, [write_private(chosen, data)])  # owner-only (0600), all or nothing
    folder = QFileDialog.getExistingDirectory(
        parent, translate("print_preview", "Choose a folder for the PDF files")
    )
    if not folder:
        return []
    targets = [Path(folder) / f"{n:02d}-{name}.pdf" for n, (name, _) in enumerate(documents, 1)]
    if any(t.exists() for t in targets) and not _confirm_overwrite(parent):
        return []
    pairs = zip(targets, documents, strict=True)
    return _told(parent, [write_private(t, data) for t, (_name, data) in pairs])


def _told(parent: QWidget | None, written: list[Path]) -> list[Path]:
    """Say what was written where (with "Show in folder"); returns ``written``."""
    title = translate("print_preview", "Save as PDF")
    tell_written(parent, title, translate("print_preview", "The PDF files were saved."), written)
    return written


def _confirm_overwrite(parent: QWidget | None) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("print_preview", "Save as PDF"),
        translate(
            "print_preview", "Some of these files already exist in that folder. Replace them?"
        ),
    )
    return answer == QMessageBox.StandardButton.Yes


def render_forms(
    parent: QWidget | None,
    register: Any,
    form_ids: Sequence[str] | None,
    context_kwargs: dict[str, Any],
    lang: str,
    on_done: Callable[[Documents], object],
) -> Job[Documents]:
    """Render the forms in a background job with progress and cancel; ``on_done`` gets the PDFs.

    ``form_ids`` None: the packet of the procedure printed for; ``context_kwargs``: what they
    are printed for (``workflows.printing.print_forms``'s keywords). What is rendered, and
    whether a form carries the DRAFT watermark, is that workflow's, exactly as the CLI prints.
    """

    def work(progress: Progress, cancelled: Cancelled) -> Documents:
        from filing_desk.workflows.printing import print_forms

        documents = print_forms(
            register,
            form_ids,
            lang=lang,
            progress=progress,
            cancelled=cancelled,
            **context_kwargs,
        )
        if cancelled():
            raise JobCancelled
        return documents

    return run_job(parent, translate("print_preview", "Rendering the forms…"), work, on_done)
