"""Annex 1 (安全评估报告) generated from the service's GB/T 45654-2025 assessment, in a real
register: readiness asks for no annex-1 file once the assessment exists and warns while it is
not complete; the online-filing form, read back with pypdf, names the assessment report in
附件清单 row 1 (its checklist version, complete or not, the date of its newest answer), lists an
attached report after it, and says 未附 when there is neither."""

from __future__ import annotations

from datetime import date

import pytest

from filing_desk.domain.enums import AttachmentKind, OwnerType
from filing_desk.forms import checklist_loader
from filing_desk.store.register import Register
from filing_desk.workflows.genai_printing import print_service_form
from tests.helpers.assessments import answer_all
from tests.helpers.genai_services import called_service, own_service, world
from tests.helpers.pdfcheck import all_text

GBT = checklist_loader.get("gbt-45654")
MISSING, INCOMPLETE = "genai_annex.missing_assessment", "genai_annex.assessment_incomplete"
ANSWERED_ON = date(2026, 11, 20)


def _service(register: Register, make=own_service, *, attached=False, assessed=None) -> int:
    """A service; ``attached``: an annex-1 file; ``assessed``: None, "started" or "complete"."""
    service_id = int(register.create_service(make(world(register))).id or 0)
    if attached:
        register.add_attachment(
            OwnerType.SERVICE, service_id, AttachmentKind.GENAI_ASSESSMENT, "安全评估报告.pdf", b"x"
        )
    if assessed is not None:
        aid = register.start_assessment(GBT, "service", service_id).id
        if assessed == "complete":
            answer_all(register, aid, GBT, effective=ANSWERED_ON)
        else:
            subject = register.assessment_subject("service", service_id)
            plain = (it for it in GBT.applicable(subject) if not it.heading and not it.threshold)
            register.answer_item(aid, GBT, next(plain).id, "conforms", effective=ANSWERED_ON)
    return service_id


@pytest.mark.parametrize(
    ("make", "attached", "assessed", "library", "expected"),
    [
        (own_service, False, None, GBT, {MISSING}),
        (own_service, True, None, GBT, set()),
        (own_service, False, "started", GBT, {INCOMPLETE}),
        (own_service, True, "started", GBT, {INCOMPLETE}),  # the assessment stands as annex 1
        (own_service, False, "started", None, set()),  # no library given: not judged
        (own_service, False, "complete", GBT, set()),
        (called_service, False, None, GBT, {MISSING}),
        (called_service, False, "started", GBT, {INCOMPLETE}),
        (called_service, False, "complete", GBT, set()),
    ],
    ids=[
        "neither",
        "attached",
        "started",
        "started-and-attached",
        "started-unjudged",
        "complete",
        "registration-neither",
        "registration-started",
        "registration-complete",
    ],
)
def test_readiness_asks_for_annex_one_or_for_the_assessment_to_be_finished(
    register: Register, make, attached, assessed, library, expected
) -> None:
    service_id = _service(register, make, attached=attached, assessed=assessed)
    found = register.service_readiness(service_id, library=library)
    assert {i.code for i in found} & {MISSING, INCOMPLETE} == expected
    assert all(not i.is_error for i in found if i.code in (MISSING, INCOMPLETE))
    if INCOMPLETE in expected:
        issue = next(i for i in found if i.code == INCOMPLETE)
        assert issue.params["answered"] == 1 and issue.params["total"] > 1


def _row_one(pdf: bytes) -> str:
    text = all_text(pdf)
    start = text.index("七、附件清单")
    return text[start : text.index("2模型服务协议", start)]


def test_the_form_names_the_assessment_report_as_annex_one(register: Register) -> None:
    started = _service(register, assessed="started")
    row = _row_one(print_service_form(register, started))
    assert "1安全评估报告检查表逐条评估报告（GB/T45654-2025，第1版），未完成2026年11月20日" in row
    assert "未附" not in row
    aid = register.assessment_for("gbt-45654", "service", started).id
    answer_all(register, aid, GBT, effective=ANSWERED_ON)
    row = _row_one(print_service_form(register, started))
    assert "检查表逐条评估报告（GB/T45654-2025，第1版），已完成2026年11月20日" in row


def test_an_attached_report_is_listed_after_the_assessment_report(
    register: Register,
) -> None:
    both = _service(register, assessed="complete", attached=True)
    row = _row_one(print_service_form(register, both))
    assessed = row.index("检查表逐条评估报告")
    assert row.index("1安全评估报告安全评估报告.pdf1") > assessed
    english = all_text(print_service_form(register, both, "en"))
    assert "Checklistassessmentreport(GB/T45654-2025,version1),complete" in english


def test_with_neither_assessment_nor_file_annex_one_is_not_attached(register: Register) -> None:
    neither = _service(register, called_service)
    assert "1安全评估报告未附" in _row_one(print_service_form(register, neither))
