"""The generative-AI service wizard: create or edit one service of an entity, page by page.

Pages: (a) the service — built by ``SpecPage`` from the online-filing form's fields
(``service_plan``); (b) its models (``service_models``); (c) the track derived from them, with
an override and its reason (``service_track``); (d) corpus, compute and deployment — a spec page
again, which on the 登记 track leaves out what only a 备案 asks (``service_plan.FILING_ONLY``);
(e) the products and 生成合成类 algorithms it is linked to (``service_links``); (f) the summary,
then Finish saves through ``register.create_service`` or ``update_service`` in one call. The
wizard adapts to the track as the models change: one wizard per track, the same pages.
A refusal (an unfiled third-party model, an override without a reason, the register's own
checks) keeps every answer and says why in the user's language. Esc or Close with typed text
asks first (``ui.unsaved``); the wizard fits a 1024×600 screen.

No SQL, no rule of its own: the domain derives the track and its issues, the register validates
and writes.

Signals:
    saved(int): the service id, after Finish wrote it.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from filing_desk.domain import codes
from filing_desk.domain.errors import DomainError
from filing_desk.domain.genai_services import GenAIService
from filing_desk.domain.genai_tracks import decide_track, track_issues
from filing_desk.domain.records import Entity, FormContext
from filing_desk.forms.spec import Section
from filing_desk.store.errors import RegisterError
from filing_desk.ui.i18n import lang
from filing_desk.ui.messages import error_text, issue_text
from filing_desk.ui.screen_fit import fit_size
from filing_desk.ui.unsaved import UnsavedInput
from filing_desk.ui.wizard.service_links import ServiceLinksPage
from filing_desk.ui.wizard.service_models import ServiceModelsPage, focus_soon
from filing_desk.ui.wizard.service_plan import (
    answers_to_fields,
    asked_on,
    model_labels,
    online_form,
    resource_section,
    service_section,
)
from filing_desk.ui.wizard.service_summary import ServiceSummaryPage
from filing_desk.ui.wizard.service_track import ServiceTrackPage, blocking
from filing_desk.ui.wizard.spec_page import PageSlot, SpecPage

if TYPE_CHECKING:
    from collections.abc import Callable

    from filing_desk.store.register import Register


def default_province(entity: Entity) -> str:
    """The province of the entity's registered seat (its region code's first two digits)."""
    code = entity.region_code.strip()
    if len(code) < 2 or not code[:2].isdigit():
        return ""
    return codes.region_name(code[:2] + "0000") or ""


class ServiceSpecPage(SpecPage):
    """A spec page of service fields; ``asked`` leaves out the fields the track does not ask."""

    def __init__(
        self,
        section: Section,
        lang: str,
        preview: Callable[[], FormContext],
        asked: Callable[[str], bool] = lambda _key: True,
    ) -> None:
        super().__init__(section, lang, [PageSlot()], lambda _key: True, preview)
        self._asked = asked

    def refresh(self) -> None:
        super().refresh()
        for row in self.rows.values():
            if not self._asked(row.key):
                row.visible = False
                row.issues = []
                row.label.hide()
                row.box.hide()
        self._show_missing()
        self.completeChanged.emit()

    def initializePage(self) -> None:
        super().initializePage()
        first = next((r for r in self.rows.values() if r.visible and r.editable), None)
        focus_soon(first.box if first is not None else self)


class ServiceWizard(QWizard):
    """Create (``service=None``) or edit one generative-AI service of an entity.

    Signals:
        saved(int): the service id, after Finish wrote it.
    """

    saved = Signal(int)

    def __init__(
        self,
        register: Register,
        entity_id: int,
        service: GenAIService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.register = register
        self.entity = register.entity(entity_id)
        self.lang = lang()
        self.original = service or GenAIService(
            entity_id=entity_id, province=default_province(self.entity)
        )
        self.saved_service: GenAIService | None = None
        self.refusal: QMessageBox | None = None  # why Finish saved nothing, off the summary
        self._build()
        self._load(self.original)
        self.unsaved = UnsavedInput(self)  # Esc/Close ask first when something was typed
        self.saved.connect(self.unsaved.mark_saved)

    def _build(self) -> None:
        if self.original.id is None:
            self.setWindowTitle(self.tr("New generative-AI service"))
        else:
            self.setWindowTitle(self.tr("Edit {name}").format(name=self.original.name))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        spec = online_form()
        self.service_page = ServiceSpecPage(service_section(spec), self.lang, self.context)
        self.models_page = ServiceModelsPage(self.lang, self.original.models, model_labels(spec))
        self.track_page = ServiceTrackPage(self.lang, self.preview)
        self.resource_page = ServiceSpecPage(
            resource_section(spec), self.lang, self.context, self._asked
        )
        self.links_page = ServiceLinksPage(self.register, self.entity.id or 0, self.lang)
        self.summary = ServiceSummaryPage(self.lang, self.preview)
        self.spec_pages = (self.service_page, self.resource_page)
        for page in (
            self.service_page,
            self.models_page,
            self.track_page,
            self.resource_page,
            self.links_page,
            self.summary,
        ):
            self.addPage(page)
        self.models_page.models_changed.connect(self._on_models_changed)
        fit_size(self, 820, 640)  # pages scroll: Next and Finish stay on a small screen

    def _load(self, service: GenAIService) -> None:
        for page in self.spec_pages:
            page.load({key: getattr(service, key.partition(".")[2]) for key in page.rows})
        self.track_page.load(service)
        self.links_page.load(service)

    def _asked(self, key: str) -> bool:
        return asked_on(decide_track(self.preview()).track, key)

    def answers(self) -> dict[str, object]:
        """The spec pages' answers as service fields."""
        values = {k: v for page in self.spec_pages for k, v in page.values().items()}
        return answers_to_fields(values)

    def preview(self) -> GenAIService:
        """The service as the answers make it (nothing is written)."""
        return dataclasses.replace(
            self.original,
            **self.answers(),  # type: ignore[arg-type]
            models=tuple(self.models_page.models),
            **self.track_page.values(),  # type: ignore[arg-type]
            **self.links_page.values(),  # type: ignore[arg-type]
        )

    def context(self) -> FormContext:
        """What the spec pages' conditions read: the entity (and the service, where the form
        context carries one)."""
        context = FormContext(entity=self.entity)
        if "service" in {f.name for f in dataclasses.fields(FormContext)}:
            context = dataclasses.replace(context, service=self.preview())  # type: ignore[call-arg]
        return context

    @Slot()
    def _on_models_changed(self) -> None:
        self.track_page.refresh()
        self.resource_page.refresh()

    def reject(self) -> None:
        self.unsaved.confirm_close(super().reject)

    def accept(self) -> None:
        """Finish: save the service in one call; on a refusal keep everything and say why."""
        service = self.preview()
        problems = blocking(track_issues(service))
        if problems:
            self._refuse("\n".join(issue_text(i) for i in problems))
            return
        try:
            if service.id is None:
                saved = self.register.create_service(service)
            else:
                saved = self.register.update_service(service)
        except (DomainError, RegisterError) as exc:
            self._refuse(error_text(exc))
            return
        assert saved.id is not None
        self.saved_service = saved
        self.saved.emit(saved.id)
        super().accept()

    def _refuse(self, text: str) -> None:
        """Say why Finish saved nothing: on the summary page, or in a message box elsewhere."""
        self.summary.set_message(text)
        if self.currentPage() is not self.summary:
            self.refusal = QMessageBox(
                QMessageBox.Icon.Warning, self.windowTitle(), self.tr("Nothing was saved."),
                QMessageBox.StandardButton.Ok, self,
            )  # fmt: skip
            self.refusal.setInformativeText(text)
            self.refusal.open()
