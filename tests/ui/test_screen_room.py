"""Asking how much room a widget's screen offers leaves the application's screen alone.

PySide6 makes the QScreen that ``QWidget.screen()`` returns a child of that widget; a widget
collected with such a child in a reference cycle could free the application's screen, and a
later window then crashed on creation (it did, late in a full test run). ``screen_fit`` asks
the application by position instead, so no screen is ever tied to a widget.
"""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

from filing_desk.ui.screen_fit import available_geometry, room


def test_a_collected_widget_leaves_the_screen_it_asked_about_alive(qtbot) -> None:
    screen = QGuiApplication.primaryScreen()
    for _ in range(3):
        parent = QWidget()
        dialog = QProgressDialog("Working", "Cancel", 0, 0, parent)
        assert room(dialog).width() > 0 and available_geometry(parent).height() > 0
        parent.cycle = parent  # collected by the cycle collector, as a window's widgets are
        del dialog, parent
        gc.collect()
    assert shiboken6.isValid(screen)
    assert QGuiApplication.screens() == [screen]
    window = QWidget()
    qtbot.addWidget(window)
    window.show()  # a new window still finds its screen
    assert available_geometry(window) == screen.availableGeometry()
