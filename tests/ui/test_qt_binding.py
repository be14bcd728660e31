"""The Qt binding must survive a long session: signals into Python slots keep reference counts.

PySide6 6.12.0 took one reference off ``True`` on each Python slot call and aborted the process
("Fatal Python error: bool_dealloc") after a few thousand signals. Run in a child process so a
regression fails this test instead of killing the test run.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    app = QCoreApplication([])

    class Emitter(QObject):
        plain = Signal()
        number = Signal(int)

    emitter, seen = Emitter(), []
    emitter.plain.connect(lambda: seen.append(1))
    emitter.number.connect(seen.append)
    before = sys.getrefcount(True)
    for n in range(20_000):
        emitter.plain.emit()
        emitter.number.emit(n)
    print(len(seen), sys.getrefcount(True) - before)
    """
)


def test_twenty_thousand_signals_keep_reference_counts() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    calls, drift = map(int, result.stdout.split())
    assert calls == 40_000
    assert abs(drift) < 10
