"""Never lose typed input, for the generative-AI service wizard: a lock with the wizard open keeps
every answer (typed fields, models, the track override and its reason, the ticked links, the
page) as an encrypted draft in the register; after unlock Continue reopens the wizard on the same
entity or service with every answer and on the same page, and it still asks before closing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from filing_desk.domain.enums import ModelOrigin, ModelTrack
from filing_desk.domain.genai_services import GenAIService, ServiceModel
from tests.helpers.drafts_lock import actions, lock_and_unlock
from tests.helpers.gui import type_text
from tests.helpers.service_wizard import add_model, fill_resources, fill_service

TYPED_NAME = "锁定前输入的服务名称"
TYPED_REASON = "上游模型已在本地再训练"


@pytest.fixture
def ids(register) -> dict[str, int]:
    entity = register.create_entity(name="北京示例科技有限公司", region_code="110105")
    product = register.create_product(entity.id, name="示例助手", form="app")
    algorithm = register.create_algorithm(
        entity.id, name="示例生成算法", algo_type="01", role="provider"
    )
    service = register.create_service(
        GenAIService(
            entity_id=entity.id,
            name="示例写作服务",
            models=(ServiceModel(name="示例大模型", developer="北京示例科技有限公司"),),
            province="北京",
            go_live_date=date(2026, 12, 1),
        )
    )
    return {
        "entity": int(entity.id),
        "product": int(product.id),
        "algorithm": int(algorithm.id),
        "service": int(service.id),
    }


def _wizard(qtbot, window, service_id: int = 0, entity_id: int = 0):
    window.workspace.show_view("services")
    wizard = window.workspace.services.open_wizard(service_id, entity_id=entity_id)
    qtbot.waitExposed(wizard)
    return wizard


def _answers(wizard) -> tuple[GenAIService, str, int]:
    """What the user would get on Finish, the name as typed, and the page shown."""
    name = wizard.service_page.rows["service.name"].editor.line.text()
    return wizard.preview(), name, wizard.currentId()


def _reopen(qtbot, window):
    lock_and_unlock(qtbot, window)
    offer = window.drafts.offer
    assert offer is not None and offer.isVisible()
    text = offer.text()
    qtbot.mouseClick(offer.continue_button, Qt.MouseButton.LeftButton)
    reopened = window.drafts.reopened
    assert reopened is not None and reopened.isVisible()
    return reopened, text


def test_a_new_services_answers_come_back_after_unlock(qtbot, main_window, ids) -> None:
    wizard = _wizard(qtbot, main_window, entity_id=ids["entity"])
    fill_service(wizard.service_page, "")
    type_text(wizard.service_page.rows["service.name"].editor.line, TYPED_NAME)
    wizard.next()
    add_model(wizard.models_page, ModelOrigin.FINE_TUNED, name="示例微调模型", developer="本公司",
              tuned_from="某开源模型")  # fmt: skip
    wizard.next()
    wizard.track_page.override.setChecked(True)
    wizard.track_page.track_combo.setCurrentIndex(
        wizard.track_page.track_combo.findData(ModelTrack.REGISTRATION.value)
    )
    wizard.track_page.reason.setPlainText("")
    type_text(wizard.track_page.reason, TYPED_REASON)
    before = _answers(wizard)
    assert before[0].models[0].name == "示例微调模型" and before[1] == TYPED_NAME

    reopened, offer = _reopen(qtbot, main_window)
    assert offer == (
        "You were editing the generative-AI service wizard (北京示例科技有限公司) when the "
        "register locked."
    )
    assert _answers(reopened) == before
    assert reopened.currentPage() is reopened.track_page
    assert reopened.track_page.reason.toPlainText() == TYPED_REASON
    assert main_window.register.drafts() == []
    assert actions(main_window.register) == ["draft.saved", "draft.restored"]
    reopened.unsaved.confirm_close(lambda: None)  # not saved yet: closing still asks
    assert reopened.unsaved.question is not None


def test_an_edited_services_answers_come_back_on_that_service(
    qtbot, main_window, register, ids
) -> None:
    wizard = _wizard(qtbot, main_window, ids["service"])
    fill_service(wizard.service_page, "")
    type_text(wizard.service_page.rows["service.name"].editor.line, TYPED_NAME)
    for _ in range(3):  # to the resources, then the links: tick the product and the algorithm
        wizard.next()
    fill_resources(wizard.resource_page, corpus=True)
    wizard.next()
    assert wizard.currentPage() is wizard.links_page
    for widget in (wizard.links_page.products, wizard.links_page.algorithms):
        widget.item(0).setCheckState(Qt.CheckState.Checked)
    before = _answers(wizard)
    assert before[0].product_ids == (ids["product"],)

    reopened, offer = _reopen(qtbot, main_window)
    assert "(示例写作服务)" in offer  # the service as stored: the new name is not saved
    assert reopened.original.id == ids["service"]
    assert _answers(reopened) == before
    assert reopened.currentPage() is reopened.links_page
    assert register.service(ids["service"]).name == "示例写作服务"  # nothing written
