"""Fixtures for the GUI tests: a real register (real SQLCipher file, migrations, in-memory
keyring), demo data, private preferences and temp folder, and the main window with the register
injected. Everything is a function of tmp_path; nothing is shared between tests.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from filing_desk import demo
from filing_desk.store.register import Register, create_register
from filing_desk.ui import i18n
from filing_desk.ui.main_window import MainWindow
from filing_desk.ui.prefs import Prefs
from filing_desk.ui.tempfiles import PrivateTempDir
from tests.helpers.gui import make_window
from tests.helpers.registers import TODAY


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
