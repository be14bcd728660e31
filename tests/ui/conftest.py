"""Fixtures for the GUI tests: a real register (real SQLCipher file, migrations, in-memory
keyring), demo data, private preferences and temp folder, and the main window with the register
injected. Everything is a function of tmp_path; nothing is shared between tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from filing_desk import demo
from filing_desk.store.register import Register, create_register
from filing_desk.ui import i18n
from filing_desk.ui.main_window import MainWindow
from filing_desk.ui.prefs import Prefs
from filing_desk.ui.tempfiles import PrivateTempDir

TODAY = date(2026, 11, 23)


@pytest.fixture
def clock():
    return lambda: TODAY


@pytest.fixture
def register(tmp_path, clock) -> Iterator[Register]:
    created = create_register(tmp_path / "r.fdesk", clock=clock)
    yield created.register
    created.register.close()


@pytest.fixture
def demo_register(register: Register) -> Register:
    demo.fill(register)
    return register


@pytest.fixture
def prefs(tmp_path) -> Prefs:
    p = Prefs(tmp_path / "settings" / "filing-desk.ini")
    p.language = "en"
    return p


@pytest.fixture
def temp_dir() -> Iterator[PrivateTempDir]:
    folder = PrivateTempDir()
    yield folder
    folder.wipe()


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    translators = i18n.install(qapp, "en")
    yield
    i18n.remove(qapp, translators)


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    translators = i18n.install(qapp, "zh_CN")
    assert translators, "the zh_CN catalogue did not load"
    yield
    i18n.remove(qapp, translators)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def make_window(qtbot, register, prefs, temp_dir, loaded: bool = True) -> MainWindow:
    """A window on an open register; with ``loaded``, once every view has been filled (they
    fill on the next turns of the event loop, as in the app)."""
    window = MainWindow(register.path, prefs, temp_dir, register=register)
    window.backup_on_exit = False
    qtbot.addWidget(window)
    window.show()
    if loaded:
        qtbot.waitUntil(lambda: window.workspace is not None and window.workspace.fully_loaded)
    return window


@pytest.fixture
def main_window(qtbot, english, register, prefs, temp_dir) -> Iterator[MainWindow]:
    window = make_window(qtbot, register, prefs, temp_dir)
    yield window
    window.shutdown()


@pytest.fixture
def demo_window(qtbot, english, demo_register, prefs, temp_dir) -> Iterator[MainWindow]:
    window = make_window(qtbot, demo_register, prefs, temp_dir)
    yield window
    window.shutdown()


def type_text(widget, text: str) -> None:
    """Type any text (Chinese included) key by key; qtbot.keyClicks aborts on non-ASCII."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    widget.setFocus()
    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
            continue
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )
    QCoreApplication.processEvents()
