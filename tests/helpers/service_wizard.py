"""Filling the service wizard's pages in GUI tests."""

from __future__ import annotations

from datetime import date

from filing_desk.domain.enums import Modality, ModelOrigin, ServiceForm, ServiceFunction
from filing_desk.ui.wizard.service_models import ServiceModelsPage
from filing_desk.ui.wizard.service_wizard import ServiceSpecPage


def fill_service(page: ServiceSpecPage, name: str) -> None:
    answers = {
        "service.name": name,
        "service.functions": (ServiceFunction.CHAT,),
        "service.input_modalities": (Modality.TEXT,),
        "service.output_modalities": (Modality.TEXT,),
        "service.forms": (ServiceForm.APP,),
        "service.go_live_date": date(2026, 10, 8),
    }
    for key, value in answers.items():
        page.rows[key].editor.set_value(value)


def add_model(page: ServiceModelsPage, origin: ModelOrigin, **texts: str) -> None:
    page.add_button.click()
    page.origin.setCurrentIndex(page.origin.findData(origin.value))
    for name, text in texts.items():
        page.lines[name].setText(text)
        page.lines[name].textEdited.emit(text)


def fill_resources(page: ServiceSpecPage, corpus: bool) -> None:
    if corpus:
        page.rows["service.corpus_sources"].editor.set_value(("open_source",))
        page.rows["service.corpus_scale"].editor.set_value("开源语料约2TB。")
    page.rows["service.compute"].editor.set_value("自有GPU集群")
    page.rows["service.concurrency"].editor.set_value("200")
