"""Generative-AI services in a real SQLCipher register: every field read back after reopening,
edits audited with what changed, bad input refused with its code and nothing written, links to
products and algorithms read from both ends, deletion with its audit event and a chain that
verifies."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from filing_desk.domain import audit_text
from filing_desk.domain.enums import (
    CorpusSource,
    Modality,
    ModelOrigin,
    ModelTrack,
    OwnerType,
    ServiceDomain,
    ServiceForm,
    ServiceFunction,
    ServiceState,
)
from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.genai_alerts import display_issues
from filing_desk.domain.genai_services import GenAIService, ServiceModel
from filing_desk.store.register import Register, open_register
from tests.helpers.genai_services import World, called_service, own_service, world
from tests.helpers.registers import make_register


def _codes(exc: pytest.ExceptionInfo[InvalidInput]) -> list[str]:
    return [i.code for i in exc.value.issues]


def _actions(register: Register) -> list[str]:
    return [e.action for e in reversed(register.audit_events("service"))]


def test_every_field_is_read_back_after_reopening(tmp_path: Path) -> None:
    path = tmp_path / "r.fdesk"
    register = make_register(path)
    w = world(register)
    given = own_service(w)
    made = register.create_service(given)
    assert made.id is not None
    assert made == dataclasses.replace(given, id=made.id)
    register.close()
    with open_register(path) as again:
        assert again.service(made.id) == made
        assert again.services() == [made]
        assert again.services(w.entity_id) == [made]
        assert again.services(w.entity_id + 1) == []
        assert _actions(again) == ["service.create"]
        created = again.audit_events("service")[0].after or {}
        assert created["name"] == "示例写作大模型服务"
        assert created["models"][0]["origin"] == "own"
        assert created["product_ids"] == list(w.product_ids)


def test_an_edit_of_every_editable_field_is_kept_and_audited_with_what_changed(
    register: Register,
) -> None:
    w = world(register)
    made = register.create_service(own_service(w))
    edited = dataclasses.replace(
        made,
        name="示例写作服务",
        functions=(ServiceFunction.CODE,),
        input_modalities=(Modality.TEXT, Modality.AUDIO),
        output_modalities=(Modality.VIDEO,),
        forms=(ServiceForm.DEVICE,),
        domain=ServiceDomain.GENERAL,
        domain_note="",
        product_ids=(w.product_ids[1],),
        algorithm_ids=(w.algorithm_id, w.other_algorithm_id),
        models=(
            ServiceModel(None, "示例写作大模型", "2.2", ModelOrigin.OWN, "北京示例科技有限公司"),
            ServiceModel(
                None,
                "云雀大模型",
                "3.0",
                ModelOrigin.FINE_TUNED,
                "北京春田知韵科技有限公司",
                tuned_from="云雀大模型 3.0",
            ),
        ),
        province="上海",
        corpus_sources=(CorpusSource.COMMERCIAL,),
        corpus_scale="商业语料 1TB",
        compute="云上推理",
        concurrency=None,
        third_party_cloud="",
        go_live_date=None,
        track_override=ModelTrack.FILING,
        override_reason="与网信办沟通后确定",
        notes="",
    )
    saved = register.update_service(edited)
    assert saved == edited
    assert register.service(made.id) == edited
    event = register.audit_events("service")[0]
    assert event.action == "service.update"
    assert (event.before or {})["name"] == "示例写作大模型服务"
    assert (event.after or {})["name"] == "示例写作服务"
    assert (event.after or {})["product_ids"] == [w.product_ids[1]]
    assert "state" not in (event.after or {})  # only what changed
    # saving it unchanged writes nothing
    register.update_service(saved)
    assert _actions(register) == ["service.create", "service.update"]


def _refused(register: Register, w, bad: GenAIService, code: str, *, update: bool) -> None:
    before = (register.services(), len(register.audit_events()))
    with pytest.raises(InvalidInput) as exc:
        (register.update_service if update else register.create_service)(bad)
    assert code in _codes(exc)
    assert (register.services(), len(register.audit_events())) == before


BAD = [
    ("no name", dict(name="  "), "field.required"),
    ("unnamed model", dict(models=(ServiceModel(None, "", origin=ModelOrigin.OWN),)),
     "field.required"),
    ("upstream number malformed", dict(models=(ServiceModel(
        None, "云雀", origin=ModelOrigin.THIRD_PARTY, filing_number="云雀备案"),)),
     "model_no.format"),
    ("override without reason", dict(track_override=ModelTrack.REGISTRATION),
     "genai_track.override_reason"),
    ("negative concurrency", dict(concurrency=-1), "field.type"),
    ("unknown product", dict(product_ids=(999,)), "product.not_found"),
    ("unknown algorithm", dict(algorithm_ids=(999,)), "algorithm.not_found"),
]  # fmt: skip


@pytest.mark.parametrize(("changes", "code"), [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_a_bad_service_is_refused_on_create_and_on_edit_changing_nothing(
    register: Register, changes: dict[str, object], code: str
) -> None:
    w = world(register)
    _refused(register, w, own_service(w, **changes), code, update=False)
    made = register.create_service(own_service(w))
    _refused(register, w, dataclasses.replace(made, **changes), code, update=True)


def test_links_to_another_entitys_records_and_unknown_entities_are_refused(
    register: Register,
) -> None:
    w = world(register)
    other = world(register)  # a second entity with its own products and algorithms
    _refused(register, w, own_service(w, product_ids=other.product_ids), "service.other_entity",
             update=False)  # fmt: skip
    _refused(register, w, own_service(w, algorithm_ids=(other.algorithm_id,)),
             "service.other_entity", update=False)  # fmt: skip
    _refused(register, w, own_service(w, entity_id=999), "entity.not_found", update=False)
    made = register.create_service(own_service(w))
    _refused(register, w, dataclasses.replace(made, entity_id=other.entity_id),
             "service.entity_fixed", update=True)  # fmt: skip


@pytest.mark.parametrize(
    "changes",
    [
        {"state": ServiceState.APPROVED},
        {"number": "Beijing-ShiLiXieZuo-202406180001"},
        {"approved_date": date(2026, 1, 1)},
        {"returned_reasons": ("材料不全",)},
    ],
    ids=["state", "number", "approved_date", "returned_reasons"],
)
def test_an_edit_cannot_set_what_only_a_step_sets(
    register: Register, changes: dict[str, object]
) -> None:
    w = world(register)
    made = register.create_service(own_service(w))
    _refused(register, w, dataclasses.replace(made, **changes), "service.step_only", update=True)


def test_services_are_read_from_their_products_and_algorithms(register: Register) -> None:
    w = world(register)
    own = register.create_service(own_service(w))
    called = register.create_service(called_service(w))
    app, web = w.product_ids
    assert register.services_of_product(app) == [own, called]  # by name: 写 < 智
    assert register.services_of_product(web) == [own]
    assert register.services_of_algorithm(w.algorithm_id) == [own]
    assert register.services_of_algorithm(w.other_algorithm_id) == []


def test_delete_removes_the_service_and_its_links_audited_and_the_chain_verifies(
    register: Register,
) -> None:
    w = world(register)
    made = register.create_service(own_service(w))
    register.step_service(made.id, "withdraw")
    register.delete_service(made.id)
    assert register.services() == []
    assert register.services_of_product(w.product_ids[0]) == []
    with pytest.raises(InvalidInput) as exc:
        register.service(made.id)
    assert _codes(exc) == ["service.not_found"]
    assert _actions(register) == ["service.create", "service.step", "service.delete"]
    assert (register.audit_events("service")[0].before or {})["name"] == made.name
    assert register.products(entity_id=w.entity_id)  # the products stay
    check = register.verify_audit()
    assert check.ok, check.reason


def test_an_imported_approved_service_keeps_its_number_checked_against_its_track(
    register: Register,
) -> None:
    w = world(register)
    approved = dict(state=ServiceState.APPROVED, approved_date=date(2025, 3, 10))
    bad = called_service(w, number="Beijing-ShiLiKeFu-20250310", **approved)  # a 备案号 shape
    _refused(register, w, bad, "model_no.format", update=False)
    made = register.create_service(
        called_service(w, number="Beijing-ShiLiKeFu-20250310S0001", **approved)
    )
    assert made.has_approved_number


def test_the_audit_log_words_service_events_in_both_languages(register: Register) -> None:
    w = world(register)
    made = register.create_service(own_service(w))
    register.update_service(dataclasses.replace(made, name="示例写作服务"))
    register.step_service(made.id, "withdraw")
    update, create = register.audit_events("service")[1:]
    names = audit_text.NameBook()
    created = audit_text.sentence(create, "zh", names)
    assert created == "新建生成式人工智能服务「示例写作大模型服务」"
    assert audit_text.sentence(update, "en", names) == (  # the field's declared label
        'Edited generative-AI service "示例写作服务": Service changed from "示例写作大模型服务" '
        'to "示例写作服务"'
    )


# --- a deleted service's files; a replaced display screenshot (U3) ----------------------------


def _service_files(register: Register, w: World) -> tuple[int, dict[str, int]]:
    """An own service with a keyword list in two versions, a screenshot shown for its app, and
    a product file that is not the service's: (service id, file ids by name)."""
    made = register.create_service(own_service(w))
    sid = int(made.id or 0)
    v1 = register.add_attachment(OwnerType.SERVICE, sid, "keyword_list", "词表.xlsx", b"v1")
    v2 = register.replace_attachment(v1.id, "词表.xlsx", b"v2")
    shot = register.add_attachment(OwnerType.SERVICE, sid, "screenshot", "展示.png", b"png")
    other = register.add_attachment(OwnerType.PRODUCT, w.product_ids[0], "other", "p.pdf", b"p")
    return sid, {"v1": v1.id, "v2": v2.id, "shot": shot.id, "other": other.id}


