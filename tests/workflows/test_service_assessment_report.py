"""``filing-desk print --form assessment-report --assessment ID`` for a generative-AI service's
GB/T 45654-2025 assessment, on a real register file read back with pypdf: the report names the
service as its subject and the entity holding the service as the assessing entity (not another
record that happens to share the service's id)."""

from __future__ import annotations

from pathlib import Path

import pytest

from filing_desk.cli import main
from filing_desk.forms import checklist_loader
from tests.helpers.genai_services import own_service, world
from tests.helpers.pdfcheck import all_text, compact
from tests.helpers.registers import STRONG_PASSPHRASE, make_register

GBT = checklist_loader.get("gbt-45654")
ITEM = next(it.id for it in GBT.items if not it.heading and it.threshold is None)


def test_the_report_of_a_service_assessment_names_the_service_and_its_entity(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "reg.fdesk"
    register = make_register(path, passphrase=STRONG_PASSPHRASE)
    other = register.create_entity(name="另一家示例公司", uscc="91110000600037341L")
    register.create_product(other.id, name="另一家的产品", form="app")  # a product id 1 elsewhere
    w = world(register)
    entity_name = register.entity(w.entity_id).name
    service = register.create_service(own_service(w))
    aid = register.start_assessment(GBT, "service", service.id).id
    register.answer_item(aid, GBT, ITEM, "not_conforming", note="语料来源记录不全")
    register.close()
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", STRONG_PASSPHRASE)

    out = tmp_path / "report.pdf"
    args = ["--form", "assessment-report", "-o", str(out), "--assessment", str(aid)]
    assert main(["--register", str(path), "print", *args]) == 0
    text = compact(all_text(out.read_bytes()))
    assert compact("示例写作大模型服务（服务）") in text
    assert compact(entity_name) in text
    assert compact("另一家示例公司") not in text
    assert compact("语料来源记录不全") in text
