"""The ``scale`` section of ``bench/results.json``: how the figures grow with the register.

For each size (1,000 and 10,000 algorithms in ``make bench``; 50,000 too with ``--scale``, i.e.
``make bench-scale``), the same measurements as the main run, fewer times: ``rows_ratio`` and
``all_rows_loaded_ms`` and ``rss_mb`` from fresh app processes (``bench/startup.py``),
``filter_p95_ms`` (``bench/interactive.py``) and ``edit_refresh_p95_ms``
(``bench/edit_refresh.py``). The 10,000 point is the main run's own figures. Each other size
gets its own register in its own folder (and keyring file) inside the run's temporary folder.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

from bench import edit_refresh, interactive, startup

SIZES = (1_000, 10_000)
LARGE = 50_000
REPEAT = 3  # fresh processes per size (the main run takes --repeat)


def point_of(results: dict[str, Any]) -> dict[str, float]:
    """The scale figures of the main run's results."""
    d = results["details"]
    return {
        "rows_ratio": results["rows_ratio"],
        "all_rows_loaded_ms": d["app_all_rows_loaded_ms"],
        "filter_p95_ms": results["filter_p95_ms"],
        "edit_refresh_p95_ms": results["edit_refresh_p95_ms"],
        "edit_refresh_median_ms": d["edit_refresh_median_ms"],
        "rss_mb": results["rss_mb"],
    }


def measure_point(algorithms: int, work: Path) -> dict[str, float]:
    """Every scale figure on a fresh register of ``algorithms`` algorithms."""
    from bench.run import make_register
    from filing_desk.store.register import open_register

    work.mkdir(parents=True, exist_ok=True)
    made = time.perf_counter()
    register = make_register(work, algorithms)
    generate_s = time.perf_counter() - made
    boot = startup.measure(register, work, REPEAT)
    with open_register(register) as reg:
        filters = interactive.filter_latencies(reg)
    edits = edit_refresh.run_child(register, work)["edit_refresh_ms"]
    return {
        "rows_ratio": boot.rows_s / boot.bare_window_s,
        "all_rows_loaded_ms": boot.loaded_s * 1000,
        "filter_p95_ms": interactive.p95(filters),
        "edit_refresh_p95_ms": interactive.p95(edits),
        "edit_refresh_median_ms": statistics.median(edits),
        "rss_mb": boot.rss_mb,
        "generate_s": generate_s,
    }


def measure(results: dict[str, Any], work: Path, large: bool) -> dict[str, dict[str, float]]:
    """Size → figures, the main run's size taken from ``results``."""
    main_size = int(results["details"]["algorithms"])
    smaller = (n for n in SIZES if n <= main_size)  # a small test run measures itself only
    sizes = sorted({*smaller, main_size, *((LARGE,) if large else ())})
    return {
        str(n): point_of(results) if n == main_size else measure_point(n, work / f"scale-{n}")
        for n in sizes
    }


def table(scale: dict[str, dict[str, float]]) -> str:
    """The scale section as a Markdown table."""
    lines = [
        "| algorithms | rows_ratio | all rows loaded | filter p95 | edit→refreshed p95 (median) "
        "| RSS |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for size, p in sorted(scale.items(), key=lambda kv: int(kv[0])):
        lines.append(
            f"| {int(size):,} | {p['rows_ratio']:.2f} × | {p['all_rows_loaded_ms']:.0f} ms "
            f"| {p['filter_p95_ms']:.1f} ms | {p['edit_refresh_p95_ms']:.1f} ms "
            f"({p['edit_refresh_median_ms']:.1f} ms) | {p['rss_mb']:.0f} MiB |"
        )
    return "\n".join(lines)
