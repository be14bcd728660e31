"""The validation report of an import, row by row: a table model and the panel around it.

One table line per issue (row, column, severity as text and icon, message), plus one line per row
that matches an algorithm already in the register. Rows with errors can be left out by unticking
them; the panel counts what is kept and saves the report (``ImportBatch.save_report``). The
sentences come from ``ui.messages``; the rules' own English text is the tooltip. No rules here.

Signals:
    ImportReportModel.rows_excluded(): the set of left-out rows changed.
    ReportPanel.rows_excluded(): the same, forwarded.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from filing_desk.domain.enums import Severity
from filing_desk.transfer.batch import ImportBatch
from filing_desk.ui.i18n import lang
from filing_desk.ui.messages import error_text, issue_text
from filing_desk.ui.save_target import ask_save_path
from filing_desk.ui.screen_fit import tip_cut_cells
from filing_desk.ui.table_model import Column, Index, ReadOnlyTableModel, sortable
from filing_desk.ui.written import tell_written

EXISTS = "exists"  # the severity column of a line about an existing algorithm
_SEVERITY_ORDER = {Severity.ERROR.value: 0, Severity.WARNING.value: 1, EXISTS: 2}


@dataclass(frozen=True)
class ReportLine:
    """One table line: the source row, its column, ``error``/``warning``/``exists``, the text."""

    line: int
    column: str
    severity: str
    text: str
    detail: str = ""
    has_errors: bool = False


def _icon(severity: str) -> QIcon:
    pixmap = {
        Severity.ERROR.value: QStyle.StandardPixmap.SP_MessageBoxCritical,
        Severity.WARNING.value: QStyle.StandardPixmap.SP_MessageBoxWarning,
    }.get(severity, QStyle.StandardPixmap.SP_MessageBoxInformation)
    return QApplication.style().standardIcon(pixmap)


class ImportReportModel(ReadOnlyTableModel[ReportLine]):
    """The report lines; column 0 is checkable for rows with errors (untick = leave the row out)."""

    rows_excluded = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.excluded: set[int] = set()
        self.checkable = True
        exists = self.tr("Exists")
        self.set_columns(
            [
                Column(
                    self.tr("Row"),
                    lambda ln: str(ln.line),
                    sort=attrgetter("line"),
                    roles={Qt.ItemDataRole.CheckStateRole: self._check_state},
                ),
                Column(self.tr("Column"), attrgetter("column")),
                Column(
                    self.tr("Severity"),
                    lambda ln: (
                        exists if ln.severity == EXISTS else Severity(ln.severity).label(lang())
                    ),
                    sort=lambda ln: _SEVERITY_ORDER.get(ln.severity, len(_SEVERITY_ORDER)),
                    icon=lambda ln: _icon(ln.severity),
                ),
                Column(
                    self.tr("Message"), attrgetter("text"), tooltip=lambda ln: ln.detail or ln.text
                ),
            ]
        )

    def _check_state(self, line: ReportLine) -> Qt.CheckState | None:
        if not self._checkable(line):
            return None
        return Qt.CheckState.Unchecked if line.line in self.excluded else Qt.CheckState.Checked

    def set_batch(
        self, batch: ImportBatch | None, existing: dict[int, str], update: bool = False
    ) -> None:
        """Show ``batch``'s issues and the rows in ``existing`` (line → algorithm name)."""
        lines = []
        for row in batch.rows if batch is not None else ():
            errors = bool(row.errors)
            for issue in row.issues:
                column = str(issue.params.get("column", "") or "")
                text = issue_text(issue)
                detail = issue.text if issue.text and issue.text != text else ""
                lines.append(
                    ReportLine(row.line, column, issue.severity.value, text, detail, errors)
                )
            if row.line in existing:
                lines.append(
                    ReportLine(row.line, "", EXISTS, self._exists_text(existing[row.line], update))
                )
        self.excluded &= {line.line for line in lines}
        self.set_rows(lines)

    def _exists_text(self, name: str, update: bool) -> str:
        text = (
            self.tr("“%1” is already in the register: it will be updated from this row.")
            if update
            else self.tr("“%1” is already in the register: this row will be skipped.")
        )
        return text.replace("%1", name)

    def lines(self) -> list[ReportLine]:
        return list(self.rows())

    def exclude_rows_with_errors(self) -> None:
        """Leave out every row that has an error."""
        self.excluded |= {line.line for line in self.rows() if line.has_errors}
        self._changed()

    def set_excluded(self, line: int, excluded: bool) -> None:
        if excluded:
            self.excluded.add(line)
        else:
            self.excluded.discard(line)
        self._changed()

    def _changed(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))
        self.rows_excluded.emit()

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0 and self._checkable(self.row_at(index.row())):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _checkable(self, line: ReportLine) -> bool:
        return self.checkable and line.has_errors

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        line = self.row_at(index.row())
        if not self._checkable(line):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.set_excluded(line.line, not checked)
        return True


