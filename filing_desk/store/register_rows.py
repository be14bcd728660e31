"""The register table's rows, read with three SQL statements on a plain DB-API connection.

One ``RegisterRow`` per algorithm: its entity, its most urgent open procedure and its products'
names. ``Register.register_rows`` reads them on its session's connection; ``store.unlock`` reads
the first page on the connection it has just keyed, before SQLAlchemy is imported, so the desktop
window shows rows while the rest of the store loads. One reader for both, so the two cannot
disagree.

No SQLAlchemy here, and nothing that imports it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import Any

from filing_desk.domain.enums import AlgorithmState, AlgorithmType, ProcedureKind, Role, Triage
from filing_desk.domain.lifecycle import OPEN_STATES
from filing_desk.domain.records import RegisterRow

# Stored code → member, looked up once per row (an Enum call per cell is slower).
_TYPES = {m.value: m for m in AlgorithmType}
_ROLES = {m.value: m for m in Role}
_STATES = {m.value: m for m in AlgorithmState}
_TRIAGES = {m.value: m for m in Triage}
_KINDS = {m.value: m for m in ProcedureKind}
_OPEN = tuple(s.value for s in OPEN_STATES)

# Which algorithms: all of them, the ids in a JSON array, or the N most urgent: earliest open
# due date first, no due date last, then by id. That is the table's default order (by due date,
# ties in id order), so the first page is exactly the top of the whole table.
_ALL = ""
_IDS = " WHERE {col} IN (SELECT value FROM json_each(?))"
_FIRST = (
    " WHERE {col} IN (SELECT a.id FROM algorithm AS a LEFT JOIN"
    " (SELECT algorithm_id, min(due_date) AS due FROM procedure"
    "  WHERE state IN ({states}) AND due_date IS NOT NULL GROUP BY algorithm_id) AS u"
    " ON u.algorithm_id = a.id ORDER BY u.due IS NULL, u.due, a.id LIMIT ?)"
).replace("{states}", ", ".join("'" + s + "'" for s in _OPEN))

_ROWS = (
    "SELECT a.id, a.entity_id, e.name, a.name, a.algo_type, a.role, a.state, a.triage,"
    " a.filing_number, a.launch_date, a.main_use, a.list_batch"
    " FROM algorithm AS a JOIN entity AS e ON e.id = a.entity_id{where} ORDER BY a.id"
)
_URGENT = (
    "SELECT algorithm_id, kind, due_date, due_provisional FROM procedure"
    " WHERE state IN ({states}){also} ORDER BY due_date IS NULL, due_date"
).replace("{states}", ", ".join("?" * len(_OPEN)))
_PRODUCTS = (
    "SELECT l.algorithm_id, group_concat(p.name, ' ') FROM product_link AS l"
    " JOIN product AS p ON p.id = l.product_id{where} GROUP BY l.algorithm_id"
)


def read_rows(
    conn: Any, today: date, ids: Iterable[int] | None = None, limit: int | None = None
) -> list[RegisterRow]:
    """Rows ordered by algorithm id: every algorithm, those in ``ids``, or the ``limit`` most
    urgent (what the table, sorted by due date, shows at the top)."""
    args: tuple[object, ...]
    if ids is not None:
        where, args = _IDS, (json.dumps(sorted(set(ids))),)
    elif limit is not None:
        where, args = _FIRST, (int(limit),)
    else:
        where, args = _ALL, ()
    conn = _Postgres(conn) if type(conn).__module__.startswith("psycopg") else conn
    urgent: dict[int, tuple[str, str | None, int]] = {}
    also = where.replace(" WHERE", " AND", 1).format(col="algorithm_id")
    sql = _URGENT.replace("{also}", also)
    if ids is not None:  # a few algorithms: their procedures by algorithm id, not every open one
        sql = sql.replace(" WHERE state IN", " WHERE +state IN", 1)
    for algo_id, kind, due, provisional in conn.execute(sql, (*_OPEN, *args)):
        urgent.setdefault(algo_id, (kind, due, provisional))
    products = dict(conn.execute(_PRODUCTS.format(where=where.format(col="l.algorithm_id")), args))
    return [
        _row(r, urgent.get(r[0]), products.get(r[0]) or "", today)
        for r in conn.execute(_ROWS.format(where=where.format(col="a.id")), args)
    ]


class _Postgres:
    """A team register's psycopg connection (store.team) speaking the SQLite statements above:
    ``%s`` for ``?``, its own JSON and string functions, no index hint; dates as ISO text."""

    _WORDS = (
        ("SELECT value FROM json_each(?)", "SELECT value::int FROM json_array_elements_text(?)"),
        ("group_concat(p.name, ' ')", "string_agg(p.name, ' ')"),
        (" WHERE +state IN", " WHERE state IN"),
        ("?", "%s"),
    )

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def execute(self, sql: str, args: tuple[object, ...]) -> list[tuple[Any, ...]]:
        for sqlite, postgres in self._WORDS:
            sql = sql.replace(sqlite, postgres)
        rows = self._conn.execute(sql, args).fetchall()
        return [tuple(v.isoformat() if isinstance(v, date) else v for v in r) for r in rows]


def _row(
    r: tuple[Any, ...], urgent: tuple[str, str | None, int] | None, products: str, today: date
) -> RegisterRow:
    algo_id, entity_id, entity_name, name, algo_type, role, state, triage, number = r[:9]
    launch, main_use, list_batch = r[9], r[10], r[11]
    kind, due_text, provisional = urgent if urgent else (None, None, False)
    due = date.fromisoformat(due_text) if due_text else None
    a_type, a_role, a_state = _TYPES[algo_type], _ROLES[role], _STATES[state]
    haystack = " ".join(
        (
            name,
            entity_name,
            number,
            main_use or "",
            products,
            a_type.zh,
            a_type.en,
            a_role.zh,
            a_role.en,
            a_state.zh,
            a_state.en,
        )
    ).lower()
    return RegisterRow(
        algorithm_id=algo_id,
        entity_id=entity_id,
        entity_name=entity_name,
        name=name,
        algo_type=a_type,
        role=a_role,
        state=a_state,
        triage=_TRIAGES[triage],
        filing_number=number,
        launch_date=date.fromisoformat(launch) if launch else None,
        open_procedure=_KINDS[kind] if kind else None,
        due_date=due,
        due_provisional=bool(provisional),
        overdue=bool(due and due < today),
        search_text=haystack,
        list_batch=list_batch or "",
    )
