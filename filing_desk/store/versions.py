"""Record versions against lost updates: the ``version`` column of the records people edit (entity,
algorithm, product, procedure), the stale-edit refusal and the version read.

Each of those tables has an integer ``version`` (migration 0011): 1 on insert, +1 on every
update, on both backends (per UPDATE written: a save that writes a row twice counts two; callers
compare versions for equality only). SQLAlchemy's own optimistic concurrency keeps it: the
column is each mapper's ``version_id_col``, so every ORM update is ``UPDATE … SET version = n +
1 WHERE id = ? AND version = n`` and a row another writer changed in between raises
``StaleDataError`` instead of being overwritten (on PostgreSQL the second writer waits for the
first, then matches no row). An update command that takes the version its caller read
(``expected``) refuses a mismatch before writing anything, audit event included
(``StaleRecord``, code ``record.stale``); ``refusing`` turns the ORM's late discovery of the
same thing into that error too.

The column is mapped here, not in store.schema (kept under its size cap): importing this module
(store.register does) adds it to the four tables, before any session is made. It holds no rule
and knows no form; what the user sees of a conflict is ui.conflict_dialog's.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import Integer, inspect, select
from sqlalchemy.orm import Mapper, mapped_column
from sqlalchemy.orm.exc import StaleDataError

from filing_desk.store.errors import RegisterError
from filing_desk.store.rows import not_found
from filing_desk.store.schema import AlgorithmRow, Base, EntityRow, ProcedureRow, ProductRow
from filing_desk.store.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

VERSIONED: dict[str, type[Base]] = {
    "entity": EntityRow,
    "algorithm": AlgorithmRow,
    "product": ProductRow,
    "procedure": ProcedureRow,
}
"""Record kind → the table whose rows carry a version."""
COLUMN = "version"


def _next_version(current: int | None) -> int:
    return (current or 0) + 1


def _map_versions() -> None:
    """Add the ``version`` column to each versioned table and make it the mapper's version id.

    Declarative accepts a column set on a mapped class (schema.py does the same for the
    security texts); the version id is set before any flush has used the mapper."""
    for row in VERSIONED.values():
        if COLUMN in row.__table__.c:
            continue
        setattr(row, COLUMN, mapped_column(Integer, nullable=False, default=1))
        mapper: Mapper[Any] = inspect(row)
        mapper.version_id_col = row.__table__.c[COLUMN]
        mapper.version_id_generator = _next_version


_map_versions()


class StaleRecord(RegisterError):
    """Someone else saved the record since the caller read it: nothing was written."""

    exit_code = 15
    code = "record.stale"

    def __init__(self, kind: str, ident: int, expected: int | None, current: int | None) -> None:
        super().__init__(
            f"Someone else changed {kind} {ident} since you opened it (version {expected}, "
            f"now {current}); nothing was saved."
        )
        self.kind, self.ident = kind, ident
        self.expected, self.current = expected, current


def version_of(row: object) -> int:
    """The version a loaded row of a versioned table holds."""
    value: int = getattr(row, COLUMN)
    return value


def require_version(kind: str, ident: int, row: object, expected: int | None) -> None:
    """Refuse the edit when the caller read another version (None: read in this transaction)."""
    if expected is not None and version_of(row) != expected:
        raise StaleRecord(kind, ident, expected, version_of(row))


@contextmanager
def refusing(s: Session, kind: str, ident: int, expected: int | None) -> Iterator[None]:
    """Run an update's writes; a row another writer changed meanwhile (found when the ORM
    flushes) is refused as ``StaleRecord`` too. Flushes before leaving, so the refusal is
    raised here and not at commit."""
    try:
        yield
        s.flush()
    except StaleDataError:
        raise StaleRecord(kind, ident, expected, None) from None


class VersionService:
    """Read a record's version, to hand back with an edit."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def version(self, kind: str, ident: int) -> int:
        """The version of record ``ident`` of ``kind`` (entity, algorithm, product, procedure)
        as committed now; raises ``<kind>.not_found`` when there is none."""
        table = VERSIONED[kind]
        with self._uow.session() as s:
            stmt = select(table.__table__.c[COLUMN]).where(table.__table__.c.id == ident)
            found: int | None = s.scalar(stmt)
        if found is None:
            raise not_found(kind, ident)
        return found
