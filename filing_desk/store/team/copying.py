"""Copying a whole register between a file and a team register (``team push`` / ``team pull``):
every row of every table the schema declares, ids kept, the audit chain and its head included.

Both registers are at the same schema revision; the target holds no row (checked first, nothing
written otherwise). The copy runs in one transaction on the target: all of it or none. The
search index is not copied: the target's triggers fill it as the rows arrive. On PostgreSQL the
id sequences are moved past the copied ids afterwards. No rules, no JSON here: the caller
compares the two registers' exports.
"""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING, Any

from filing_desk.store.schema import Base
from filing_desk.store.team.errors import TeamNotEmpty

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

BATCH = 500  # rows per INSERT round trip (attachments hold their files: keep it modest)


def holding_rows(engine: Engine) -> list[str]:
    """The declared tables of ``engine``'s register that hold at least one row."""
    from sqlalchemy import literal, select

    with engine.connect() as conn:
        return [
            table.name
            for table in Base.metadata.sorted_tables
            if conn.execute(select(literal(1)).select_from(table).limit(1)).first() is not None
        ]


def copy_rows(source: Engine, target: Engine, target_name: str) -> dict[str, int]:
    """Every row from ``source`` into the empty ``target``; how many rows per table."""
    from sqlalchemy import insert, select

    full = holding_rows(target)
    if full:
        raise TeamNotEmpty(
            f"{target_name} already holds records ({', '.join(full[:3])}…): "
            "a register is copied only into an empty one."
        )
    counts: dict[str, int] = {}
    with source.connect() as src, target.begin() as dst:
        for table in Base.metadata.sorted_tables:
            rows = src.execute(select(table).order_by(*table.primary_key.columns)).mappings()
            counts[table.name] = 0
            while batch := [dict(r) for r in islice(rows, BATCH)]:
                dst.execute(insert(table), batch)
                counts[table.name] += len(batch)
        if dst.dialect.name == "postgresql":
            _advance_sequences(dst)
    return counts


def _advance_sequences(conn: Connection) -> None:
    """Each table's id sequence past its largest copied id, so the next insert gets a new one."""
    from sqlalchemy import text

    for table in Base.metadata.sorted_tables:
        if "id" not in table.c:
            continue
        conn.execute(
            text(
                "SELECT setval(seq, (SELECT coalesce(max(id), 0) + 1 FROM "
                f"\"{table.name}\"), false) FROM pg_get_serial_sequence(:t, 'id') AS seq "
                "WHERE seq IS NOT NULL"
            ),
            {"t": table.name},
        )


def engine_of(register: Any) -> Engine:
    """The engine a ``Register`` reads and writes through (the copy goes below its services)."""
    engine: Engine = register._engine
    return engine
