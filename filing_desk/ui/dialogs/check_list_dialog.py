"""CheckListDialog (File ▸ Check against a CAC list…): is every filed algorithm on the list?

For each filed algorithm of the register the list is searched for its filing number, then the
algorithm and entity names are compared (``cac_list.compare_with_list``); the table shows the
outcome in the UI language with an icon, and "Save report…" writes the same report the CLI prints
(``cac_list.check_against_list``). Reading and comparing belong to ``transfer``.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
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
from filing_desk.transfer.cac_list import (
    ListMatch,
    ListStatus,
    check_against_list,
    compare_with_list,
    parse_cac_list,
)
from filing_desk.transfer.register_io import FILED, limits_of
from filing_desk.ui.dialogs.import_base import ERROR_STYLE
from filing_desk.ui.i18n import QT_TRANSLATE_NOOP
from filing_desk.ui.messages import error_text
from filing_desk.ui.table_model import Column, ReadOnlyTableModel, sortable

_CONTEXT = "CheckListModel"
STATUS_TEXT: dict[ListStatus, str] = {
    ListStatus.LISTED: QT_TRANSLATE_NOOP("CheckListModel", "Listed, names match"),
    ListStatus.NAME_DIFFERS: QT_TRANSLATE_NOOP("CheckListModel", "Algorithm name differs"),
    ListStatus.ENTITY_DIFFERS: QT_TRANSLATE_NOOP("CheckListModel", "Entity name differs"),
    ListStatus.BOTH_DIFFER: QT_TRANSLATE_NOOP("CheckListModel", "Both names differ"),
    ListStatus.NOT_LISTED: QT_TRANSLATE_NOOP("CheckListModel", "Not in this list"),
    ListStatus.NO_NUMBER: QT_TRANSLATE_NOOP("CheckListModel", "No filing number"),
}
_PIXMAPS = {
    ListStatus.LISTED: QStyle.StandardPixmap.SP_DialogApplyButton,
    ListStatus.NOT_LISTED: QStyle.StandardPixmap.SP_MessageBoxInformation,
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
                "For every filed algorithm of the register: does %1 carry its filing number, "
                "and do the algorithm and entity names match? A list is one batch of filings, "
                "so “not in this list” is expected for algorithms filed in other batches."
            ).replace("%1", self.path.name),
            self,
        )
        heading.setWordWrap(True)
        self.model = CheckListModel(parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in ((0, 170), (1, 190), (2, 220), (3, 250), (4, 160)):
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
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(1150, 600)
        self._check(register)

    def _check(self, register: Any) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            batch = parse_cac_list(self.path, limits_of(register))
            entities = {e.id: e for e in register.entities()}
            filed = [(entities[a.entity_id], a) for a in register.algorithms() if a.state in FILED]
            self.model.set_rows(compare_with_list(batch, filed))
            self.lines = check_against_list(batch, filed)
        except Exception as exc:  # a refused or unreadable list: its message, no report
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(error_text(exc))
            self.summary.setToolTip(str(exc))
        else:
            self.summary.setText(self._counts())
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.save_button.setEnabled(bool(self.lines))

    def _counts(self) -> str:
        matches = self.model.rows()
        listed = sum(1 for m in matches if m.status is ListStatus.LISTED)
        missing = sum(1 for m in matches if m.status is ListStatus.NOT_LISTED)
        return (
            self.tr("Filed algorithms: %1 · listed with matching names: %2 · not in this list: %3")
            .replace("%1", str(len(matches)))
            .replace("%2", str(listed))
            .replace("%3", str(missing))
        )

    @Slot()
    def save_report(self) -> str:
        """Write the report (the CLI's text) to a chosen file; returns the path."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save report"),
            f"{self.path.stem}-check.txt",
            self.tr("Text files (*.txt)"),
        )
        if not path:
            return ""
        try:
            Path(path).write_text("\n".join(self.lines) + "\n", encoding="utf-8")
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save report"), error_text(exc))
            return ""
        return path
