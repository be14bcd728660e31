"""Long work off the GUI thread: a worker thread with a progress dialog and a cancel button.

``run_job(parent, title, fn, on_done)`` calls ``fn(progress, cancelled)`` in a thread of its own;
``progress(done, total, text)`` moves the dialog, ``cancelled()`` tells ``fn`` that the user
pressed Cancel (``fn`` may then raise ``JobCancelled`` or return early). Results and errors come
back through signals, so ``on_done``/``on_error`` run on the GUI thread. Keep register writes on
the GUI thread: a job reads and computes, its caller writes. ``cancellable=False`` hides Cancel
for work that must not stop half-way (a backup holding the write lock, a restore being checked).

``run_and_wait`` is the same job for callers that need the result before they go on (a dialog's
Back up button, the backup on exit): a local event loop turns while the worker thread works, so
the window repaints and the progress dialog moves; the window-modal dialog keeps input out.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from filing_desk.ui.screen_fit import room, wrapped_label

T = TypeVar("T")
Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

SHOW_AFTER_MS = 300
JOIN_SECONDS = 5.0  # a worker that sent its result only has to return


class JobCancelled(Exception):
    """Raised by a job function that stops because the user cancelled."""


class _Relay(QObject):
    """Carries the worker's news to the GUI thread (queued connections)."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class _ProgressDialog(QProgressDialog):
    """A progress dialog that Esc and the window's close button cannot dismiss while ``held``
    (work that must not stop: the window stays blocked until it is done)."""

    held = False

    def reject(self) -> None:
        if not self.held:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.held:
            event.ignore()
        else:
            super().closeEvent(event)


class _Worker:
    """Runs the job's function in a plain Python thread. Not a QRunnable: Qt's pool freed a
    finished runnable on its own thread, a C++ object whose Python half (and what its function
    held) was then torn down there, which crashed a test run once in a non-Python thread."""

    def __init__(self, fn: Callable[[Progress, Cancelled], Any], relay: _Relay) -> None:
        self._fn = fn
        self._relay = relay
        self.stop = threading.Event()

    def run(self) -> None:
        try:
            result = self._fn(self._progress, self.stop.is_set)
        except JobCancelled:
            result = None
        except Exception as exc:  # handed to on_error on the GUI thread
            self._send("failed", exc)
            return
        self._send("succeeded", result)

    def _progress(self, done: int, total: int, text: str) -> None:
        self._send("progressed", done, total, text)

    def _send(self, signal: str, *args: object) -> None:
        # RuntimeError: the job, and its relay with it, is gone; nobody awaits the news
        with contextlib.suppress(RuntimeError):
            getattr(self._relay, signal).emit(*args)


