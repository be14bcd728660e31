"""Annex 1 of the online filing (安全评估报告) generated from the service's GB/T 45654-2025
checklist assessment: what the annex row prints, and the readiness warning while it is unfinished.

* ``AnnexAssessment`` — the assessment as annex 1 sees it: its checklist version, whether it is
  complete (as printing judges it: every applicable item answered, none waiting for review, on
  the shipped checklist version — ``AssessmentSheet.complete``), the counts and the date of the
  newest answer.
* ``report_title`` — the annex row's wording in zh or en.
* ``incomplete_issue`` — the warning readiness adds in place of the missing-annex one.

Where the service has such an assessment it stands as annex 1 and no attachment is asked for; an
attached report, if there is one too, is listed after it (``genai_filing.annex_rows``).
Pure: no Qt, no I/O. The store reads the assessment; the caller passes the library (the store
reads no library files).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from filing_desk.domain.assessment_sheet import AssessmentSheet
from filing_desk.domain.assessments import Assessment
from filing_desk.domain.checklists import Library, Subject
from filing_desk.domain.enums import Severity
from filing_desk.domain.issues import Issue

CITES = ("gbt-45654", "cac-genai-notice")
LIBRARY_ID = "gbt-45654"  # the checklist whose assessment of a service stands as annex 1


@dataclass(frozen=True)
class AnnexAssessment:
    """A service's GB/T 45654-2025 assessment as annex 1; ``complete`` None: not judged (the
    library was not given)."""

    assessment_id: int
    library_version: int
    complete: bool | None = None
    answered: int = 0
    total: int = 0
    as_of: date | None = None


def annex_assessment(
    assessment: Assessment, library: Library | None = None, subject: Subject | None = None
) -> AnnexAssessment:
    """The summary of ``assessment``; judged complete or not when the shipped ``library`` and
    the ``subject`` are given."""
    if library is None or subject is None:
        sheet = None
        days = [a.effective for a in assessment.answers.values() if a.effective is not None]
        created = assessment.created.date() if assessment.created is not None else None
        as_of = max(days) if days else created
    else:
        sheet = AssessmentSheet(assessment, library, subject, "")
        as_of = sheet.as_of
    progress = sheet.progress() if sheet is not None else None
    return AnnexAssessment(
        assessment_id=assessment.id or 0,
        library_version=assessment.library_version,
        complete=sheet.complete if sheet is not None else None,
        answered=progress.answered if progress is not None else 0,
        total=progress.total if progress is not None else 0,
        as_of=as_of,
    )


def report_title(found: AnnexAssessment, lang: str = "zh") -> str:
    """「检查表逐条评估报告（GB/T 45654-2025，第1版），已完成」 or its English."""
    zh = lang.startswith("zh")
    if zh:
        title = f"检查表逐条评估报告（GB/T 45654-2025，第{found.library_version}版）"
        state = {True: "，已完成", False: "，未完成", None: ""}[found.complete]
    else:
        title = f"Checklist assessment report (GB/T 45654-2025, version {found.library_version})"
        state = {True: ", complete", False: ", not complete", None: ""}[found.complete]
    return title + state


def incomplete_issue(found: AnnexAssessment) -> Issue | None:
    """A warning while the assessment standing as annex 1 is judged not complete."""
    if found.complete is not False:
        return None
    return Issue(
        code="genai_annex.assessment_incomplete",
        field="annex.genai_assessment",
        severity=Severity.WARNING,
        params={"answered": found.answered, "total": found.total},
        text=f"The GB/T 45654-2025 assessment standing as annex 1 is not complete: "
        f"{found.answered} of {found.total} applicable items are answered (every one must be, "
        "none waiting for review, on the checklist's current version).",
    )