class ReportPanel(QWidget):
    """The report table, the counts line, "Leave out rows with errors" and "Save report…"."""

    rows_excluded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.batch: ImportBatch | None = None
        self.model = ImportReportModel(self)
        self.model.rows_excluded.connect(self.rows_excluded)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        sortable(self.table)
        tip_cut_cells(self.table)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((0, 70), (1, 130), (2, 90)):
            self.table.setColumnWidth(column, width)
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        self.leave_out_button = QPushButton(self.tr("Leave out rows with errors"), self)
        self.leave_out_button.clicked.connect(self.model.exclude_rows_with_errors)
        self.save_button = QPushButton(self.tr("Save report…"), self)
        self.save_button.clicked.connect(self.save_report)
        bar = QHBoxLayout()
        bar.addWidget(self.counts, 1)
        bar.addWidget(self.leave_out_button)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.set_batch(None, {})

    def set_batch(
        self,
        batch: ImportBatch | None,
        existing: dict[int, str],
        update: bool = False,
        checkable: bool = True,
    ) -> None:
        """Show a batch's report; ``checkable`` False when rows cannot be left out (JSON)."""
        self.batch = batch
        self.model.checkable = checkable
        self.model.set_batch(batch, existing, update)
        self.leave_out_button.setVisible(checkable)
        self.update_counts()

    def kept_batch(self) -> ImportBatch | None:
        """The batch without the rows the user left out."""
        if self.batch is None:
            return None
        excluded = self.model.excluded
        return self.batch.with_rows(r for r in self.batch.rows if r.line not in excluded)

    def update_counts(self) -> None:
        batch = self.batch
        self.save_button.setEnabled(batch is not None)
        if batch is None:
            self.counts.clear()
            self.leave_out_button.setEnabled(False)
            return
        c = batch.counts()
        text = (
            self.tr("Rows: %1 · OK: %2 · with warnings: %3 · with errors: %4")
            .replace("%1", str(c.rows))
            .replace("%2", str(c.ok))
            .replace("%3", str(c.warnings))
            .replace("%4", str(c.errors))
        )
        if self.model.excluded:
            text += " · " + self.tr("left out: %1").replace("%1", str(len(self.model.excluded)))
        self.counts.setText(text)
        self.leave_out_button.setEnabled(bool(c.errors))

    @Slot()
    def save_report(self) -> str:
        """Ask for a file name and write the report there (UTF-8 text); returns the path."""
        if self.batch is None:
            return ""
        path = ask_save_path(
            self, self.tr("Save report"), "import-report.txt", self.tr("Text files (*.txt)")
        )
        if path is None:
            return ""
        try:
            self.batch.save_report(str(path))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save report"), error_text(exc))
            return ""
        tell_written(self, self.tr("Save report"), self.tr("The report was saved."), [path])
        return str(path)
