"""The deadlines and the dashboard: open procedures by urgency, what awaits the CAC, products
that do not show their filing number, calendar years still provisional, algorithms to triage,
and the checklist buckets (``store.assessment_dashboard``) and security assessments
(``store.security_overview``).

``DashboardService`` reads through the unit of work, the dashboard in one session (one snapshot
of the register). It must not write, nor count working days itself (``domain.deadlines`` does).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from filing_desk.domain.deadlines import working_days_left
from filing_desk.domain.enums import AlgorithmState, ProcedureState, Triage
from filing_desk.domain.lifecycle import FILED_STATES, OPEN_STATES
from filing_desk.domain.records import LinkedProduct, Procedure, RegisterRow
from filing_desk.domain.workdays import YearSource
from filing_desk.store.assessment_dashboard import ChecklistBuckets, checklist_buckets
from filing_desk.store.genai_dashboard import ServiceBuckets, service_buckets
from filing_desk.store.procedure_calendar import CalendarService
from filing_desk.store.procedure_rows import procedure_record
from filing_desk.store.product_rows import linked_of
from filing_desk.store.queries import QueryService
from filing_desk.store.schema import (
    AlgorithmRow,
    EntityRow,
    ProcedureRow,
    ProductLinkRow,
    ProductRow,
)
from filing_desk.store.security_overview import SecurityBuckets, security_overview
from filing_desk.store.unit_of_work import UnitOfWork

DUE_SOON_WORKDAYS = 5


@dataclass(frozen=True)
class DeadlineRow:
    """An open procedure with its clock, for `deadlines` and the dashboard."""

    procedure: Procedure
    algorithm_name: str
    entity_name: str
    working_days_left: int | None
    overdue: bool


@dataclass(frozen=True)
class Dashboard:
    overdue: tuple[DeadlineRow, ...]
    due_soon: tuple[DeadlineRow, ...]
    awaiting_cac: tuple[DeadlineRow, ...]
    products_without_number: tuple[tuple[LinkedProduct, str], ...]  # (live link, algorithm)
    provisional_years: tuple[int, ...]
    undecided: tuple[RegisterRow, ...]
    open_procedures: tuple[DeadlineRow, ...] = ()  # every open procedure, most urgent first
    # checklist assessments (store.assessment_dashboard): 不符合 answers, evidence expiring
    # within 30 days, reviews due
    checklists: ChecklistBuckets = field(default_factory=ChecklistBuckets)
    # security assessments (store.security_overview): open ones and subjects without one, by
    # urgency (its ``overdue`` and ``due_soon``), and the products whose users jumped
    security: SecurityBuckets = field(default_factory=SecurityBuckets)
    # generative-AI services (store.genai_dashboard): live without a number (the most severe
    # bucket, above ``overdue``) and products not showing the model name with its number
    services: ServiceBuckets = field(default_factory=ServiceBuckets)


class DashboardService:
    """Deadlines and the dashboard."""

    def __init__(self, uow: UnitOfWork, calendar: CalendarService, queries: QueryService) -> None:
        self._uow = uow
        self._calendar = calendar
        self._queries = queries

    def deadlines(self) -> list[DeadlineRow]:
        """Open (not yet submitted) procedures, most urgent first."""
        return self._deadline_rows(OPEN_STATES)

    def _deadline_rows(self, states: Iterable[ProcedureState]) -> list[DeadlineRow]:
        today, calendar = self._uow.today(), self._calendar.calendar()
        with self._uow.session() as s:
            stmt = (
                select(ProcedureRow, AlgorithmRow.name, EntityRow.name)
                .join(AlgorithmRow, AlgorithmRow.id == ProcedureRow.algorithm_id)
                .join(EntityRow, EntityRow.id == AlgorithmRow.entity_id)
                .where(ProcedureRow.state.in_([st.value for st in states]))
            )
            out = []
            for proc, algo_name, entity_name in s.execute(stmt):
                record = procedure_record(proc)
                due = (
                    record.due_date
                    if record.state is not ProcedureState.SUBMITTED
                    else record.decision_expected
                )
                left = working_days_left(today, due, calendar) if due else None
                out.append(
                    DeadlineRow(record, algo_name, entity_name, left, bool(due and due < today))
                )
        out.sort(
            key=lambda d: (
                not d.overdue,
                d.procedure.due_date is None,
                d.procedure.due_date or date.max,
                d.procedure.id,
            )
        )
        return out

    def dashboard(self) -> Dashboard:
        """Everything the dashboard shows, read in one session."""
        with self._uow.session() as s:
            open_rows = self.deadlines()
            submitted = self._deadline_rows((ProcedureState.SUBMITTED,))
            submitted.sort(key=lambda d: d.procedure.decision_expected or date.max)
            stmt = (
                select(ProductRow, ProductLinkRow, AlgorithmRow.name)
                .join(ProductLinkRow, ProductLinkRow.product_id == ProductRow.id)
                .join(AlgorithmRow, AlgorithmRow.id == ProductLinkRow.algorithm_id)
                .where(
                    AlgorithmRow.state.in_([st.value for st in FILED_STATES]),
                    ProductLinkRow.shows_number.is_(False),
                    ProductLinkRow.withdrawn.is_(None),
                )
                .order_by(AlgorithmRow.name, ProductRow.name)
            )
            missing = tuple((linked_of(p, link), n) for p, link, n in s.execute(stmt))
            provisional = self.provisional_years()
            undecided = tuple(self._queries.register_rows(self._undecided_ids()))
            checklists = checklist_buckets(s, self._uow.today())
            services = service_buckets(s, self._uow.today())
            security = security_overview(
                self._uow, self._calendar.calendar, self._calendar.conservative
            ).security_buckets()
        return Dashboard(
            overdue=tuple(d for d in open_rows if d.overdue),
            due_soon=tuple(
                d
                for d in open_rows
                if not d.overdue
                and d.working_days_left is not None
                and d.working_days_left <= DUE_SOON_WORKDAYS
            ),
            awaiting_cac=tuple(submitted),
            products_without_number=missing,
            provisional_years=provisional,
            undecided=undecided,
            open_procedures=tuple(open_rows),
            checklists=checklists,
            security=security,
            services=services,
        )

    def service_buckets(self) -> ServiceBuckets:
        """The generative-AI buckets alone (``deadlines`` heads its list with them)."""
        with self._uow.session() as s:
            return service_buckets(s, self._uow.today())

    def _undecided_ids(self) -> list[int]:
        """Draft algorithms not yet triaged: a few ids, so the dashboard skips the full table."""
        with self._uow.session() as s:
            stmt = select(AlgorithmRow.id).where(
                AlgorithmRow.triage == Triage.UNDECIDED.value,
                AlgorithmRow.state == AlgorithmState.DRAFT.value,
            )
            return list(s.scalars(stmt))

    def provisional_years(self) -> tuple[int, ...]:
        """Years that a live deadline reaches and that no calendar knows yet."""
        today = self._uow.today()
        years = {today.year, today.year + 1}
        with self._uow.session() as s:
            for (due,) in s.execute(
                select(ProcedureRow.due_date).where(
                    ProcedureRow.due_provisional.is_(True),
                    ProcedureRow.state.in_([st.value for st in OPEN_STATES]),
                )
            ):
                if due:
                    years.add(due.year)
        calendar = self._calendar.calendar()
        return tuple(sorted(y for y in years if calendar.year_status(y) is YearSource.PROVISIONAL))
