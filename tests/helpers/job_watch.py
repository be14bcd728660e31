"""Watching background jobs in GUI tests: which thread did the work, what progress arrived, and
whether the GUI thread's event loop kept turning meanwhile.

``JobWatch`` wraps ``filing_desk.ui.jobs.run_job`` (which ``run_and_wait`` and ``in_background``
call): each job's function is run after a short pause in its own thread (a slow disk, without a
big file), the thread is recorded, and a QTimer ticking every 20 ms counts the ticks and the
longest gap between them while a job runs. A blocked GUI thread would tick at most once.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from PySide6.QtCore import QTimer

from filing_desk.ui import jobs

SLOW_SECONDS = 0.3
TICK_MS = 20


class JobWatch:
    def __init__(self, monkeypatch: Any, slow: float = SLOW_SECONDS) -> None:
        self.gui_thread = threading.get_ident()
        self.threads: list[int] = []
        self.progress: list[tuple[int, int, str]] = []
        self.titles: list[str] = []
        self.started: list[jobs.Job[Any]] = []
        self.ticks = 0
        self.longest_gap_ms = 0.0
        self._last: float | None = None
        self._slow = slow
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_tick)
        self._timer.start()
        original = jobs.run_job

        def run_job(parent, title, fn, on_done, on_error=None, **kwargs):
            def work(progress, cancelled):
                self.threads.append(threading.get_ident())
                time.sleep(self._slow)
                return fn(progress, cancelled)

            job = original(parent, title, work, on_done, on_error, **kwargs)
            self.titles.append(title)
            self.started.append(job)
            job.progressed.connect(
                lambda done, total, text: self.progress.append((done, total, text))
            )
            return job

        monkeypatch.setattr(jobs, "run_job", run_job)

    def running(self) -> bool:
        return any(job.running for job in self.started)

    def _on_tick(self) -> None:
        now = time.monotonic()
        if self.running():
            self.ticks += 1
            if self._last is not None:
                self.longest_gap_ms = max(self.longest_gap_ms, (now - self._last) * 1000)
        self._last = now

    def stop(self) -> None:
        self._timer.stop()

    def assert_ran_in_background(self) -> None:
        """The work ran off the GUI thread, progress arrived, and the event loop kept turning."""
        assert self.threads, "no job was started"
        assert all(t != self.gui_thread for t in self.threads)
        assert self.progress, "no progress arrived"
        assert self.ticks >= 3, f"the event loop turned {self.ticks} times during the job"
