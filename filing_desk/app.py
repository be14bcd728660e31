"""The GUI composition root: QApplication, the bundled font, translators, which register the
window opens first (the one opened last, else the default one; the welcome page when there is
none yet), the throw-away demo register, the main window, and the exit steps (wipe opened files,
back up a changed register, close it).

The window is shown first; the register is opened and its rows loaded from the event loop right
after (QTimer.singleShot), so the window appears at once. Heavy modules (ReportLab, openpyxl,
Alembic) are imported only where used, never on this path.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from filing_desk.paths import APP_NAME, app_paths, resource_dir
from filing_desk.ui import i18n
from filing_desk.ui.prefs import Prefs

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QWindow

FONT_FILE = "wqy-microhei.ttc"
START_FALLBACK_MS = 1000  # open the register even if the window manager never exposes the window


def load_bundled_font(app: QApplication) -> str | None:
    """Make the bundled CJK font the application font; None (system fonts) when it is missing."""
    path = resource_dir() / "fonts" / FONT_FILE
    if not path.exists():
        return None
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    font = QFont(families[0])
    font.setPointSizeF(max(app.font().pointSizeF(), 9.0))
    app.setFont(font)
    return families[0]


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)  # the app's windows are widgets
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Filing Desk")
    app.setOrganizationName(APP_NAME)
    load_bundled_font(app)
    return app


class Session:
    """One run of the app: the window, which register it opens first, and what to clean up on
    exit. ``register_path`` None: the register opened last (``Prefs.current_register``) when
    it is still there, else the default one; the welcome page when that does not exist yet."""

    def __init__(self, app: QApplication, register_path: Path | None, demo: bool) -> None:
        from filing_desk.ui.main_window import MainWindow
        from filing_desk.ui.tempfiles import PrivateTempDir

        self.app = app
        self.prefs = Prefs()
        self.translators = i18n.install(app, self.prefs.language)
        self.demo_dir: Path | None = None
        self.gone: Path | None = None  # the register opened last, no longer where it was
        self._passphrase: str | None = None
        if register_path is None:
            register_path = self._last_register()
        if demo:
            register_path = self._new_demo_dir()
        self.temp_dir = PrivateTempDir()
        self.window = MainWindow(
            register_path,
            self.prefs,
            self.temp_dir,
            passphrase=self._passphrase,
            defer_shortcuts=True,
        )
        self.window.backup_on_exit = not demo
        self.window.registers.demo_requested.connect(self.open_demo)
        if demo:
            self.window.registers.demo_path = register_path

    def _last_register(self) -> Path:
        current = self.prefs.current_register
        if current is not None and current.exists():
            return current
        self.gone = current
        return app_paths().default_register

    def _new_demo_dir(self) -> Path:
        """A private folder for the throw-away demo register and its random passphrase (kept
        in memory only; the folder is deleted on exit)."""
        import secrets
        import tempfile

        self.demo_dir = Path(tempfile.mkdtemp(prefix="filing-desk-demo-"))
        self._passphrase = secrets.token_urlsafe(24)
        return self.demo_dir / "demo.fdesk"

    def start(self) -> None:
        """Called from the event loop once the window is on screen."""
        self.window.install_shortcuts()
        path = self.window.register_path
        if self.demo_dir is not None and not path.exists():
            self._create_demo(path)
        self.window.registers.start(gone=self.gone)

    def open_demo(self) -> None:
        """Try the demo (from the welcome page): made once per run, opened in the window."""
        path = self._new_demo_dir() if self.demo_dir is None else self.demo_dir / "demo.fdesk"
        if not path.exists():
            self._create_demo(path)
        self.window.registers.open_file(path, passphrase=self._passphrase, demo=True)

    def _create_demo(self, path: Path) -> None:
        from filing_desk import demo
        from filing_desk.store.register import create_register

        created = create_register(path, passphrase=self._passphrase)
        demo.fill(created.register)
        created.register.close()

    def finish(self) -> None:
        """Exit steps: wipe, back up when changed, close; a demo register is deleted."""
        try:
            self.window.shutdown()
        finally:
            self.temp_dir.wipe()
            i18n.remove(self.app, self.translators)
            if self.demo_dir is not None:
                import shutil

                shutil.rmtree(self.demo_dir, ignore_errors=True)


def run(
    register: Path | None = None,
    demo: bool = False,
    *,
    on_window: Callable[[Session], object] | None = None,
) -> int:
    """Start the desktop app; returns the process exit code. ``on_window`` is called with the
    session once its window is built, before it is shown (the bench's launcher attaches its
    start-up probe there)."""
    from filing_desk.ui.tempfiles import wipe_stale

    wipe_stale()  # attachments opened by an instance that was killed before it could wipe them
    app = make_application()
    session = Session(app, Path(register) if register else None, demo)
    watcher = on_window(session) if on_window else None  # noqa: F841 (kept alive)
    # kept alive for the session; POSIX only (see the class)
    quit_on_signals = _QuitOnSignals(session) if os.name == "posix" else None  # noqa: F841
    session.window.show()
    _after_first_paint(session.window, lambda: _begin(session))
    try:
        return app.exec()
    finally:
        session.finish()


def _begin(session: Session) -> None:
    """Once the window is on screen: the log file, then the register."""
    from filing_desk.log import start_logging

    start_logging()
    session.start()


class _ExposeWatcher(QObject):
    """Calls ``slot`` once, on the event-loop turn after the window is first exposed (painted);
    a zero timer alone would run before the expose, so the register would load behind a window
    that is not on screen yet. A fallback timer covers a window that is never exposed."""

    def __init__(self, window: Any, slot: Any) -> None:
        super().__init__(window)
        self._slot, self._done = slot, False
        handle = window.windowHandle()
        if handle is None or handle.isExposed():
            QTimer.singleShot(0, self._fire)
            return
        handle.installEventFilter(self)
        QTimer.singleShot(START_FALLBACK_MS, self._fire)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        # the filter is on the window's QWindow only
        if event.type() == QEvent.Type.Expose and cast("QWindow", obj).isExposed():
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        if not self._done:
            self._done = True
            self._slot()


def _after_first_paint(window: Any, slot: Any) -> None:
    _ExposeWatcher(window, slot)


class _QuitOnSignals(QObject):
    """SIGTERM (logout, shutdown), SIGHUP and SIGINT quit like File › Quit: the window closes,
    the event loop ends, and ``Session.finish`` wipes opened files and backs up a changed register.

    Python runs a signal handler only when the interpreter next gets control, which in Qt's event
    loop may be never; so the C-level handler writes the signal number to a pipe
    (``signal.set_wakeup_fd``) whose notifier wakes the loop and quits from there. A pipe, not a
    socket: the app opens no socket at all (tests/reliability/test_no_network.py). Windows has
    neither these signals nor pipes for ``set_wakeup_fd``; logoff reaches Qt as a close event."""

    SIGNALS = ("SIGTERM", "SIGHUP", "SIGINT")

    def __init__(self, session: Session) -> None:
        import signal

        from PySide6.QtCore import QSocketNotifier

        super().__init__(session.app)
        self.session = session
        self._reader, self._writer = os.pipe()
        for end in (self._reader, self._writer):
            os.set_blocking(end, False)
        signal.set_wakeup_fd(self._writer, warn_on_full_buffer=False)
        for name in self.SIGNALS:
            if hasattr(signal, name):  # Windows has no SIGHUP
                signal.signal(getattr(signal, name), lambda _signum, _frame: None)
        self._notifier = QSocketNotifier(self._reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._quit)

    def _quit(self) -> None:
        with contextlib.suppress(OSError):
            os.read(self._reader, 256)
        self.session.window.close()  # the normal close path (saves the window's place)
        self.session.app.quit()  # also ends a modal dialog's loop
