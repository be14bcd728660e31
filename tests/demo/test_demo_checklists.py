"""The demo holds one checklist assessment per shipped library (issue 16 item 7), on the subjects
the plan names, some items 不符合, some evidence near expiry (files in the attachment store whose
SHA-256 checks), and the draft 生成合成类 filing holds its labelling materials by its complete
``labelling`` assessment."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from filing_desk.domain.assessments import Result
from filing_desk.domain.enums import AlgorithmType
from filing_desk.forms import checklist_loader
from filing_desk.store.register import Register
from filing_desk.workflows import readiness
from tests.helpers.demo_forms import open_demo
from tests.helpers.registers import TODAY


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Register]:
    register = open_demo(Path(tmp_path_factory.mktemp("demo")), TODAY)
    yield register
    register.close()


def test_one_assessment_per_library_on_the_planned_subjects(demo: Register) -> None:
    found = {a.library_id: a for a in demo.assessments()}
    assert set(found) == set(checklist_loader.load_all())
    names = {a.id: a.name for a in demo.algorithms()}
    subjects = {
        lib: (a.subject_kind, names.get(a.subject_id) if a.subject_kind == "algorithm" else "")
        for lib, a in found.items()
    }
    assert subjects == {
        "gbt-45654": ("algorithm", "云启智能写作生成算法"),
        "labelling": ("algorithm", "云启智能写作生成算法"),
        "deep-synthesis": ("algorithm", "云启智能写作生成算法"),
        "algo-responsibility": ("entity", ""),
        "sa-rules-focus": ("algorithm", "云启个性化推荐算法"),
    }
    algorithm = demo.algorithm(found["labelling"].subject_id)
    assert algorithm.algo_type is AlgorithmType.GENERATION
    assert demo.algorithm(found["sa-rules-focus"].subject_id).public_opinion
    for library_id, assessment in found.items():
        library = checklist_loader.get(library_id)
        progress = demo.assessment_progress(assessment.id, library)
        assert progress.counts[Result.NOT_CONFORMING] >= 1, library_id
        assert progress.complete is (library_id not in ("gbt-45654", "deep-synthesis"))


def test_the_dashboard_shows_nonconforming_expiring_and_due_items(demo: Register) -> None:
    buckets = demo.dashboard().checklists
    assert len({f.library_id for f in buckets.nonconforming}) == 5
    assert buckets.evidence_expiring and buckets.reviews_due
    for finding in buckets.evidence_expiring:
        assert finding.next_review is not None
        assert TODAY < finding.next_review <= TODAY + timedelta(days=30)
    expiring = {(f.assessment_id, f.item_id) for f in buckets.evidence_expiring}
    with_evidence = {
        (a.id, e.item_id) for a in demo.assessments() for e in demo.evidence(a.id) if e.verified
    }
    assert expiring & with_evidence  # some evidence near expiry is a file in the register


def test_the_draft_generation_filing_holds_its_labelling_by_the_checklist(demo: Register) -> None:
    [algorithm] = [a for a in demo.algorithms() if a.name == "云启智能写作生成算法"]
    [procedure] = demo.procedures(algorithm.id)
    issues = readiness.report(demo, procedure.id).errors
    assert [i for i in issues if i.field == "attachment.labelling"] == []
