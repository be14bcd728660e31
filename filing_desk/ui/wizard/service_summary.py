"""The service wizard's last page: what will be saved, the track and the issues still open.

Reads the wizard's preview (a ``GenAIService`` not yet written) and lists it field by field in
the user's language (``domain.fields.values.show``), the models one per line, then the track's
issues (errors: Finish is refused; warnings: for reading). No rule and no writes here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QListWidget, QVBoxLayout, QWizardPage

from filing_desk.domain.fields import values
from filing_desk.domain.fields.declare import declared
from filing_desk.domain.genai_services import GenAIService, ServiceModel
from filing_desk.domain.genai_tracks import decide_track, track_issues
from filing_desk.ui.wizard.editors import issue_row, show_issue_list, show_issue_row, wrapped_label
from filing_desk.ui.wizard.service_track import blocking

SHOWN_STATES = frozenset({"state", "number", "approved_date", "track_override"})


class ServiceSummaryPage(QWizardPage):
    """The answers as they will be saved, and what still needs attention."""

    def __init__(self, lang: str, preview: Callable[[], GenAIService]) -> None:
        super().__init__()
        self.lang = lang
        self._preview = preview
        self.setTitle(self.tr("Check and save"))
        self.setFinalPage(True)
        layout = QVBoxLayout(self)
        self.track_label = wrapped_label("")
        layout.addWidget(self.track_label)
        self.answers = QListWidget()
        layout.addWidget(self.answers, 1)
        self.issue_list = QListWidget()
        self.issue_list.setMaximumHeight(100)
        layout.addWidget(self.issue_list)
        self.message_widgets = issue_row(self)
        layout.addWidget(self.message_widgets[0])

    def _model_line(self, model: ServiceModel) -> str:
        parts = [model.name, model.version, model.origin.label(self.lang), model.developer]
        if model.tuned_from:
            parts.append(model.tuned_from)
        if model.is_third_party:
            parts.append(model.filing_number or self.tr("no filing number"))
        return " · ".join(p for p in parts if p)

    def refresh(self) -> None:
        service = self._preview()
        decision = decide_track(service)
        track = decision.track.label(self.lang) if decision.track else self.tr("None yet")
        self.track_label.setText(
            self.tr("Track: {track}. {why}").format(track=track, why=decision.explain(self.lang))
        )
        self.answers.clear()
        for field in declared(GenAIService):
            value = getattr(service, field.name)
            if field.name in SHOWN_STATES or value in ("", (), None):
                continue
            colon = "：" if self.lang == "zh" else ": "
            self.answers.addItem(field.label(self.lang) + colon + values.show(value, self.lang))
        for model in service.models:
            self.answers.addItem(self.tr("Model: {model}").format(model=self._model_line(model)))
        self.answers.addItem(
            self.tr("Products: {n}, algorithms: {m}").format(
                n=len(service.product_ids), m=len(service.algorithm_ids)
            )
        )
        issues = track_issues(service)
        show_issue_list(self.issue_list, issues)
        self.completeChanged.emit()

    def initializePage(self) -> None:
        self.set_message("")
        self.refresh()

    def isComplete(self) -> bool:
        return not blocking(track_issues(self._preview()))

    def set_message(self, text: str, error: bool = True) -> None:
        show_issue_row(*self.message_widgets, [text] if text else [], error=error, info=not error)
