"""Start-up figures: the app and a bare PySide6 window, each a fresh process, timed alike.

Both children are timed from just before the parent starts them until they report (through a file)
the ``time.monotonic()`` of the moment their window was exposed — a clock every process on the
machine shares. The app, started by ``bench/launch.py`` with ``bench/probe.py`` attached, also
reports when its register table first painted rows and its resident memory once every row was
loaded. Runs alternate bare/app so both see the same noise; the bench keeps medians.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bench.keyring_backend import FILE_ENV

REPO = Path(__file__).resolve().parent.parent
KEYRING_BACKEND = "bench.keyring_backend.JsonFileKeyring"
CHILD_TIMEOUT_S = 180
PREFS = "[ui]\nlanguage=zh_CN\n\n[window]\nlast_view=register\n"


@dataclass(frozen=True)
class StartupFigures:
    """Medians over the repetitions, in seconds (memory in MiB)."""

    bare_window_s: float
    window_s: float
    rows_s: float
    loaded_s: float
    rss_mb: float
    rss_peak_mb: float
    rows: int
    repetitions: int


def child_env(work: Path) -> dict[str, str]:
    """The environment every child gets: offscreen Qt, the bench keyring, a private home."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND=KEYRING_BACKEND,
        FILING_DESK_HOME=str(work / "home"),
        PYTHONPATH=os.pathsep.join(filter(None, (str(REPO), env.get("PYTHONPATH")))),
    )
    env[FILE_ENV] = str(work / "keyring.json")
    env.pop("FILING_DESK_PASSPHRASE", None)
    return env


def write_prefs(work: Path) -> None:
    """Chinese UI and the register view in front, as a returning user would have it."""
    config = work / "home" / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "filing-desk.ini").write_text(PREFS, encoding="utf-8")


def _spawn(args: list[str], env: dict[str, str], report: Path) -> dict[str, float]:
    """Run one child; its reported times become seconds since just before it was started."""
    report.unlink(missing_ok=True)
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, *args],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_S,
        check=False,
    )
    if not report.exists():
        raise RuntimeError(f"{args} wrote no report (exit {done.returncode}):\n{done.stderr}")
    data = json.loads(report.read_text(encoding="utf-8"))
    times = ("window_shown", "rows_shown", "loaded")
    return {k: (v - start if k in times else v) for k, v in data.items()}


def bare_window(env: dict[str, str], report: Path) -> float:
    """Seconds until a bare PySide6 main window is exposed."""
    return _spawn(["-m", "bench.bare_window", str(report)], env, report)["window_shown"]


def app_start(register: Path, env: dict[str, str], report: Path) -> dict[str, float]:
    """The app started as the command line starts it (``filing_desk.app.run``), through the
    bench's launcher, which attaches the probe."""
    return _spawn(["-m", "bench.launch", str(report), "--register", str(register)], env, report)


def byte_compile() -> None:
    """Byte-compile the app's modules, as pip does when it installs a wheel and PyInstaller does
    for the bundle. A source checkout run with PYTHONDONTWRITEBYTECODE=1 (set on some machines,
    CI among them) never writes ``__pycache__``, so every start would compile ~100 modules from
    source, and the bench would time the compiler instead of the app. ``compileall`` writes the
    ``.pyc`` files even then; Python reads them whatever that variable says. The launcher and
    the probe the app child runs are compiled too."""
    import compileall

    compileall.compile_dir(REPO / "filing_desk", quiet=1)
    for name in ("__init__.py", "launch.py", "probe.py"):
        compileall.compile_file(REPO / "bench" / name, quiet=1)


def measure(register: Path, work: Path, repeat: int) -> StartupFigures:
    """``repeat`` alternating runs of each child (after one unmeasured warm-up of each)."""
    byte_compile()
    env = child_env(work)
    write_prefs(work)
    report = work / "startup-report.json"
    bare_window(env, report)  # warm the OS file cache for both before measuring
    app_start(register, env, report)
    bare, apps = [], []
    for _ in range(repeat):
        bare.append(bare_window(env, report))
        apps.append(app_start(register, env, report))

    def median(key: str) -> float:
        return statistics.median(a[key] for a in apps)

    return StartupFigures(
        bare_window_s=statistics.median(bare),
        window_s=median("window_shown"),
        rows_s=median("rows_shown"),
        loaded_s=median("loaded"),
        rss_mb=median("rss_mb"),
        rss_peak_mb=median("rss_peak_mb"),
        rows=int(median("rows")),
        repetitions=repeat,
    )
