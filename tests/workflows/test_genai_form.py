"""The online-filing form 生成式人工智能（大语言模型）上线备案表 (``genai-online-filing``), read
back with pypdf: the service, its entity and contact, each model with its 备案号, the annexes
attached or not, the track with its explanation (never the override reason), the number once
approved, in Chinese with the font embedded; printed from a real register by ``print --service``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from filing_desk.cli import main
from filing_desk.domain.enums import (
    AttachmentKind,
    CorpusSource,
    Modality,
    ModelOrigin,
    ModelTrack,
    OwnerType,
    ServiceForm,
    ServiceFunction,
    ServiceState,
)
from filing_desk.domain.genai_filing import ANNEX_SLOTS, annex_rows, service_filing
from filing_desk.domain.genai_services import GenAIService, ServiceModel
from filing_desk.domain.records import AttachmentInfo, FormContext
from filing_desk.forms import loader, readiness
from filing_desk.forms.content import document_id
from filing_desk.forms.render import render
from filing_desk.store.register import Register
from filing_desk.workflows.genai_printing import FORM_ID, print_service_form
from tests.helpers import factories
from tests.helpers.assessments import entity_with_algorithms
from tests.helpers.pdfcheck import all_text, unembedded_fonts

YUNQUE = ServiceModel(
    name="云雀",
    version="3.0",
    origin=ModelOrigin.THIRD_PARTY,
    developer="北京抖音信息服务有限公司",
    filing_number="Beijing-YunQue-20230821",
)
DEEPSEEK = replace(
    YUNQUE, name="DeepSeek-Chat", developer="杭州深度求索人工智能基础技术研究有限公司"
)
DEEPSEEK = replace(DEEPSEEK, filing_number="Beijing-DeepseekChat-202404280016", version="V3")
OWN = ServiceModel(name="示例写作大模型", version="2.1", origin=ModelOrigin.OWN, developer="本单位")
TUNED = ServiceModel(
    name="示例客服模型", origin=ModelOrigin.FINE_TUNED, developer="本单位", tuned_from="Qwen2.5-7B"
)
SECRET = "内部：登记更快，暂按登记办理"


def _service(**overrides: object) -> GenAIService:
    base = GenAIService(
        id=7,
        entity_id=1,
        name="示例智能助手",
        functions=(ServiceFunction.CHAT, ServiceFunction.TEXT),
        input_modalities=(Modality.TEXT,),
        output_modalities=(Modality.TEXT, Modality.IMAGE),
        forms=(ServiceForm.APP, ServiceForm.WEB),
        models=(YUNQUE, DEEPSEEK),
        province="北京",
        corpus_sources=(CorpusSource.SELF_COLLECTED,),
        corpus_scale="自采问答语料约20万条。",
        compute="国产推理卡16张",
        concurrency=500,
        go_live_date=date(2026, 4, 1),
    )
    return replace(base, **overrides)


def _attachment(kind: AttachmentKind, name: str, version: int = 1, **kw: object) -> AttachmentInfo:
    info = AttachmentInfo(
        id=version,
        owner_type=OwnerType.SERVICE,
        owner_id=7,
        kind=kind,
        filename=name,
        size=100,
        sha256="0" * 64,
        version=version,
        superseded=False,
        added_at=datetime(2026, 2, version, 9, 0),
    )
    return replace(info, **kw)


def _context(service: GenAIService, lang: str = "zh", **kw: object) -> FormContext:
    filing = service_filing(service, lang=lang, **kw)  # type: ignore[arg-type]
    return FormContext(
        entity=factories.entity(),
        service=service,
        service_filing=filing,
        generated=date(2026, 3, 2),
    )


def _pdf(service: GenAIService, lang: str = "zh", ready: bool = False, **kw: object) -> bytes:
    return render(loader.get(FORM_ID), _context(service, lang, **kw), lang=lang, ready=ready)


def test_the_spec_loads_strictly_for_a_service() -> None:
    spec = loader.get(FORM_ID)
    assert spec.applies_to == "service" and spec.needs_seal and spec.needs_signature
    keys = [f.key for _s, f in spec.fields()]
    assert "service.override_reason" not in keys and "service.notes" not in keys  # internal
    assert {"service_model.filing_number", "annex.filename", "service_filing.track"} <= set(keys)


@pytest.mark.parametrize(
    ("key", "reason"),
    [
        ("service.nme", "unknown field 'nme' of GenAIService"),
        ("service_model.name", "'service_model' keys belong in a section with repeat = "),
        ("service_filing.override_reason", "unknown field 'override_reason' of ServiceFiling"),
    ],
)
def test_the_loader_refuses_bad_service_keys(tmp_path: Path, key: str, reason: str) -> None:
    from filing_desk.forms.errors import SpecErrors

    path = tmp_path / "bad.toml"
    path.write_text(
        'id = "bad"\ntitle = { zh = "表", en = "Form" }\napplies_to = "service"\n'
        f'[[section]]\ntitle = {{ zh = "一", en = "One" }}\n[[section.field]]\nkey = "{key}"\n'
        'label = { zh = "甲", en = "A" }\nhelp = { zh = "乙", en = "B" }\ntype = "text"\n',
        encoding="utf-8",
    )
    with pytest.raises(SpecErrors, match=reason):
        loader.load_file(path)


@pytest.mark.parametrize(
    ("service", "track", "explained", "on_filed"),
    [
        (_service(), "登记", "服务仅调用第三方已备案模型（云雀、DeepSeek-Chat）且未作修改", "是"),
        (_service(models=(OWN,)), "大模型备案", "服务使用自研模型（示例写作大模型）", "否"),
        (
            _service(models=(TUNED, YUNQUE)),
            "大模型备案",
            "经微调或再训练的模型（示例客服模型）",
            "是",
        ),
    ],
)
def test_the_form_names_the_service_models_and_the_derived_track(
    service: GenAIService, track: str, explained: str, on_filed: str
) -> None:
    pdf = _pdf(service)
    text = all_text(pdf)
    assert "生成式人工智能（大语言模型）上线备案表" in text
    assert "示例智能助手" in text and "北京示例科技有限公司" in text
    assert "张合规" in text and "010-62345678" in text  # the entity's contact
    for model in service.models:
        assert model.name in text and model.developer in text
        assert model.filing_number in text  # empty for own and fine-tuned models
    assert "人机对话、文字生成" in text and "文本、图像" in text and "APP、网页" in text
    assert f"办理方式{track}" in text and explained in text
    assert f"是否基于已备案模型{on_filed}" in text
    assert "DRAFT" in text and unembedded_fonts(pdf) == []


def test_the_number_is_printed_once_approved() -> None:
    number = "Beijing-ShiLiZhuShou-20260310S0012"
    submitted = _service(state=ServiceState.SUBMITTED, number="")
    approved = _service(state=ServiceState.APPROVED, number=number, approved_date=date(2026, 3, 20))
    assert "备案号/上线编号" not in all_text(_pdf(submitted))
    text = all_text(_pdf(approved))
    assert f"备案号/上线编号{number}" in text and "2026年3月20日" in text


def test_an_override_prints_the_chosen_track_never_its_reason() -> None:
    service = _service(track_override=ModelTrack.FILING, override_reason=SECRET)
    for lang, chosen, plain in (
        ("zh", "办理方式大模型备案", "办理方式由申报单位确定。"),
        ("en", "TrackModelfiling", "Theproviderchosethistrack."),
    ):
        text = all_text(_pdf(service, lang))
        assert chosen in text and plain in text
        assert "登记更快" not in text and "内部" not in text


def test_each_annex_slot_shows_its_latest_file_or_not_attached() -> None:
    attachments = [
        _attachment(
            AttachmentKind.KEYWORD_LIST, "附件4-拦截关键词列表-旧.xlsx", 1, superseded=True
        ),
        _attachment(AttachmentKind.KEYWORD_LIST, "附件4-拦截关键词列表.xlsx", 2),
        _attachment(AttachmentKind.SERVICE_AGREEMENT, "附件2-模型服务协议.pdf", 1),
        _attachment(AttachmentKind.TEST_QUESTIONS, "别的服务的题集.xlsx", 1, owner_id=8),
    ]
    rows = {row.kind: row for row in annex_rows(attachments, 7)}
    assert [r.number for r in annex_rows(attachments, 7)] == [1, 2, 3, 4, 5, None]
    assert rows[AttachmentKind.KEYWORD_LIST].filename == "附件4-拦截关键词列表.xlsx"
    assert rows[AttachmentKind.KEYWORD_LIST].version == 2
    assert rows[AttachmentKind.TEST_QUESTIONS].filename == ""  # another service's file
    text = all_text(_pdf(_service(), attachments=attachments))
    assert "4拦截关键词列表附件4-拦截关键词列表.xlsx22026年2月2日" in text
    assert "2模型服务协议附件2-模型服务协议.pdf12026年2月1日" in text
    assert "5评估测试题集未附" in text and "测试账号未附" in text
    assert "旧.xlsx" not in text and "别的服务" not in text


def test_english_labels_and_the_same_document_id_in_both_languages() -> None:
    service = _service(models=(OWN,))
    text = all_text(_pdf(service, "en"))
    assert "GenerativeAI(largelanguagemodel)onlinefilingform" in text
    assert "Theservicerunsitsownmodel(示例写作大模型)" in text
    spec = loader.get(FORM_ID)
    assert document_id(spec, _context(service, "zh")) == document_id(spec, _context(service, "en"))


def test_a_restricted_domain_needs_its_note() -> None:
    from filing_desk.domain.enums import ServiceDomain

    service = _service(domain=ServiceDomain.RESTRICTED)
    report = readiness.check(loader.get(FORM_ID), _context(service))
    assert [i.field for i in report.errors] == ["service.domain_note"]
    noted = replace(service, domain_note="法律咨询")
    assert readiness.check(loader.get(FORM_ID), _context(noted)).is_valid


# --- printed from a real register ---------------------------------------------------------


def _registered(register: Register) -> int:
    entity_id, gen, _push = entity_with_algorithms(register)
    product = register.create_product(entity_id, name="示例助手APP", address="应用商店：示例助手")
    made = register.create_service(
        replace(
            _service(id=None, entity_id=entity_id),
            algorithm_ids=(gen,),
            product_ids=(product.id,),
        )
    )
    service_id = int(made.id or 0)
    register.add_attachment(
        OwnerType.SERVICE, service_id, AttachmentKind.KEYWORD_LIST, "附件4.xlsx", b"x"
    )
    return service_id


def test_printed_from_the_register_with_its_algorithm_product_and_annex(
    register: Register,
) -> None:
    service_id = _registered(register)
    text = all_text(print_service_form(register, service_id))
    assert "示例智能助手" in text and "Beijing-YunQue-20230821" in text
    assert "示例智能写作生成合成算法" in text and "生成合成类" in text  # the linked algorithm
    assert "示例助手APP" in text and "应用商店：示例助手" in text
    assert "4拦截关键词列表附件4.xlsx1" in text


def test_draft_until_the_service_and_its_form_are_ready(register: Register) -> None:
    service_id = _registered(register)
    for _number, kind in ANNEX_SLOTS:
        register.add_attachment(OwnerType.SERVICE, service_id, kind, f"{kind.value}.pdf", b"x")
    assert "DRAFT" not in all_text(print_service_form(register, service_id))
    unfiled = replace(YUNQUE, filing_number="")  # a registration cannot rest on an unfiled model
    service = register.service(service_id)
    register.update_service(replace(service, models=(unfiled, DEEPSEEK)))
    assert any(i.is_error for i in register.service_readiness(service_id))
    assert "DRAFT" in all_text(print_service_form(register, service_id))
    register.update_service(replace(service, compute=""))  # the form's own readiness
    assert not any(i.is_error for i in register.service_readiness(service_id))
    assert "DRAFT" in all_text(print_service_form(register, service_id))


def test_print_command_prints_one_service_and_refuses_a_bad_id(
    register: Register, tmp_path: Path, capsys
) -> None:
    service_id = _registered(register)
    path = register.path
    register.close()
    out = tmp_path / "genai.pdf"
    args = ["--register", str(path), "print", "--form", FORM_ID, "-o", str(out)]
    assert main([*args, "--service", str(service_id)]) == 0
    text = all_text(out.read_bytes())
    assert "示例智能助手" in text and "Beijing-DeepseekChat-202404280016" in text
    assert unembedded_fonts(out.read_bytes()) == []
    missing = tmp_path / "missing.pdf"
    bad = ["--register", str(path), "print", "--form", FORM_ID, "-o", str(missing)]
    assert main([*bad, "--service", "999"]) != 0
    assert not missing.exists()
    assert "999" in capsys.readouterr().err
    assert main(bad) == 2  # the form is printed for one service
    assert main([*bad, "--service", str(service_id), "--algorithm", "1"]) == 2
    other = ["--register", str(path), "print", "--form", "algorithm-filing", "-o", str(missing)]
    assert main([*other, "--service", str(service_id)]) == 2
    err = capsys.readouterr().err
    assert f"the {FORM_ID} form needs --service ID" in err and "drop the others" in err
    assert f"--service ID prints --form {FORM_ID}" in err
    assert not missing.exists()
