"""``edit_refresh``: from saving a field edit to every view refreshed, in the real main window.

    python bench/edit_refresh.py REPORT.json --register FILE [--algorithms 12]

Run as a child process by ``bench/run.py`` (and by path, with ``PYTHONPATH`` pointing at an
older checkout, to measure the code before a change the same way: it imports only
``filing_desk`` and Qt, never the rest of the bench). The register is opened the default way
(the bench's keyring); the main window (1280×800, English) shows the register view with every
row loaded.

One sample, for each of ``--algorithms`` algorithms spread over the table: the algorithm is
selected (not timed), then four timed steps, each ``RecordEditor.edit`` (what the form calls when
a field is committed; Ctrl+Z calls ``QUndoStack.undo``) through ``QApplication.processEvents()``
until no event is pending, so any work the edit posted, and the repaint, is inside the time:
rename it, edit its main use, undo both. **The end**: after those events, the table's row and the
detail pane (title and form) show the new value — checked after every step, the run fails if
not. A view that is not on screen (the dashboard, entities, calendar, audit log) may be left
stale by the new code and recomputed when it is next shown; that cost is measured separately:
``dashboard_show_ms`` is switching to the dashboard after the edits (the old code refreshed it
inside every edit).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from functools import partial
from pathlib import Path
from typing import Any

SIZE = (1280, 800)
NAME_COLUMN = 0


def _drain(app: Any) -> None:
    for _ in range(3):  # anything posted while processing (zero timers, repaints) too
        app.processEvents()


def _timed(app: Any, action: Any) -> float:
    start = time.perf_counter()
    action()
    _drain(app)
    return (time.perf_counter() - start) * 1000


def _save(app: Any, ws: Any, action: Any) -> float:
    """Time one save. An edit of a filed field first asks which modification it opens and its
    date (issue 19.3): the save is then the user's OK, and the time runs from ``accept``."""
    took = _timed(app, action)
    dialog = getattr(ws.editor, "confirm_dialog", None)
    if dialog is not None and dialog.isVisible():
        ws.editor.confirm_dialog = None
        took = _timed(app, dialog.accept)
    return took


def _row_name(ws: Any, algorithm_id: int) -> str:
    model = ws.register_view.model
    row = model.row_of(algorithm_id)
    assert row is not None, f"algorithm {algorithm_id} is not in the table"
    return str(model.row_at(row).name)


def _check(ws: Any, algorithm_id: int, name: str, main_use: str) -> None:
    shown = _row_name(ws, algorithm_id)
    if shown != name or ws.detail.title.text() != name:
        raise RuntimeError(f"#{algorithm_id}: table {shown!r}, pane {ws.detail.title.text()!r}")
    record = ws.detail.form._record  # what the form shows
    if record is None or record.name != name or (record.main_use or "") != main_use:
        raise RuntimeError(f"#{algorithm_id}: the form shows an old record")


def _edit_and_undo(app: Any, ws: Any, register: Any, algorithm_id: int, n: int) -> list[float]:
    """Select the algorithm (not timed); rename it, edit its main use, undo both (each timed
    and checked)."""
    ws.show_algorithm(algorithm_id)
    _drain(app)
    algo = register.algorithm(algorithm_id)
    name, use = algo.name, algo.main_use or ""
    new_name, new_use = f"{name}·改{n}", f"{use} 调整{n}".strip()
    edit = partial(ws.editor.edit, "algorithm", algorithm_id)
    steps = (
        (partial(edit, "name", name, new_name), new_name, use),
        (partial(edit, "main_use", algo.main_use, new_use), new_name, new_use),
        (ws.undo_stack.undo, new_name, use),
        (ws.undo_stack.undo, name, use),
    )
    times = []
    for action, shown_name, shown_use in steps:
        times.append(_save(app, ws, action))
        _check(ws, algorithm_id, shown_name, shown_use)
    return times


def measure(register_path: Path, algorithms: int) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from filing_desk.store.register import open_register
    from filing_desk.ui.main_window import MainWindow
    from filing_desk.ui.prefs import Prefs
    from filing_desk.ui.tempfiles import PrivateTempDir

    app = QApplication.instance() or QApplication([])
    home = register_path.parent / "edit-refresh"
    prefs = Prefs(home / "filing-desk.ini")
    prefs.language = "en"
    temp_dir = PrivateTempDir()
    register = open_register(register_path)
    window = MainWindow(register.path, prefs, temp_dir, register=register)
    window.backup_on_exit = False
    window.resize(*SIZE)
    window.show()
    ws = window.workspace
    while ws is None or not ws.fully_loaded:
        app.processEvents()
        ws = window.workspace
    ws.show_view("register")
    _drain(app)
    rows = ws.register_view.model.rows()
    step = max(1, len(rows) // algorithms)
    chosen = [r.algorithm_id for r in rows[step // 2 :: step]][:algorithms]
    samples: list[float] = []
    for n, algorithm_id in enumerate(chosen):
        samples += _edit_and_undo(app, ws, register, algorithm_id, n)
    first, samples = samples[0], samples[1:]  # the first edit of a session loads caches once
    dashboard_ms = _timed(app, lambda: ws.show_view("dashboard"))
    window.shutdown() if hasattr(window, "shutdown") else window.close()
    temp_dir.wipe()
    return {
        "edit_refresh_ms": samples,
        "first_edit_ms": first,
        "dashboard_show_ms": dashboard_ms,
        "rows": len(rows),
    }


def run_child(
    register: Path, work: Path, algorithms: int = 12, code: Path | None = None
) -> dict[str, Any]:
    """This probe as a fresh process on ``register`` (``code``: a checkout to import
    ``filing_desk`` from instead, e.g. the code before a change); its figures, in ms."""
    import subprocess

    from bench.startup import CHILD_TIMEOUT_S, child_env

    env = child_env(work)
    if code is not None:
        env["PYTHONPATH"] = str(code)
    report = work / "edit-refresh-report.json"
    report.unlink(missing_ok=True)
    args = [str(Path(__file__)), str(report), "--register", str(register)]
    done = subprocess.run(
        [sys.executable, *args, "--algorithms", str(algorithms)],
        env=env,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_S * 3,
        check=False,
    )
    if not report.exists():
        raise RuntimeError(f"edit_refresh wrote no report (exit {done.returncode}):\n{done.stderr}")
    figures: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", type=Path)
    parser.add_argument("--register", type=Path, required=True)
    parser.add_argument("--algorithms", type=int, default=12)
    args = parser.parse_args(argv)
    figures = measure(args.register, args.algorithms)
    samples = figures["edit_refresh_ms"]
    figures["median_ms"] = statistics.median(samples)
    args.report.write_text(json.dumps(figures), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
