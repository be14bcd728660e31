"""CheckListDialog (File ▸ Check against a CAC list…): is every filed algorithm on the list?

For each filed algorithm of the register the list is searched for its filing number, then names,
type, role and main use are compared and the row's remark read (``cac_check.compare_with_list``):
listed, missing, renamed, cancelled or differs. The table shows the outcome in the UI language
with an icon and what differs; a line above it shows the list (title, batch, publication date)
and whether this very file was imported before (its list record, by SHA-256); "Save report…"
writes the same report the CLI prints (``register_io.check_list``). Reading and comparing belong
to ``transfer``.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from filing_desk.domain.codes import format_filing_number
from filing_desk.transfer.cac_check import (
    ListMatch,
    ListStatus,
    check_against_list,
    compare_with_list,
    counts,
)
from filing_desk.transfer.cac_list_import import ListSource, read_list
from filing_desk.transfer.register_io import checked_algorithms, limits_of, list_heading
from filing_desk.ui.dialogs.import_base import ERROR_STYLE
from filing_desk.ui.i18n import QT_TRANSLATE_NOOP
from filing_desk.ui.jobs import Cancelled, JobCancelled, Progress, run_and_wait
from filing_desk.ui.messages import error_text
from filing_desk.ui.save_target import ask_save_path
from filing_desk.ui.screen_fit import fit_size, tip_cut_cells
from filing_desk.ui.table_model import Column, ReadOnlyTableModel, sortable
from filing_desk.ui.written import tell_written

_CONTEXT = "CheckListModel"
STATUS_TEXT: dict[ListStatus, str] = {
    ListStatus.LISTED: QT_TRANSLATE_NOOP("CheckListModel", "Listed"),
    ListStatus.MISSING: QT_TRANSLATE_NOOP("CheckListModel", "Missing from this list"),
    ListStatus.RENAMED: QT_TRANSLATE_NOOP("CheckListModel", "Entity renamed"),
    ListStatus.CANCELLED: QT_TRANSLATE_NOOP("CheckListModel", "Cancelled (已注销)"),
    ListStatus.DIFFERS: QT_TRANSLATE_NOOP("CheckListModel", "Differs"),
}
_PIXMAPS = {
    ListStatus.LISTED: QStyle.StandardPixmap.SP_DialogApplyButton,
    ListStatus.RENAMED: QStyle.StandardPixmap.SP_DialogApplyButton,
    ListStatus.MISSING: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def _outcome(m: ListMatch) -> str:
    return QCoreApplication.translate(_CONTEXT, STATUS_TEXT[m.status])


def _outcome_icon(m: ListMatch) -> QIcon:
    pixmap = _PIXMAPS.get(m.status, QStyle.StandardPixmap.SP_MessageBoxWarning)
    return QApplication.style().standardIcon(pixmap)


def _number(m: ListMatch) -> str:
    return format_filing_number(m.filing_number) if m.filing_number else ""


class CheckListModel(ReadOnlyTableModel[ListMatch]):
    """One line per filed algorithm: outcome, entity, algorithm, number, the list's row."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        texts: list[tuple[str, Callable[[ListMatch], str]]] = [
            (self.tr("Entity"), attrgetter("entity_name")),
            (self.tr("Algorithm"), attrgetter("algorithm_name")),
            (self.tr("Filing number"), _number),
            (self.tr("In the list"), self._in_list),
            (self.tr("What differs"), self._what_differs),
            (self.tr("Remarks (备注)"), attrgetter("list_remark")),
        ]
        # every cell's tooltip is its whole text: the columns are narrow
        self.set_columns(
            [Column(self.tr("Outcome"), _outcome, tooltip=_outcome, icon=_outcome_icon)]
            + [Column(title, text, tooltip=text) for title, text in texts]
        )

    def _in_list(self, m: ListMatch) -> str:
        if m.list_line is None:
            return ""
        text = self.tr("row %1").replace("%1", str(m.list_line))
        if m.status is not ListStatus.LISTED:
            text += f": {m.list_entity} / {m.list_name}"
        return text

    def _what_differs(self, m: ListMatch) -> str:
        """The differences (as the report prints them), then a known rename."""
        parts = list(m.differences)
        if m.former_name:
            parts.append(
                self.tr("renamed: “%1” → “%2”")
                .replace("%1", m.former_name)
                .replace("%2", m.renamed_to)
            )
        return "; ".join(parts)


