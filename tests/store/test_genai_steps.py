"""A generative-AI service's 备案 / 登记 in a real register: every step of both tracks taken
through ``step_service`` with its history and audit event; refused steps named by their code with
nothing written; the approval's number and date, a return's reasons; material changes recorded
only after submission and answered; displays; the live-without-number and display-duty alerts."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from filing_desk.domain.enums import Modality, ModelOrigin, ModelTrack, ServiceState
from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.genai_alerts import AlertKind, ProductDisplay
from filing_desk.domain.genai_changes import MaterialKind, Rerun
from filing_desk.domain.genai_services import ServiceModel
from filing_desk.domain.genai_states import ServiceStep
from filing_desk.store.register import Register
from filing_desk.transfer.annex_count import count_annex
from tests.helpers.genai_services import (
    OWN_NUMBER,
    REGISTRATION_NUMBER,
    called_service,
    own_service,
    world,
)
from tests.helpers.registers import TODAY

S = ServiceState
FILING_PATH = [
    ("prepare", {}, S.PREPARED),
    ("submit", {}, S.SUBMITTED),
    ("pass_provincial", {}, S.PROVINCIAL_PASSED),
    ("start_national", {}, S.NATIONAL_REVIEW),
    ("return", {"reasons": ["语料来源说明不完整", " "]}, S.RETURNED),
    ("resubmit", {}, S.SUBMITTED),
    ("pass_provincial", {}, S.PROVINCIAL_PASSED),
    ("start_national", {}, S.NATIONAL_REVIEW),
    ("approve", {"number": OWN_NUMBER}, S.APPROVED),
    ("revoke", {}, S.REVOKED),
    ("reopen", {}, S.DRAFT),
    ("withdraw", {}, S.WITHDRAWN),
]
REGISTRATION_PATH = [
    ("prepare", {}, S.PREPARED),
    ("unprepare", {}, S.DRAFT),
    ("prepare", {}, S.PREPARED),
    ("submit", {}, S.SUBMITTED),
    ("return", {"reasons": ["安全评估报告缺少测试结果"]}, S.RETURNED),
    ("resubmit", {}, S.SUBMITTED),
    ("approve", {"number": REGISTRATION_NUMBER}, S.APPROVED),
]


@pytest.mark.parametrize(
    ("make", "path"),
    [(own_service, FILING_PATH), (called_service, REGISTRATION_PATH)],
    ids=["filing", "registration"],
)
def test_every_step_of_a_track_is_kept_with_its_history_and_audit_event(
    register: Register, make, path
) -> None:
    w = world(register)
    made = register.create_service(make(w))
    for number, (move, given, expected) in enumerate(path, start=1):
        day = date(2026, 1, number)
        after = register.step_service(made.id, move, on=day, note=f"第{number}步", **given)
        assert after.state is expected, move
        if move == "approve":
            assert (after.number, after.approved_date) == (given["number"], day)
            assert after.has_approved_number
        if move == "return":
            assert after.returned_reasons == tuple(r for r in given["reasons"] if r.strip())
    steps = register.service_steps(made.id)
    assert [(e.step.value, e.to_state) for e in steps] == [(m, s) for m, _, s in path]
    assert steps[0].from_state is S.DRAFT and steps[0].on == date(2026, 1, 1)
    assert steps[0].note == "第1步"
    events = [e for e in register.audit_events("service") if e.action == "service.step"]
    assert len(events) == len(path)
    assert (events[0].after or {})["state"] == path[-1][2].value


def test_the_approval_and_the_return_keep_number_date_and_reasons(register: Register) -> None:
    w = world(register)
    made = register.create_service(called_service(w))
    for move in ("prepare", "submit"):
        register.step_service(made.id, move)
    returned = register.step_service(made.id, "return", reasons=["需补充服务协议"])
    assert returned.returned_reasons == ("需补充服务协议",)
    register.step_service(made.id, "resubmit")
    approved = register.step_service(made.id, ServiceStep.APPROVE, number=REGISTRATION_NUMBER)
    assert (approved.number, approved.approved_date) == (REGISTRATION_NUMBER, TODAY)
    assert approved.returned_reasons == ("需补充服务协议",)  # the latest return, kept
    step = register.service_steps(made.id)[-1]
    assert (step.number, step.on) == (REGISTRATION_NUMBER, TODAY)


REFUSED = [
    # (name, service, steps before, the refused step, its arguments, code)
    ("provincial review on registration", called_service, ["prepare", "submit"],
     "pass_provincial", {}, "genai_state.step_refused"),
    ("approve without number", own_service,
     ["prepare", "submit", "pass_provincial", "start_national"], "approve", {},
     "genai_state.number_missing"),
    ("approve with a registration number on filing", own_service,
     ["prepare", "submit", "pass_provincial", "start_national"], "approve",
     {"number": REGISTRATION_NUMBER}, "model_no.format"),
    ("approve before national review", own_service, ["prepare", "submit"], "approve",
     {"number": OWN_NUMBER}, "genai_state.step_refused"),
    ("return without reasons", called_service, ["prepare", "submit"], "return",
     {"reasons": [" "]}, "genai_state.reasons_missing"),
    ("submit a draft", own_service, [], "submit", {}, "genai_state.step_refused"),
    ("prepare on an unfiled upstream model", lambda w: called_service(w, models=(
        ServiceModel(None, "某开源模型", origin=ModelOrigin.THIRD_PARTY),)), [], "prepare", {},
     "genai_track.unfiled_upstream"),
    ("prepare without any model", lambda w: own_service(w, models=()), [], "prepare", {},
     "genai_track.no_models"),
    ("an unknown step", own_service, [], "fly", {}, "service.step_unknown"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("make", "before", "move", "given", "code"), [r[1:] for r in REFUSED],
    ids=[r[0] for r in REFUSED],
)  # fmt: skip
def test_a_refused_step_names_its_code_and_changes_nothing(
    register: Register, make, before, move, given, code
) -> None:
    w = world(register)
    made = register.create_service(make(w))
    for earlier in before:
        register.step_service(made.id, earlier)
    kept = (register.service(made.id), register.service_steps(made.id), register.audit_events())
    with pytest.raises(InvalidInput) as exc:
        register.step_service(made.id, move, **given)
    assert code in [i.code for i in exc.value.issues]
    assert (
        register.service(made.id), register.service_steps(made.id), register.audit_events()
    ) == kept  # fmt: skip


def test_a_material_change_is_recorded_only_after_submission_and_answered(
    register: Register,
) -> None:
    w = world(register)
    made = register.create_service(own_service(w))
    newer = dataclasses.replace(made.models[0], version="3.0")
    draft_edit = register.update_service(dataclasses.replace(made, models=(newer,)))
    assert register.service_changes(made.id) == []  # a draft's edit is no change
    register.step_service(made.id, "prepare")
    register.step_service(made.id, "submit")
    newest = dataclasses.replace(newer, version="3.1")
    submitted = register.service(made.id)
    output = (*draft_edit.output_modalities, Modality.VIDEO)
    register.update_service(
        dataclasses.replace(submitted, models=(newest,), output_modalities=output),
        changed_on=date(2026, 11, 20),
    )
    register.update_service(dataclasses.replace(register.service(made.id), notes="只改备注"))
    [change] = register.service_changes(made.id)
    assert change.on == date(2026, 11, 20)
    assert change.kinds == (MaterialKind.MODEL_VERSION, MaterialKind.MODALITIES)
    assert change.findings == "示例写作大模型 3.1\nvideo"
    assert (change.track_before, change.track_after) == (ModelTrack.FILING, ModelTrack.FILING)
    assert (change.suggested, change.rerun) == (Rerun.ASK, None)
    register.answer_service_change(change.id, "no", note="仅小版本更新，经咨询无需重新备案")
    [answered] = register.service_changes(made.id)
    assert (answered.rerun, answered.note) == (Rerun.NO, "仅小版本更新，经咨询无需重新备案")
    actions = [e.action for e in reversed(register.audit_events("service"))]
    assert actions.count("service.change") == 1
    assert actions[-1] == "service.change_answer"
    with pytest.raises(InvalidInput):
        register.answer_service_change(change.id, "perhaps")


def test_fine_tuning_a_called_model_after_approval_requires_a_new_filing(
    register: Register,
) -> None:
    w = world(register)
    made = register.create_service(called_service(w))
    for move in ("prepare", "submit"):
        register.step_service(made.id, move)
    approved = register.step_service(made.id, "approve", number=REGISTRATION_NUMBER)
    tuned = dataclasses.replace(approved.models[0], origin=ModelOrigin.FINE_TUNED)
    register.update_service(dataclasses.replace(approved, models=(tuned,)))
    [change] = register.service_changes(made.id)
    assert (change.on, change.suggested) == (TODAY, Rerun.REQUIRED)
    assert (change.track_before, change.track_after) == (
        ModelTrack.REGISTRATION,
        ModelTrack.FILING,
    )


def test_displays_are_one_per_product_and_kept_as_set(register: Register) -> None:
    w = world(register)
    made = register.create_service(own_service(w))
    app, web = w.product_ids
    assert [(d.product_id, d.shows_number) for d in register.service_displays(made.id)] == [
        (app, False),
        (web, False),
    ]
    shot = register.add_attachment("service", made.id, "screenshot", "关于页.png", b"\x89PNG")
    shown = ProductDisplay(app, "示例写作助手", True, date(2026, 11, 1), "关于页底部", shot.id)
    register.set_service_display(made.id, shown)
    assert register.service_displays(made.id)[0] == shown
    event = register.audit_events("service")[0]
    assert event.action == "service.display"
    assert (event.after or {})["where_shown"] == "关于页底部"
    other = world(register).product_ids[0]
    kept = register.audit_events()
    with pytest.raises(InvalidInput) as exc:
        register.set_service_display(made.id, dataclasses.replace(shown, product_id=other))
    assert [i.code for i in exc.value.issues] == ["service.display_product"]
    with pytest.raises(InvalidInput) as exc:
        register.set_service_display(made.id, dataclasses.replace(shown, screenshot_id=999))
    assert [i.code for i in exc.value.issues] == ["attachment.not_found"]
    assert register.audit_events() == kept


def test_alerts_live_without_a_number_then_display_duty_until_shown(register: Register) -> None:
    w = world(register)
    made = register.create_service(called_service(w, go_live_date=date(2026, 11, 1)))
    later = register.create_service(own_service(w, go_live_date=date(2027, 1, 1)))
    alerts = register.service_alerts()
    assert list(alerts) == [made.id]  # the other is not live yet
    assert [a.kind for a in alerts[made.id]] == [AlertKind.LIVE_WITHOUT_NUMBER]
    assert [a.kind for a in register.service_alerts(date(2027, 1, 2))[later.id]] == [
        AlertKind.LIVE_WITHOUT_NUMBER
    ]
    for move in ("prepare", "submit"):
        register.step_service(made.id, move)
    register.step_service(made.id, "approve", number=REGISTRATION_NUMBER)
    [duty] = register.service_alerts()[made.id]
    assert (duty.kind, duty.product, duty.params["shown"]) == (
        AlertKind.DISPLAY_DUTY,
        "示例写作助手",
        REGISTRATION_NUMBER,
    )
    app = w.product_ids[0]
    register.set_service_display(
        made.id, ProductDisplay(app, "示例写作助手", True, date(2026, 11, 20), "对话页顶部")
    )
    assert made.id not in register.service_alerts()
    check = register.verify_audit()
    assert check.ok, check.reason


def test_readiness_is_the_tracks_issues_then_the_annexes_counted_when_asked(
    register: Register,
) -> None:
    w = world(register)
    unfiled = ServiceModel(None, "某开源模型", origin=ModelOrigin.THIRD_PARTY)
    made = register.create_service(called_service(w, models=(unfiled,)))
    found = register.service_readiness(made.id)
    codes = [i.code for i in found]
    assert codes[0] == "genai_track.unfiled_upstream" and found[0].is_error
    assert "genai_annex.missing_keyword_list" in codes
    assert all(not i.is_error for i in found[1:])  # the annexes only warn
    keywords = "关键词\n" + "\n".join(f"违禁词{i}" for i in range(20))
    register.add_attachment("service", made.id, "keyword_list", "附件4.csv", keywords.encode())
    after = [i.code for i in register.service_readiness(made.id)]
    assert "genai_annex.missing_keyword_list" not in after
    assert "genai_annex.keywords_short" not in after  # not counted without a counter
    counted = [i.code for i in register.service_readiness(made.id, counter=count_annex)]
    assert "genai_annex.keywords_short" in counted
