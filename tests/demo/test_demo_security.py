"""The demo's security assessments (issue 18 item 8): one complete with both receipts, one
overdue under trigger (1), one running under trigger (3); every other live algorithm with
public-opinion attributes assessed, so the dashboard tells only those stories; a jump in a
product's users waiting for an assessment; one per-se product overridden with its reason."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from filing_desk.domain.security_assessment import SecurityState, Trigger
from filing_desk.domain.security_attributes import PerSeCategory
from filing_desk.store.register import Register
from filing_desk.store.security_assessments import security_service
from filing_desk.store.security_subjects import SecuritySubjectService
from filing_desk.workflows.security_printing import print_security_report
from tests.helpers.demo_forms import open_demo
from tests.helpers.pdfcheck import all_text
from tests.helpers.registers import TODAY


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Register]:
    register = open_demo(Path(tmp_path_factory.mktemp("demo")), TODAY)
    yield register
    register.close()


def test_the_three_stories_and_nothing_else_open(demo: Register) -> None:
    names = {a.id: a.name for a in demo.algorithms()}
    found = security_service(demo).security_assessments()
    by_name = {names[a.subject_id]: a for a in found if a.trigger is not Trigger.GO_LIVE}
    assert list(by_name) == ["云启热榜排序算法"]  # the only trigger (3)
    board = demo.dashboard().security
    stories = [
        (d.subject_name, d.trigger, d.standing.state, d.standing.overdue) for d in board.open
    ]
    assert stories == [
        ("数智资讯推送算法", Trigger.GO_LIVE, SecurityState.PARTLY_SUBMITTED, True),
        ("云启热榜排序算法", Trigger.USER_GROWTH, SecurityState.OPEN, False),
    ]
    done = next(a for a in found if names[a.subject_id] == "云启个性化推荐算法")
    assert done.complete and done.checklist_id is not None
    assert [h.product_name for h in board.growth] == ["数智APP"]


def test_the_complete_one_prints_final_with_both_receipts(demo: Register) -> None:
    names = {a.id: a.name for a in demo.algorithms()}
    done = next(
        a
        for a in security_service(demo).security_assessments()
        if names[a.subject_id] == "云启个性化推荐算法"
    )
    text = all_text(print_security_report(demo, int(done.id or 0)))
    assert "DRAFT" not in text
    assert "WX-DEMO-0001" in text and "GA-DEMO-0001" in text


def test_an_override_keeps_its_reason(demo: Register) -> None:
    product = next(p for p in demo.products() if p.name == "星河H5活动页")
    profile = SecuritySubjectService(demo.uow).opinion_profile(int(product.id or 0))
    assert profile.categories == {PerSeCategory.LIVE_STREAMING}
    assert not profile.public_opinion and profile.override_reason
