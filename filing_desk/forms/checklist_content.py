"""What the checklist sections of a form print, as text: which assessment sheet a form reads, the
cover rows, each item's result (with its figure against the threshold), the evidence lines, the
counts per result, and the values the document id hashes.

No Qt, no ReportLab (``forms.checklist_story`` lays these out). Regulator-facing: it prints
results, notes, figures and evidence only, never an answer's owner nor anything of triage.
"""

from __future__ import annotations

from datetime import date

from filing_desk.domain import citations
from filing_desk.domain.assessment_sheet import AssessmentSheet, EvidenceFile, Line
from filing_desk.domain.assessments import Result
from filing_desk.domain.checklists import Threshold, Unit
from filing_desk.domain.records import FormContext
from filing_desk.forms.fieldtypes import TYPES
from filing_desk.forms.spec import CHECKLIST_KINDS, FormSpec

SHA_SHOWN = 16  # hex digits of an evidence file's SHA-256 printed (the full one is in the audit)
SUBJECT_KINDS = {
    "entity": ("主体", "entity"),
    "algorithm": ("算法", "algorithm"),
    "product": ("产品", "product"),
    "service": ("服务", "service"),
}


def zh(lang: str) -> bool:
    return lang.startswith("zh")


def sheet_for(spec: FormSpec, context: FormContext) -> AssessmentSheet | None:
    """The sheet a form prints: its ``checklist`` library's assessment of the form's subject
    kind; a form without ``checklist`` (the assessment report) prints the context's first."""
    for sheet in context.assessments:
        if spec.checklist is None or (
            sheet.library_id == spec.checklist and sheet.subject_kind == spec.applies_to
        ):
            return sheet
    return None


def prints_checklist(spec: FormSpec) -> bool:
    return any(section.kind in CHECKLIST_KINDS for section in spec.sections)


def day(value: date | None, lang: str) -> str:
    return TYPES["date"].format(value, lang) if value is not None else ""


def figure(value: float, unit: Unit, lang: str) -> str:
    number = str(int(value)) if float(value).is_integer() else f"{value:g}"
    sep = "" if unit is Unit.PERCENT or zh(lang) else " "
    return f"{number}{sep}{unit.label(lang)}"


def subject_label(sheet: AssessmentSheet, lang: str) -> str:
    names = SUBJECT_KINDS.get(sheet.subject_kind, (sheet.subject_kind, sheet.subject_kind))
    label = names[0] if zh(lang) else names[1]
    return f"{sheet.subject_name}（{label}）" if zh(lang) else f"{sheet.subject_name} ({label})"


def cover_rows(sheet: AssessmentSheet, lang: str) -> list[tuple[str, str]]:
    """The assessment's cover: library, version, effective date, basis, subject, date, progress."""
    lib, done = sheet.library, sheet.progress()
    version = f"v{sheet.assessment.library_version}"
    if sheet.outdated:
        version += (
            f"（检查表现行版本为 v{lib.version}，本评估尚未升级）"
            if zh(lang)
            else f" (the library is now v{lib.version}; this assessment is not upgraded yet)"
        )
    answered = f"{done.answered} / {done.total}"
    rows = [
        ("检查表" if zh(lang) else "Checklist", lib.title.get(lang)),
        ("版本" if zh(lang) else "Version", version),
        ("施行日期" if zh(lang) else "In force from", day(lib.effective, lang)),
        ("依据" if zh(lang) else "Basis", citations.text(lib.basis, lang, True)),
        ("评估对象" if zh(lang) else "Subject", subject_label(sheet, lang)),
        ("评估日期" if zh(lang) else "Assessed as of", day(sheet.as_of, lang)),
        ("已评估条目" if zh(lang) else "Items answered", answered),
    ]
    return rows


def result_text(line: Line, lang: str) -> str:
    """符合 / 不符合 / 不适用 / 未评估, marked when a library upgrade flagged it."""
    text = line.answer.result.label(lang)
    if line.answer.to_review:
        text += "（待复核）" if zh(lang) else " (to review)"
    return text


def figure_text(line: Line, lang: str) -> str:
    """``实测 7个月；要求 ≥ 6个月`` for a numeric item ('' otherwise)."""
    threshold: Threshold | None = line.item.threshold
    if threshold is None:
        return ""
    wanted = threshold.describe(lang)
    if line.answer.figure is None:
        return f"要求 {wanted}" if zh(lang) else f"Required {wanted}"
    measured = figure(line.answer.figure, threshold.unit, lang)
    return (
        f"实测 {measured}；要求 {wanted}" if zh(lang) else f"Measured {measured}; required {wanted}"
    )


def file_text(f: EvidenceFile, lang: str) -> str:
    """``name（第2版，SHA-256 3f5a…，2026年1月5日）``; a file whose content no longer matches
    its recorded hash says so."""
    sha = f.sha256[:SHA_SHOWN]
    if zh(lang):
        text = f"{f.filename}（第{f.version}版，SHA-256 {sha}，{day(f.added, lang)}）"
        return text if f.verified else text + " 【内容与登记的哈希不符】"
    text = f"{f.filename} (v{f.version}, SHA-256 {sha}, {day(f.added, lang)})"
    return text if f.verified else text + " [content does not match its recorded hash]"


def basis_text(line: Line, lang: str) -> str:
    return citations.text(line.item.basis, lang) if line.item.basis else ""


def reference(line: Line, number: int, show_ids: bool) -> str:
    """The first column: the clause (or item id) in the report, else a running number."""
    if show_ids:
        return line.item.clause or line.item.id
    return f"{number}（{line.item.clause}）" if line.item.clause else str(number)


def tally(sheet: AssessmentSheet, root: str | None, lang: str) -> list[tuple[str, int]]:
    """Counts per result over the items under ``root`` (headings left out), then the total."""
    lines = [line for line in sheet.lines(root) if not line.item.heading]
    review = sum(1 for line in lines if line.answer.to_review)
    counts = [
        (
            r.label(lang),
            sum(1 for line in lines if line.answer.result is r and not line.answer.to_review),
        )
        for r in Result
    ]
    counts.append(("待复核" if zh(lang) else "To review", review))
    counts.append(("合计" if zh(lang) else "Total", len(lines)))
    return counts


def payload(spec: FormSpec, context: FormContext) -> list[object]:
    """What the document id hashes besides the field values: every printed answer and file."""
    sheet = sheet_for(spec, context)
    if sheet is None or not prints_checklist(spec):
        return []
    return [
        sheet.library_id,
        sheet.assessment.library_version,
        [
            [
                line.item.id,
                line.answer.result.value,
                line.answer.note,
                line.answer.figure,
                line.answer.to_review,
                [f.sha256 for f in line.evidence],
            ]
            for line in sheet.lines()
        ],
    ]
