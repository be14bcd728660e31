"""Icons for states, views and dashboard sections, loaded from resources/icons (SVG).

No register data here. A state is always shown as text and icon together (never colour alone):
``state_icon`` gives the icon, the caller shows the label next to it.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from filing_desk.domain.enums import AlgorithmState, ProcedureState
from filing_desk.paths import resource_dir

_ALGORITHM_STATE_ICONS: dict[AlgorithmState, str] = {
    AlgorithmState.DRAFT: "state-draft",
    AlgorithmState.PREPARED: "state-prepared",
    AlgorithmState.SUBMITTED: "state-submitted",
    AlgorithmState.RETURNED: "state-returned",
    AlgorithmState.FILED: "state-filed",
    AlgorithmState.CHANGE_PENDING: "state-pending",
    AlgorithmState.CHANGE_SUBMITTED: "state-submitted",
    AlgorithmState.CANCEL_PENDING: "state-pending",
    AlgorithmState.CANCEL_SUBMITTED: "state-submitted",
    AlgorithmState.CANCELLED: "state-cancelled",
    AlgorithmState.REVOKED: "state-revoked",
    AlgorithmState.CANCELLED_BY_CAC: "state-revoked",
    AlgorithmState.ABANDONED: "state-cancelled",
}

_PROCEDURE_STATE_ICONS: dict[ProcedureState, str] = {
    ProcedureState.EDITING: "state-draft",
    ProcedureState.READY: "state-prepared",
    ProcedureState.SUBMITTED: "state-submitted",
    ProcedureState.RETURNED: "state-returned",
    ProcedureState.COMPLETED: "state-filed",
    ProcedureState.WITHDRAWN: "state-cancelled",
}


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (an empty icon if the file is missing)."""
    path = resource_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def state_icon(state: AlgorithmState | ProcedureState) -> QIcon:
    if isinstance(state, AlgorithmState):
        return icon(_ALGORITHM_STATE_ICONS.get(state, "state-draft"))
    return icon(_PROCEDURE_STATE_ICONS.get(state, "state-draft"))
