"""What the ``Register`` mixins may call on ``self``: the register's core and each other's methods.

Only declarations for the type checker; at run time ``RegisterHost`` is an empty base class. It
must not hold behaviour or state (``Register`` and the mixins do), nor import SQLAlchemy or any
store module at run time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from contextlib import AbstractContextManager
    from datetime import date
    from pathlib import Path

    from sqlalchemy.orm import Session

    from filing_desk.domain.records import Algorithm
    from filing_desk.domain.workdays import WorkCalendar
    from filing_desk.store.schema import AlgorithmRow, AuditEventRow, Base, ProcedureRow

    RowT = TypeVar("RowT", bound=Base)


class RegisterHost:
    """The base of every ``Register`` mixin; declares what the others provide."""

    if TYPE_CHECKING:
        # --- the register's core (store.register) -------------------------------------------
        path: Path
        register_id: str
        today: Callable[[], date]
        _calendar_cache: WorkCalendar | None

        def session(self) -> AbstractContextManager[Session]: ...

        def transaction(self) -> AbstractContextManager[Session]: ...

        def audit(
            self,
            s: Session,
            action: str,
            obj: str,
            obj_id: int | None,
            before: Mapping[str, object] | None = None,
            after: Mapping[str, object] | None = None,
        ) -> AuditEventRow: ...

        def setting(self, key: str, default: str = "") -> str: ...

        def set_setting(self, key: str, value: str) -> None: ...

        # --- record commands (store.commands) ----------------------------------------------
        def _insert(self, s: Session, row_type: type[RowT], record: Any, kind: str) -> RowT: ...

        def _algorithm(self, s: Session, algorithm_id: int) -> Algorithm: ...

        def update_algorithm(
            self, algorithm_id: int, change_date: date | None = None, **data: Any
        ) -> Algorithm: ...

        # --- procedure commands (store.procedure_*) -----------------------------------------
        def calendar(self) -> WorkCalendar: ...

        def _proc_row(self, s: Session, procedure_id: int) -> ProcedureRow: ...

        def _snapshot(self, s: Session, algorithm_id: int) -> dict[str, str]: ...

        def _detect_changes(
            self, s: Session, algorithm_id: int, change_date: date | None
        ) -> None: ...

        def _after_algorithm_edit(
            self, s: Session, algo: AlgorithmRow, changed: Mapping[str, object]
        ) -> None: ...

        # --- queries (store.queries) ---------------------------------------------------------
        def algorithm(self, algorithm_id: int) -> Algorithm: ...
