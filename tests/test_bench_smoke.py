"""The bench machinery runs end to end on a tiny register and writes every figure as a number.

No timing assertions: timings belong to ``make bench``, not to the tests.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from bench import report
from tests.helpers.bench_run import run_bench

DETAILS = (
    "bare_window_ms app_window_ms app_rows_ms app_all_rows_loaded_ms rows_in_table repetitions "
    "filter_median_ms filter_max_ms filter_keystrokes search_median_ms pdf_forms rss_peak_mb "
    "encryption_encrypted_s encryption_plain_s bench_s"
)
MACHINE = "cpu cores os python qt pyside6 sqlite sqlcipher date"


def test_bench_writes_every_figure_as_a_number(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    done = run_bench(
        tmp_path, "--algorithms", "200", "--repeat", "1", "--out", str(out), "--no-readme"
    )
    results = json.loads(out.read_text(encoding="utf-8"))
    for key in report.GOALS:
        value = results[key]
        assert isinstance(value, int | float) and math.isfinite(value) and value > 0, key
    assert results["details"]["rows_in_table"] == 200
    assert {"cpu", "cores", "python", "qt", "date"} <= set(results["machine"])
    assert "window_ratio" in done.stdout  # the table was printed


def test_readme_table_is_replaced_between_its_markers(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(f"# Bench\n\n{report.BEGIN}\nold\n{report.END}\n\nHow to rerun.\n")
    results = {key: 1.0 for key in report.GOALS}
    results["details"] = dict.fromkeys(DETAILS.split(), 1.0)
    results["machine"] = dict.fromkeys(MACHINE.split(), "x")
    report.update_readme(readme, results)
    text = readme.read_text()
    assert "old" not in text and "`rss_mb`" in text and text.endswith("How to rerun.\n")
    assert text.count(report.BEGIN) == 1
