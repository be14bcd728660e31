"""ImportDialog: File ▸ Import… for .xlsx, .csv and whole-register .json files.

The file is read in a job (``ui.jobs``): size and zip-bomb checks come first, so a hostile file
is refused before anything is unpacked and its message is shown. A spreadsheet gets the column
mapping (auto-mapped, editable; missing required fields named) and a preview; every change of
the mapping re-validates the rows (``tabular.parse_rows``). A CAC list (.docx) is handed to the
CAC-list dialog. Reading, validation and writing belong to ``transfer``; this module only shows.

Signals:
    loaded(): a chosen file was read (or refused); the report is up to date.
    cac_list_chosen(str): a .docx was chosen; the CAC-list dialog takes over.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from filing_desk.transfer.columns import auto_map, header, missing_required
from filing_desk.transfer.register_io import Prepared, limits_of, prepare
from filing_desk.transfer.tabular import Table, parse_rows, read_table
from filing_desk.ui.dialogs.column_mapping import ColumnMappingTable, PreviewModel
from filing_desk.ui.dialogs.import_base import ERROR_STYLE, BatchImportDialog
from filing_desk.ui.i18n import lang
from filing_desk.ui.jobs import Job, run_job
from filing_desk.ui.screen_fit import ElidedLabel, fit_size

TABLE_SUFFIXES = (".xlsx", ".csv")


class ImportDialog(BatchImportDialog):
    """Choose a file, map its columns, read the report, import the rows."""

    loaded = Signal()
    cac_list_chosen = Signal(str)

    def __init__(self, register: Any, parent: QWidget | None = None) -> None:
        super().__init__(register, parent)
        self.setWindowTitle(self.tr("Import"))
        self.table: Table | None = None
        self.job: Job[Any] | None = None
        self.file_label = ElidedLabel(self.tr("No file chosen."), self)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        self.mapping = ColumnMappingTable(self)
        self.mapping.mapping_changed.connect(self._on_mapping_changed)
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet(ERROR_STYLE)
        self.preview_model = PreviewModel(self)
        self.preview = QTableView(self)
        self.preview.setModel(self.preview_model)
        self.tabs = QTabWidget(self)
        columns_page = QWidget(self.tabs)
        columns_layout = QVBoxLayout(columns_page)
        columns_layout.addWidget(self.mapping, 1)
        columns_layout.addWidget(self.missing)
        self.tabs.addTab(columns_page, self.tr("Columns"))
        self.tabs.addTab(self.preview, self.tr("Preview (first rows)"))
        self._lay_out()
        fit_size(self, 980, 720)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("File:"), self))
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.tabs)
        report = QWidget(split)
        report_layout = QVBoxLayout(report)
        report_layout.setContentsMargins(0, 0, 0, 0)
        report_layout.addWidget(QLabel(self.tr("Validation report, row by row:"), report))
        report_layout.addWidget(self.report, 1)
        split.addWidget(report)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(split, 1)
        layout.addLayout(self.footer())
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.tabs.hide()

    # --- reading ------------------------------------------------------------------------

    @Slot()
    def choose_file(self) -> Job[Any] | None:
        """Ask for a file (.xlsx, .csv, .json or a CAC list .docx) and read it."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import"),
            "",
            self.tr("Registers and CAC lists (*.xlsx *.csv *.json *.docx);;All files (*)"),
        )
        return self.load(path) if path else None

    def load(self, path: str | Path) -> Job[Any] | None:
        """Read ``path`` in a job (progress and Cancel); ``loaded`` is emitted when done."""
        path = Path(path)
        if path.suffix.lower() == ".docx":
            self.cac_list_chosen.emit(str(path))
            return None
        self.path, self.table = path, None
        self.file_label.setText(path.name)
        self.file_label.setToolTip(str(path))
        self.show_prepared(None)
        self.tabs.hide()
        title = self.tr("Reading %1…").replace("%1", path.name)
        limits = limits_of(self.register)  # refused before unpacking beyond these (Settings)
        if path.suffix.lower() in TABLE_SUFFIXES:
            self.job = run_job(
                self,
                title,
                lambda _p, _c: read_table(path, limits),
                self._on_table_read,
                self._on_failed,
            )
        else:
            self.job = run_job(
                self,
                title,
                lambda _p, _c: prepare(path, limits=limits),
                self._on_prepared,
                self._on_failed,
            )
        return self.job

    def _on_table_read(self, table: Table) -> None:
        self.table = table
        self.mapping.set_columns(table, auto_map(table.headers))
        self.preview_model.set_table(table)
        self.tabs.show()
        self._revalidate()
        self.loaded.emit()

    def _on_prepared(self, prepared: Prepared) -> None:
        self.show_prepared(prepared)
        self.loaded.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self.show_problem(exc)
        self.loaded.emit()

    # --- mapping ------------------------------------------------------------------------

    @Slot()
    def _on_mapping_changed(self) -> None:
        self._revalidate()

    def _revalidate(self) -> None:
        """Parse the rows again with the mapping as it stands (nothing is read from disk)."""
        table = self.table
        if table is None:
            return
        mapping = self.mapping.mapping()
        missing = missing_required(mapping)
        self.missing.setText(
            self.tr("Required fields with no column: %1").replace(
                "%1", ("、" if lang() == "zh" else ", ").join(header(k, lang()) for k in missing)
            )
            if missing
            else ""
        )
        self.missing.setVisible(bool(missing))
        batch = parse_rows(
            table.headers, table.rows, mapping, lines=table.lines, source=table.source
        )
        self.show_prepared(Prepared(batch))
