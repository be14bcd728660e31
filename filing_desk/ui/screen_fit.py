"""Fitting windows and dialogs to small screens (1024×600 and up): a size clamped to the room the
screen offers, a page in a scroll area, a one-line label that elides its text (the whole text in
its tooltip), a combo box that may shrink below its longest item, table cells whose cut text
shows whole as a tooltip.

Each window and dialog applies these with one-line calls; ``tests/ui/test_small_screen.py``
checks the result. Only geometry and size policies here: no register data, no rules, no words.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize
from PySide6.QtGui import QGuiApplication, QHelpEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QLabel,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

# What a window manager's frame and title bar take around a window's contents.
FRAME = QSize(12, 40)
# Used when there is no screen at all (nothing is shown then, but sizes are still asked for).
SMALLEST_SCREEN = QRect(0, 0, 1024, 600)


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The screen's room for windows (without panels and docks): the screen ``widget`` is on, or
    the primary screen before it is shown."""
    screen = None
    if widget is not None:
        # Not ``widget.screen()``: PySide6 makes the QScreen it returns a child of the widget,
        # and collecting the widget could then free the application's screen (a crash later,
        # in any window). The application's own lookup by position keeps no such tie.
        window = widget.window()
        screen = QGuiApplication.screenAt(window.mapToGlobal(window.rect().center()))
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(SMALLEST_SCREEN)


def room(widget: QWidget | None = None) -> QSize:
    """The largest size a window's contents may take: the available geometry less a frame."""
    size = available_geometry(widget).size()
    return QSize(max(size.width() - FRAME.width(), 0), max(size.height() - FRAME.height(), 0))


def fit_size(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width``×``height``, or to as much of it as the screen has room for."""
    space = room(window)
    window.resize(min(width, space.width()), min(height, space.height()))


def capped_width(width: int, widget: QWidget | None = None) -> int:
    """``width``, or the screen's room when that is narrower (for ``setMinimumWidth``)."""
    return min(width, room(widget).width())


def scrolled(widget: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """``widget`` in a frameless scroll area that follows its width: a tall page scrolls instead of
    making its window taller than the screen."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def wrapped_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that breaks its text into lines rather than widening its window."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def compact_combo(combo: QComboBox, chars: int = 10) -> QComboBox:
    """Let ``combo`` shrink to about ``chars`` characters (its popup still shows whole items);
    the current item's text is its tooltip, as it may be cut short."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    combo.currentTextChanged.connect(combo.setToolTip)
    combo.setToolTip(combo.currentText())
    return combo


class ElidedLabel(QLabel):
    """One line of text that ends in "…" when its room is short, the whole text then in its
    tooltip (above a tooltip set with ``setToolTip``). ``text()`` is always the whole text. Its
    size hint is the whole text; its minimum a few characters, so it never widens its window."""

    MIN_CHARS = 8

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._tip = ""
        self._elided = False
        self._update_tooltip()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tooltip()

    def setToolTip(self, tip: str) -> None:
        self._tip = tip
        self._update_tooltip()

    def is_elided(self) -> bool:
        return self._elided

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        least = self.fontMetrics().horizontalAdvance("x" * self.MIN_CHARS + "…")
        margins = self.contentsMargins()
        return QSize(min(hint.width(), least + margins.left() + margins.right()), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._elided:  # QLabel's own painting (and selection, where enabled)
            super().paintEvent(event)
            return
        from PySide6.QtCore import Qt  # the namespace loads slowly: not before the window shows

        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter = QPainter(self)
        self.style().drawItemText(
            painter, rect, int(self.alignment()), self.palette(), self.isEnabled(), text,
            self.foregroundRole(),
        )  # fmt: skip

    def _update_tooltip(self) -> None:
        width = self.contentsRect().width()
        self._elided = self.fontMetrics().horizontalAdvance(self.text()) > width
        shown = [self.text()] if self._elided else []
        super().setToolTip("\n".join(shown + ([self._tip] if self._tip else [])))


class ElidedTipDelegate(QStyledItemDelegate):
    """Item painting as Qt's own; a cell too narrow (or too low) for its text shows the whole
    text as its tooltip, unless the model gives one of its own."""

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        from PySide6.QtCore import Qt  # the namespace loads slowly: not before the window shows

        if event.type() == QEvent.Type.ToolTip and index.data(Qt.ItemDataRole.ToolTipRole) is None:
            text = self.cut_text(option, index)
            if text:
                QToolTip.showText(event.globalPos(), text, view, option.rect)
                return True
        return super().helpEvent(event, view, option, index)

    def cut_text(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> str:
        """The cell's text when the cell cuts it short, else ""."""
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        if not item.text:
            return ""
        style = item.widget.style() if item.widget is not None else QApplication.style()
        space = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, item.widget)
        # the style keeps this margin on either side of the text (QCommonStyle's viewItemDrawText)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, item.widget) + 1
        metrics = item.fontMetrics
        lines = item.text.splitlines() or [item.text]
        widest = max(metrics.horizontalAdvance(line) for line in lines)
        wide = widest > space.width() - 2 * margin
        high = len(lines) * metrics.lineSpacing() > space.height()
        return item.text if wide or high else ""


def tip_cut_cells(view: QAbstractItemView) -> None:
    """Cells of ``view`` too narrow for their text show it whole as a tooltip."""
    view.setItemDelegate(ElidedTipDelegate(view))
