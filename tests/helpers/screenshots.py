"""Shared set-up for the screenshot scripts in tests/ui (README images under docs/screenshots/).

A throw-away register home in a temp folder and an in-memory keyring, so nothing on this machine
is touched; the window is grabbed with ``QWidget.grab()``.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

TODAY = date(2026, 11, 23)
OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def prepare_environment() -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="filing-desk-shots-"))
    os.environ["FILING_DESK_HOME"] = str(home)
    import keyring

    from tests.helpers.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    return home


def settle(app, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(widget, name: str, app) -> None:
    settle(app)
    path = OUT / name
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(OUT.parents[1])}")


def window(register, prefs, temp_dir, app, size: tuple[int, int] = (1440, 900)):
    from filing_desk.ui.main_window import MainWindow

    window = MainWindow(register.path, prefs, temp_dir, register=register)
    window.backup_on_exit = False
    window.resize(*size)
    window.show()
    settle(app)
    return window


def shoot_demo(shoot) -> tuple[Path, Path, object]:
    """The scripts' common run: a private home, the app with its bundled font, a demo register on
    TODAY, and ``shoot(language, register, home, app)`` for zh_CN then en (each shot's window
    closes the register; it is opened again for the next). Returns the register's path, the home
    and the app, for shots taken without the demo window."""
    home = prepare_environment()
    import sys

    from PySide6.QtWidgets import QApplication

    from filing_desk import app as app_module
    from filing_desk import demo
    from filing_desk.store.register import create_register, open_register

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app_module.load_bundled_font(app)
    OUT.mkdir(parents=True, exist_ok=True)
    register = create_register(home / "demo.fdesk", clock=lambda: TODAY).register
    demo.fill(register)
    path = register.path
    for language in ("zh_CN", "en"):
        shoot(language, register, home, app)
        register = open_register(path, clock=lambda: TODAY)  # the window closed it
    register.close()
    return path, home, app
