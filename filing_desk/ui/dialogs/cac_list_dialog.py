"""CacListDialog: import a firm's already-filed algorithms from a CAC published list (.docx).

The list is read in a job (``cac_list_import.read_list``: size and zip-bomb checks first, then
its evidence: title, batch, SHA-256). The
entity names it holds are listed (searchable, tick one or more); the chosen entities' rows are
previewed (name, type and role, products as parsed, filing number, the list's 备注 highlighted for
the user to act on) with the validation report; Import writes them as FILED algorithms in one
transaction, records the list (or recognises it, by hash) and acts on its remarks (renames,
已注销). Parsing and writing belong to ``transfer``; this module only shows.

Signals:
    loaded(): the list was read (or refused).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from operator import attrgetter
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from filing_desk.domain.codes import format_filing_number
from filing_desk.transfer.batch import ImportBatch, ImportRow
from filing_desk.transfer.cac_list import entity_names, select_entities
from filing_desk.transfer.cac_list_import import ListSource, read_list
from filing_desk.transfer.register_io import Prepared, limits_of
from filing_desk.ui.dialogs.import_base import BatchImportDialog
from filing_desk.ui.i18n import lang
from filing_desk.ui.jobs import Job, run_job
from filing_desk.ui.screen_fit import ElidedLabel, fit_size, tip_cut_cells
from filing_desk.ui.table_model import Column, ReadOnlyTableModel

Index = QModelIndex | QPersistentModelIndex
REMARK_BACKGROUND = QColor("#fff3c4")
REMARK_FOREGROUND = QColor("#5c4300")


class EntityNamesModel(QAbstractListModel):
    """The entity names of a list with a tick each; ``checked`` keeps the list's order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._names: list[str] = []
        self._counts: dict[str, int] = {}
        self._checked: set[str] = set()

    def set_batch(self, batch: ImportBatch | None) -> None:
        self.beginResetModel()
        self._names = entity_names(batch) if batch is not None else []
        self._counts = {}
        for row in batch.rows if batch is not None else ():
            self._counts[row.entity.name] = self._counts.get(row.entity.name, 0) + 1
        self._checked = set()
        self.endResetModel()

    def checked(self) -> list[str]:
        return [n for n in self._names if n in self._checked]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._names)

    def flags(self, index: Index) -> Qt.ItemFlag:
        checkable = Qt.ItemFlag.ItemIsUserCheckable if index.isValid() else Qt.ItemFlag.NoItemFlags
        return super().flags(index) | checkable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        name = self._names[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("%1 (%n row(s))", "", self._counts.get(name, 0)).replace("%1", name)
        if role == Qt.ItemDataRole.EditRole:
            return name  # what the search box filters on
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if name in self._checked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        name = self._names[index.row()]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(name)
        else:
            self._checked.discard(name)
        self.dataChanged.emit(index, index, [role])
        return True

    def set_checked(self, name: str, checked: bool = True) -> None:
        """Tick (or untick) an entity by name, as a click on its box does."""
        row = self._names.index(name)
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.setData(self.index(row), state.value, Qt.ItemDataRole.CheckStateRole)


def _kind(row: ImportRow) -> str:
    algo, language = row.algorithm, lang()
    return f"{algo.algo_type.label(language)} · {algo.role.label(language)}"


def _products(row: ImportRow) -> str:
    language = lang()
    return "、".join(f"{p.name}（{p.form.label(language)}）" for p in row.products) or "--"


def _number(row: ImportRow) -> str:
    number = row.algorithm.filing_number
    return format_filing_number(number) if number else "—"


class CacRowsModel(ReadOnlyTableModel[ImportRow]):
    """The chosen rows as the import will write them; the list's remarks stand out."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, key=attrgetter("line"))
        background, foreground = QBrush(REMARK_BACKGROUND), QBrush(REMARK_FOREGROUND)
        bold = QFont()
        bold.setBold(True)
        texts: list[tuple[str, Callable[[ImportRow], str]]] = [
            (self.tr("Entity"), lambda r: r.entity.name),
            (self.tr("Algorithm"), lambda r: r.algorithm.name),
            (self.tr("Type / role"), _kind),
            (self.tr("Products"), _products),
            (self.tr("Filing number"), _number),
        ]
        # every cell's tooltip is its whole text: remarks and product lists run long
        self.set_columns(
            [
                Column(
                    self.tr("Row"),
                    lambda r: str(r.line),
                    sort=attrgetter("line"),
                    tooltip=lambda r: str(r.line),
                )
            ]
            + [Column(title, text, tooltip=text) for title, text in texts]
            + [
                Column(
                    self.tr("Remarks (备注)"),
                    attrgetter("remark"),
                    tooltip=attrgetter("remark"),
                    roles={
                        Qt.ItemDataRole.BackgroundRole: lambda r: background if r.remark else None,
                        Qt.ItemDataRole.ForegroundRole: lambda r: foreground if r.remark else None,
                        Qt.ItemDataRole.FontRole: lambda r: bold if r.remark else None,
                    },
                )
            ]
        )

    def remarks(self) -> int:
        return sum(1 for r in self.rows() if r.remark)


class CacListDialog(BatchImportDialog):
    """Choose entities in a CAC list, preview their rows, import them as FILED algorithms."""

    loaded = Signal()

    def __init__(self, register: Any, parent: QWidget | None = None) -> None:
        super().__init__(register, parent)
        self.setWindowTitle(self.tr("Import from a CAC list"))
        self.list_batch: ImportBatch | None = None
        self.list_source: ListSource | None = None
        self.job: Job[Any] | None = None
        self.file_label = ElidedLabel(self.tr("No list chosen."), self)
        self.choose_button = QPushButton(self.tr("Choose list…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        self.names = EntityNamesModel(self)
        self.names.dataChanged.connect(self._on_names_checked)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.names)
        self.proxy.setFilterRole(Qt.ItemDataRole.EditRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search entity names"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.entity_list = QListView(self)
        self.entity_list.setModel(self.proxy)
        self.entities_found = QLabel(self)
        self.rows_model = CacRowsModel(self)
        self.rows = QTableView(self)
        self.rows.setModel(self.rows_model)
        tip_cut_cells(self.rows)
        self.rows.verticalHeader().setVisible(False)
        self.rows.setWordWrap(True)
        self.rows.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.rows.horizontalHeader().setStretchLastSection(True)
        for column, width in ((0, 40), (1, 180), (2, 170), (3, 150), (4, 160), (5, 215)):
            self.rows.setColumnWidth(column, width)
        self.remarks_note = QLabel(self)
        self.remarks_note.setWordWrap(True)
        self._lay_out()
        fit_size(self, 1400, 780)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("List:"), self))
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Entities in the list (tick yours):"), left))
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.entity_list, 1)
        left_layout.addWidget(self.entities_found)
        right = QSplitter(Qt.Orientation.Vertical, self)
        preview = QWidget(right)
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(QLabel(self.tr("Rows of the chosen entities:"), preview))
        preview_layout.addWidget(self.rows, 1)
        preview_layout.addWidget(self.remarks_note)
        right.addWidget(preview)
        right.addWidget(self.report)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([280, 1120])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(split, 1)
        layout.addLayout(self.footer())
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    @Slot()
    def choose_file(self) -> Job[Any] | None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a CAC list"), "", self.tr("CAC lists (*.docx)")
        )
        return self.load(path) if path else None

    def load(self, path: str | Path) -> Job[Any]:
        """Read the list in a job; ``loaded`` is emitted when done."""
        self.path = Path(path)
        self.file_label.setText(self.path.name)
        self.file_label.setToolTip(str(self.path))
        self._set_list(None)
        source, limits = self.path, limits_of(self.register)
        self.job = run_job(
            self,
            self.tr("Reading %1…").replace("%1", source.name),
            lambda _p, _c: read_list(source, limits),
            self._on_read,
            self._on_failed,
        )
        return self.job

    def _on_read(self, read: tuple[ImportBatch, ListSource]) -> None:
        batch, self.list_source = read
        self._set_list(batch)
        self._show_source(self.list_source)
        self.loaded.emit()

    def _show_source(self, source: ListSource) -> None:
        """The list's title and batch; whether this very file (by hash) was imported before."""
        record = self.register.cac_list_by_hash(source.sha256)
        text = self.tr("%1 (%2) · batch %3").replace("%1", source.title or source.filename)
        text = text.replace("%2", source.filename).replace("%3", source.batch)
        if record is not None:
            text += " · " + self.tr("imported before: its record will name the new entities too")
        self.file_label.setText(text)

    def _on_failed(self, exc: BaseException) -> None:
        self.list_source = None
        self._set_list(None)
        self.show_problem(exc)
        self.loaded.emit()

    def _set_list(self, batch: ImportBatch | None) -> None:
        self.list_batch = batch
        self.names.set_batch(batch)
        count = len(entity_names(batch)) if batch is not None else 0
        self.entities_found.setText(
            self.tr("%n entit(ies) in the list", "", count) if batch is not None else ""
        )
        self._show_chosen()

    def choose_entities(self, names: list[str]) -> None:
        """Tick these entities (as clicks on their boxes would)."""
        for name in names:
            self.names.set_checked(name)

    @Slot()
    def _on_names_checked(self, *_args: Any) -> None:
        self._show_chosen()

    def _show_chosen(self) -> None:
        chosen = self.names.checked()
        if self.list_batch is None or not chosen:
            self.rows_model.set_rows(())
            self.remarks_note.clear()
            self.show_prepared(None)
            if self.list_batch is not None:
                self.status.setText(self.tr("Tick one or more entities to import their rows."))
            return
        batch = select_entities(self.list_batch, chosen)
        self.rows_model.set_rows(batch.rows)
        self.rows.resizeRowsToContents()  # remarks and product lists wrap, shown in full
        remarks = self.rows_model.remarks()
        self.remarks_note.setText(
            self.tr(
                "%n row(s) carry a remark in the list (highlighted). On import, 已注销 records "
                "the algorithm as cancelled as of the list, and an entity renamed by the list "
                "takes its new name; other changes are kept in the list's record.",
                "",
                remarks,
            )
            if remarks
            else ""
        )
        self.show_prepared(Prepared(batch, cac=self.list_source))

    def kept(self) -> Prepared | None:
        """The kept rows, with the list's evidence (recorded on import)."""
        kept = super().kept()
        return replace(kept, cac=self.list_source) if kept is not None else None

    def summary(self, result: Any) -> str:
        """The rows' counts, then what the import did with the list."""
        text = super().summary(result)
        outcome = getattr(result, "outcome", None)
        if outcome is None:
            return text
        record = outcome.record
        seen = (
            self.tr("List recorded: %1, batch %2, published %3.")
            if outcome.new
            else self.tr("This list was imported before (same file): %1, batch %2, published %3.")
        )
        seen = seen.replace("%1", record.title).replace("%2", record.batch)
        seen = seen.replace("%3", str(record.published or ""))
        acted = (
            self.tr("Entities renamed: %1 · algorithms cancelled as of the list: %2.")
            .replace("%1", str(len(outcome.renamed)))
            .replace("%2", str(len(outcome.cancelled)))
        )
        return f"{text}\n{seen} {acted}"
