"""The register table's rows with each algorithm's security-assessment standing (2018 rules).

``QueryService.register_rows`` reads the rows in one query; this adds the standing the register
table's "Security assessment" column shows, read for the rows asked for (a first page, the rows an
edit changed, or all), with the calendar and the conservative setting read once per call.
No rules here: the standing is derived by ``domain.security_assessment``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from filing_desk.domain.records import RegisterRow
from filing_desk.store.queries import QueryService
from filing_desk.store.security_overview import security_overview


class RowsWithSecurity:
    """Callable like ``QueryService.register_rows``; ``register`` gives its unit of work and
    calendar (``store.register.Register``)."""

    def __init__(self, queries: QueryService, register: Any) -> None:
        self._queries = queries
        self._register = register

    def __call__(
        self, ids: Iterable[int] | None = None, limit: int | None = None
    ) -> list[RegisterRow]:
        rows = self._queries.register_rows(ids, limit)
        if not rows:
            return rows
        reg = self._register
        calendar: Callable[..., Any] = reg.calendar
        conservative = bool(reg.conservative())  # one setting read, not one per standing
        overview = security_overview(reg.uow, calendar, lambda: conservative)
        wanted = None if ids is None and limit is None else [r.algorithm_id for r in rows]
        standings = overview.algorithm_standings(wanted)  # with the algorithms sharing a product
        return [replace(r, security=standings.get(r.algorithm_id)) for r in rows]
