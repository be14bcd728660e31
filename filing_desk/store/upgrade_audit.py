"""Audit events for the audited rows a migration made, moved or merged.

Migrations import no application code, so they cannot write the hash-chained audit log; this
module writes what they did, in the upgrade's transaction, right after Alembic (``migrate.run``).
Without these events ``check`` would report the rows as changed outside the app.

0007 (one product registry) made each old product row a link with the same id and merged the
products of one entity that share a name and form into the one with the lowest id: each link gets
its ``product_link.create`` event, each merged product a ``product.delete`` naming the product it
went into, and an attachment of a merged product is moved to that product (``attachment.update``).
No rules here, and nothing for a register made new (no rows were there to move).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from filing_desk.store import audit_log
from filing_desk.store.schema import AttachmentRow, ProductLinkRow

if TYPE_CHECKING:
    from sqlalchemy import Connection

PRODUCT_REGISTRY = "0007"


def after_upgrade(conn: Connection, before: str | None, after: str | None) -> None:
    """Write the events of the migrations run from ``before`` to ``after``."""
    if not before or after is None or not before < PRODUCT_REGISTRY <= after:
        return
    session = Session(bind=conn, join_transaction_mode="create_savepoint")
    try:
        _product_registry(session)
        session.commit()  # the savepoint; the upgrade's own transaction commits it all
    finally:
        session.close()


def _values(row: Any) -> dict[str, Any]:
    return {c.name: getattr(row, c.key) for c in row.__table__.columns if c.name != "id"}


def _product_registry(s: Session) -> None:
    links = list(s.scalars(select(ProductLinkRow).order_by(ProductLinkRow.id)))
    for link in links:
        audit_log.append(s, "product_link.create", "product_link", link.id, None, _values(link))
    merged = {link.id: link.product_id for link in links if link.id != link.product_id}
    for old, kept in merged.items():
        audit_log.append(s, "product.delete", "product", old, {"merged_into": kept}, None)
        owned = select(AttachmentRow).where(
            AttachmentRow.owner_type == "product", AttachmentRow.owner_id == old
        )
        for attachment in s.scalars(owned):
            attachment.owner_id = kept
            audit_log.append(
                s,
                "attachment.update",
                "attachment",
                attachment.id,
                {"owner_id": old},
                {"owner_id": kept},
            )
    s.flush()
