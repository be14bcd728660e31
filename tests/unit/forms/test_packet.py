"""Packets: which forms a procedure needs, written as numbered PDFs with progress reports."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest

from filing_desk.domain.enums import AlgorithmType, ProcedureKind, Role
from filing_desk.forms import loader
from filing_desk.forms.packet import forms_for, packet_forms, write_packet
from filing_desk.forms.render import render
from tests.helpers.factories import (
    assessed_context,
    cancellation_context,
    filing_context,
    modification_context,
    push_algorithm,
)
from tests.helpers.pdfcheck import reader


@pytest.mark.parametrize("role", list(Role))
def test_forms_for_each_procedure(role: Role) -> None:
    filing = forms_for(ProcedureKind.FILING, role)
    assert filing[:3] == ("entity-filing", "entity-responsibility", "algorithm-filing")
    assert {"commitment-letter", "self-assessment", "public-disclosure"} <= set(filing)
    assert forms_for(ProcedureKind.MODIFICATION, role)[0] == "modification"
    assert "public-disclosure" in forms_for(ProcedureKind.MODIFICATION, role)
    assert forms_for(ProcedureKind.CANCELLATION, role) == ("cancellation",)
    for kind in ProcedureKind:
        for form_id in forms_for(kind, role):
            loader.get(form_id)


def test_write_packet_names_files_and_reports_progress(tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    paths = write_packet(
        filing_context(), tmp_path / "out", progress=lambda d, t, f: calls.append((d, t, f))
    )
    assert [p.name for p in paths] == [
        "01-entity-filing.pdf",
        "02-algorithm-filing.pdf",
        "03-commitment-letter.pdf",
        "04-self-assessment.pdf",
        "05-public-disclosure.pdf",
    ]  # no assessment yet: no 落实算法安全主体责任基本情况 printed from one
    assert calls[0] == (0, 5, "entity-filing")
    assert calls[-1] == (5, 5, "")
    assert all(len(reader(p.read_bytes()).pages) >= 1 for p in paths)


def test_a_packet_holds_the_documents_its_assessments_print(tmp_path: Path) -> None:
    context = assessed_context()  # a 生成合成类 algorithm, its labelling and the entity's
    assert packet_forms(context) == (
        "entity-filing",
        "entity-responsibility",
        "algorithm-filing",
        "commitment-letter",
        "self-assessment",
        "public-disclosure",
        "labelling-materials",
    )
    assert "labelling-materials" not in packet_forms(replace(context, assessments=()))
    pushed = replace(context, algorithm=push_algorithm())
    assert "labelling-materials" not in packet_forms(pushed)
    assert "entity-responsibility" in packet_forms(pushed)
    alone = replace(context, algorithm=None)
    assert packet_forms(alone) == ("entity-filing", "entity-responsibility")
    assert packet_forms(replace(alone, assessments=())) == ("entity-filing",)
    assert forms_for(ProcedureKind.CANCELLATION, Role.PROVIDER, AlgorithmType.GENERATION) == (
        "cancellation",
    )


@pytest.mark.parametrize(
    ("context", "first"),
    [
        (modification_context(), "01-modification.pdf"),
        (cancellation_context(), "01-cancellation.pdf"),
    ],
)
def test_procedure_packets(tmp_path: Path, context: object, first: str) -> None:
    paths = write_packet(context, tmp_path, lang="en", ready=True)  # type: ignore[arg-type]
    assert paths[0].name == first


def test_a_packet_renders_quickly() -> None:
    context = filing_context()
    ids = [*forms_for(ProcedureKind.FILING, Role.PROVIDER), "modification", "cancellation"]
    render(loader.get("public-disclosure"), context)  # font loaded once
    start = time.perf_counter()
    for form_id in ids:
        render(loader.get(form_id), context)
    # About 0.1 s on the development machine; generous here for busy CI runners.
    assert time.perf_counter() - start < 2.0
