"""Printing the documents made from assessments out of a real register, as the desktop app and
the CLI do (``workflows.printing.print_forms``, ``filing-desk print``): refused alone without an
assessment, the evidence files with their SHA-256, the DRAFT rule, the packets that carry them,
and the CLI's ``--assessment``."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from filing_desk.cli import main
from filing_desk.forms import checklist_loader
from filing_desk.forms.checklist_context import NoAssessment
from filing_desk.forms.render import WATERMARK
from filing_desk.store.register import Register
from filing_desk.workflows.printing import print_forms
from tests.helpers.assessments import answer_all, entity_with_algorithms
from tests.helpers.pdfcheck import all_text, compact
from tests.helpers.registers import STRONG_PASSPHRASE, make_register

LABELLING = checklist_loader.get("labelling")
RESPONSIBILITY = checklist_loader.get("algo-responsibility")
DRAFT = compact(WATERMARK)
EVIDENCE = b"%PDF-1.4 user agreement, clause 9"


def text(pdf: bytes) -> str:
    return compact(all_text(pdf))


def one(register: Register, form_id: str, **target: int) -> bytes:
    [(printed, pdf)] = print_forms(register, [form_id], **target)
    assert printed == form_id
    return pdf


def labelled(register: Register) -> tuple[int, int, int]:
    """(entity, generation algorithm, its labelling assessment): all answered, one 不符合, one
    file of evidence."""
    entity, gen, _push = entity_with_algorithms(register)
    aid = register.start_assessment(LABELLING, "algorithm", gen).id
    answer_all(register, aid, LABELLING)
    register.answer_item(aid, LABELLING, "explicit.export", "not_conforming", note="复制时丢失")
    register.attach_evidence(aid, LABELLING, "users.agreement", "用户协议.pdf", EVIDENCE)
    return entity, gen, aid


def test_alone_a_form_without_its_assessment_is_refused(register: Register) -> None:
    entity, gen, _push = entity_with_algorithms(register)
    with pytest.raises(NoAssessment, match="'labelling' checklist, and there is none yet"):
        print_forms(register, ["labelling-materials"], algorithm_id=gen)
    with pytest.raises(NoAssessment, match="'algo-responsibility' checklist"):
        print_forms(register, ["entity-responsibility"], entity_id=entity)
    with pytest.raises(NoAssessment, match="printed from one assessment"):
        print_forms(register, ["assessment-report"], algorithm_id=gen)


def test_labelling_materials_print_the_answers_and_the_evidence_hash(register: Register) -> None:
    _entity, gen, _aid = labelled(register)
    printed = text(one(register, "labelling-materials", algorithm_id=gen))
    assert "二、显式标识" in printed and "三、隐式标识" in printed
    assert "输出模态文本" in printed
    assert "复制时丢失" in printed
    assert "用户协议.pdf（第1版，SHA-256" + hashlib.sha256(EVIDENCE).hexdigest()[:16] in printed


def test_the_report_is_final_once_complete_and_carries_the_audit_head(register: Register) -> None:
    _entity, gen, aid = labelled(register)
    pdf = one(register, "assessment-report", assessment_id=aid)
    head = register.form_context(algorithm_id=gen).audit_head
    printed = text(pdf)
    assert compact(f"审计链 / Audit head: {head}") in printed
    assert DRAFT not in printed  # complete, even with a 不符合 item
    register.answer_item(aid, LABELLING, "explicit.export", "unassessed")
    assert DRAFT in text(one(register, "assessment-report", assessment_id=aid))


def test_the_entity_statement_and_its_draft_rule(register: Register) -> None:
    entity, _gen, _push = entity_with_algorithms(register)
    aid = register.start_assessment(RESPONSIBILITY, "entity", entity).id
    register.answer_item(aid, RESPONSIBILITY, "systems.other.ethics", "conforms", note="伦理小组")
    draft = text(one(register, "entity-responsibility", entity_id=entity))
    assert "科技伦理审查" in draft and "伦理小组" in draft and DRAFT in draft
    answer_all(register, aid, RESPONSIBILITY)
    final = text(one(register, "entity-responsibility", entity_id=entity))
    assert DRAFT not in final


def test_packets_carry_the_documents_of_the_assessments_started(register: Register) -> None:
    entity, gen, push = entity_with_algorithms(register)

    def packet(**target: int) -> list[str]:
        return [form_id for form_id, _ in print_forms(register, **target)]

    assert packet(algorithm_id=gen)[:2] == ["entity-filing", "algorithm-filing"]
    assert packet(entity_id=entity) == ["entity-filing"]
    register.start_assessment(LABELLING, "algorithm", gen)
    register.start_assessment(RESPONSIBILITY, "entity", entity)
    with_both = packet(algorithm_id=gen)
    assert with_both[:3] == ["entity-filing", "entity-responsibility", "algorithm-filing"]
    assert with_both[-1] == "labelling-materials"
    assert "labelling-materials" not in packet(algorithm_id=push)
    [_, (form_id, statement)] = print_forms(register, entity_id=entity)
    assert form_id == "entity-responsibility"
    assert DRAFT in text(statement)  # started, nothing answered yet


def test_the_cli_prints_the_three_documents_and_refuses_clearly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "reg.fdesk"
    register = make_register(path, passphrase=STRONG_PASSPHRASE)
    entity, gen, aid = labelled(register)
    register.start_assessment(RESPONSIBILITY, "entity", entity)
    push = next(a.id for a in register.algorithms(entity) if a.id != gen)
    register.close()
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", STRONG_PASSPHRASE)

    def run(*args: str) -> int:
        return main(["--register", str(path), "print", *args])

    cases = [
        ("assessment-report", ["--assessment", str(aid)], "explicit.export"),
        ("labelling-materials", ["--algorithm", str(gen)], "显式标识"),
        ("entity-responsibility", ["--entity", str(entity)], "算法机制机理审核"),
    ]
    for form_id, target, words in cases:
        out = tmp_path / f"{form_id}.pdf"
        assert run("--form", form_id, "-o", str(out), *target) == 0
        assert words in text(out.read_bytes()), form_id
    capsys.readouterr()

    refused = tmp_path / "refused.pdf"
    assert run("--form", "labelling-materials", "-o", str(refused), "--algorithm", str(push)) == 1
    assert "start it in the checklist view" in capsys.readouterr().err
    assert not refused.exists()
    usage = [
        ["--form", "assessment-report", "-o", str(refused), "--algorithm", str(gen)],
        ["--form", "labelling-materials", "-o", str(refused), "--assessment", str(aid)],
        ["--assessment", str(aid), "--packet", str(tmp_path / "p")],
    ]
    for args in usage:
        assert run(*args) == 2, args
        assert "--assessment" in capsys.readouterr().err
    assert not refused.exists()
