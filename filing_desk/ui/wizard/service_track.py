"""The service wizard's track page: 备案 or 登记 as derived from the models, and why.

Shows ``domain.genai_tracks.decide_track`` on the wizard's answers — the derived track and its
explanation in the user's language, redone whenever the models change — and lets the user
override it; an override shows a reason box and is refused empty. The readiness issues of the
track (``track_issues``: an unfiled third-party model, a malformed 备案号, an override without a
reason) are listed here; their errors hold the page (and Finish) up, except "no model yet",
which a draft service may still lack (it stays a readiness error for "materials ready").
No rule of its own: the domain decides, this page shows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWizardPage,
)

from filing_desk.domain.enums import ModelTrack
from filing_desk.domain.fields.declare import declared_field
from filing_desk.domain.genai_services import GenAIService
from filing_desk.domain.genai_tracks import decide_track, derive_track, track_issues
from filing_desk.domain.issues import Issue
from filing_desk.ui.wizard.editors import show_issue_list, wrapped_label
from filing_desk.ui.wizard.service_models import focus_soon

NOT_BLOCKING = frozenset({"genai_track.no_models"})  # a draft may not know its models yet
TRACKS = (ModelTrack.FILING, ModelTrack.REGISTRATION)


def blocking(issues: list[Issue]) -> list[Issue]:
    """The errors that keep the wizard from saving the service."""
    return [i for i in issues if i.is_error and i.code not in NOT_BLOCKING]


class ServiceTrackPage(QWizardPage):
    """Derived track, its explanation, the override with its reason, and the track's issues."""

    def __init__(self, lang: str, preview: Callable[[], GenAIService]) -> None:
        super().__init__()
        self.lang = lang
        self._preview = preview
        self.issues: list[Issue] = []
        self.setTitle(self.tr("Filing or registration"))
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        self.track_label = QLabel()
        self.track_label.setStyleSheet("font-weight: bold;")
        self.explanation = wrapped_label("")
        form.addRow(self.tr("Derived track:"), self.track_label)
        form.addRow("", self.explanation)
        self.override = QCheckBox(self.tr("Choose the track myself"))
        self.override.toggled.connect(self._on_override_toggled)
        form.addRow("", self.override)
        self.track_combo = QComboBox()
        for track in TRACKS:
            self.track_combo.addItem(track.label(lang), track.value)
        self.track_combo.currentIndexChanged.connect(self.refresh)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 3 + 14)
        self.reason.textChanged.connect(self.refresh)
        self.combo_label = QLabel(self._label("track_override"))
        self.combo_label.setBuddy(self.track_combo)
        self.reason_label = QLabel(self._label("override_reason") + " *")
        self.reason_label.setBuddy(self.reason)
        form.addRow(self.combo_label, self.track_combo)
        form.addRow(self.reason_label, self.reason)
        self.issue_list = QListWidget()
        self.issue_list.setMaximumHeight(120)
        outer.addWidget(self.issue_list)
        outer.addStretch(1)
        self._show_override(False)

    def _label(self, name: str) -> str:
        found = declared_field(GenAIService, name)
        return found.label(self.lang) if found is not None else name

    def load(self, service: GenAIService) -> None:
        """Show the service's override (if any)."""
        if service.track_override is not None:
            index = self.track_combo.findData(service.track_override.value)
            self.track_combo.setCurrentIndex(max(index, 0))
            self.reason.setPlainText(service.override_reason)
        self.override.setChecked(service.track_override is not None)

    def values(self) -> dict[str, object]:
        """``track_override`` and ``override_reason`` as the answers set them."""
        if not self.override.isChecked():
            return {"track_override": None, "override_reason": ""}
        track = ModelTrack(self.track_combo.currentData())
        return {"track_override": track, "override_reason": self.reason.toPlainText().strip()}

    def _show_override(self, on: bool) -> None:
        for widget in (self.combo_label, self.track_combo, self.reason_label, self.reason):
            widget.setVisible(on)

    @Slot(bool)
    def _on_override_toggled(self, on: bool) -> None:
        self._show_override(on)
        if on:
            derived = derive_track(self._preview().models).track
            other = next((t for t in TRACKS if t is not derived), TRACKS[0])
            self.track_combo.setCurrentIndex(self.track_combo.findData(other.value))
            self.reason.setFocus()
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Derive again from the current answers and list the track's issues."""
        service = self._preview()
        derived = derive_track(service.models)
        self.track_label.setText(
            derived.track.label(self.lang) if derived.track else self.tr("None yet")
        )
        self.explanation.setText(derived.explain(self.lang))
        decision = decide_track(service)
        if decision.overridden:
            self.explanation.setText(
                derived.explain(self.lang) + "\n" + decision.explain(self.lang)
            )
        self.issues = track_issues(service)
        show_issue_list(self.issue_list, self.issues)
        self.completeChanged.emit()

    def initializePage(self) -> None:
        self.refresh()
        focus_soon(self)

    def isComplete(self) -> bool:
        return not blocking(self.issues)
