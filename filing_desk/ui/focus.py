"""Keyboard focus helpers: which widgets Tab stops at, and putting the focus on the first of them
inside a part of the window. Reads the widgets' focus chain only; changes no tab order.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit, QWidget


def is_tab_stop(widget: QWidget) -> bool:
    """Tab can land on the widget now (it takes tab focus, is shown and is enabled)."""
    policy = widget.focusPolicy()
    takes_tab = bool(policy.value & Qt.FocusPolicy.TabFocus.value)
    return takes_tab and widget.isVisible() and widget.isEnabled()


def focus_first(inside: QWidget, after: QWidget | None = None) -> QWidget | None:
    """Focus the first tab stop inside ``inside`` that follows ``after`` (default: ``inside``)
    in the focus chain; returns it (None when there is none)."""
    start = after if after is not None else inside
    widget = start.nextInFocusChain()
    while widget is not None and widget is not start:
        if inside.isAncestorOf(widget) and is_tab_stop(widget):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return widget
        widget = widget.nextInFocusChain()
    return None


class DateEdit(QDateEdit):
    """A QDateEdit whose minimum date is shown blank (``specialValueText``): Tab steps through
    year, month and day; on a blank date, which has none, Tab leaves at once (QDateEdit would
    keep the focus on its blank text for ever)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        if self.specialValueText() and self.date() == self.minimumDate():
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)
