"""Edits of filed fields as use cases: say what an edit opens, save it with its change date, undo
it with the modification it alone opened, discard a modification opened by mistake.

``ChangeDesk`` binds the register's ``update_*`` commands (entity, algorithm, product, link) to
``store.change_review``: ``preview`` says what saving would do (``change_plans.Effect`` per
filed algorithm, nothing written), ``due_on`` the due date a chosen change date gives (the
register's calendar and counting mode, as the store counts), ``date_issue`` why a date is not
allowed, ``save`` writes with the change date and names the modifications it opened, ``undo``
writes the old value back and discards those when nothing else joined them. No Qt: the editor
asks and shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from filing_desk.domain import change_plans
from filing_desk.domain.change_plans import Effect, Kept
from filing_desk.domain.deadlines import DueDate
from filing_desk.domain.issues import Issue
from filing_desk.domain.records import Procedure
from filing_desk.store.change_review import ChangeReview

if TYPE_CHECKING:
    from filing_desk.store.register import Register

KINDS = ("entity", "algorithm", "product", "link")


class ChangeDesk:
    """One register's edits of filed fields, with the modifications they open."""

    def __init__(self, register: Register) -> None:
        self._register = register
        self._review = ChangeReview(register.uow)

    def _write(
        self, kind: str, record_id: int, values: dict[str, Any], day: date | None
    ) -> Callable[[], object]:
        update: dict[str, Callable[..., object]] = {
            "entity": self._register.update_entity,
            "algorithm": self._register.update_algorithm,
            "product": self._register.update_product,
            "link": self._register.update_link,
        }
        return lambda: update[kind](record_id, change_date=day, **values)

    def preview(self, kind: str, record_id: int, values: dict[str, Any]) -> tuple[Effect, ...]:
        """What saving ``values`` would do to modifications (raises what the write would)."""
        return self._review.preview(self._write(kind, record_id, values, None))

    def today(self) -> date:
        return self._register.today()

    def due_on(self, effect: Effect, day: date) -> DueDate:
        calendar, conservative = self._register.calendar(), self._register.conservative()
        return change_plans.due_on(effect, day, calendar, conservative)

    def date_issue(self, day: date, effects: Sequence[Effect]) -> Issue | None:
        return change_plans.date_issue(day, self.today(), effects)

    def save(
        self, kind: str, record_id: int, values: dict[str, Any], day: date | None
    ) -> tuple[int, ...]:
        """Write ``values`` (a modification dated ``day``); the modifications it opened."""
        return self._review.apply(self._write(kind, record_id, values, day))

    def undo(
        self, kind: str, record_id: int, values: dict[str, Any], opened: tuple[int, ...]
    ) -> tuple[Kept, ...]:
        """Write the old ``values`` back; the opened modifications that had to stay."""
        return self._review.undo(self._write(kind, record_id, values, None), opened)

    def discard(self, procedure_id: int, reason: str) -> Procedure:
        """Discard a modification opened by mistake (not submitted, nothing attached)."""
        return self._review.discard(procedure_id, reason)

    def algorithm_name(self, algorithm_id: int) -> str:
        return self._register.algorithm(algorithm_id).name
