"""The audit report (workflows.audit_report, forms.audit_report) on a real demo register: the
PDF read back holds the same sentences the audit view shows, the chain's result and head in the
footer, the 内部 marking on the whole-register report only, and no privileged analysis in a
one-algorithm report; every event of the demo reads without a stored key or ∅."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from filing_desk import demo
from filing_desk.cli import main
from filing_desk.domain import audit_text
from filing_desk.domain.audit_kinds import KINDS
from filing_desk.store.register import Register
from filing_desk.workflows.audit_report import names_for, print_audit_report
from tests.helpers.pdfcheck import all_text, compact, page_texts, unembedded_fonts
from tests.helpers.registers import STRONG_PASSPHRASE, make_register


@pytest.fixture(scope="module")
def demo_register(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Register]:
    reg = make_register(tmp_path_factory.mktemp("audit") / "demo.fdesk")
    demo.fill(reg)
    yield reg
    reg.close()


def test_every_demo_event_reads_with_labels_and_names(demo_register: Register):
    events = demo_register.audit_events()
    names = names_for(demo_register, events)
    assert {e.action for e in events} <= set(KINDS)
    for event in events:
        for lang in ("zh", "en"):
            text = audit_text.sentence(event, lang, names, limit=None)
            assert "∅" not in text, text
            assert not re.search(r"(算法|主体|产品|模型|附件|algorithm|entity|product) #\d", text)
            for key in {**(event.before or {}), **(event.after or {})}:
                label = audit_text.key_label(event.object_type, key, lang)
                assert label != key.replace("_", " "), f"{event.action}: no words for {key!r}"


def test_the_algorithm_report_holds_the_view_sentences(demo_register: Register, tmp_path: Path):
    algorithm = demo_register.algorithms()[0]
    demo_register.update_algorithm(int(algorithm.id), notes="报告测试备注")
    history = demo_register.algorithm_history(int(algorithm.id))
    names = names_for(demo_register, history)
    pdf = print_audit_report(demo_register, int(algorithm.id), "zh")
    text = compact(all_text(pdf))
    for event in history[:5]:
        assert compact(audit_text.sentence(event, "zh", names, limit=None)) in text
    assert "算法备注由（空）改为“报告测试备注”" in text
    footer = compact(page_texts(pdf)[-1])
    head = demo_register.audit_events(limit=1)[0]
    assert "审计链校验：完整" in footer and compact(f"#{head.id} · {head.hash[:16]}") in footer
    assert "内部" not in text  # a one-algorithm report may be shown to the CAC
    assert unembedded_fonts(pdf) == []


def test_the_register_report_is_internal_and_keeps_overrides(demo_register: Register):
    algorithm = demo_register.algorithms()[0]
    demo_register.update_algorithm(int(algorithm.id), triage_reason="内部判断：需要备案")
    whole = compact(all_text(print_audit_report(demo_register, None, "en")))
    assert "Internal" in whole and "内部判断：需要备案" in whole
    one = compact(all_text(print_audit_report(demo_register, int(algorithm.id), "zh")))
    assert "内部判断：需要备案" not in one and "未列入" in one


def test_print_audit_on_the_command_line(cli_demo: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", STRONG_PASSPHRASE)
    out = tmp_path / "audit.pdf"
    args = ["--register", str(cli_demo), "print", "--audit", "--algorithm", "1", "-o", str(out)]
    assert main(args) == 0
    assert "新建算法「" in compact(all_text(out.read_bytes()))
    bad = ["--register", str(cli_demo), "print", "--audit", "--entity", "1", "-o", str(out)]
    assert main(bad) != 0
