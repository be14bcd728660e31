"""The ``team`` section: a 10,000-algorithm register on a local PostgreSQL server, measured as
the file register is (issue 20 item 9).

    python -m bench.run --only team [--algorithms 10000] [--repeat 5]

A throwaway cluster is started as the team-register tests start theirs (tests/helpers/postgres.py:
``initdb`` in a temporary folder, a free port on 127.0.0.1, as the ``postgres`` user when run as
root), the bench's register is generated as a file (bench/generate.py) and ``team push``-ed into
a fresh database, then, in this process:

- ``first_rows_ms``: connecting (``open_team``: password, schema check, roles) and reading the
  table's first page (``register_rows(limit=FIRST_PAGE)``), median of ``repeat`` openings;
- ``filter_p95_ms`` and ``search_p95_ms``: bench/interactive.py on the team register;
- ``edit_refresh_p95_ms``: bench/edit_refresh.py's edits (rename, main use, two undos, each until
  every view shows it) in the real main window showing the team register.

The figures go under ``team`` in bench/results.json; the rest of the file is kept. The cluster
and its folder are removed at the end. Skipped, with a note, where the server binaries are absent.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

PASSWORD_ENV = "FILING_DESK_DB_PASSWORD"


def _cluster() -> Any:
    """A running throwaway cluster (tests/helpers/postgres.py's), or None without binaries."""
    from tests.helpers.postgres import ClusterFailed, launch_cluster, server_bin_dir

    bin_dir = server_bin_dir()
    if bin_dir is None:
        return None
    try:
        return launch_cluster(bin_dir, "filing-desk-bench-pg-")
    except ClusterFailed as exc:
        raise RuntimeError(f"the bench's PostgreSQL cluster did not start: {exc}") from exc


def _first_rows(url: str, repeat: int) -> tuple[list[float], int]:
    """Milliseconds from connecting to the first page of rows, per opening; the page's size."""
    from filing_desk.store.team_register import open_team
    from filing_desk.ui.workspace import FIRST_PAGE

    times, shown = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        with open_team(url) as reg:
            shown = len(reg.register_rows(limit=FIRST_PAGE))
            times.append((time.perf_counter() - start) * 1000)
    return times, shown


def _edits(register: Any, work: Path, algorithms: int = 12) -> list[float]:
    """edit_refresh's edits in the main window showing ``register`` (ms, the first one left
    out: a session's first edit loads caches once)."""
    from PySide6.QtWidgets import QApplication

    from bench import edit_refresh
    from filing_desk.ui.main_window import MainWindow
    from filing_desk.ui.prefs import Prefs
    from filing_desk.ui.tempfiles import PrivateTempDir

    app = QApplication.instance() or QApplication([])
    prefs = Prefs(work / "team-home" / "filing-desk.ini")
    prefs.language = "en"
    temp_dir = PrivateTempDir()
    window = MainWindow(register.path, prefs, temp_dir, register=register)
    window.backup_on_exit = False
    window.resize(*edit_refresh.SIZE)
    window.show()
    while window.workspace is None or not window.workspace.fully_loaded:
        app.processEvents()
    ws = window.workspace
    ws.show_view("register")
    edit_refresh._drain(app)
    rows = ws.register_view.model.rows()
    step = max(1, len(rows) // algorithms)
    samples: list[float] = []
    for n, row in enumerate(rows[step // 2 :: step][:algorithms]):
        samples += edit_refresh._edit_and_undo(app, ws, register, row.algorithm_id, n)
    window.register = None  # closed by the caller, not by the window
    window.close()
    temp_dir.wipe()
    return samples[1:]


def measure(work: Path, algorithms: int, repeat: int) -> dict[str, Any]:
    """The ``team`` figures (ms) and their details; ``{"skipped": why}`` without a server."""
    from bench import interactive
    from bench.run import make_register
    from filing_desk.store.register import open_register
    from filing_desk.store.team_register import open_team, push_to_team

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    cluster = _cluster()
    if cluster is None:
        return {"skipped": "PostgreSQL server binaries (initdb, pg_ctl) are not installed"}
    try:
        database = cluster.new_database()
        os.environ[PASSWORD_ENV] = database.password
        made = time.perf_counter()
        path = make_register(work, algorithms)
        generate_s = time.perf_counter() - made
        pushed = time.perf_counter()
        with open_register(path) as source:
            push_to_team(source, database.url).close()
        push_s = time.perf_counter() - pushed
        first, shown = _first_rows(database.url, repeat)
        with open_team(database.url) as reg:
            filters = interactive.filter_latencies(reg)
            searches = interactive.search_latencies(reg, rounds=repeat)
            edits = _edits(reg, work)
    finally:
        os.environ.pop(PASSWORD_ENV, None)
        cluster.stop()
    return {
        "first_rows_ms": statistics.median(first),
        "filter_p95_ms": interactive.p95(filters),
        "search_p95_ms": interactive.p95(searches),
        "edit_refresh_p95_ms": interactive.p95(edits),
        "details": {
            "algorithms": algorithms,
            "server": _server_version(cluster),
            "first_rows_shown": shown,
            "first_rows_max_ms": max(first),
            "search_median_ms": statistics.median(searches),
            "filter_median_ms": statistics.median(filters),
            "edit_refresh_median_ms": statistics.median(edits),
            "edit_refresh_samples": len(edits),
            "generate_s": generate_s,
            "push_s": push_s,
        },
    }


def _server_version(cluster: Any) -> str:
    return str(cluster.bin_dir.parent.name)  # the Debian layout's major version folder


def run(out: Path, algorithms: int, repeat: int) -> dict[str, Any]:
    """Measure, and write the figures under ``team`` in ``out`` (other sections kept)."""
    import json

    with tempfile.TemporaryDirectory(prefix="filing-desk-bench-") as tmp:
        figures = measure(Path(tmp), algorithms, repeat)
    results = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    results["team"] = figures
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return figures
