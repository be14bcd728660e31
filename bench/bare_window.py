"""The yardstick for start-up: a bare PySide6 main window, shown offscreen, nothing else.

    python -m bench.bare_window REPORT.json

Writes ``{"window_shown": time.monotonic()}`` when the window is first exposed, then quits. The
bench divides the app's start-up times by this one, measured in the same run.
"""

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow


class ExposeProbe(QObject):
    """Writes the time the watched window is first exposed and quits the application."""

    def __init__(self, app: QApplication, window: QMainWindow, report: Path) -> None:
        super().__init__(app)
        self.app, self.window, self.report = app, window, report
        app.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        handle = self.window.windowHandle()
        if event.type() == QEvent.Type.Expose and obj is handle and handle.isExposed():
            self.report.write_text(json.dumps({"window_shown": time.monotonic()}))
            self.app.quit()
        return False


def main(report: Path) -> int:
    """Show a plain 1280×800 main window and report when it is exposed."""
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    probe = ExposeProbe(app, window, report)
    window.show()
    code = app.exec()
    del probe
    return code


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
