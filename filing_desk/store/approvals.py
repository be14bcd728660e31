"""Four eyes on a team register: the ``procedure_approval`` table and ``FourEyes``, which records
a reviewer's approval and refuses "ready to submit" without a valid one.

An approval names the procedure, the reviewer (the database user), the time, the procedure's
state and the last edit it approved (the id of the newest editing audit event of the procedure or
its algorithm). It is valid while that edit is still the newest and its reviewer is not the one who
made it: any edit after it voids it. Approving and checking run under the audit chain's advisory
lock, so no edit can slip in between the check and the step. A file register (one user) keeps
no approvals and is not held by the rule; nor is a login holding none of the desk's roles (the
database's owner, who owns the tables). The server holds the same rule (migration 0013's
triggers, for logins that go around the app); ``word_refusals`` turns its refusal into
``approval.required``. No Qt; the UI decides what to show (``ui.role_gate``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, ForeignKey, Integer, String, event, or_, select, text
from sqlalchemy.orm import Mapped, Session, mapped_column

from filing_desk.domain.enums import ProcedureState
from filing_desk.domain.errors import DomainError, InvalidInput
from filing_desk.domain.issues import Issue, Report
from filing_desk.domain.records import Procedure
from filing_desk.store.audit_log import CHAIN_LOCK
from filing_desk.store.rows import procedure_row
from filing_desk.store.schema import AuditEventRow, Base
from filing_desk.store.team import roles
from filing_desk.store.unit_of_work import UnitOfWork

# Audit actions that change what a procedure submits (its own answers and dates, its algorithm).
PROCEDURE_EDITS = (
    "procedure.open",
    "procedure.update",
    "procedure.draft",
    "procedure.redate",
    "procedure.override",
    "procedure.import",
    "procedure.fix",
)
ALGORITHM_EDITS = ("algorithm.update",)
# SQLSTATE of the server's four-eyes refusal (migration 0013's trigger on ``procedure``)
SERVER_REFUSED = "FD401"

MarkReady = Callable[[int, Report], Procedure]


class ProcedureApprovalRow(Base):
    """One reviewer's approval of one procedure as it stood after one edit."""

    __tablename__ = "procedure_approval"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    procedure_id: Mapped[int] = mapped_column(
        ForeignKey("procedure.id", ondelete="CASCADE"), nullable=False, index=True
    )
    reviewer: Mapped[str] = mapped_column(String(128), nullable=False)
    approved_at: Mapped[str] = mapped_column(String(32), nullable=False)  # ISO 8601 UTC
    state: Mapped[str] = mapped_column(String(16), nullable=False)
    edit_event_id: Mapped[int | None] = mapped_column(Integer, nullable=True)


@dataclass(frozen=True)
class Edit:
    """The newest editing event of a procedure: its id and who made it."""

    event_id: int
    editor: str


@dataclass(frozen=True)
class ApprovalStatus:
    """Where a procedure stands under four eyes."""

    last_editor: str | None
    reviewer: str | None = None  # of the valid approval, if any
    approved_at: str | None = None

    @property
    def approved(self) -> bool:
        return self.reviewer is not None


