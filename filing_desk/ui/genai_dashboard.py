"""The dashboard's generative-AI entries: services live without a number (the most severe
section, shown first), products not showing the model name with its number (display duty) and
annexes to renew (a keyword list or test bank older than its practice cadence: a reminder, not a
legal duty). Texts in the ``GenAIDashboard`` context; each entry's target is ``("service", id)``.

No rules: the buckets come from ``register.dashboard().services`` (``store.genai_dashboard``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from filing_desk.domain.genai_alerts import AlertKind
from filing_desk.ui.icons import icon

if TYPE_CHECKING:
    from filing_desk.store.genai_dashboard import ServiceAlertRow, ServiceBuckets

Make = Callable[[str, Any, tuple[str, int]], Any]  # (text, icon, target) → a dashboard Entry

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def live_text(row: ServiceAlertRow) -> str:
    """``智答助手 — live since 2026-03-01 without a filing or registration number (示例科技)``."""
    since = row.since.isoformat() if row.since else "—"
    text = translate("GenAIDashboard", "%1 — live since %2 without a filing or registration number")
    text = text.replace("%1", row.service).replace("%2", since)
    return f"{text} ({row.entity})" if row.entity else text


def display_text(row: ServiceAlertRow) -> str:
    """``智答 App — does not show 智答大模型 Beijing-… (service 智答助手)``."""
    shown = str(row.alert.params.get("shown", ""))
    text = translate("GenAIDashboard", "%1 — does not show “%2” (service %3)")
    return text.replace("%1", row.product).replace("%2", shown).replace("%3", row.service)


def renew_text(row: ServiceAlertRow) -> str:
    """``智答助手 — keyword list of 2026-10-01, 40 days old: practice is to renew it every 7 days
    (示例科技)``; the test bank alike."""
    if row.alert.kind is AlertKind.KEYWORD_LIST_STALE:
        text = translate(
            "GenAIDashboard",
            "%1 — keyword list of %2, %3 days old: practice is to renew it every %4 days",
        )
    else:
        text = translate(
            "GenAIDashboard",
            "%1 — test question bank of %2, %3 days old: practice is to renew it every %4 days",
        )
    since = row.since.isoformat() if row.since else "—"
    text = text.replace("%1", row.service).replace("%2", since)
    text = text.replace("%3", str(row.days)).replace("%4", str(row.cadence))
    return f"{text} ({row.entity})" if row.entity else text


def entries(buckets: ServiceBuckets, make: Make) -> tuple[list[Any], list[Any], list[Any]]:
    """The live-without-number, the display-duty and the annexes-to-renew entries."""
    live = [
        make(live_text(r), icon("overdue"), ("service", r.service_id))
        for r in buckets.live_without_number
    ]
    shown = [
        make(display_text(r), icon("product"), ("service", r.service_id))
        for r in buckets.display_duty
    ]
    renew = [
        make(renew_text(r), icon("due-soon"), ("service", r.service_id))
        for r in buckets.annexes_to_renew
    ]
    return live, shown, renew
