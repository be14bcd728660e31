"""The unit of work the store's services share: the session, the audit writer and the clock.

``transaction()`` is re-entrant: a service method called inside another's transaction joins it
(the same session) instead of opening a second one, and only the outermost level commits. So a
use case that calls several commands (``filing_desk.workflows``) writes all of them or none.
``session()`` reads; inside a transaction it joins it (a read sees what the transaction wrote),
and reads nested in a read share one session (one snapshot of the register). Each thread nests
on its own: a job reading in the background never joins the window's transaction.

It knows no table but the audit log's and holds no rule; the services do. A failure at any
level rolls the whole unit back, runs the rollback hooks (caches that may hold what was not
committed) and says a full disk or read-only folder as ``StorageError``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from filing_desk.store import audit_log
from filing_desk.store import engine as engine_mod
from filing_desk.store.errors import StorageError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from filing_desk.store.schema import AuditEventRow

Clock = Callable[[], date]


@dataclass
class _Level:
    """The session open in one thread, whether it may write, and whether a joined level failed."""

    session: Session
    writing: bool
    failed: bool = False


class UnitOfWork:
    """One register's sessions, audit writer and clock (``today``)."""

    def __init__(self, engine: Any, clock: Clock) -> None:
        from sqlalchemy.orm import sessionmaker

        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.today: Clock = clock
        self.changed = False  # any commit since opening (for the backup on exit)
        self._local = threading.local()
        self._rollback_hooks: list[Callable[[], None]] = []

    def on_rollback(self, hook: Callable[[], None]) -> None:
        """Call ``hook`` whenever a transaction fails (a cache may hold uncommitted rows)."""
        self._rollback_hooks.append(hook)

    def _open(self) -> _Level | None:
        level: _Level | None = getattr(self._local, "level", None)
        return level

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Everything in it, audit events included, commits or nothing does; joins the
        transaction already open in this thread."""
        level = self._open()
        if level is None:
            with self._outermost() as session:
                yield session
            return
        if not level.writing:
            raise RuntimeError("a write inside a read: open the transaction first")
        try:
            yield level.session
        except BaseException:
            level.failed = True  # even if a caller catches it, the unit is not committed
            raise

    @contextmanager
    def _outermost(self) -> Iterator[Session]:
        level = _Level(self._sessions(), writing=True)
        self._local.level = level
        try:
            with level.session.begin():
                audit_log.serialise_writers(level.session)
                yield level.session
                if level.failed:
                    raise RuntimeError("a joined step failed and its error was caught")
        except OSError as exc:
            self._rolled_back()
            raise StorageError(f"The register could not be written: {exc.strerror}") from None
        except Exception as exc:
            self._rolled_back()
            if engine_mod.is_storage_failure(exc):
                raise StorageError(
                    "The register could not be written (the disk is full or read-only); "
                    "nothing was changed."
                ) from None
            raise
        except BaseException:
            self._rolled_back()
            raise
        finally:
            self._local.level = None
            level.session.close()
        self.changed = True

    def _rolled_back(self) -> None:
        for hook in self._rollback_hooks:
            hook()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session to read with: the open transaction's or read's, else a new one."""
        level = self._open()
        if level is not None:
            yield level.session
            return
        level = _Level(self._sessions(), writing=False)
        self._local.level = level
        try:
            yield level.session
        finally:
            self._local.level = None
            level.session.close()

    def audit(
        self,
        action: str,
        obj: str,
        obj_id: int | None,
        before: Mapping[str, object] | None = None,
        after: Mapping[str, object] | None = None,
    ) -> AuditEventRow:
        """Append an event to the audit chain, in the transaction open in this thread."""
        level = self._open()
        if level is None or not level.writing:
            raise RuntimeError("an audit event is written inside a transaction")
        return audit_log.append(level.session, action, obj, obj_id, before, after)