class FourEyes:
    """Approvals of a team register's procedures, for a user holding ``held`` desk roles."""

    def __init__(self, uow: UnitOfWork, held: frozenset[str]) -> None:
        self._uow = uow
        self._held = held

    @property
    def applies(self) -> bool:
        """The rule holds this user (any desk role); the owner without one is not held."""
        return bool(self._held)

    def status(self, procedure_id: int) -> ApprovalStatus:
        with self._uow.session() as s:
            return _status(s, procedure_id)

    def awaits_approval(self, procedure_id: int) -> bool:
        """Held by the rule, being edited and without a valid approval (what a reviewer is asked
        to look at)."""
        if not self.applies:
            return False
        with self._uow.session() as s:
            state = procedure_row(s, procedure_id).state
            return state == ProcedureState.EDITING.value and not _status(s, procedure_id).approved

    def approve(self, procedure_id: int) -> ApprovalStatus:
        """Record the connected reviewer's approval with its ``procedure.approved`` event."""
        if roles.REVIEWER not in self._held:
            raise DomainError(
                "Only a reviewer can approve a procedure on this register.",
                code="approval.not_reviewer",
            )
        with self._uow.transaction() as s:
            s.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK})
            row = procedure_row(s, procedure_id)
            if row.state != ProcedureState.EDITING.value:
                raise DomainError(
                    "Only a procedure being edited can be approved.", code="approval.not_editing"
                )
            me = str(s.execute(text("SELECT current_user")).scalar())
            edit = last_edit(s, procedure_id)
            if edit is not None and edit.editor == me:
                raise DomainError(
                    "You made the last edit of this procedure: another reviewer must approve it.",
                    code="approval.own_edit",
                )
            at = datetime.now(UTC).isoformat(timespec="seconds")
            edit_id = edit.event_id if edit else None
            s.add(ProcedureApprovalRow(
                procedure_id=procedure_id, reviewer=me, approved_at=at, state=row.state,
                edit_event_id=edit_id,
            ))  # fmt: skip
            self._uow.audit(
                "procedure.approved",
                "procedure",
                procedure_id,
                None,
                {"reviewer": me, "state": row.state, "edit_event_id": edit_id},
            )
            s.flush()
            return _status(s, procedure_id)

    def guard(self, mark_ready: MarkReady) -> MarkReady:
        """``mark_ready`` refused (``approval.required``) without a valid approval."""

        def checked(procedure_id: int, report: Report) -> Procedure:
            if not self.applies:
                return mark_ready(procedure_id, report)
            with self._uow.transaction() as s:
                s.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK})
                if not _status(s, procedure_id).approved:
                    raise InvalidInput([_required()])
                return mark_ready(procedure_id, report)

        return checked


def word_refusals(engine: Engine) -> None:
    """From now on, the server's four-eyes refusal (a ready state without a valid approval,
    ``SERVER_REFUSED``) raises ``approval.required`` instead of the driver's error, whose text is
    the server's: the same answer as ``FourEyes.guard``'s."""

    def _on_error(context: Any) -> None:
        if getattr(context.original_exception, "sqlstate", None) == SERVER_REFUSED:
            raise InvalidInput([_required()]) from None

    event.listen(engine, "handle_error", _on_error)


def _required() -> Issue:
    return Issue(
        "approval.required",
        "",
        text="A reviewer other than its last editor must approve this procedure before it is "
        "ready to submit",
    )


def last_edit(s: Session, procedure_id: int) -> Edit | None:
    """The newest event that changed what the procedure submits (its own or its algorithm's)."""
    algorithm_id = procedure_row(s, procedure_id).algorithm_id
    ev = AuditEventRow
    found = s.execute(
        select(ev.id, ev.os_user)
        .where(
            or_(
                (ev.object_type == "procedure")
                & (ev.object_id == procedure_id)
                & ev.action.in_(PROCEDURE_EDITS),
                (ev.object_type == "algorithm")
                & (ev.object_id == algorithm_id)
                & ev.action.in_(ALGORITHM_EDITS),
            )
        )
        .order_by(ev.id.desc())
        .limit(1)
    ).first()
    return Edit(found[0], found[1]) if found else None


def _status(s: Session, procedure_id: int) -> ApprovalStatus:
    edit = last_edit(s, procedure_id)
    editor = edit.editor if edit else None
    newest = s.scalars(
        select(ProcedureApprovalRow)
        .where(ProcedureApprovalRow.procedure_id == procedure_id)
        .order_by(ProcedureApprovalRow.id.desc())
        .limit(1)
    ).first()
    valid = (
        newest is not None
        and newest.edit_event_id == (edit.event_id if edit else None)
        and newest.reviewer != editor
    )
    if not valid or newest is None:
        return ApprovalStatus(editor)
    return ApprovalStatus(editor, newest.reviewer, newest.approved_at)
