"""The dashboard's generative-AI buckets: services live without a number (the most severe bucket,
above the overdue procedures), products that do not show the model name with its number
(display duty) and annexes to renew (the latest keyword list or test bank older than its
practice cadence; least severe), for the UI dashboard and ``filing-desk deadlines`` alike.

Reads on a session the caller holds; the alerts themselves are ``domain.genai_alerts``'s and the
rows are read by ``store.genai_service_io`` / ``genai_history_rows`` (this module only sorts the
alerts into buckets and names their entities) plus one grouped query of the latest current
annex versions of every service. Must not write, and holds no rule of its own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from filing_desk.domain.enums import AttachmentKind, OwnerType
from filing_desk.domain.genai_alerts import Alert, AlertKind, annex_alerts, service_alerts
from filing_desk.domain.genai_annex_findings import cadences_from_settings
from filing_desk.domain.genai_services import GenAIService
from filing_desk.domain.local_time import local_date
from filing_desk.store import genai_history_rows, genai_service_io
from filing_desk.store.schema import AttachmentRow, EntityRow, SettingRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

COUNTED = (AttachmentKind.KEYWORD_LIST, AttachmentKind.TEST_QUESTIONS)  # the dated annexes
# both annex kinds share one bucket, in the services' order (keyword list, then test bank)
_BUCKET = {AlertKind.TEST_BANK_STALE: AlertKind.KEYWORD_LIST_STALE}


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
        """The go-live date of a service live without a number; an annex's version date."""
        since = self.alert.params.get("since")
        return since if isinstance(since, date) else None

    @property
    def days(self) -> int | None:
        """An annex to renew: how many days old its latest version is."""
        days = self.alert.params.get("days")
        return days if isinstance(days, int) else None

    @property
    def cadence(self) -> int | None:
        """An annex to renew: the cadence in days it was measured against."""
        cadence = self.alert.params.get("cadence")
        return cadence if isinstance(cadence, int) else None


@dataclass(frozen=True)
class ServiceBuckets:
    """The three buckets, each in the order of the services (then product, or keyword list
    before test bank)."""

    live_without_number: tuple[ServiceAlertRow, ...] = ()
    display_duty: tuple[ServiceAlertRow, ...] = ()
    annexes_to_renew: tuple[ServiceAlertRow, ...] = ()

    @property
    def rows(self) -> tuple[ServiceAlertRow, ...]:
        """Every alert, most severe bucket first."""
        return self.live_without_number + self.display_duty + self.annexes_to_renew

    def __bool__(self) -> bool:
        return bool(self.rows)


def buckets_of(
    services: Sequence[GenAIService],
    alerts: Mapping[int, Sequence[Alert]],
    entity_names: Mapping[int, str],
) -> ServiceBuckets:
    """Sort the alerts of ``services`` (by id in ``alerts``) into the three buckets."""
    found: dict[AlertKind, list[ServiceAlertRow]] = defaultdict(list)
    for service in services:
        if service.id is None:
            continue
        entity = entity_names.get(service.entity_id, "") if service.entity_id else ""
        for alert in alerts.get(service.id, ()):
            row = ServiceAlertRow(service.id, service.name, service.entity_id, entity, alert)
            found[_BUCKET.get(alert.kind, alert.kind)].append(row)
    return ServiceBuckets(
        tuple(found[AlertKind.LIVE_WITHOUT_NUMBER]),
        tuple(found[AlertKind.DISPLAY_DUTY]),
        tuple(found[AlertKind.KEYWORD_LIST_STALE]),
    )


def latest_annex_dates(s: Session) -> dict[int, dict[AttachmentKind, date]]:
    """Service id → the date of its latest current keyword list / test bank (one grouped query;
    superseded versions are left out, a service without either is absent)."""
    stmt = (
        select(AttachmentRow.owner_id, AttachmentRow.kind, func.max(AttachmentRow.added_at))
        .where(
            AttachmentRow.owner_type == OwnerType.SERVICE.value,
            AttachmentRow.kind.in_([k.value for k in COUNTED]),
            AttachmentRow.superseded_by.is_(None),
        )
        .group_by(AttachmentRow.owner_id, AttachmentRow.kind)
    )
    out: dict[int, dict[AttachmentKind, date]] = defaultdict(dict)
    for owner_id, kind, added_at in s.execute(stmt):
        out[int(owner_id)][AttachmentKind(kind)] = local_date(added_at)
    return dict(out)


def _setting(s: Session) -> Callable[[str, str], str]:
    def read(key: str, default: str) -> str:
        row = s.get(SettingRow, key)
        return row.value if row is not None else default

    return read


def service_buckets(s: Session, today: date) -> ServiceBuckets:
    """The buckets on ``today``, read in the caller's session."""
    services = genai_service_io.read_all(s)
    ids = [sv.id for sv in services if sv.id is not None]
    shown = genai_history_rows.displays(s, ids)
    latest = latest_annex_dates(s) if ids else {}
    cadences = cadences_from_settings(_setting(s))
    alerts: dict[int, list[Alert]] = {}
    for sv in services:
        if not sv.id:
            continue
        dates = latest.get(sv.id, {})
        found = service_alerts(sv, shown[sv.id], today) + annex_alerts(
            sv, dates.get(COUNTED[0]), dates.get(COUNTED[1]), today, cadences
        )
        if found:
            alerts[sv.id] = found
    if not alerts:
        return ServiceBuckets()
    # a Result has keys(): dict() would take it for a mapping
    names = {eid: name for eid, name in s.execute(select(EntityRow.id, EntityRow.name))}
    return buckets_of(services, alerts, names)
