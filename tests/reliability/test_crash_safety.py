"""Crash safety: a writer killed with SIGKILL at random moments loses nothing it reported committed.

A child process (``crash_child``) opens a passphrase-mode register and commits numbered
transactions, printing ``committed n`` after each commit. It is killed 100 times at random
moments (after a random number of commits, after a random delay, or while it is still opening the
register); one register is reused across all kills. After every kill the register opens (the dead
process's lock is taken over), SQLCipher's page check and SQLite's structure check pass, the audit
chain verifies, and every transaction the child reported is there.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import select

from filing_desk.cli import main
from filing_desk.store.register import create_register, open_register
from filing_desk.store.schema import AlgorithmRow, SettingRow
from tests.helpers.processes import PASSPHRASE, ROOT, child_env, python

KILLS = 100
LANES = 2
SEED = int(os.environ.get("CRASH_SEED", "20261123"))
CHILD_TIMEOUT = 60.0


def _spawn(path: Path, run: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [python(), "-m", "tests.reliability.crash_child", str(path), str(run)],
        cwd=ROOT,
        env=child_env(FILING_DESK_PASSPHRASE=PASSPHRASE),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _kill_at_random(proc: subprocess.Popen[str], rng: random.Random) -> tuple[str, list[str]]:
    """Kill ``proc`` at a random moment; returns how, and every line it printed."""
    watchdog = threading.Timer(CHILD_TIMEOUT, proc.kill)
    watchdog.start()
    assert proc.stdout is not None
    lines: list[str] = []
    mode = rng.choices(["commits", "delay", "opening"], weights=[45, 45, 10])[0]
    try:
        if mode == "opening":  # while importing, deriving the key, taking the lock, opening
            time.sleep(rng.uniform(0.0, 0.6))
        else:
            lines.append(proc.stdout.readline().strip())
            if lines[-1] != "ready":
                _fail_child(proc, lines)
            if mode == "delay":
                time.sleep(rng.uniform(0.0, 0.150))
            else:
                target = rng.randint(0, 25)
                while lines[-1] != f"committed {target}":
                    line = proc.stdout.readline()
                    if not line:
                        _fail_child(proc, lines)
                    lines.append(line.strip())
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    finally:
        watchdog.cancel()
    lines += [
        line.strip() for line in proc.stdout.read().splitlines()
    ]  # whatever was flushed before the kill
    proc.stdout.close()
    assert proc.stderr is not None
    proc.stderr.close()
    if proc.returncode != -signal.SIGKILL:
        _fail_child(proc, lines)
    return mode, lines


def _fail_child(proc: subprocess.Popen[str], lines: list[str]) -> None:
    proc.kill()
    proc.wait()
    err = proc.stderr.read() if proc.stderr else ""
    pytest.fail(f"crash_child ended by itself (code {proc.returncode}): {lines[-3:]!r}\n{err}")


def _reported(lines: list[str]) -> int:
    """The highest n the child printed as committed (-1 for none)."""
    numbers = [int(line.split()[1]) for line in lines if line.startswith("committed ")]
    return max(numbers, default=-1)


def _check_after_kill(path: Path, recovery: str, run: int, last: int) -> None:
    reg = open_register(path, recovery=recovery)  # takes the lock the dead child held
    with reg:
        assert reg.cipher_check() == [], f"run {run}: the register is damaged"
        chain = reg.verify_audit()
        assert chain.ok, f"run {run}: audit chain broken at {chain.first_bad_id}: {chain.reason}"
        with reg.session() as s:
            names = s.scalars(
                select(AlgorithmRow.name).where(AlgorithmRow.name.like(f"run{run}-txn-%"))
            ).all()
            setting = s.get(SettingRow, f"crash.run{run}")
    present = {int(name.rsplit("-", 1)[1]) for name in names}
    reported = {n for n in range(last + 1) if n % 5 != 4}
    assert reported <= present, f"run {run}: committed but lost: {sorted(reported - present)}"
    assert present <= set(range(last + 2)), f"run {run}: phantom transactions {sorted(present)}"
    settings_reported = [n for n in range(last + 1) if n % 5 == 4]
    if settings_reported:
        assert setting is not None, f"run {run}: the setting write was lost"
        assert settings_reported[-1] <= int(setting.value) <= last + 1


def _new_register(path: Path) -> str:
    """A passphrase-mode register with one entity; returns its recovery key."""
    created = create_register(path, passphrase=PASSPHRASE)
    with created.register as reg:
        reg.create_entity(name="崩溃测试科技有限公司")
    return created.recovery_key


def _lane(path: Path, recovery: str, lane: int, kills: int) -> dict[str, int]:
    """One register, killed ``kills`` times; returns counts of kill modes and commits."""
    rng = random.Random(SEED + lane)
    counts = {"kills": 0, "committed": 0}
    for run in range(kills):
        mode, lines = _kill_at_random(_spawn(path, run), rng)
        counts[mode] = counts.get(mode, 0) + 1
        last = _reported(lines)
        _check_after_kill(path, recovery, run, last)
        counts["kills"] += 1
        counts["committed"] += last + 1
    return counts


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_no_committed_transaction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, figures
) -> None:
    paths = [tmp_path / f"crash-{lane}.fdesk" for lane in range(LANES)]
    keys = [_new_register(p) for p in paths]  # one at a time: Alembic is not thread-safe
    started = time.monotonic()
    # Two registers killed side by side (one per core); each register is reused across its kills.
    with ThreadPoolExecutor(max_workers=LANES) as pool:
        lanes = [
            pool.submit(_lane, paths[lane], keys[lane], lane, KILLS // LANES)
            for lane in range(LANES)
        ]
        results = [future.result() for future in lanes]
    elapsed = time.monotonic() - started
    totals: dict[str, int] = {}
    for counts in results:
        for key, value in counts.items():
            totals[key] = totals.get(key, 0) + value
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", PASSPHRASE)
    for path in paths:
        assert main(["--register", str(path), "check"]) == 0
    assert totals["kills"] == KILLS
    figures("kills_survived", totals.pop("kills"))
    figures("transactions_reported_committed", totals.pop("committed"))
    figures("kill_modes", totals)
    figures("crash_seconds", round(elapsed, 1))
    figures("crash_seed", SEED)
