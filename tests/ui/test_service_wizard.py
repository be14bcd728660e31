"""The generative-AI service wizard (issue 17, U2): both tracks walked page by page and saved
through the register, the override's reason, an unfiled third-party model refused, an edit that
changes only what changed, typed text kept from Esc, and the 1024×600 fit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QWizard

from filing_desk.domain.enums import (
    Modality,
    ModelOrigin,
    ModelTrack,
    ServiceDomain,
    ServiceForm,
    ServiceFunction,
)
from filing_desk.domain.genai_services import GenAIService, ServiceModel
from filing_desk.ui import screen_fit
from filing_desk.ui.wizard.service_links import ServiceLinksPage
from filing_desk.ui.wizard.service_models import ServiceModelsPage
from filing_desk.ui.wizard.service_summary import ServiceSummaryPage
from filing_desk.ui.wizard.service_track import ServiceTrackPage
from filing_desk.ui.wizard.service_wizard import ServiceSpecPage, ServiceWizard
from tests.helpers.screen_check import SCREEN, check_fits
from tests.helpers.service_wizard import add_model, fill_resources, fill_service

ENTITY = {"name": "杭州示例智能科技有限公司", "uscc": "91110000600037341L", "region_code": "330106"}
FILED_UPSTREAM = "Beijing-YunQue-20230821"


@pytest.fixture
def entity_id(register) -> int:
    entity = register.create_entity(**ENTITY)
    register.create_product(entity.id, name="示例助手", form="app")
    register.create_algorithm(entity.id, name="示例生成算法", algo_type="01", role="provider")
    register.create_algorithm(entity.id, name="示例推荐算法", algo_type="02", role="provider")
    return entity.id


def make(qtbot, register, entity_id: int, service: GenAIService | None = None) -> ServiceWizard:
    wizard = ServiceWizard(register, entity_id, service)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def next_button(wizard: ServiceWizard):
    return wizard.button(QWizard.WizardButton.NextButton)


WALKS = [  # (origin, model texts, the track derived, corpus asked, window language)
    (ModelOrigin.OWN, {"name": "示例大模型", "version": "1.0", "developer": "本公司"},
     ModelTrack.FILING, True),
    (ModelOrigin.THIRD_PARTY,
     {"name": "云雀", "developer": "北京示例公司", "filing_number": FILED_UPSTREAM},
     ModelTrack.REGISTRATION, False),
]  # fmt: skip


@pytest.mark.parametrize(("origin", "texts", "track", "corpus"), WALKS)
def test_walk_a_track_and_save_it(
    qtbot, register, entity_id, english, origin, texts, track, corpus
):
    wizard = make(qtbot, register, entity_id)
    page = wizard.currentPage()
    assert isinstance(page, ServiceSpecPage)
    assert page.rows["service.province"].editor.value() == "浙江省"  # the entity's seat
    assert not next_button(wizard).isEnabled()  # the name and the form's required fields
    fill_service(page, "示例对话服务")
    assert next_button(wizard).isEnabled(), page.missing_label.text()
    wizard.next()
    models = wizard.currentPage()
    assert isinstance(models, ServiceModelsPage)
    assert models.labels["filing_number"].text() == "Filing no. of the model"  # the form's
    add_model(models, origin, **texts)
    assert next_button(wizard).isEnabled()
    wizard.next()
    track_page = wizard.currentPage()
    assert isinstance(track_page, ServiceTrackPage)
    assert track_page.track_label.text() == track.label("en")
    assert texts["name"] in track_page.explanation.text()
    wizard.next()
    resources = wizard.currentPage()
    asked = {k for k, r in resources.rows.items() if r.visible}
    assert ("service.corpus_scale" in asked) is corpus  # a 登记 trained nothing: not asked
    fill_resources(resources, corpus)
    assert next_button(wizard).isEnabled(), resources.missing_label.text()
    wizard.next()
    links = wizard.currentPage()
    assert isinstance(links, ServiceLinksPage)
    assert [links.algorithms.item(i).text() for i in range(links.algorithms.count())] == [
        "示例生成算法"  # only the entity's 生成合成类 algorithms
    ]
    for widget in (links.products, links.algorithms):
        widget.item(0).setCheckState(Qt.CheckState.Checked)
    wizard.next()
    assert isinstance(wizard.currentPage(), ServiceSummaryPage)
    with qtbot.waitSignal(wizard.saved, timeout=2000) as saved:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    (service,) = register.services(entity_id)
    assert saved.args == [service.id]
    assert service.name == "示例对话服务"
    assert service.province == "浙江省"
    assert service.concurrency == 200
    assert [(m.name, m.origin, m.filing_number) for m in service.models] == [
        (texts["name"], origin, texts.get("filing_number", ""))
    ]
    assert service.product_ids == tuple(p.id for p in register.products(entity_id=entity_id))
    generation = [a.id for a in register.algorithms(entity_id) if a.algo_type.value == "01"]
    assert service.algorithm_ids == tuple(generation)
    assert service.track_override is None
    assert not wizard.isVisible()


def to_track_page(qtbot, register, entity_id, origin: ModelOrigin, **texts: str):
    wizard = make(qtbot, register, entity_id)
    fill_service(wizard.currentPage(), "示例服务")
    wizard.next()
    add_model(wizard.currentPage(), origin, **texts)
    wizard.next()
    return wizard, wizard.currentPage()


def test_an_override_needs_a_reason(qtbot, register, entity_id, english):
    wizard, page = to_track_page(qtbot, register, entity_id, ModelOrigin.OWN, name="示例大模型")
    assert page.track_label.text() == "Model filing"
    page.override.setChecked(True)
    assert page.reason.isVisible()
    assert page.track_combo.currentData() == ModelTrack.REGISTRATION.value
    assert not next_button(wizard).isEnabled()  # refused empty
    texts = [page.issue_list.item(i).text() for i in range(page.issue_list.count())]
    assert [t for t in texts if "reason" in t] == texts  # the reason's error alone
    page.reason.setPlainText("   ")
    assert not next_button(wizard).isEnabled()  # blanks are no reason
    page.reason.setPlainText("模型仅作内部评测，对外服务调用已备案模型。")
    assert next_button(wizard).isEnabled()
    assert "Set by the user to Registration" in page.explanation.text()
    assert wizard.preview().track_override is ModelTrack.REGISTRATION


def test_a_third_party_model_without_a_number_is_refused(qtbot, register, entity_id, english):
    wizard, page = to_track_page(
        qtbot, register, entity_id, ModelOrigin.THIRD_PARTY, name="某开源模型"
    )
    texts = [page.issue_list.item(i).text() for i in range(page.issue_list.count())]
    assert any("某开源模型" in t and "filing number" in t for t in texts), texts
    assert not next_button(wizard).isEnabled()
    wizard.accept()  # Finish from wherever: refused, nothing written, the wizard stays
    assert register.services(entity_id) == []
    assert wizard.isVisible()
    assert wizard.refusal is not None and wizard.refusal.isVisible()
    assert "某开源模型" in wizard.refusal.informativeText()
    wizard.refusal.close()


def test_a_malformed_number_is_shown_as_it_is_typed(qtbot, register, entity_id, english):
    wizard = make(qtbot, register, entity_id)
    fill_service(wizard.currentPage(), "示例服务")
    wizard.next()
    page = wizard.currentPage()
    add_model(page, ModelOrigin.THIRD_PARTY, name="云雀", filing_number="YunQue-2023")
    row, _icon, text = page.number_issue
    assert not row.isHidden() and text.text()
    assert not next_button(wizard).isEnabled()
    page.lines["filing_number"].setText(FILED_UPSTREAM)
    page.lines["filing_number"].textEdited.emit(FILED_UPSTREAM)
    assert row.isHidden()
    assert next_button(wizard).isEnabled()


def test_editing_changes_only_what_changed(qtbot, register, entity_id, english):
    stored = register.create_service(
        GenAIService(
            entity_id=entity_id,
            name="示例写作助手",
            functions=(ServiceFunction.TEXT,),
            input_modalities=(Modality.TEXT,),
            output_modalities=(Modality.TEXT,),
            forms=(ServiceForm.WEB,),
            province="浙江省",
            compute="云端推理",
            models=(
                ServiceModel(
                    name="云雀",
                    origin=ModelOrigin.THIRD_PARTY,
                    developer="北京示例公司",
                    filing_number=FILED_UPSTREAM,
                ),
            ),
        )
    )
    wizard = make(qtbot, register, entity_id, stored)
    assert wizard.windowTitle() == "Edit 示例写作助手"
    wizard.currentPage().rows["service.name"].editor.set_value("示例写作助手Pro")
    assert wizard.preview() == GenAIService(**{**vars(stored), "name": "示例写作助手Pro"})
    for _ in range(5):
        wizard.next()
    with qtbot.waitSignal(wizard.saved, timeout=2000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    again = register.service(stored.id)
    assert again == GenAIService(**{**vars(stored), "name": "示例写作助手Pro"})
    update = register.audit_events("service", stored.id, limit=1)[0]
    assert (update.action, update.before, update.after) == (
        "service.update",
        {"name": "示例写作助手"},
        {"name": "示例写作助手Pro"},
    )


def test_closing_with_typed_text_asks_first(qtbot, register, entity_id, english):
    wizard = make(qtbot, register, entity_id)
    wizard.reject()  # nothing typed: closes at once
    assert not wizard.isVisible()
    wizard = make(qtbot, register, entity_id)
    qtbot.keyClicks(wizard.currentPage().rows["service.name"].editor.widget, "Demo")
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    question = wizard.unsaved.question
    assert question is not None and question.isVisible()
    question.keep_button.click()
    assert wizard.isVisible()
    assert wizard.currentPage().rows["service.name"].editor.value() == "Demo"


def test_focus_lands_in_the_first_field(qtbot, register, entity_id):
    wizard = make(qtbot, register, entity_id)
    wizard.activateWindow()
    for page, first in (
        (wizard.service_page, wizard.service_page.rows["service.name"].editor.widget),
        (wizard.models_page, wizard.models_page.add_button),
    ):
        assert wizard.currentPage() is page
        qtbot.waitUntil(lambda w=first: QApplication.focusWidget() is w, timeout=1000)
        fill_service(wizard.service_page, "示例服务")
        wizard.next()


@pytest.mark.parametrize("language", ["english", "chinese"])
def test_the_wizard_fits_a_small_screen(qtbot, register, entity_id, monkeypatch, request, language):
    request.getfixturevalue(language)
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget=None: QRect(SCREEN))
    wizard = make(qtbot, register, entity_id)
    for page in wizard.findChildren(ServiceSpecPage):
        page.enforce = False  # every page, the required fields left as they are
    add_model(wizard.models_page, ModelOrigin.FINE_TUNED, name="示例微调模型")
    while True:
        check_fits(wizard)
        if wizard.nextId() == -1:
            break
        wizard.next()
    assert wizard.currentPage() is wizard.summary


def test_a_refusal_by_the_register_is_shown_and_nothing_is_lost(
    qtbot, register, entity_id, english
):
    stored = register.create_service(GenAIService(entity_id=entity_id, name="示例写作助手"))
    wizard = make(qtbot, register, entity_id, stored)
    wizard.currentPage().rows["service.name"].editor.set_value("示例写作助手Pro")
    register.delete_service(stored.id)  # gone meanwhile (another window, say)
    for page in wizard.findChildren(ServiceSpecPage):
        page.enforce = False
    while wizard.nextId() != -1:
        wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible() and wizard.refusal is None
    row, _icon, text = wizard.summary.message_widgets
    assert not row.isHidden() and text.text()
    assert wizard.service_page.rows["service.name"].editor.value() == "示例写作助手Pro"
    assert register.services(entity_id) == []


def test_the_models_list_adds_edits_and_removes_rows(qtbot, english):
    page = ServiceModelsPage("en")
    qtbot.addWidget(page)
    page.show()
    add_model(page, ModelOrigin.OWN, name="示例大模型", version="2.0")
    add_model(page, ModelOrigin.FINE_TUNED, name="示例微调模型", tuned_from="Qwen2-7B")
    shown = {name: line.isVisible() for name, line in page.lines.items()}
    assert (shown["tuned_from"], shown["filing_number"]) == (True, False)  # fine-tuned asks base
    page.list.setCurrentRow(0)
    assert page.lines["version"].text() == "2.0"
    assert not page.lines["tuned_from"].isVisible()
    page.origin.setCurrentIndex(page.origin.findData(ModelOrigin.THIRD_PARTY.value))
    assert page.lines["filing_number"].isVisible()  # third-party asks its 备案号
    page.remove_button.click()
    assert [(m.name, m.tuned_from) for m in page.models] == [("示例微调模型", "Qwen2-7B")]
    assert [page.list.item(i).text() for i in range(page.list.count())] == [
        "示例微调模型 · Fine-tuned"
    ]


def test_a_restricted_domain_asks_which_one(qtbot, register, entity_id, english):
    page = make(qtbot, register, entity_id).currentPage()
    note = page.rows["service.domain_note"]
    assert note.label.isHidden()  # the form asks it only for a restricted domain
    page.rows["service.domain"].editor.set_value(ServiceDomain.RESTRICTED)
    assert not note.label.isHidden()
    assert "Restricted domain" in page.missing_label.text()