def test_deleting_a_service_removes_and_purges_its_files_with_their_events(
    register: Register,
) -> None:
    w = world(register)
    sid, ids = _service_files(register, w)
    display = register.service_displays(sid)[0]
    register.set_service_display(sid, dataclasses.replace(display, screenshot_id=ids["shot"]))
    register.delete_service(sid)

    assert register.attachments(OwnerType.SERVICE, sid) == []
    assert register.removed_attachments(OwnerType.SERVICE, sid) == []  # purged: none left
    with pytest.raises(InvalidInput):
        register.attachment_content(ids["v1"])
    events = {(e.action, e.object_id) for e in register.audit_events("attachment")}
    assert {(a, i) for a, i in events if a in {"attachment.remove", "attachment.delete"}} == {
        ("attachment.remove", ids["v2"]),  # the current versions, removed as the panel would
        ("attachment.remove", ids["shot"]),
        ("attachment.delete", ids["v1"]),  # then every version purged
        ("attachment.delete", ids["v2"]),
        ("attachment.delete", ids["shot"]),
    }
    assert [a.filename for a in register.attachments(OwnerType.PRODUCT, w.product_ids[0])] == [
        "p.pdf"
    ]  # another record's file stays
    check = register.verify_audit()
    assert check.ok, check.reason


