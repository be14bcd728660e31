"""A fresh encrypted register file migrated to a chosen revision, and what its tables hold, for
the per-migration up/down tests."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, text

from filing_desk.store import engine as engine_mod
from filing_desk.store import keys, migrate


def engine_at(path: Path, revision: str) -> Engine:
    """A new register file at ``path`` (random data key), migrated to ``revision``."""
    key = keys.new_data_key()
    engine_mod.connect(path, key, create=True).close()
    engine = engine_mod.make_engine(path, key)
    migrate.run(engine, revision)
    return engine


def tables(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))
        return {r[0] for r in rows}


def count(engine: Engine, table: str) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() or 0)
