"""The dashboard's security-assessment entries: each open assessment (or subject without one) in
the overdue, due-soon or later section by its clock, and each product whose user numbers jumped
beyond the threshold (trigger (3) suggested). Texts in the ``SecurityDashboard`` context.

No rules: the buckets come from ``register.dashboard().security`` (``store.security_overview``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from filing_desk.ui.icons import icon
from filing_desk.ui.security_cells import due_text, state_text

if TYPE_CHECKING:
    from filing_desk.store.security_overview import GrowthHint, SecurityBuckets, SecurityDeadline

Make = Callable[[str, Any, tuple[str, int]], Any]  # (text, icon, target) → a dashboard Entry


translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def deadline_text(d: SecurityDeadline) -> str:
    """``示例算法 — Security assessment (2018 rules), due 2026-12-14, 15 working day(s) left``."""
    what = (
        translate("SecurityDashboard", "Security assessment (2018 rules), none recorded")
        if d.assessment is None
        else translate("SecurityDashboard", "Security assessment (2018 rules), %1").replace(
            "%1", state_text(d.standing)
        )
    )
    text = f"{d.subject_name} — {what}, {due_text(d.standing)}"
    left = d.standing.working_days_left
    if left is not None:
        count = (
            translate("SecurityDashboard", "%n working day(s) overdue", "", -left)
            if left < 0
            else translate("SecurityDashboard", "%n working day(s) left", "", left)
        )
        text += f", {count}"
    return f"{text} ({d.entity_name})" if d.entity_name else text


def growth_text(hint: GrowthHint) -> str:
    g = hint.growth
    measure = (
        translate("SecurityDashboard", "monthly active users")
        if g.measure == "monthly_active"
        else translate("SecurityDashboard", "registered users")
    )
    text = translate("SecurityDashboard", "%1: %2 grew from %3 (%4) to %5 (%6) — trigger (3)?")
    for key, value in (
        ("%1", hint.product_name),
        ("%2", measure),
        ("%3", f"{g.before:,}"),
        ("%4", g.baseline.as_of.isoformat()),
        ("%5", f"{g.after:,}"),
        ("%6", g.latest.as_of.isoformat()),
    ):
        text = text.replace(key, value)
    return text


def entries(
    board: SecurityBuckets, make: Make
) -> tuple[list[Any], list[Any], list[Any], list[Any]]:
    """(overdue, due soon, later, growth) entries."""

    def entry(d: SecurityDeadline, icon_name: str) -> Any:
        return make(deadline_text(d), icon(icon_name), ("algorithm", d.algorithm_id))

    overdue = [entry(d, "overdue") for d in board.overdue]
    soon = [entry(d, "due-soon") for d in board.due_soon]
    shown = {id(d) for d in (*board.overdue, *board.due_soon)}
    later = [entry(d, "state-pending") for d in board.open if id(d) not in shown]
    growth = [
        make(growth_text(h), icon("due-soon"), ("algorithm", h.algorithm_id)) for h in board.growth
    ]
    return overdue, soon, later, growth
