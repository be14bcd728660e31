"""Encryption overhead: one write-and-query workload on an encrypted register and on a plain SQLite
file, both through the same sqlcipher3 build, the same schema (the real migrations), the same
``Register`` code and the same pragmas — the plain file is simply opened without a key.

The workload: bulk-load a register (``bench.generate.fill``), then ordinary edits one transaction
each (every one writes its audit event and updates the search index through the triggers), then
the reads the app makes: register rows, the dashboard, searches, an algorithm's history, the audit
log and its chain check. Runs alternate plain/encrypted; the bench keeps the ratio of the medians.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

from bench.generate import fill

EDITS = 60
QUERY_TERMS = ("推荐", "智能", "调度算法", "recommendation", "dispatch")


def _plain_connect(path: Path) -> Any:
    """A keyless sqlcipher3 connection with the pragmas ``store.engine.connect`` sets."""
    import sqlcipher3

    from filing_desk.store.engine import sqlite_uri

    conn = sqlcipher3.connect(
        sqlite_uri(path, "rwc"), uri=True, check_same_thread=False, timeout=10
    )
    for pragma in (
        "foreign_keys = ON",
        "journal_mode = WAL",
        "synchronous = FULL",
        "temp_store = MEMORY",
        "busy_timeout = 10000",
    ):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def _plain_engine(path: Path) -> Any:
    import sqlcipher3
    from sqlalchemy import create_engine
    from sqlalchemy.pool import QueuePool

    return create_engine(
        "sqlite://",
        creator=lambda: _plain_connect(path),
        module=sqlcipher3,
        poolclass=QueuePool,
        pool_size=4,
    )


def new_register(path: Path, encrypted: bool) -> Any:
    """An empty register at the schema head, encrypted with a fresh raw key or plain."""
    from filing_desk.store import engine as engine_mod
    from filing_desk.store import keys, migrate
    from filing_desk.store.register import Register

    key = keys.new_data_key()
    engine = engine_mod.make_engine(path, key, create=True) if encrypted else _plain_engine(path)
    migrate.run(engine)
    return Register(path, engine, key, None)


def workload(register: Any, algorithms: int) -> None:
    """Bulk load, single edits, then the app's reads (see the module docstring)."""
    fill(
        register,
        algorithms=algorithms,
        entities=max(1, algorithms // 50),
        procedures=algorithms * 5,
        events=algorithms * 10,
        attachments=max(1, algorithms // 5),
    )
    for n in range(1, EDITS + 1):
        register.update_algorithm(n, summary=f"第{n}次修改 edit {n}")
    register.register_rows()
    register.dashboard()
    for term in QUERY_TERMS:
        register.search(term)
    register.algorithm_history(1)
    register.audit_events(limit=500)
    register.verify_audit()


def one_run(folder: Path, encrypted: bool, algorithms: int, run: int) -> float:
    """Seconds for the workload on a fresh file."""
    path = folder / f"{'enc' if encrypted else 'plain'}-{run}.fdesk"
    register = new_register(path, encrypted)
    try:
        start = time.perf_counter()
        workload(register, algorithms)
        return time.perf_counter() - start
    finally:
        register.close()
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            p.unlink(missing_ok=True)


def measure(folder: Path, algorithms: int, repeat: int) -> dict[str, float]:
    """Median seconds of each kind and their ratio (encrypted ÷ plain)."""
    plain, encrypted = [], []
    for run in range(repeat):
        plain.append(one_run(folder, False, algorithms, run))
        encrypted.append(one_run(folder, True, algorithms, run))
    p, e = statistics.median(plain), statistics.median(encrypted)
    return {"plain_s": p, "encrypted_s": e, "ratio": e / p}