def test_deleting_a_missing_service_changes_nothing(register: Register) -> None:
    w = world(register)
    sid, _ = _service_files(register, w)
    before = (register.attachments(OwnerType.SERVICE, sid), len(register.audit_events()))
    with pytest.raises(InvalidInput) as exc:
        register.delete_service(sid + 1)
    assert _codes(exc) == ["service.not_found"]
    assert (register.attachments(OwnerType.SERVICE, sid), len(register.audit_events())) == before


@pytest.mark.parametrize(
    ("then", "shown"),
    [
        ("nothing", "shot"),
        ("replace once", "replacement"),
        ("replace twice", "second replacement"),
        ("replace, then remove", None),
    ],
)
def test_a_displays_screenshot_is_the_newest_version_of_its_file(
    register: Register, then: str, shown: str | None
) -> None:
    w = world(register)
    sid, ids = _service_files(register, w)
    display = register.service_displays(sid)[0]
    register.set_service_display(
        sid, dataclasses.replace(display, shows_number=True, where="首页页脚",
                                 shown_since=date(2026, 12, 1), screenshot_id=ids["shot"]),
    )  # fmt: skip
    made = {"shot": ids["shot"]}
    if then != "nothing":
        made["replacement"] = register.replace_attachment(ids["shot"], "新.png", b"png2").id
    if then == "replace twice":
        made["second replacement"] = register.replace_attachment(
            made["replacement"], "更新.png", b"png3"
        ).id
    if then == "replace, then remove":
        register.remove_attachment(made["replacement"])

    read = register.service_displays(sid)[0]
    assert read.screenshot_id == (made[shown] if shown else None)
    codes = [i.code for i in display_issues(read)]
    assert ("genai_alert.display_screenshot" in codes) is (shown is None)
