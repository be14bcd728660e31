"""A generative-AI service's step history, material changes and product displays on a session
the caller holds: rows ↔ ``domain.genai_history`` / ``genai_alerts.ProductDisplay`` records, and
the values the audit trail records of them.

Plain functions: no transactions, no audit events, no rules (store.genai_steps writes and
audits). A display belongs to a product the service powers; a screenshot is an attachment in
the register, read as the newest version of its file (``latest_versions``: a replaced
screenshot is shown by its replacement, a removed one not at all); the row keeps the id given.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from filing_desk.domain.enums import ModelTrack, ServiceState
from filing_desk.domain.genai_alerts import ProductDisplay
from filing_desk.domain.genai_changes import MaterialKind, Rerun
from filing_desk.domain.genai_history import ServiceChange, ServiceEvent
from filing_desk.domain.genai_services import GenAIService
from filing_desk.domain.genai_states import ServiceStep
from filing_desk.store import genai_service_io as io
from filing_desk.store.genai_service_rows import (
    ServiceChangeRow,
    ServiceEventRow,
    ServiceProductRow,
)
from filing_desk.store.rows import invalid, not_found
from filing_desk.store.schema import AttachmentRow, ProductRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


# --- steps ------------------------------------------------------------------------------------


def add_event(
    s: Session,
    service: GenAIService,
    move: ServiceStep,
    to: ServiceState,
    day: date,
    number: str,
    reasons: Sequence[str],
    note: str,
) -> ServiceEvent:
    row = ServiceEventRow(
        service_id=service.id,
        step=move.value,
        from_state=service.state.value,
        to_state=to.value,
        day=day,
        number=number.strip() if move is ServiceStep.APPROVE else "",
        reasons_json=json.dumps(list(reasons), ensure_ascii=False),
        note=note.strip(),
        recorded_at=io.now(),
    )
    s.add(row)
    s.flush()
    return event_of(row)


def event_of(row: ServiceEventRow) -> ServiceEvent:
    return ServiceEvent(
        id=row.id,
        service_id=row.service_id,
        step=ServiceStep(row.step),
        from_state=ServiceState(row.from_state),
        to_state=ServiceState(row.to_state),
        on=row.day,
        number=row.number,
        reasons=tuple(json.loads(row.reasons_json or "[]")),
        note=row.note,
    )


def event_values(event: ServiceEvent) -> dict[str, Any]:
    return {
        "step": event.step.value,
        "on": event.on.isoformat(),
        "number": event.number,
        "reasons": list(event.reasons),
        "note": event.note,
    }


def events(s: Session, service_id: int) -> list[ServiceEvent]:
    stmt = select(ServiceEventRow).where(ServiceEventRow.service_id == service_id)
    return [event_of(r) for r in s.scalars(stmt.order_by(ServiceEventRow.id))]


# --- material changes -------------------------------------------------------------------------


def _track(code: str | None) -> ModelTrack | None:
    return ModelTrack(code) if code else None


def change_of(row: ServiceChangeRow) -> ServiceChange:
    return ServiceChange(
        id=row.id,
        service_id=row.service_id,
        on=row.day,
        kinds=tuple(MaterialKind(k) for k in row.kinds.split(",") if k),
        details=tuple(line for line in row.findings.split("\n") if line),
        track_before=_track(row.track_before),
        track_after=_track(row.track_after),
        suggested=Rerun(row.suggested),
        rerun=Rerun(row.rerun) if row.rerun else None,
        note=row.note,
    )


def changes(s: Session, service_id: int) -> list[ServiceChange]:
    stmt = select(ServiceChangeRow).where(ServiceChangeRow.service_id == service_id)
    return [change_of(r) for r in s.scalars(stmt.order_by(ServiceChangeRow.id))]


def change_row(s: Session, change_id: int) -> ServiceChangeRow:
    row = s.get(ServiceChangeRow, change_id)
    if row is None:
        raise not_found("service_change", change_id)
    return row


# --- displays ---------------------------------------------------------------------------------


def displays(s: Session, service_ids: list[int]) -> dict[int, list[ProductDisplay]]:
    """Service id → one display per product it powers, in product id order."""
    out: dict[int, list[ProductDisplay]] = {i: [] for i in service_ids}
    if not service_ids:
        return out
    stmt = (
        select(ServiceProductRow, ProductRow.name)
        .join(ProductRow, ProductRow.id == ServiceProductRow.product_id)
        .where(ServiceProductRow.service_id.in_(service_ids))
        .order_by(ServiceProductRow.service_id, ServiceProductRow.product_id)
    )
    found = list(s.execute(stmt))
    latest = latest_versions(s, [r.screenshot_id for r, _ in found if r.screenshot_id])
    for row, name in found:
        out[row.service_id].append(
            ProductDisplay(
                row.product_id, name, row.shows_number, row.shown_since, row.where_shown,
                latest.get(row.screenshot_id) if row.screenshot_id else None,
            )
        )  # fmt: skip
    return out


def latest_versions(s: Session, attachment_ids: list[int]) -> dict[int, int | None]:
    """Attachment id → the current version of its file, following replacements (a screenshot
    replaced from the annexes panel); None when the file was removed (or purged)."""
    out: dict[int, int | None] = {}
    pending = {i: i for i in attachment_ids}  # asked id → the version reached so far
    while pending:
        stmt = select(AttachmentRow.id, AttachmentRow.superseded_by).where(
            AttachmentRow.id.in_(set(pending.values()))
        )
        next_of = {row.id: row.superseded_by for row in s.execute(stmt)}
        moved: dict[int, int] = {}
        for asked, reached in pending.items():
            after = next_of.get(reached, reached)  # not found: purged, as good as removed
            if after is None:
                out[asked] = reached  # the current version
            elif after == reached:
                out[asked] = None  # removed (superseded by itself) or gone
            else:
                moved[asked] = after  # replaced: follow to the newer version
        pending = moved
    return out


def display_row(s: Session, service_id: int, product_id: int | None) -> ServiceProductRow:
    row = s.get(ServiceProductRow, (service_id, product_id)) if product_id is not None else None
    if row is None:
        raise invalid(
            "service.display_product",
            "service.product_ids",
            f"Product {product_id} is not one the service powers: link it to the service first",
        )
    return row


def check_screenshot(s: Session, attachment_id: int) -> None:
    if s.get(AttachmentRow, attachment_id) is None:
        raise not_found("attachment", attachment_id)


def display_values(row: ServiceProductRow) -> dict[str, Any]:
    return {
        "product_id": row.product_id,
        "shows_number": bool(row.shows_number),
        "shown_since": row.shown_since.isoformat() if row.shown_since else None,
        "where_shown": row.where_shown,
        "screenshot_id": row.screenshot_id,
    }
