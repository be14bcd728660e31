"""How a security assessment's standing reads in a cell or a line: its state (``overdue`` and
``filed late`` said in words), its due date (``before`` the go-live day for a gate), and the
register table's column for it. Texts in the ``SecurityAssessmentPanel`` context.

No rules: the standing (``domain.security_assessment.Standing``) is derived by the domain. The
register table reads a row's ``security`` standing when the row carries one (``RegisterRow``
gains it where the store reads the rows); a row without it shows an empty cell.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from filing_desk.domain.security_assessment import SecurityState, Standing
from filing_desk.ui.i18n import lang
from filing_desk.ui.icons import icon
from filing_desk.ui.table_model import Column

_ORDER = {state: n for n, state in enumerate(SecurityState)}


translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def due_text(standing: Standing | None) -> str:
    """``due 2026-12-14 (provisional)`` or ``before 2026-03-10``; "" without a clock."""
    if standing is None or standing.clock is None:
        return ""
    day = standing.clock.due.isoformat()
    if standing.clock.before:
        return translate("SecurityAssessmentPanel", "before %1").replace("%1", day)
    text = translate("SecurityAssessmentPanel", "due %1").replace("%1", day)
    return (
        text + " " + translate("SecurityAssessmentPanel", "(provisional)")
        if standing.clock.provisional
        else text
    )


def state_text(standing: Standing | None) -> str:
    """The state in the UI language, ``overdue`` and ``filed late`` said in words."""
    if standing is None:
        return ""
    text = standing.state.label(lang())
    if standing.overdue:
        return text + " · " + translate("SecurityAssessmentPanel", "overdue")
    return (
        text + " · " + translate("SecurityAssessmentPanel", "filed late") if standing.late else text
    )


def row_standing(row: Any) -> Standing | None:
    found = getattr(row, "security", None)
    return found if isinstance(found, Standing) else None


def security_column(title: str) -> Column[Any]:
    """The register table's column: the state, the due date as its tooltip, an icon when
    overdue; sorted overdue first, then by state."""

    def sort(row: Any) -> tuple[int, int]:
        found = row_standing(row)
        if found is None:
            return (2, 0)
        return (0 if found.overdue else 1, _ORDER[found.state])

    return Column(
        title,
        lambda r: state_text(row_standing(r)),
        sort=sort,
        collate=False,
        tooltip=lambda r: due_text(row_standing(r)) or None,
        icon=lambda r: icon("overdue") if (s := row_standing(r)) and s.overdue else None,
    )
