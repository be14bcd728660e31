"""What the security assessment report prints in its headed blanks: one text per blank of
``forms/security-assessment-report.toml``, found by the blank's English label (``SLOTS``), from
the assessment, its clock and its subject; and the document id over all of it.

No Qt, no ReportLab, no I/O: ``forms.security_report`` lays the page out and
``workflows.security_printing`` reads the register. It must not decide state or clocks
(``domain.security_assessment`` does).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from filing_desk.domain.records import Algorithm, FormContext, Product
from filing_desk.domain.security_assessment import (
    AssessorKind,
    Authority,
    SecurityAssessment,
    SecurityClock,
    SubjectKind,
    Submission,
)
from filing_desk.forms import checklist_content
from filing_desk.forms.content import document_id
from filing_desk.forms.fieldtypes import TYPES
from filing_desk.forms.spec import FormSpec

FORM_ID = "security-assessment-report"


@dataclass(frozen=True)
class ReportData:
    """The assessment with what its report prints besides the context (entity, checklist)."""

    assessment: SecurityAssessment
    clock: SecurityClock
    algorithm: Algorithm | None = None  # the subject, when an algorithm
    product: Product | None = None  # the subject, when a product


def _zh(lang: str) -> bool:
    return lang.startswith("zh")


def _day(value: date | None, lang: str) -> str:
    return TYPES["date"].format(value, lang) if value is not None else ""


def subject(data: ReportData, lang: str) -> str:
    kind = data.assessment.subject_kind.label(lang)
    if data.algorithm is not None:
        name, what = data.algorithm.name, data.algorithm.algo_type.label(lang)
    elif data.product is not None:
        name, what = data.product.name, data.product.form.label(lang)
    else:
        return f"{kind} #{data.assessment.subject_id}"
    return f"{name}（{kind} · {what}）" if _zh(lang) else f"{name} ({kind}, {what})"


def description(data: ReportData, lang: str) -> str:
    if data.algorithm is not None:
        return data.algorithm.main_use
    product = data.product
    return product.address if product is not None else ""


def occasion(data: ReportData, lang: str) -> str:
    trigger = data.assessment.trigger
    item = (
        f"第三条第（{'一二三四五'[trigger.item - 1]}）项"
        if _zh(lang)
        else f"art. 3({trigger.item})"
    )
    return f"{item}：{trigger.zh}" if _zh(lang) else f"{item}: {trigger.en}"


def assessor(data: ReportData, lang: str) -> str:
    a = data.assessment
    if a.assessor is AssessorKind.SELF or not a.assessor_name:
        return a.assessor.label(lang)
    return f"{a.assessor.label(lang)}{'：' if _zh(lang) else ': '}{a.assessor_name}"


def due(data: ReportData, lang: str) -> str:
    clock = data.clock
    day = _day(clock.due, lang)
    if clock.before:
        return f"{day}前（上线或新增功能前）" if _zh(lang) else f"before {day} (before go-live)"
    if clock.provisional:
        day += "（暂定）" if _zh(lang) else " (provisional)"
    return day


def submission(data: ReportData, authority: Authority, lang: str) -> str:
    found: Submission | None = data.assessment.submission(authority)
    if found is None:
        return ""
    zh = _zh(lang)
    parts = [
        _day(found.submitted, lang),
        ("平台编号 " if zh else "platform ref. ") + found.reference,
    ]
    if found.feedback:
        when = f"（{_day(found.feedback_date, lang)}）" if zh and found.feedback_date else ""
        parts.append(
            ("反馈" if zh else "feedback") + when + ("：" if zh else ": ") + found.feedback
        )
    if found.rectification:
        parts.append(("整改要求：" if zh else "rectification: ") + found.rectification)
    return ("；" if zh else "; ").join(parts)


Slot = Callable[[ReportData, str], str]
SLOTS: dict[str, Slot] = {
    "Subject": subject,
    "Description": description,
    "Occasion": occasion,
    "Date of the occasion": lambda d, lang: _day(d.assessment.trigger_date, lang),
    "Notice reference": lambda d, _lang: d.assessment.notice_reference,
    "Assessor": assessor,
    "Report due": due,
    "Functions and scope": lambda d, _lang: d.assessment.functions,
    "Hardware and software": lambda d, _lang: d.assessment.hardware_software,
    "Deployment location": lambda d, _lang: d.assessment.deployment,
    "Licences": lambda d, _lang: d.assessment.licences,
    "Overall effect": lambda d, _lang: d.assessment.measures,
    "Conclusion": lambda d, _lang: d.assessment.conclusion,
    "Other matters": lambda d, _lang: d.assessment.other_matters,
    "Filed with the CAC": lambda d, lang: submission(d, Authority.CAC, lang),
    "Filed with public security": lambda d, lang: submission(d, Authority.POLICE, lang),
}
"""A headed blank's English label → the text it prints."""


def blank_labels(spec: FormSpec) -> list[str]:
    """The English labels of the spec's headed blanks (fields without a key)."""
    return [f.label.en for _section, f in spec.fields() if not f.key]


def slot_text(label: str, data: ReportData, lang: str) -> str:
    return SLOTS[label](data, lang).strip()


def is_ready(data: ReportData, context: FormContext, spec: FormSpec) -> bool:
    """Final (no DRAFT watermark): the report's parts (1)-(3) written and the art. 5 checklist
    behind it complete."""
    a = data.assessment
    sheet = checklist_content.sheet_for(spec, context)
    written = all((a.functions, a.measures, a.conclusion))
    return written and sheet is not None and sheet.complete


def report_id(spec: FormSpec, context: FormContext, data: ReportData) -> str:
    """The context's document id extended with every blank's text (the same in any language
    for the same values: the Chinese texts are hashed)."""
    texts = [[label, slot_text(label, data, "zh")] for label in blank_labels(spec)]
    payload = json.dumps([document_id(spec, context), texts], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:12]


__all__ = ["FORM_ID", "SLOTS", "ReportData", "SubjectKind", "report_id", "slot_text"]
