"""Audit events as sentences (domain.audit_text): every kind the store writes has one, in
Chinese and English, with field labels, record names, choice labels, dates in the language's
form and （空）/(empty) — never a stored key, code or ∅."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from filing_desk.domain import audit_text
from filing_desk.domain.audit_kinds import KINDS
from filing_desk.domain.audit_text import NameBook
from filing_desk.domain.lifecycle import EntityStep, ProcedureStep
from filing_desk.domain.records import AuditEvent

SOURCES = Path(__file__).resolve().parents[3] / "filing_desk"
# audit("kind.action", …) and audit_log.append(session, "kind.action", …), literal or f-string
CALL = re.compile(r'(?:\.audit|audit_log\.append)\(\s*(?:\w+,\s*)?(f?)"([^"]+)"')
# Each f-string action the store builds → the actions it can make (a new template fails below).
TEMPLATES = {
    "{kind}.create": {f"{k}.create" for k in ("entity", "model", "product", "product_link")},
    "{kind}.update": {"entity.update", "model.update"},
    "entity.{move.value}": {f"entity.{s.value}" for s in EntityStep},
    "{LINK}.{action}": {"product_link.update", "product_link.withdraw"},
    "{LINK}.delete": {"product_link.delete"},
    "algorithm.{step.value}": {"algorithm.revoke", "algorithm.cancel_by_cac"},
    "procedure.{step.value}": {f"procedure.{s.value}" for s in ProcedureStep},
}


def written_actions() -> set[str]:
    found: set[str] = set()
    for path in SOURCES.rglob("*.py"):
        for is_f, action in CALL.findall(path.read_text(encoding="utf-8")):
            if not is_f:
                found.add(action)
                continue
            assert action in TEMPLATES, f"{path.name}: new audit action template {action!r}"
            found |= TEMPLATES[action]
    return found


def test_every_action_the_store_writes_has_a_sentence():
    actions = written_actions()
    assert len(actions) > 40  # the scan sees the store's calls
    missing = sorted(a for a in actions if a not in KINDS)
    assert not missing, f"add a sentence to domain/audit_kinds.KINDS for: {missing}"


NAMES = NameBook(
    names={
        ("algorithm", 3): "智能推荐算法",
        ("entity", 1): "云启科技",
        ("product", 7): "云启APP",
        ("attachment", 9): "营业执照.pdf",
    },
    procedures={5: ("modification", 3)},
    links={11: (7, 3)},
    owners={("attachment", 9): ("entity", 1)},
)


def event(action, otype, oid, before=None, after=None) -> AuditEvent:
    at = datetime(2026, 11, 23, 6, 5, tzinfo=UTC)
    return AuditEvent(1, at, "counsel", action, otype, oid, before, after, "0" * 64, "1" * 64)


CASES = [
    (
        event("algorithm.update", "algorithm", 3, {"name": "旧名"}, {"name": "智能推荐算法"}),
        "修改算法「智能推荐算法」：算法名称由“旧名”改为“智能推荐算法”",
        'Edited algorithm "智能推荐算法": Algorithm name changed from "旧名" to "智能推荐算法"',
    ),
    (
        event("algorithm.update", "algorithm", 3, {"algo_type": "02"}, {"algo_type": "01"}),
        "修改算法「智能推荐算法」：算法类别由个性化推送类改为生成合成类",
        'Edited algorithm "智能推荐算法": Algorithm type changed from Personalised push to '
        "Generation / synthesis",
    ),
    (
        event(
            "algorithm.update", "algorithm", 3, {"filed_date": None}, {"filed_date": "2026-05-25"}
        ),
        "修改算法「智能推荐算法」：备案时间由（空）改为2026年5月25日",
        'Edited algorithm "智能推荐算法": Filed date changed from (empty) to 2026-05-25',
    ),
    (
        event("procedure.submit", "procedure", 5, {"state": "ready"}, {"state": "submitted"}),
        "记录算法「智能推荐算法」的变更事项已提交网信部门",
        'Recorded the modification of algorithm "智能推荐算法" as submitted',
    ),
    (
        event("entity.return", "entity", 1, {"state": "ent_submitted"}, {"reason": "材料不全"}),
        "记录主体「云启科技」的主体备案被退回：理由：“材料不全”",
        'Recorded entity "云启科技" as returned: Reason: "材料不全"',
    ),
    (
        event("product_link.create", "product_link", 11, None, {"functions": "推荐"}),
        "建立算法「智能推荐算法」与产品「云启APP」的关联",
        'Created the link of algorithm "智能推荐算法" to product "云启APP"',
    ),
    (
        event("attachment.replace", "attachment", 9, {"version": 1}, {"version": 2}),
        "替换主体「云启科技」的附件「营业执照.pdf」：版本由1改为2",
        'Replaced the attachment "营业执照.pdf" of entity "云启科技": Version changed from 1 to 2',
    ),
    (
        event("procedure.override", "procedure", 5, None, {"materials": ["self_assessment"]}),
        "确认算法「智能推荐算法」的变更事项缺少材料仍可提交：缺少的材料：算法安全自评估报告",
        'Overrode missing materials of the modification of algorithm "智能推荐算法": '
        "Missing materials: Self-assessment report",
    ),
    (
        event("setting.set", "setting", None, {"backup.keep": "10"}, {"backup.keep": "5"}),
        "修改设置：自动备份保留份数由“10”改为“5”",
        'Changed settings: Automatic backups kept changed from "10" to "5"',
    ),
    (
        event("calendar.remove", "calendar", None, {"year": 2027, "days": 14}, None),
        "删除工作日历：天数：14；年份：2027",
        "Removed working days: Days: 14; Year: 2027",
    ),
]


@pytest.mark.parametrize(("given", "zh", "en"), CASES, ids=[c[0].action for c in CASES])
def test_sentence_in_both_languages(given, zh, en):
    assert audit_text.sentence(given, "zh", NAMES) == zh
    assert audit_text.sentence(given, "en", NAMES) == en


def test_a_record_that_is_gone_is_named_by_its_event_else_by_number():
    deleted = event("product.delete", "product", 8, {"name": "旧APP"}, None)
    assert audit_text.sentence(deleted, "zh", NameBook()) == "删除产品「旧APP」"
    nameless = event("algorithm.update", "algorithm", 4, {"notes": ""}, {"notes": "x"})
    assert audit_text.sentence(nameless, "en", NameBook()).startswith("Edited algorithm #4:")


def test_privileged_analysis_is_left_out_of_a_shareable_history():
    events = [
        event("algorithm.update", "algorithm", 3, {"triage": "undecided"}, {"triage": "required"}),
        event(
            "algorithm.update",
            "algorithm",
            3,
            {"main_use": "a", "triage_reason": "x"},
            {"main_use": "b", "triage_reason": "y"},
        ),
        event("procedure.override", "procedure", 5, None, {"reason": "稍后补交"}),
    ]
    kept, dropped = audit_text.shareable(events)
    assert dropped == 2
    [only] = kept
    text = audit_text.sentence(only, "zh", NAMES)
    assert "主要用途" in text and "判断理由" not in text
