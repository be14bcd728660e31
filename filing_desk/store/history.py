"""The audit trail as the UI reads it: events, one algorithm's history, and the chain's check.

``HistoryService`` only reads, through the unit of work; events are appended by the unit of
work itself, in the transaction of the write they record (store.audit_log).
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import and_, or_, select, union

from filing_desk.domain.audit import ChainCheck
from filing_desk.domain.records import AuditEvent
from filing_desk.store import audit_log
from filing_desk.store.schema import (
    AlgorithmRow,
    AttachmentRow,
    AuditEventRow,
    ProcedureRow,
    ProductLinkRow,
)
from filing_desk.store.unit_of_work import UnitOfWork


def _event(r: AuditEventRow) -> AuditEvent:
    return AuditEvent(
        id=r.id,
        at=datetime.fromisoformat(r.at),
        os_user=r.os_user,
        action=r.action,
        object_type=r.object_type,
        object_id=r.object_id,
        before=json.loads(r.before_json) if r.before_json else None,
        after=json.loads(r.after_json) if r.after_json else None,
        prev_hash=r.prev_hash,
        hash=r.hash,
    )


class HistoryService:
    """Reads of the audit log."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def verify_audit(self) -> ChainCheck:
        """The whole chain checked, with the first bad event named (domain.audit)."""
        with self._uow.session() as s:
            return audit_log.verify(s)

    def audit_events(
        self, object_type: str | None = None, object_id: int | None = None, limit: int | None = None
    ) -> list[AuditEvent]:
        """Events, newest first, about one kind of object (and one object) if asked."""
        stmt = select(AuditEventRow).order_by(AuditEventRow.id.desc())
        if object_type is not None:
            stmt = stmt.where(AuditEventRow.object_type == object_type)
        if object_id is not None:
            stmt = stmt.where(AuditEventRow.object_id == object_id)
        if limit:
            stmt = stmt.limit(limit)
        with self._uow.session() as s:
            return [_event(r) for r in s.scalars(stmt)]

    def algorithm_history(self, algorithm_id: int, limit: int | None = None) -> list[AuditEvent]:
        """Every audit event about an algorithm, its products, procedures and attachments."""
        mine = ProductLinkRow.algorithm_id == algorithm_id
        links = select(ProductLinkRow.id).where(mine)
        owned = {
            "algorithm": select(AlgorithmRow.id).where(AlgorithmRow.id == algorithm_id),
            # its links; a linked product (renamed…); a product row before 0007 (= the link's id)
            "product_link": links,
            "product": union(select(ProductLinkRow.product_id).where(mine), links),
            "procedure": select(ProcedureRow.id).where(ProcedureRow.algorithm_id == algorithm_id),
            "attachment": select(AttachmentRow.id).where(
                AttachmentRow.owner_type == "algorithm", AttachmentRow.owner_id == algorithm_id
            ),
        }
        where = or_(
            *(
                and_(AuditEventRow.object_type == kind, AuditEventRow.object_id.in_(ids))
                for kind, ids in owned.items()
            )
        )
        stmt = select(AuditEventRow).where(where).order_by(AuditEventRow.id.desc())
        if limit:
            stmt = stmt.limit(limit)
        with self._uow.session() as s:
            return [_event(r) for r in s.scalars(stmt)]
