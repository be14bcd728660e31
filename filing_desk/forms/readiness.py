"""Is a form ready to submit? Apply a spec to a FormContext and return a domain Report.

No Qt, no I/O. Required fields present, lengths and patterns met, each value valid for its type
(codes checked by ``domain.codes``), repeated sections with enough items. Issue fields are spec
keys; items of repeated sections are numbered from 1 (``product[2].address``). The ui and cli call
this before the submit step.
"""

from __future__ import annotations

import re

from filing_desk.domain.enums import AlgorithmType
from filing_desk.domain.issues import Issue, Report
from filing_desk.domain.records import FormContext
from filing_desk.forms.fieldtypes import TYPES, is_empty
from filing_desk.forms.spec import FieldSpec, FormSpec, Section, holds, items_of, value_of


def check(spec: FormSpec, context: FormContext) -> Report:
    """Every problem that keeps the form from submission (errors) or is worth a look (warnings)."""
    issues: list[Issue] = []
    algo_type = context.algorithm.algo_type if context.algorithm else None
    for section in spec.sections:
        if holds(section.when, context):
            issues.extend(_section_issues(section, context, algo_type))
    return Report.of(issues)


def _section_issues(
    section: Section, context: FormContext, algo_type: AlgorithmType | None
) -> list[Issue]:
    fields = [f for f in section.fields if f.key and holds(f.when, context)]
    if section.repeat is None:
        values = [(f, value_of(context, f.key)) for f in fields]
        return [i for f, value in values for i in field_issues(f, value, f.key, algo_type)]
    items = items_of(context, section.repeat)
    issues: list[Issue] = []
    if len(items) < section.min_items:
        issues.append(
            Issue(
                code="form.min_items",
                field=section.repeat,
                params={"min": section.min_items, "count": len(items)},
                text=f"at least {section.min_items} required in '{section.title.en}'",
            )
        )
    prefix = section.item_prefix or ""
    for number, item in enumerate(items, start=1):
        for f in fields:
            where = f.key.replace(prefix, f"{prefix}[{number}]", 1)
            issues.extend(field_issues(f, value_of(context, f.key, item), where, algo_type))
    return issues


def field_issues(
    spec_field: FieldSpec, value: object, where: str, algo_type: AlgorithmType | None = None
) -> list[Issue]:
    """The issues of one value against its field spec (``where`` names it in the Issues)."""
    label = spec_field.label.en
    if is_empty(value):
        if not spec_field.required:
            return []
        return [Issue(code="form.required", field=where, text=f"{label} is required")]
    issues = TYPES[spec_field.type].validate(value, field=where, algo_type=algo_type)
    if isinstance(value, str):
        issues.extend(_text_issues(spec_field, value.strip(), where))
    return issues


def _text_issues(spec_field: FieldSpec, text: str, where: str) -> list[Issue]:
    label = spec_field.label.en
    low, high = spec_field.min_length, spec_field.max_length
    if low is not None and len(text) < low:
        message = f"{label} needs at least {low} characters"
        return [_limit("form.too_short", where, message, low, len(text))]
    if high is not None and len(text) > high:
        message = f"{label} allows at most {high} characters"
        return [_limit("form.too_long", where, message, high, len(text))]
    if spec_field.pattern and not re.fullmatch(spec_field.pattern, text):
        return [
            Issue(
                code="form.pattern",
                field=where,
                params={"pattern": spec_field.pattern},
                text=f"{label} does not have the expected form",
            )
        ]
    return []


def _limit(code: str, where: str, text: str, limit: int, length: int) -> Issue:
    return Issue(code=code, field=where, params={"limit": limit, "length": length}, text=text)
