"""Generative-AI services in the register: read them, create, edit and delete them; an edit
after submission that is a material change (``domain.genai_changes``) is recorded as a change
awaiting the user's answer whether the track must be run again.

``ServiceRecords`` runs each command in one transaction (joining one already open): it checks
first (``domain.genai_checks``, then the entity and the links' owners), then writes the rows and
the audit event (object ``service``): ``service.create``, ``service.update`` (before and after of
what changed), ``service.change`` (a material change recorded) and ``service.delete`` (with its
files' ``attachment.remove`` and ``attachment.delete``, through store.attachments). The steps
of 备案 / 登记, displays and alerts are store.genai_steps'; the rows' shape
store.genai_service_io's. This module holds no rule.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from filing_desk.domain.enums import OwnerType, ServiceState
from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.genai_changes import MaterialChange, material_change
from filing_desk.domain.genai_checks import errors, service_write_issues
from filing_desk.domain.genai_services import GenAIService
from filing_desk.store import genai_service_io as io
from filing_desk.store import versions
from filing_desk.store.assessment_removal import AUDIT_KEY, remove_assessments
from filing_desk.store.attachments import AttachmentService
from filing_desk.store.genai_service_rows import (
    GenAIServiceRow,
    ServiceAlgorithmRow,
    ServiceChangeRow,
    ServiceEventRow,
    ServiceProductRow,
)
from filing_desk.store.rows import invalid
from filing_desk.store.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

STEP_OWNED = ("state", "number", "approved_date", "returned_reasons")
"""Fields only a step sets (``step_service``); an edit keeps them as stored."""
_NOT_SUBMITTED = frozenset({ServiceState.DRAFT, ServiceState.PREPARED, ServiceState.WITHDRAWN})


class ServiceRecords:
    """Reads and edits of generative-AI services (the Register API's record half)."""

    def __init__(self, uow: UnitOfWork, attachments: AttachmentService | None = None) -> None:
        self._uow = uow
        self._attachments = attachments or AttachmentService(uow)  # a deleted service's files

    # --- reads -------------------------------------------------------------------------------

    def services(self, entity_id: int | None = None) -> list[GenAIService]:
        """Every service (of one entity), by entity then name."""
        with self._uow.session() as s:
            return io.read_all(s, entity_id)

    def service(self, service_id: int) -> GenAIService:
        with self._uow.session() as s:
            return io.read(s, io.service_row(s, service_id))

    def services_of_product(self, product_id: int) -> list[GenAIService]:
        return self._linked(ServiceProductRow, ServiceProductRow.product_id, product_id)

    def services_of_algorithm(self, algorithm_id: int) -> list[GenAIService]:
        return self._linked(ServiceAlgorithmRow, ServiceAlgorithmRow.algorithm_id, algorithm_id)

    def _linked(self, table: Any, column: Any, ident: int) -> list[GenAIService]:
        with self._uow.session() as s:
            ids = select(table.service_id).where(column == ident)
            stmt = (
                select(GenAIServiceRow)
                .where(GenAIServiceRow.id.in_(ids))
                .order_by(GenAIServiceRow.entity_id, GenAIServiceRow.name, GenAIServiceRow.id)
            )
            return io.read_rows(s, list(s.scalars(stmt)))

    # --- writes ------------------------------------------------------------------------------

    def create_service(self, service: GenAIService) -> GenAIService:
        """Add a service of ``service.entity_id`` (its id is ignored; the record read back has
        it). A service is created in the state it is given (an import may bring an approved
        one with its number); the user's steps are ``step_service``."""
        _refuse(service_write_issues(service))
        with self._uow.transaction() as s:
            io.check_owners(s, service)
            row = GenAIServiceRow(created_at=io.now())
            s.add(row)
            io.write(s, row, service, None)
            created = io.read(s, row)
            self._uow.audit("service.create", io.OBJECT, row.id, None, io.values(created))
            return created

    def update_service(
        self, service: GenAIService, *, changed_on: date | None = None
    ) -> GenAIService:
        """Save an edited service (its id says which). The entity and the step-owned fields
        (state, number, approval date, the CAC's reasons) cannot change here. After submission
        a material change is recorded, dated ``changed_on`` (else today)."""
        if service.id is None:
            raise invalid("service.not_found", "service.id", "The service has no id")
        _refuse(service_write_issues(service, new=False))
        with self._uow.transaction() as s, versions.refusing(s, "service", service.id, None):
            row = io.service_row(s, service.id)
            before = io.read(s, row)
            _check_fixed(before, service)
            io.check_owners(s, service)
            old, new = io.values(before), io.values(service)
            changed = [k for k in new if old[k] != new[k]]
            if not changed:
                return before
            io.write(s, row, service, before)
            after = io.read(s, row)
            self._uow.audit(
                "service.update",
                io.OBJECT,
                service.id,
                {k: old[k] for k in changed},
                {k: new[k] for k in changed},
            )
            found = material_change(before, after, changed_on or self._uow.today())
            if found.is_material and _was_submitted(s, before):
                self._record_change(s, service.id, found)
            return after

    def _record_change(self, s: Session, service_id: int, found: MaterialChange) -> None:
        day = found.on or self._uow.today()
        row = ServiceChangeRow(
            service_id=service_id,
            day=day,
            kinds=",".join(k.value for k in found.kinds),
            findings="\n".join(found.details),
            track_before=found.track_before.value if found.track_before else None,
            track_after=found.track_after.value if found.track_after else None,
            suggested=found.rerun.value,
            recorded_at=io.now(),
        )
        s.add(row)
        s.flush()
        after = {
            "change_id": row.id,
            "on": day.isoformat(),
            "kinds": [k.value for k in found.kinds],
            "findings": list(found.details),
            "rerun": found.rerun.value,
        }
        self._uow.audit("service.change", io.OBJECT, service_id, None, after)

    def delete_service(self, service_id: int) -> None:
        """Remove a service entered by mistake, with its links, steps and changes (its values
        stay in the audit event) and its files (annexes, screenshots): each current one removed
        (``attachment.remove``) and then every removed one purged (``attachment.delete``), as
        its attachments panel would, since nothing could reach them once the service is gone.
        Its checklist assessments go first, with their answers and evidence links
        (``assessment_removal``, kept in the event), so a file given only as its own evidence is
        purged too and a later service under the same id inherits nothing. One transaction: a
        file given as evidence elsewhere refuses it all."""
        files = self._attachments
        with self._uow.transaction() as s:
            row = io.service_row(s, service_id)
            before = io.values(io.read(s, row))
            s.delete(row)
            s.flush()
            removed = remove_assessments(s, "service", service_id)
            if removed:
                before[AUDIT_KEY] = removed
            for info in files.attachments(OwnerType.SERVICE, service_id, False):
                files.remove_attachment(int(info.id or 0))
            files.purge_removed_attachments(OwnerType.SERVICE, service_id)
            self._uow.audit("service.delete", io.OBJECT, service_id, before, None)


def _refuse(issues: list[Any]) -> None:
    found = errors(issues)
    if found:
        raise InvalidInput(found)


def _check_fixed(before: GenAIService, after: GenAIService) -> None:
    if after.entity_id != before.entity_id:
        raise invalid(
            "service.entity_fixed",
            "service.entity_id",
            "A service stays with its entity; create it under the other entity instead",
        )
    moved = [name for name in STEP_OWNED if getattr(after, name) != getattr(before, name)]
    if moved:
        raise invalid(
            "service.step_only",
            f"service.{moved[0]}",
            f"{', '.join(moved)} change only through a step of the filing or registration",
        )


def _was_submitted(s: Session, service: GenAIService) -> bool:
    """Submitted to the CAC at some time: in a state after submission, or a step there."""
    if service.state not in _NOT_SUBMITTED:
        return True
    stmt = select(ServiceEventRow.id).where(
        ServiceEventRow.service_id == service.id,
        ServiceEventRow.to_state == ServiceState.SUBMITTED.value,
    )
    return s.scalars(stmt).first() is not None
