"""Icons for states, views and dashboard sections, loaded from resources/icons (SVG).

No register data here. A state is always shown as text and icon together (never colour alone):
``state_icon`` gives the icon, the caller shows the label next to it.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon

from filing_desk.paths import resource_dir

if TYPE_CHECKING:
    from filing_desk.domain.enums import AlgorithmState, ProcedureState

# Keyed by the states' stored codes, so the window can show icons before domain.enums loads.

_ALGORITHM_STATE_ICONS: dict[str, str] = {
    "draft": "state-draft",
    "prepared": "state-prepared",
    "submitted": "state-submitted",
    "returned": "state-returned",
    "filed": "state-filed",
    "change_pending": "state-pending",
    "change_submitted": "state-submitted",
    "cancel_pending": "state-pending",
    "cancel_submitted": "state-submitted",
    "cancelled": "state-cancelled",
    "revoked": "state-revoked",
    "cancelled_by_cac": "state-revoked",
    "abandoned": "state-cancelled",
}

_PROCEDURE_STATE_ICONS: dict[str, str] = {
    "editing": "state-draft",
    "ready": "state-prepared",
    "submitted": "state-submitted",
    "returned": "state-returned",
    "completed": "state-filed",
    "withdrawn": "state-cancelled",
    "discarded": "state-cancelled",
}


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (an empty icon if the file is missing)."""
    path = resource_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def state_icon(state: AlgorithmState | ProcedureState) -> QIcon:
    from filing_desk.domain.enums import AlgorithmState

    names = _ALGORITHM_STATE_ICONS if isinstance(state, AlgorithmState) else _PROCEDURE_STATE_ICONS
    return icon(names.get(state.value, "state-draft"))
