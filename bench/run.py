"""``make bench``: every figure a ratio or a latency taken in the same run, on a fresh
10,000-algorithm register; prints a table, writes ``bench/results.json`` and the table in
``bench/README.md``.

    python -m bench.run [--algorithms 10000] [--repeat 5] [--out bench/results.json] [--no-readme]
                        [--scale] [--only edit [--code CHECKOUT]] [--only team]

``--scale`` adds 50,000 algorithms to the ``scale`` section (1,000 and 10,000 always).
``--only edit`` measures ``edit_refresh`` alone (p50, p95, worst, in ms) on a fresh register and
prints it; ``results.json`` and the README are left alone. With ``--code``, the same probe runs
on the same register copy with ``filing_desk`` imported from another checkout (the code before a
change), then on this one: before and after, alike.

The register is made once per run in a temporary folder, in keyring mode: the key sits in the
bench's own JSON-file keyring (``bench/keyring_backend.py``), which every child process selects
through ``PYTHON_KEYRING_BACKEND``; the user's keyring is never touched.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import edit_refresh, encryption, interactive, report, scale, startup
from bench.keyring_backend import FILE_ENV, JsonFileKeyring

HERE = Path(__file__).resolve().parent


def make_register(work: Path, algorithms: int) -> Path:
    """A keyring-mode register of ``algorithms`` algorithms (and the proportional rest)."""
    import keyring

    from bench.generate import fill
    from filing_desk.store.register import create_register

    os.environ[FILE_ENV] = str(work / "keyring.json")
    keyring.set_keyring(JsonFileKeyring())
    path = work / "bench.fdesk"
    with create_register(path).register as reg:
        fill(
            reg,
            algorithms=algorithms,
            entities=max(1, algorithms // 50),
            procedures=algorithms * 5,
            events=algorithms * 10,
            attachments=max(1, algorithms // 5),
        )
    return path


def in_process(register_path: Path, repeat: int) -> dict[str, Any]:
    """Filter, search and PDF figures on the register opened the default way (keyring)."""
    from filing_desk.store.register import open_register

    with open_register(register_path) as reg:
        filters = interactive.filter_latencies(reg)
        searches = interactive.search_latencies(reg, rounds=repeat)
        pdf_times, pdfs = interactive.pdf_packet(reg, rounds=repeat)
    return {
        "filter_p95_ms": interactive.p95(filters),
        "filter_median_ms": statistics.median(filters),
        "filter_max_ms": max(filters),
        "filter_keystrokes": len(filters),
        "search_p95_ms": interactive.p95(searches),
        "search_median_ms": statistics.median(searches),
        "search_calls": len(searches),
        "pdf_packet_ms": statistics.median(pdf_times),
        "pdf_max_kb": max(size for _, size in pdfs) / 1024,
        "pdf_forms": len(pdfs),
    }


def edit_only(algorithms: int, code: Path | None) -> dict[str, dict[str, float]]:
    """``edit_refresh`` alone: label → p50/p95/max/first (ms), the other checkout first. Each
    checkout makes its own register (same generator, same seed) and edits it."""
    out: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="filing-desk-bench-") as tmp:
        runs = ([("before", code)] if code is not None else []) + [("this checkout", None)]
        for label, checkout in runs:
            work = Path(tmp) / label.replace(" ", "-")
            work.mkdir()
            if checkout is None:
                make_register(work, algorithms)
            else:
                _make_register_with(checkout, work, algorithms)
            edits = edit_refresh.run_child(work / "bench.fdesk", work, code=checkout)
            samples = edits["edit_refresh_ms"]
            out[label] = {
                "p50_ms": statistics.median(samples),
                "p95_ms": interactive.p95(samples),
                "max_ms": max(samples),
                "first_ms": edits["first_edit_ms"],
                "samples": len(samples),
            }
    return out


def _make_register_with(checkout: Path, work: Path, algorithms: int) -> None:
    """``make_register`` run by another checkout (its schema, its generator), in a child."""
    import subprocess

    env = startup.child_env(work)
    env["PYTHONPATH"] = str(checkout)
    script = "import sys, pathlib; from bench.run import make_register as m; "
    script += "m(pathlib.Path(sys.argv[1]), int(sys.argv[2]))"
    subprocess.run(
        [sys.executable, "-c", script, str(work), str(algorithms)],
        cwd=checkout,
        env=env,
        check=True,
        timeout=startup.CHILD_TIMEOUT_S * 3,
    )


def machine() -> dict[str, Any]:
    """CPU, cores, Python, Qt and SQLCipher versions, and the date."""
    import PySide6
    import sqlcipher3
    from PySide6.QtCore import qVersion

    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = [
            ln.split(":", 1)[1].strip()
            for ln in cpuinfo.read_text().splitlines()
            if ln.startswith("model name")
        ]
        cpu = names[0] if names else cpu
    conn = sqlcipher3.connect(":memory:")
    cipher = conn.execute("PRAGMA cipher_version").fetchone()
    conn.close()
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "qt": qVersion(),
        "pyside6": PySide6.__version__,
        "sqlite": sqlcipher3.sqlite_version,
        "sqlcipher": cipher[0] if cipher else "",
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def run(algorithms: int, repeat: int, large: bool = False) -> dict[str, Any]:
    """Every measurement; returns the results (figures, details, machine)."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="filing-desk-bench-") as tmp:
        results = _measure(Path(tmp), algorithms, repeat)
        results["scale"] = scale.measure(results, Path(tmp), large)
    results["details"]["bench_s"] = time.perf_counter() - started
    results["machine"] = machine()
    return results


