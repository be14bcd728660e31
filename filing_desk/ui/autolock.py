"""Auto-lock: an idle watcher (it filters each window's input) and the lock screen.

``IdleWatcher`` restarts its timer on every keyboard, mouse and wheel event in any window of the
application and emits ``idle`` after the configured minutes. The window reacts by locking:
closing dialogs, dropping every view and model that holds register data, wiping opened
attachments and closing the register (MainWindow.lock). ``LockScreen`` is what stays visible:
no register data, only an Unlock button.

Signals:
    IdleWatcher.idle(): no input for the configured time.
    LockScreen.unlock_requested(): the Unlock button was clicked.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from filing_desk.ui.icons import icon

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
    }
)


def jobs_running() -> bool:
    """A background job at work (a backup writing): auto-lock waits until it is done. The jobs
    module is loaded by the first job, so none has run when it is not (and it is not loaded
    here, before the window shows)."""
    jobs = sys.modules.get("filing_desk.ui.jobs")
    return jobs is not None and bool(jobs.any_running())


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without user input in any of the application's windows.

    ``attach(app)`` filters the events of each top-level window (QWindow) the user focuses:
    the platform delivers every key, click and wheel there first. It does not filter the whole
    application: a Python event filter on QApplication is called for every event of every
    object (each paint, polish and layout of every cell widget), which slows everything down.

    ``busy`` says whether work is under way that a lock must not cut (a backup writing in the
    background): the idle time is then up but ``idle`` waits, asking again every
    ``BUSY_RETRY_MS``, and comes as soon as the work is done; any input meanwhile starts the
    whole wait again.
    """

    idle = Signal()
    BUSY_RETRY_MS = 1000

    def __init__(
        self,
        minutes: int,
        parent: QObject | None = None,
        busy: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(parent)
        self._busy = busy
        self._interval_ms = 60_000
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._attached = False
        self.set_minutes(minutes)

    def attach(self, app: QGuiApplication) -> None:
        """Watch the windows open now and every window that gets the focus from now on."""
        if self._attached:
            return
        app.focusWindowChanged.connect(self._watch)
        self._attached = True
        for window in app.topLevelWindows():
            self._watch(window)

    def detach(self, app: QGuiApplication) -> None:
        if not self._attached:
            return
        app.focusWindowChanged.disconnect(self._watch)
        self._attached = False
        for window in app.topLevelWindows():
            window.removeEventFilter(self)

    @Slot(QWindow)
    def _watch(self, window: QWindow | None) -> None:
        if window is not None:
            window.installEventFilter(self)  # installing twice keeps one filter

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(max(1, int(minutes)) * 60_000)

    def set_interval_ms(self, milliseconds: int) -> None:
        self._interval_ms = milliseconds
        self._timer.setInterval(milliseconds)
        if self._timer.isActive():
            self._timer.start()

    def interval_ms(self) -> int:
        return self._interval_ms

    def start(self) -> None:
        self._timer.start(self._interval_ms)

    def stop(self) -> None:
        self._timer.stop()

    def is_active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start(self._interval_ms)
        return False

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self._busy():  # idle, but the work under way must end first: ask again shortly
            self._timer.start(self.BUSY_RETRY_MS)
            return
        self.idle.emit()


class LockScreen(QWidget):
    """Shown instead of the register while it is locked."""

    unlock_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt  # ~20 ms to load the namespace: not before the window shows

        super().__init__(parent)
        picture = QLabel(self)
        picture.setPixmap(icon("lock").pixmap(64, 64))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(self.tr("The register is locked."), self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("font-size: 16px;")
        self.detail = QLabel(self)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.unlock_button = QPushButton(icon("lock"), self.tr("Unlock"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(picture)
        layout.addWidget(self.message)
        layout.addWidget(self.detail)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def set_detail(self, text: str) -> None:
        self.detail.setText(text)
