"""The start-up probe the bench installs in the app (``bench/launch.py``): it notes when the
window is exposed and when the register table first paints rows (``time.monotonic()``,
comparable across processes), then the resident memory once every row is loaded, writes them as
JSON to the report file, and quits the app.

It filters only what it measures (the window's QWindow, the central stack, then the table's
viewport): a Python filter on the whole application would slow every event it times. It reads
the session's widgets and changes nothing in them.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QEvent, QObject, QTimer

if TYPE_CHECKING:
    from PySide6.QtCore import QChildEvent

    from filing_desk.app import Session

POLL_MS = 20  # how often to look whether every row and view is loaded


class StartupProbe(QObject):
    """Watches one session's start-up; see the module docstring."""

    def __init__(self, session: Session, path: Path) -> None:
        super().__init__(session.app)
        self.session, self.path = session, path
        self.times: dict[str, float] = {}
        window = session.window
        window.winId()  # the QWindow now, so its first Expose is seen
        self._handle = window.windowHandle()
        self._handle.installEventFilter(self)
        window.central.installEventFilter(self)  # ChildAdded: the workspace and its table
        self._view: Any = None  # the register view, once the workspace is added
        self._viewport: QObject | None = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        kind = event.type()
        if kind == QEvent.Type.Expose and obj is self._handle and self._handle.isExposed():
            self.times.setdefault("window_shown", time.monotonic())
        elif kind == QEvent.Type.ChildAdded and self._viewport is None:
            child = cast("QChildEvent", event).child()
            view = getattr(child, "register_view", None)  # the Workspace, being added
            if view is not None:
                self._view = view
                self._viewport = view.table.viewport()
                self._viewport.installEventFilter(self)
        elif (
            kind == QEvent.Type.Paint
            and obj is self._viewport
            and "rows_shown" not in self.times
            and self._view.model.rowCount() > 0
        ):
            self.times["rows_shown"] = 0.0  # painting now; the time is taken once it is done
            QTimer.singleShot(0, self._after_rows_painted)
        return False

    def _after_rows_painted(self) -> None:
        self.times["rows_shown"] = time.monotonic()
        self._when_loaded()

    def _when_loaded(self) -> None:
        workspace = self.session.window.workspace
        assert workspace is not None  # its rows were painted
        model = workspace.register_view.model
        if model.loading() or not workspace.fully_loaded:
            QTimer.singleShot(POLL_MS, self._when_loaded)
            return
        import json  # not before: the probe must not add to the start-up it times

        self.times.update(loaded=time.monotonic(), rows=model.total(), **memory_mb())
        self.path.write_text(json.dumps(self.times), encoding="utf-8")
        self.session.app.quit()


def memory_mb() -> dict[str, float]:
    """Resident memory now and at its peak, in MiB (Linux ``/proc``; else the peak only)."""
    status = Path("/proc/self/status")
    if status.exists():
        fields = dict(line.split(":", 1) for line in status.read_text().splitlines() if ":" in line)
        now, peak = (int(fields[k].split()[0]) / 1024 for k in ("VmRSS", "VmHWM"))
        return {"rss_mb": now, "rss_peak_mb": peak}
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_mb = peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
    return {"rss_mb": peak_mb, "rss_peak_mb": peak_mb}
