"""Checking that a window fits a small screen: its minimum size, the size it opens at, and every
visible button whole on the screen (one in a scroll area: the area's visible part), and a dialog's
button that accepts or closes it. ``tests/ui/test_small_screen.py`` opens the windows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QWidget,
    QWizard,
)

SCREEN = QRect(0, 0, 1024, 600)
TITLE_BAR = 30  # the window manager's title bar above a window's contents
ROOM = SCREEN.adjusted(0, TITLE_BAR, 0, 0)  # where a window's contents may lie


def settle() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def rect_in(widget: QWidget, window: QWidget) -> QRect:
    """``widget``'s rectangle in ``window``'s coordinates."""
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def scroll_viewport(widget: QWidget, window: QWidget) -> QWidget | None:
    """The viewport of the scroll area (or item view) ``widget`` lies in, if any."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            return parent
        parent = parent.parentWidget()
    return None


def clipped(widget: QWidget, window: QWidget) -> bool:
    """Some of ``widget`` is cut off by a parent or by the window's edge."""
    rect = rect_in(widget, window)
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if not rect_in(parent, window).contains(rect):
            return True
        parent = parent.parentWidget()
    return not window.rect().contains(rect)


def describe(widget: QWidget, window: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    rect = rect_in(widget, window).translated(ROOM.topLeft())
    return (
        f"{type(widget).__name__} {text!r} at {rect.x()},{rect.y()} {rect.width()}×{rect.height()}"
    )


def outside(window: QWidget) -> list[str]:
    """Visible buttons of ``window`` cut off (for one in a scroll area: the part of the area
    that shows it). With the window inside the screen, that is: off the screen."""
    found = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or button.window() is not window:
            continue
        viewport = scroll_viewport(button, window)
        if clipped(viewport if viewport is not None else button, window):
            found.append(describe(button, window))
    return found


def exit_buttons(dialog: QWidget) -> list[QAbstractButton]:
    """The buttons that accept or close ``dialog``: its button box's, or a wizard's."""
    if isinstance(dialog, QWizard):
        kinds = (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton,
                 QWizard.WizardButton.CancelButton)  # fmt: skip
        return [dialog.button(k) for k in kinds if dialog.button(k).isVisible()]
    return [
        b
        for box in dialog.findChildren(QDialogButtonBox)
        if box.window() is dialog
        for b in box.buttons()
        if b.isVisible()
    ]


def check_fits(window: QWidget, exits: list[QAbstractButton] | None = None) -> None:
    """``window`` fits ``ROOM`` in its present state: the main window maximised, a dialog at the
    size it opened with; ``exits``: the buttons that close it, when not a button box's."""
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    name = f"{type(window).__name__} «{window.windowTitle()}»"
    assert least.width() <= ROOM.width(), f"{name} is at least {least.width()} px wide"
    assert least.height() <= ROOM.height(), f"{name} is at least {least.height()} px high"
    if isinstance(window, QMainWindow):
        window.resize(ROOM.size())  # maximised
    settle()
    size = window.size()
    assert ROOM.size().boundedTo(size) == size, f"{name} opens at {size.width()}×{size.height()}"
    assert not outside(window), f"{name}: buttons off the screen: {outside(window)}"
    if isinstance(window, QDialog):
        exits = exit_buttons(window) if exits is None else exits
        assert exits, f"{name} shows no button to accept or close it"
        for button in exits:
            assert button.isVisible() and not clipped(button, window), describe(button, window)