def _measure(work: Path, algorithms: int, repeat: int) -> dict[str, Any]:
    """The main run's figures on a fresh register of ``algorithms`` algorithms in ``work``."""
    load = _loadavg()
    made = time.perf_counter()
    register = make_register(work, algorithms)
    generate_s = time.perf_counter() - made
    boot = startup.measure(register, work, repeat)
    figures = in_process(register, repeat)
    edits = edit_refresh.run_child(register, work)
    enc = encryption.measure(work, max(200, algorithms // 5), max(3, repeat // 2 + 1))
    results: dict[str, Any] = {
        "window_ratio": boot.window_s / boot.bare_window_s,
        "rows_ratio": boot.rows_s / boot.bare_window_s,
        "filter_p95_ms": figures.pop("filter_p95_ms"),
        "search_p95_ms": figures.pop("search_p95_ms"),
        "encryption_ratio": enc["ratio"],
        "pdf_packet_ms": figures.pop("pdf_packet_ms"),
        "pdf_max_kb": figures.pop("pdf_max_kb"),
        "rss_mb": boot.rss_mb,
        "edit_refresh_p95_ms": interactive.p95(edits["edit_refresh_ms"]),
    }
    results["details"] = {
        "algorithms": algorithms,
        "repetitions": repeat,
        "bare_window_ms": boot.bare_window_s * 1000,
        "app_window_ms": boot.window_s * 1000,
        "app_rows_ms": boot.rows_s * 1000,
        "app_all_rows_loaded_ms": boot.loaded_s * 1000,
        "rows_in_table": boot.rows,
        "rss_peak_mb": boot.rss_peak_mb,
        "encryption_plain_s": enc["plain_s"],
        "encryption_encrypted_s": enc["encrypted_s"],
        "generate_s": generate_s,
        **figures,
        "edit_refresh_median_ms": statistics.median(edits["edit_refresh_ms"]),
        "edit_refresh_max_ms": max(edits["edit_refresh_ms"]),
        "edit_refresh_samples": len(edits["edit_refresh_ms"]),
        "edit_refresh_first_ms": edits["first_edit_ms"],
        "dashboard_show_after_edit_ms": edits["dashboard_show_ms"],
        "loadavg_start": load,
        "loadavg_end": _loadavg(),
    }
    return results


def _loadavg() -> str:
    """The 1, 5 and 15 minute load averages (Linux), to read the figures by."""
    path = Path("/proc/loadavg")
    return " ".join(path.read_text().split()[:3]) if path.exists() else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--algorithms", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5, help="repetitions of each timing")
    parser.add_argument("--out", type=Path, default=HERE / "results.json")
    parser.add_argument("--no-readme", action="store_true", help="leave bench/README.md alone")
    parser.add_argument("--scale", action="store_true", help="add 50,000 algorithms to `scale`")
    parser.add_argument(
        "--only", choices=("edit", "team"), help="measure this part alone (team: into --out)"
    )
    parser.add_argument("--code", type=Path, help="with --only: a checkout to measure first")
    args = parser.parse_args(argv)
    if args.only == "team":  # bench/team.py: a local PostgreSQL server, under `team`
        from bench import team

        print(json.dumps(team.run(args.out, args.algorithms, max(1, args.repeat)), indent=2))
        return 0
    if args.only == "edit":
        print(f"edit_refresh at {args.algorithms:,} algorithms (load {_loadavg()})")
        for label, f in edit_only(args.algorithms, args.code).items():
            print(
                f"{label:>14}: p50 {f['p50_ms']:.1f} ms, p95 {f['p95_ms']:.1f} ms, "
                f"worst {f['max_ms']:.1f} ms, first {f['first_ms']:.1f} ms ({f['samples']} saves)"
            )
        return 0
    results = run(args.algorithms, max(1, args.repeat), args.scale)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    table = report.table(results)
    print(table)
    print(f"\nwritten: {args.out}  ({results['details']['bench_s']:.0f} s)")
    if not args.no_readme:
        report.update_readme(HERE / "README.md", results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
