"""ServiceTableModel: the Services view's table — one row per generative-AI service with its
entity, track (derived, or the user's choice marked ✎), state, number, go-live date and alerts.

Rows are ``ServiceRow`` values made by ``service_rows`` from what the register returns; the
live-without-number services come first and their alert cell is in the error colour (with an
icon and a text, never colour alone). Display only: no register writes, no rules of its own
(the track is ``domain.genai_tracks.decide_track``, the alerts ``register.service_alerts``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from filing_desk.domain.genai_alerts import Alert, AlertKind
from filing_desk.domain.genai_services import GenAIService
from filing_desk.domain.genai_tracks import TrackDecision, decide_track
from filing_desk.ui.i18n import lang
from filing_desk.ui.icons import icon
from filing_desk.ui.table_model import Column, ReadOnlyTableModel

ERROR_COLOUR = QColor("#b00020")
OVERRIDE_MARK = "✎"


@dataclass(frozen=True)
class ServiceRow:
    """One service as the table shows it."""

    service: GenAIService
    entity_name: str
    decision: TrackDecision
    alerts: tuple[Alert, ...] = ()
    haystack: str = field(default="", compare=False)  # what the filter box searches

    @property
    def id(self) -> int:
        return int(self.service.id or 0)

    @property
    def live_without_number(self) -> bool:
        return any(a.kind is AlertKind.LIVE_WITHOUT_NUMBER for a in self.alerts)

    @property
    def rank(self) -> int:
        """0 for live-without-number, 1 for display duty, 2 for none (the default order)."""
        return min((a.kind.rank for a in self.alerts), default=len(AlertKind))


def track_text(decision: TrackDecision) -> str:
    """``登记`` or ``大模型备案``; ``✎`` after a track the user chose; ``—`` when none."""
    if decision.track is None:
        return "—"
    text = decision.track.label(lang())
    return f"{text} {OVERRIDE_MARK}" if decision.overridden else text


def alerts_text(alerts: Sequence[Alert]) -> str:
    """The row's alerts in a few words, the most severe first."""
    translate = QCoreApplication.translate
    parts = []
    if any(a.kind is AlertKind.LIVE_WITHOUT_NUMBER for a in alerts):
        parts.append(translate("ServiceTableModel", "Live without a number"))
    shown = sum(a.kind is AlertKind.DISPLAY_DUTY for a in alerts)
    if shown:
        parts.append(translate("ServiceTableModel", "Number not shown: %n product(s)", "", shown))
    return "; ".join(parts)


def service_rows(
    services: Iterable[GenAIService],
    entity_names: Mapping[int, str],
    alerts: Mapping[int, Sequence[Alert]],
) -> list[ServiceRow]:
    """The table's rows, live-without-number first, then display duty, then by entity and name."""
    rows = []
    for service in services:
        sid, entity = int(service.id or 0), entity_names.get(int(service.entity_id or 0), "")
        decision = decide_track(service)
        words = (service.name, entity, service.number, track_text(decision), service.state.zh)
        haystack = " ".join((*words, service.state.en, *(m.name for m in service.models)))
        row = ServiceRow(service, entity, decision, tuple(alerts.get(sid, ())), haystack.casefold())
        rows.append(row)
    return sorted(rows, key=lambda r: r.rank)  # stable: the register's entity-then-name order


def matching(rows: Sequence[ServiceRow], text: str) -> list[ServiceRow]:
    """The rows whose name, entity, number, track, state or models contain every word of text."""
    words = text.casefold().split()
    return [r for r in rows if all(w in r.haystack for w in words)]


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _alert_icon(row: ServiceRow) -> Any:
    if row.live_without_number:
        return icon("overdue")
    return icon("product") if row.alerts else None


class ServiceTableModel(ReadOnlyTableModel[ServiceRow]):
    """The services, one per row; ``KEY_ROLE`` is the service id."""

    ALERTS = 6  # the alerts column

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, key=attrgetter("id"))
        red = QBrush(ERROR_COLOUR)
        self.set_columns(
            [
                Column(self.tr("Service"), lambda r: r.service.name),
                Column(self.tr("Entity"), attrgetter("entity_name")),
                Column(
                    self.tr("Track"),
                    lambda r: track_text(r.decision),
                    tooltip=lambda r: r.decision.explain(lang()),
                ),
                Column(self.tr("State"), lambda r: r.service.state.label(lang())),
                Column(self.tr("Number"), lambda r: r.service.number),
                Column(
                    self.tr("Go-live"),
                    lambda r: _day(r.service.go_live_date),
                    sort=lambda r: r.service.go_live_date,
                ),
                Column(
                    self.tr("Alerts"),
                    lambda r: alerts_text(r.alerts),
                    sort=attrgetter("rank"),
                    icon=_alert_icon,
                    tooltip=lambda r: "\n".join(_alert_line(a) for a in r.alerts) or None,
                    roles={
                        Qt.ItemDataRole.ForegroundRole: lambda r: (
                            red if r.live_without_number else None
                        )
                    },
                ),
            ]
        )

    def row_of(self, service_id: int) -> int:
        return next((n for n, r in enumerate(self.rows()) if r.id == service_id), -1)


def _alert_line(alert: Alert) -> str:
    from filing_desk.ui.messages import issue_text

    return issue_text(alert.issue)
