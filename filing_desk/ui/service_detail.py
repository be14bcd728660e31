"""ServiceDetail: the Services view's detail pane for one generative-AI service.

Tabs: Overview (the track and why — ``TrackDecision.explain`` —, the planning hint labelled as
practice, the state with one button per allowed step opening a ``StepDialog``, the CAC's reasons
of a return, the alerts and the readiness findings), Models and links (``ServiceLinksPanel``),
Display duty (``DisplayDutyPanel``), Annexes (``ServiceAnnexesPanel``) and Changes
(``ServiceChangesPanel``). Every write goes through the register; the pane then reloads itself
and says so. No SQL and no rules here: steps come from ``domain.genai_states.allowed_steps``.

Signals:
    changed(): the register was written from the pane (it has reloaded itself already).
    algorithm_activated(int), product_activated(int, int): a linked record was clicked.
    edit_requested(int): "Edit…" was clicked (the view opens the service wizard).
    assessment_requested(int, bool): the Annexes tab asks for the service's GB/T 45654-2025
    assessment in the checklist view (True: start it first).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from filing_desk.domain.enums import ModelTrack, ServiceState
from filing_desk.domain.genai_alerts import Alert, AlertKind, displayed_text
from filing_desk.domain.genai_annex_one import LIBRARY_ID
from filing_desk.domain.genai_services import GenAIService
from filing_desk.domain.genai_states import PLANNING_HINTS, ServiceStep, allowed_steps
from filing_desk.domain.genai_tracks import decide_track
from filing_desk.forms import checklist_loader
from filing_desk.ui.i18n import lang
from filing_desk.ui.messages import issue_text
from filing_desk.ui.screen_fit import scrolled, wrapped_label
from filing_desk.ui.service_annexes import ServiceAnnexesPanel
from filing_desk.ui.service_changes import ServiceChangesPanel
from filing_desk.ui.service_display import DisplayDutyPanel
from filing_desk.ui.service_links import ServiceLinksPanel
from filing_desk.ui.service_steps import StepDialog

ERROR_STYLE = "color: #b00020;"


class ServiceDetail(QTabWidget):
    """One service's track, state and steps, models and links, display duty, annexes, changes."""

    changed = Signal()
    algorithm_activated = Signal(int)
    product_activated = Signal(int, int)
    edit_requested = Signal(int)
    assessment_requested = Signal(int, bool)

    def __init__(self, register: Any, temp_dir: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._register = register
        self.service: GenAIService | None = None
        self.step_buttons: dict[ServiceStep, QPushButton] = {}
        self.step_dialog: StepDialog | None = None
        self.read_only = False  # a viewer of a team register: no step, no edit (set_read_only)
        self._build_overview()
        self.links = ServiceLinksPanel(register, self)
        self.links.algorithm_activated.connect(self.algorithm_activated)
        self.links.product_activated.connect(self.product_activated)
        self.display = DisplayDutyPanel(register, self)
        self.display.changed.connect(self._on_written)
        self.annexes = ServiceAnnexesPanel(temp_dir, self)
        self.annexes.changed.connect(self._on_written)
        self.annexes.assessment_requested.connect(self.assessment_requested)
        self.changes = ServiceChangesPanel(register, self)
        self.changes.changed.connect(self._on_written)
        self.addTab(scrolled(self.overview, self), self.tr("Overview"))
        self.addTab(self.links, self.tr("Models and links"))
        self.addTab(self.display, self.tr("Display duty"))
        self.addTab(self.annexes, self.tr("Annexes"))
        self.addTab(self.changes, self.tr("Changes"))

    def _build_overview(self) -> None:
        page = self.overview = QWidget(self)
        self.title = QLabel(page)
        self.title.setStyleSheet("font-weight: bold;")
        self.track_label = wrapped_label("", page)
        self.explain_label = wrapped_label("", page)
        self.hint_label = wrapped_label("", page)
        self.hint_label.setEnabled(False)  # greyed: practice, not law
        self.state_label = wrapped_label("", page)
        self.reasons_label = wrapped_label("", page)
        self.alerts_label = wrapped_label("", page)
        self.alerts_label.setStyleSheet(ERROR_STYLE)
        self.readiness_label = wrapped_label("", page)
        self.steps_bar = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit…"), page)
        self.edit_button.clicked.connect(
            lambda: self.edit_requested.emit(self.service_id()) if self.service_id() else None
        )
        bar = QHBoxLayout()
        bar.addLayout(self.steps_bar)
        bar.addStretch(1)
        bar.addWidget(self.edit_button)
        layout = QVBoxLayout(page)
        for widget in (self.title, self.track_label, self.explain_label, self.hint_label):
            layout.addWidget(widget)
        layout.addWidget(self.state_label)
        layout.addLayout(bar)
        for widget in (self.reasons_label, self.alerts_label, self.readiness_label):
            layout.addWidget(widget)
        layout.addStretch(1)

    def set_read_only(self, read_only: bool) -> None:
        """Hide every write of the pane and its tabs (``ui.role_gate``); the values stay."""
        self.read_only = read_only
        self.edit_button.setVisible(not read_only)
        for panel in (self.display, self.annexes, self.changes):
            panel.set_read_only(read_only)
        self.refresh()  # the step buttons are made (or not) as the service is shown

    # --- showing ------------------------------------------------------------------------

    def service_id(self) -> int:
        return int(self.service.id or 0) if self.service is not None else 0

    def show_service(self, service_id: int) -> None:
        """Show a service (0: nothing)."""
        self.service = self._register.service(service_id) if service_id else None
        self.refresh()

    def refresh(self) -> None:
        if self.service is not None:
            self.service = self._register.service(self.service_id())
        service = self.service
        alerts = self._register.service_alerts().get(self.service_id(), []) if service else []
        self._show_overview(service, alerts)
        self.links.show_service(service)
        flagged = {a.product for a in alerts if a.kind is AlertKind.DISPLAY_DUTY}
        self.display.show_service(service, flagged, displayed_text(service) if service else "")
        self.annexes.show_service(self._register, self.service_id())
        self.changes.show_service(self.service_id())

    def _show_overview(self, service: GenAIService | None, alerts: list[Alert]) -> None:
        self.edit_button.setEnabled(service is not None)
        if service is None:
            self.title.setText(self.tr("Select a service."))
            for label in self._labels():
                label.clear()
            self._show_steps(None, None)
            return
        decision = decide_track(service)
        self.title.setText(service.name)
        track = decision.track.label(lang()) if decision.track else "—"
        how = self.tr("chosen by the user") if decision.overridden else self.tr("derived")
        self.track_label.setText(self.tr("Track: %1 (%2)").replace("%1", track).replace("%2", how))
        self.explain_label.setText(decision.explain(lang()))
        hint = PLANNING_HINTS.get(decision.track) if decision.track else None
        self.hint_label.setText(
            self.tr("Practice: %1").replace("%1", hint.text(lang())) if hint else ""
        )
        self.state_label.setText(self._state_text(service))
        returned = service.state is ServiceState.RETURNED and service.returned_reasons
        self.reasons_label.setText(
            self.tr("The CAC's reasons: %1").replace("%1", "; ".join(service.returned_reasons))
            if returned
            else ""
        )
        self.alerts_label.setText("\n".join("⚠ " + issue_text(a.issue) for a in alerts))
        annex_one = checklist_loader.get(LIBRARY_ID)  # judges the assessment standing as annex 1
        readiness = self._register.service_readiness(self.service_id(), library=annex_one)
        self.readiness_label.setText("\n".join("• " + issue_text(i) for i in readiness))
        self._show_steps(decision.track, service.state)

    def _labels(self) -> tuple[QLabel, ...]:
        return (
            self.track_label,
            self.explain_label,
            self.hint_label,
            self.state_label,
            self.reasons_label,
            self.alerts_label,
            self.readiness_label,
        )

    def _state_text(self, service: GenAIService) -> str:
        text = self.tr("State: %1").replace("%1", service.state.label(lang()))
        if service.number:
            text += " · " + service.number
        if service.approved_date:
            text += " · " + service.approved_date.isoformat()
        if service.go_live_date:
            text += " · " + self.tr("live since %1").replace("%1", service.go_live_date.isoformat())
        return text

    def _show_steps(self, track: ModelTrack | None, state: ServiceState | None) -> None:
        """One button per step the track's table allows from the state."""
        for button in self.step_buttons.values():
            self.steps_bar.removeWidget(button)
            button.hide()  # at once: deleteLater waits for the event loop
            button.deleteLater()
        self.step_buttons = {}
        if track is None or state is None or self.read_only:
            return
        for step in allowed_steps(track, state):
            label = step.label(lang())  # the English label reads as a verb: a button's capital
            button = QPushButton(label[:1].upper() + label[1:], self.overview)
            button.clicked.connect(lambda _=False, s=step: self.open_step(s))
            self.steps_bar.addWidget(button)
            self.step_buttons[step] = button

    # --- writing ------------------------------------------------------------------------

    def open_step(self, step: ServiceStep) -> StepDialog | None:
        """The dialog of one step (its date, and the number or reasons it needs)."""
        service = self.service
        track = decide_track(service).track if service is not None else None
        if service is None or track is None or self.read_only:
            return None
        today = self._register.today()
        dialog = StepDialog(self._register, self.service_id(), step, track, today, self)
        dialog.stepped.connect(self._on_written)
        self.step_dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def _on_written(self, *_args: Any) -> None:
        self.refresh()
        self.changed.emit()