class Job(QObject, Generic[T]):
    """One running job and its progress dialog.

    Signals:
        progressed(int, int, str): done, total and what is being worked on.
        finished(): the job ended (done, failed or cancelled); the dialog is closed.
    """

    progressed = Signal(int, int, str)
    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        on_done: Callable[[T], object],
        on_error: Callable[[BaseException], None],
        cancellable: bool = True,
    ) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self._on_error = on_error
        self.cancelled = False
        self.running = True
        self.cancellable = cancellable
        self.dialog = _ProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        if not cancellable:
            self.dialog.setCancelButton(None)
            self.dialog.held = True
        self.dialog.setLabel(wrapped_label(title))  # a long file name: lines, not a wide window
        self.dialog.setMaximumWidth(room(parent).width())
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        self.dialog.canceled.connect(self._on_dialog_canceled)
        # The job's child, so it is destroyed with the job on the GUI thread; the worker thread
        # holds it too, and had it been Python's own object, a thread ending after its job was
        # dropped destroyed it there (a QObject of the GUI thread deleted on another thread).
        self.relay = _Relay(self)
        self.relay.progressed.connect(self._on_relay_progressed)
        self.relay.succeeded.connect(self._on_relay_succeeded)
        self.relay.failed.connect(self._on_relay_failed)
        self.worker: _Worker | None = None
        self.worker_thread: threading.Thread | None = None

    def cancel(self) -> None:
        """What the Cancel button does: ask the function to stop; its result is dropped."""
        self.cancelled = True
        if self.worker is not None:
            self.worker.stop.set()
        self.dialog.setLabelText(self.tr("Cancelling…"))

    @Slot()
    def _on_dialog_canceled(self) -> None:
        if not self.running:
            return
        if self.cancellable:
            self.cancel()

    @Slot(int, int, str)
    def _on_relay_progressed(self, done: int, total: int, text: str) -> None:
        if not self.running:
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if text and not self.cancelled:
            self.dialog.setLabelText(text)
        self.progressed.emit(done, total, text)

    @Slot(object)
    def _on_relay_succeeded(self, result: object) -> None:
        self._end()
        if not self.cancelled:
            self._on_done(result)  # type: ignore[arg-type]
        self.finished.emit()

    @Slot(object)
    def _on_relay_failed(self, exc: object) -> None:
        self._end()
        if not self.cancelled:
            self._on_error(exc)  # type: ignore[arg-type]
        self.finished.emit()

    def _end(self) -> None:
        self.running = False
        self.dialog.held = False
        self.dialog.canceled.disconnect(self._on_dialog_canceled)
        self.dialog.close()
        self.dialog.deleteLater()
        thread = self.worker_thread
        if thread is not None and thread is not threading.current_thread():
            # The worker has sent its last news and is returning: wait for it, so that what its
            # function held (a dialog, a window) is let go here, on the GUI thread, never last
            # by the worker thread, where dropping a widget would destroy it on the wrong thread.
            thread.join(JOIN_SECONDS)
        _RUNNING.discard(self)


_RUNNING: set[Job[Any]] = set()


def any_running() -> bool:
    """Whether a job is still at work (auto-lock waits for it: ``autolock.IdleWatcher``)."""
    return any(job.running for job in _RUNNING)


def _default_error(parent: QWidget | None, title: str) -> Callable[[BaseException], None]:
    def show(exc: BaseException) -> None:
        from filing_desk.ui.messages import error_text

        QMessageBox.warning(parent, title, error_text(exc))

    return show


def run_job(
    parent: QWidget | None,
    title: str,
    fn: Callable[[Progress, Cancelled], T],
    on_done: Callable[[T], object],
    on_error: Callable[[BaseException], None] | None = None,
    *,
    cancellable: bool = True,
) -> Job[T]:
    """Start ``fn`` in a thread of its own with a progress dialog; returns the Job."""
    error = on_error or _default_error(parent, title)
    job: Job[T] = Job(parent, title, on_done, error, cancellable)
    job.worker = _Worker(fn, job.relay)
    _RUNNING.add(job)
    job.worker_thread = threading.Thread(target=job.worker.run, name="filing-desk-job", daemon=True)
    job.worker_thread.start()
    return job


def run_and_wait(
    parent: QWidget | None,
    title: str,
    fn: Callable[[Progress, Cancelled], T],
    *,
    cancellable: bool = True,
) -> T:
    """Run ``fn`` as a job and return its result once it is done, the event loop turning
    meanwhile; its exception is raised here, and ``JobCancelled`` when the user cancelled."""
    outcome: dict[str, Any] = {}
    job = run_job(
        parent,
        title,
        fn,
        lambda result: outcome.setdefault("result", result),
        lambda exc: outcome.setdefault("error", exc),
        cancellable=cancellable,
    )
    loop = QEventLoop()
    job.finished.connect(loop.quit)
    if job.running:  # its news arrive through queued signals: it cannot have ended yet
        loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    if "result" not in outcome:
        raise JobCancelled
    return outcome["result"]  # type: ignore[no-any-return]


def in_background(parent: QWidget | None, title: str, call: Callable[[], T]) -> T:
    """``run_and_wait`` for one call that reports no steps and must not be stopped half-way
    (a backup, a restore, an export being written): a busy dialog without Cancel."""

    def work(progress: Progress, _cancelled: Cancelled) -> T:
        progress(0, 0, title)
        result = call()
        progress(1, 1, "")
        return result

    return run_and_wait(parent, title, work, cancellable=False)
