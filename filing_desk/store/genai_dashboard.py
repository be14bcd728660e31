"""The dashboard's generative-AI buckets: services live without a number (the most severe bucket,
above the overdue procedures) and products that do not show the model name with its number
(display duty), for the UI dashboard and ``filing-desk deadlines`` alike.

Reads on a session the caller holds; the alerts themselves are ``domain.genai_alerts``'s and the
rows are read by ``store.genai_service_io`` / ``genai_history_rows`` (this module only sorts the
alerts into buckets and names their entities). Must not
write, and holds no rule of its own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from filing_desk.domain.genai_alerts import Alert, AlertKind, service_alerts
from filing_desk.domain.genai_services import GenAIService
from filing_desk.store import genai_history_rows, genai_service_io
from filing_desk.store.schema import EntityRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class ServiceAlertRow:
    """One alert of one service, with what a list needs to name it."""

    service_id: int
    service: str
    entity_id: int | None
    entity: str
    alert: Alert

    @property
    def product(self) -> str:
        """The product that does not show the number ("" for live-without-number)."""
        return self.alert.product

    @property
    def since(self) -> date | None:
        """The go-live date of a service live without a number."""
        since = self.alert.params.get("since")
        return since if isinstance(since, date) else None


@dataclass(frozen=True)
class ServiceBuckets:
    """The two buckets, each by entity, then service, then product."""

    live_without_number: tuple[ServiceAlertRow, ...] = ()
    display_duty: tuple[ServiceAlertRow, ...] = ()

    @property
    def rows(self) -> tuple[ServiceAlertRow, ...]:
        """Every alert, most severe bucket first."""
        return self.live_without_number + self.display_duty

    def __bool__(self) -> bool:
        return bool(self.rows)


def buckets_of(
    services: Sequence[GenAIService],
    alerts: Mapping[int, Sequence[Alert]],
    entity_names: Mapping[int, str],
) -> ServiceBuckets:
    """Sort the alerts of ``services`` (by id in ``alerts``) into the two buckets."""
    found: dict[AlertKind, list[ServiceAlertRow]] = defaultdict(list)
    for service in services:
        if service.id is None:
            continue
        entity = entity_names.get(service.entity_id, "") if service.entity_id else ""
        for alert in alerts.get(service.id, ()):
            row = ServiceAlertRow(service.id, service.name, service.entity_id, entity, alert)
            found[alert.kind].append(row)
    return ServiceBuckets(
        tuple(found[AlertKind.LIVE_WITHOUT_NUMBER]), tuple(found[AlertKind.DISPLAY_DUTY])
    )


def service_buckets(s: Session, today: date) -> ServiceBuckets:
    """The buckets on ``today``, read in the caller's session."""
    services = genai_service_io.read_all(s)
    ids = [sv.id for sv in services if sv.id is not None]
    shown = genai_history_rows.displays(s, ids)
    alerts = {sv.id: service_alerts(sv, shown[sv.id], today) for sv in services if sv.id}
    if not alerts:
        return ServiceBuckets()
    # a Result has keys(): dict() would take it for a mapping
    names = {eid: name for eid, name in s.execute(select(EntityRow.id, EntityRow.name))}
    return buckets_of(services, alerts, names)
