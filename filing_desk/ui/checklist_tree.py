"""ChecklistTree: the tree view of a checklist's items that takes files dropped on an item (the
checklist view attaches them to that item as evidence).

Only local files are taken, and only on an item that takes a result (not on a heading). It
reads no file and writes nothing: ``files_dropped`` hands the paths on.

Signals:
    files_dropped(str, list): item id, the dropped files' paths.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, QPoint, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from filing_desk.ui.checklist_model import HEADING_ROLE, ITEM_ID_ROLE, Col


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files (not folders) a drag carries."""
    urls = mime.urls() if mime.hasUrls() else []
    paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
    return [p for p in paths if p.is_file()]


class ChecklistTree(QTreeView):
    """Items in a tree; a file dropped on an item is offered to it as evidence."""

    files_dropped = Signal(str, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setIndentation(14)  # three levels deep leave the items' texts their room
        self.enabled_drops = False  # the view allows drops once an assessment is open

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Col.ITEM, QHeaderView.ResizeMode.Stretch)
        for column in list(Col)[1:]:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def item_id_at(self, pos: QPoint) -> str | None:
        """The id of the item (not a heading) under ``pos`` in the viewport."""
        index: QModelIndex = self.indexAt(pos)
        if not index.isValid() or index.data(HEADING_ROLE):
            return None
        return str(index.data(ITEM_ID_ROLE))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.enabled_drops and dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        pos = event.position().toPoint()
        if self.enabled_drops and self.item_id_at(pos) and dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        item_id = self.item_id_at(event.position().toPoint())
        paths = dropped_files(event.mimeData())
        if not (self.enabled_drops and item_id and paths):
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(item_id, paths)
