"""The bench's table: each figure against its goal, printed and kept in ``bench/README.md``."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from bench import scale

# key: (goal, unit, what it is)
GOALS: dict[str, tuple[float, str, str]] = {
    "window_ratio": (1.5, "×", "main window visible ÷ bare PySide6 window"),
    "rows_ratio": (4.0, "×", "register table shows rows ÷ bare PySide6 window"),
    "filter_p95_ms": (30, "ms", "p95 of one keystroke in the filter box (10k rows)"),
    "search_p95_ms": (50, "ms", "p95 of Register.search (zh 2/3 chars, English)"),
    "encryption_ratio": (1.25, "×", "write+query workload, encrypted ÷ plain"),
    "pdf_packet_ms": (300, "ms", "every PDF of one filing packet, warm"),
    "pdf_max_kb": (250, "KiB", "largest PDF of that packet"),
    "rss_mb": (250, "MiB", "resident memory, 10k register in the main window"),
    "edit_refresh_p95_ms": (50, "ms", "p95 from saving a field edit (or undo) to views refreshed"),
}
BEGIN, END = "<!-- results:begin -->", "<!-- results:end -->"


def table(results: dict[str, Any]) -> str:
    """A Markdown table of every goal, then the machine."""
    lines = ["| figure | value | goal | met | what |", "|---|---:|---:|:-:|---|"]
    for key, (goal, unit, what) in GOALS.items():
        value = results[key]
        met = "yes" if value <= goal else "**no**"
        lines.append(f"| `{key}` | {value:.2f} {unit} | ≤ {goal:g} {unit} | {met} | {what} |")
    d, m = results["details"], results["machine"]
    lines += [
        "",
        f"Bare window {d['bare_window_ms']:.0f} ms; app window {d['app_window_ms']:.0f} ms; "
        f"first rows {d['app_rows_ms']:.0f} ms; all {d['rows_in_table']} rows loaded "
        f"{d['app_all_rows_loaded_ms']:.0f} ms (medians of {d['repetitions']} fresh processes). "
        f"Filter median {d['filter_median_ms']:.1f} ms, worst {d['filter_max_ms']:.1f} ms over "
        f"{d['filter_keystrokes']} keystrokes; search median {d['search_median_ms']:.1f} ms; "
        f"{d['pdf_forms']} PDFs; peak RSS {d['rss_peak_mb']:.0f} MiB; encryption "
        f"{d['encryption_encrypted_s']:.2f} s vs {d['encryption_plain_s']:.2f} s plain.",
    ]
    if "edit_refresh_median_ms" in d:
        lines += [
            "",
            f"Edit → refreshed median {d['edit_refresh_median_ms']:.1f} ms, worst "
            f"{d['edit_refresh_max_ms']:.1f} ms over {d['edit_refresh_samples']} saves (the "
            f"session's first edit {d['edit_refresh_first_ms']:.0f} ms, loading caches once); "
            f"the dashboard, left stale while hidden, recomputed on its first show after the "
            f"edits in {d['dashboard_show_after_edit_ms']:.0f} ms. Load average "
            f"{d['loadavg_start']} at the start, {d['loadavg_end']} at the end.",
        ]
    if "scale" in results:
        lines += ["", scale.table(results["scale"])]
    lines += [
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['os']}; Python {m['python']}, "
        f"Qt {m['qt']} (PySide6 {m['pyside6']}), SQLite {m['sqlite']} / SQLCipher "
        f"{m['sqlcipher']}; {m['date']}; whole bench {d['bench_s']:.0f} s.",
    ]
    return "\n".join(lines)


def update_readme(readme: Path, results: dict[str, Any]) -> None:
    """Replace the table between the README's result markers (append them if missing)."""
    block = f"{BEGIN}\n{table(results)}\n{END}"
    text = readme.read_text(encoding="utf-8") if readme.exists() else ""
    pattern = re.compile(re.escape(BEGIN) + ".*?" + re.escape(END), re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _m: block, text)
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    readme.write_text(text, encoding="utf-8")