class CheckListDialog(QDialog):
    """The comparison of the register with one CAC list; the report can be saved."""

    def __init__(self, register: Any, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.lines: list[str] = []
        self.setWindowTitle(self.tr("Check against a CAC list"))
        self.setSizeGripEnabled(True)
        heading = QLabel(
            self.tr(
                "For every filed algorithm of the register: does %1 carry its filing number, do "
                "the names, type, role and main use match, and what does its remark say? A list "
                "is one batch of filings, so “missing” is expected for algorithms filed in other "
                "batches."
            ).replace("%1", self.path.name),
            self,
        )
        heading.setWordWrap(True)
        self.list_record = QLabel(self)
        self.list_record.setWordWrap(True)
        self.list_record.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = CheckListModel(parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        tip_cut_cells(self.table)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in ((0, 170), (1, 190), (2, 220), (3, 250), (4, 160), (5, 220)):
            self.table.setColumnWidth(column, width)
        sortable(self.table)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save report…"), self)
        self.save_button.clicked.connect(self.save_report)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list_record)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        fit_size(self, 1150, 600)
        self._check(register)

    def _check(self, register: Any) -> None:
        """Read the list and compare it in a pool thread (read only: Cancel is safe)."""

        def work(progress: Progress, cancelled: Cancelled) -> tuple[Any, ...]:
            progress(0, 2, self.tr("Reading %1…").replace("%1", self.path.name))
            batch, source = read_list(self.path, limits_of(register))
            if cancelled():
                raise JobCancelled
            progress(1, 2, self.tr("Comparing with the register…"))
            filed, former = checked_algorithms(register), register.former_names()
            rows = compare_with_list(batch, filed, former)
            lines = check_against_list(batch, filed, former, list_heading(register, source))
            progress(2, 2, "")
            return rows, lines, source

        title = self.tr("Checking against the CAC list…")
        try:
            rows, lines, source = run_and_wait(self.parentWidget(), title, work)
        except JobCancelled:
            self.summary.setText(self.tr("The check was cancelled."))
        except Exception as exc:  # a refused or unreadable list: its message, no report
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(error_text(exc))
            self.summary.setToolTip(str(exc))
        else:
            self.model.set_rows(rows)
            self.lines = lines
            self.list_record.setText(self._record_text(register, source))
            self.summary.setText(self._counts())
        self.save_button.setEnabled(bool(self.lines))

    def _record_text(self, register: Any, source: ListSource) -> str:
        """The list, and its record in this register when this very file was imported."""
        record = register.cac_list_by_hash(source.sha256)
        dated = record or source
        published = str(dated.published or "")
        if dated.published_estimated:
            published = self.tr("%1 (estimated from the batch)").replace("%1", published)
        text = (
            self.tr("%1 · batch %2 · published %3")
            .replace("%1", source.title or source.filename)
            .replace("%2", source.batch)
            .replace("%3", published)
        )
        if record is None:
            return text + " · " + self.tr("not imported into this register")
        imported = f"{record.imported_at:%Y-%m-%d}" if record.imported_at else ""
        return text + " · " + self.tr("imported on %1").replace("%1", imported)

    def _counts(self) -> str:
        count = counts(self.model.rows())
        return (
            self.tr("Listed: %1 · missing: %2 · renamed: %3 · cancelled: %4 · differs: %5")
            .replace("%1", str(count[ListStatus.LISTED]))
            .replace("%2", str(count[ListStatus.MISSING]))
            .replace("%3", str(count[ListStatus.RENAMED]))
            .replace("%4", str(count[ListStatus.CANCELLED]))
            .replace("%5", str(count[ListStatus.DIFFERS]))
        )

    @Slot()
    def save_report(self) -> str:
        """Write the report (the CLI's text) to a chosen file; returns the path."""
        path = ask_save_path(
            self,
            self.tr("Save report"),
            f"{self.path.stem}-check.txt",
            self.tr("Text files (*.txt)"),
        )
        if path is None:
            return ""
        try:
            path.write_text("\n".join(self.lines) + "\n", encoding="utf-8")
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save report"), error_text(exc))
            return ""
        tell_written(self, self.tr("Save report"), self.tr("The report was saved."), [path])
        return str(path)
