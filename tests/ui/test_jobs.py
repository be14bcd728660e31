"""Background jobs: results and progress on the GUI thread, cancel, errors."""

from __future__ import annotations

import gc
import threading
import time

from PySide6.QtCore import QObject, Qt, Slot

from filing_desk.ui import jobs
from filing_desk.ui.jobs import JobCancelled, run_job


def test_result_and_progress_arrive_on_gui_thread(qtbot):
    gui = threading.get_ident()
    seen: list[tuple[int, int, str]] = []
    results: list[tuple[int, int]] = []

    def work(progress, cancelled):
        for step in range(3):
            progress(step, 3, f"step {step}")
        return (threading.get_ident(), 42)

    job = run_job(None, "Working", work, lambda r: results.append((threading.get_ident(), r)))
    job.progressed.connect(lambda d, t, s: seen.append((d, t, s)))
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    [(thread, (worker, value))] = results
    assert thread == gui and worker != gui and value == 42
    assert seen == [(0, 3, "step 0"), (1, 3, "step 1"), (2, 3, "step 2")]


def test_cancel_sets_the_flag_and_drops_the_result(qtbot):
    started = threading.Event()
    done: list[object] = []

    def work(progress, cancelled):
        started.set()
        while not cancelled():
            time.sleep(0.01)
        raise JobCancelled

    job = run_job(None, "Working", work, done.append)
    assert started.wait(5)
    job.dialog.canceled.emit()  # what pressing Cancel does
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert job.cancelled and done == []


def test_errors_go_to_on_error(qtbot):
    errors: list[BaseException] = []

    def work(progress, cancelled):
        raise ValueError("broken")

    job = run_job(None, "Working", work, lambda r: None, errors.append)
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert [str(e) for e in errors] == ["broken"]


def test_the_relay_dies_on_the_gui_thread_even_when_the_worker_thread_ends_last(qtbot, monkeypatch):
    """The worker thread holds the relay it reports through. Were the relay its own (Python's)
    object, a thread ending after its job was dropped would destroy a GUI-thread QObject on the
    worker thread — the kind of crash CI saw in a thread without Python frames. The relay is the
    job's child: it goes with the job, on the GUI thread."""
    threads = []
    original = jobs._Worker.run

    def run_then_linger(self):
        threads.append(threading.current_thread())
        original(self)
        time.sleep(0.3)  # the thread still holds the worker, and through it the relay

    monkeypatch.setattr(jobs._Worker, "run", run_then_linger)
    died_on: list[str] = []

    class Watch(QObject):  # a slot of a QObject: a lambda is not called on a dying wrapper
        @Slot()
        def gone(self) -> None:
            died_on.append(threading.current_thread().name)

    watch, done = Watch(), []
    job = run_job(None, "Working", lambda progress, cancelled: 1, done.append)
    job.relay.destroyed.connect(watch.gone, Qt.ConnectionType.DirectConnection)
    qtbot.waitUntil(lambda: done == [1], timeout=5000)
    del job
    gc.collect()
    threads[0].join(5)
    gc.collect()
    assert died_on == [threading.main_thread().name]


def test_what_the_function_held_is_let_go_on_the_gui_thread(qtbot, monkeypatch):
    """A job's function often holds a dialog (``lambda: export_register(self.register, …)``).
    The job ends only once its thread has returned, so the last reference to what the function
    held is dropped on the GUI thread, never by the worker thread as it ends."""
    original = jobs._Worker.run

    def run_then_linger(self):
        original(self)
        time.sleep(0.3)  # the thread still holds the worker and its function

    monkeypatch.setattr(jobs._Worker, "run", run_then_linger)
    died_on: list[str] = []

    class Held(QObject):
        @Slot()
        def gone(self) -> None:
            died_on.append(threading.current_thread().name)

    held, watch, done = QObject(), Held(), []
    held.destroyed.connect(watch.gone, Qt.ConnectionType.DirectConnection)

    def work(progress, cancelled, held=held):  # the function holds the object, as a dialog's
        return held.objectName()

    job = run_job(None, "Working", work, done.append)
    del held, work
    qtbot.waitUntil(lambda: done == [""], timeout=5000)
    thread = job.worker_thread
    del job
    gc.collect()
    thread.join(5)
    gc.collect()
    assert died_on == [threading.main_thread().name]
