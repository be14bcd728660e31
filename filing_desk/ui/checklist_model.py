"""ChecklistTreeModel: the items of one checklist library that apply to one subject, as a tree
(headings as parents) with each item's answer; and ResultFilterProxy, which shows only the
items with a chosen result (their headings kept).

Columns: item (clause and text), result, figure, owner, next review, evidence count. The
answers, the applicable items and which reviews are due come from ``domain.assessments`` and
``domain.checklists``; this module only lays them out. No SQL, no rules, no writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from filing_desk.domain.assessments import Answer, Assessment, Result
from filing_desk.domain.checklists import Item, Library, Subject
from filing_desk.ui.icons import icon

Index = QModelIndex | QPersistentModelIndex
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 10  # the item's id (every column)
RESULT_ROLE = Qt.ItemDataRole.UserRole + 11  # the answer's Result (None on a heading)
REVIEW_ROLE = Qt.ItemDataRole.UserRole + 12  # True: flagged by a new version or due for review
HEADING_ROLE = Qt.ItemDataRole.UserRole + 13  # True on a heading (a grouping node)


class Col(IntEnum):
    ITEM = 0
    RESULT = 1
    FIGURE = 2
    OWNER = 3
    REVIEW = 4
    EVIDENCE = 5


class ResultFilter(IntEnum):
    """What the filter combo offers; ``TO_REVIEW``: flagged by a new library version or due."""

    ALL = 0
    NOT_CONFORMING = 1
    UNASSESSED = 2
    TO_REVIEW = 3
    CONFORMS = 4
    NOT_APPLICABLE = 5


_RESULT_OF = {
    ResultFilter.NOT_CONFORMING: Result.NOT_CONFORMING,
    ResultFilter.UNASSESSED: Result.UNASSESSED,
    ResultFilter.CONFORMS: Result.CONFORMS,
    ResultFilter.NOT_APPLICABLE: Result.NOT_APPLICABLE,
}


@dataclass(eq=False)
class Node:
    item: Item | None  # None: the invisible root
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent is not None else 0


def _figure(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


class ChecklistTreeModel(QAbstractItemModel):
    """Applicable items of a library for a subject, with the assessment's answers (an
    assessment not started yet shows every item 未评估)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = Node(None)
        self._nodes: dict[str, Node] = {}
        self._assessment: Assessment | None = None
        self._due: frozenset[str] = frozenset()
        self._lang = "en"
        self._headers = (
            self.tr("Item"),
            self.tr("Result"),
            self.tr("Figure"),
            self.tr("Owner"),
            self.tr("Next review"),
            self.tr("Evidence"),
        )

    # --- content ----------------------------------------------------------------------------

    def set_items(self, library: Library | None, subject: Subject | None, lang: str) -> None:
        """Lay out the items that apply (nothing when either is None)."""
        self.beginResetModel()
        self._lang = lang
        self._root, self._nodes = Node(None), {}
        items = library.applicable(subject) if library and subject else ()
        for item in items:
            parent = self._nodes.get(item.parent or "", self._root)
            node = Node(item, parent)
            parent.children.append(node)
            self._nodes[item.id] = node
        self.endResetModel()

    def set_answers(self, assessment: Assessment | None, due: frozenset[str]) -> None:
        """Show the assessment's answers (``due``: ids of answers due for review); the tree keeps
        its shape, so the view keeps its selection and what is expanded."""
        self._assessment, self._due = assessment, due
        if self._root.children:
            last = self.index(len(self._root.children) - 1, len(Col) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            for node in self._nodes.values():
                if node.children:
                    top = self.createIndex(0, 0, node.children[0])
                    end = self.createIndex(len(node.children) - 1, len(Col) - 1, node.children[-1])
                    self.dataChanged.emit(top, end)

    def answer(self, item_id: str) -> Answer:
        return self._assessment.get(item_id) if self._assessment else Answer(item_id)

    def item_ids(self) -> list[str]:
        """Every item shown, headings included, in tree order."""
        return list(self._nodes)

    def index_of(self, item_id: str) -> QModelIndex:
        node = self._nodes.get(item_id)
        return self.createIndex(node.row(), 0, node) if node else QModelIndex()

    def item_at(self, index: Index) -> Item | None:
        node = index.internalPointer() if index.isValid() else None
        return node.item if isinstance(node, Node) else None

    # --- QAbstractItemModel ---------------------------------------------------------------

    def _node(self, index: Index) -> Node:
        node = index.internalPointer() if index.isValid() else None
        return node if isinstance(node, Node) else self._root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if not (0 <= row < len(node.children) and 0 <= column < len(Col)):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self._node(index)
        up = node.parent
        if not index.isValid() or up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row(), 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(Col)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(Col) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_at(index)
        if item is None:
            return None
        if role == ITEM_ID_ROLE:
            return item.id
        if role == HEADING_ROLE:
            return item.heading
        if item.heading:
            return self._heading_data(item, index.column(), role)
        ans = self.answer(item.id)
        if role == RESULT_ROLE:
            return ans.result
        if role == REVIEW_ROLE:
            return ans.to_review or item.id in self._due
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, ans, Col(index.column()))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == Col.ITEM:
            return item.text.get(self._lang)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(item, ans, Col(index.column()))
        return None

    def _heading_data(self, item: Item, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Col.ITEM:
                return self._item_text(item)
            if column == Col.RESULT:
                done, total = self._answered_under(item)
                return f"{done} / {total}"
        if role == Qt.ItemDataRole.FontRole and column == Col.ITEM:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == Col.ITEM:
            return item.text.get(self._lang)
        return None

    def _answered_under(self, item: Item) -> tuple[int, int]:
        done = total = 0
        stack = list(self._nodes[item.id].children)
        while stack:
            node = stack.pop()
            stack.extend(node.children)
            if node.item is not None and not node.item.heading:
                total += 1
                done += self.answer(node.item.id).answered
        return done, total

    def _item_text(self, item: Item) -> str:
        """The text, after the clause number unless the parent row already shows it."""
        text = item.text.get(self._lang)
        parent = self._nodes[item.parent].item if item.parent in self._nodes else None
        if not item.clause or (parent is not None and parent.clause == item.clause):
            return text
        return f"{item.clause}  {text}"

    def _text(self, item: Item, ans: Answer, column: Col) -> str:
        if column == Col.ITEM:
            return self._item_text(item)
        if column == Col.RESULT:
            label = ans.result.label(self._lang)
            return self.tr("%1 · to review").replace("%1", label) if ans.to_review else label
        if column == Col.FIGURE:
            if ans.figure is None or item.threshold is None:
                return ""
            unit = item.threshold.unit.label(self._lang)
            return f"{_figure(ans.figure)} {unit}".replace(" %", "%")
        if column == Col.OWNER:
            return ans.owner
        if column == Col.REVIEW:
            return ans.next_review.isoformat() if ans.next_review else ""
        return str(len(ans.evidence)) if ans.evidence else ""

    def _icon(self, item: Item, ans: Answer, column: Col) -> Any:
        """Never colour alone: a 不符合 answer and one due for review also show an icon."""
        if column == Col.RESULT and ans.result is Result.NOT_CONFORMING:
            return icon("overdue")
        if column == Col.REVIEW and (ans.to_review or item.id in self._due):
            return icon("due-soon")
        return None


class ResultFilterProxy(QSortFilterProxyModel):
    """Shows the items matching the chosen ResultFilter, with the headings above them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._filter = ResultFilter.ALL
        self.setRecursiveFilteringEnabled(True)  # a heading shows when an item under it does

    def set_filter(self, which: ResultFilter) -> None:
        self.beginFilterChange()
        self._filter = ResultFilter(which)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def current_filter(self) -> ResultFilter:
        return self._filter

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return self._matches(self.sourceModel().index(source_row, 0, source_parent))

    def _matches(self, index: Index) -> bool:
        if self._filter is ResultFilter.ALL:
            return True
        if index.data(HEADING_ROLE):
            return False  # shown only above an accepted item (recursive filtering)
        if self._filter is ResultFilter.TO_REVIEW:
            return bool(index.data(REVIEW_ROLE))
        return bool(index.data(RESULT_ROLE) == _RESULT_OF[self._filter].value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """An item shown only because one under it matches is greyed (its text says why it is
        there: its own result)."""
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            source = self.mapToSource(index)
            first = source.sibling(source.row(), 0)
            if not first.data(HEADING_ROLE) and not self._matches(first):
                return QGuiApplication.palette().brush(
                    QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
                )
        return super().data(index, role)
