"""The flowables of one form: title, sections (label/value rows, grids, outline headings with
blanks for counsel, statements) and the signature and seal block.

No Qt. Called by render.py, which owns the document and page furniture; layout.py owns the look.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from filing_desk.domain.records import FormContext
from filing_desk.forms import checklist_story, layout
from filing_desk.forms.content import Entry, SectionView, fill, views
from filing_desk.forms.fieldtypes import TYPES, is_empty
from filing_desk.forms.layout import Styles, para
from filing_desk.forms.spec import CHECKLIST_KINDS, FormSpec


def build_story(spec: FormSpec, context: FormContext, lang: str, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = [para(spec.title.get(lang), styles.title)]
    if spec.cite:
        story.append(para(_basis(spec.cite.get(lang, versions=True), lang), styles.note))
    for view in views(spec, context):
        story.extend(_section(view, context, lang, styles))
        if view.section.kind in CHECKLIST_KINDS:  # printed from the context's assessment
            story.extend(checklist_story.section_flow(spec, view.section, context, lang, styles))
    if spec.needs_signature or spec.needs_seal:
        story.append(layout.spacer(3))
        story.append(KeepTogether([_signature(spec, lang, styles)]))
    return story


def _section(view: SectionView, context: FormContext, lang: str, styles: Styles) -> list[Flowable]:
    section = view.section
    flow: list[Flowable] = [layout.needs_room(35), para(section.title.get(lang), styles.section)]
    if section.text is not None:
        for line in fill(section.text.get(lang), context, lang).split("\n"):
            flow.append(para(line, styles.body))
    if section.cite:
        flow.append(para(_basis(section.cite.get(lang, versions=True), lang), styles.note))
    if not section.fields:
        return flow
    if section.layout == "grid":
        flow.append(_grid(view, lang, styles))
    elif section.repeat:
        flow.extend(_items(view, lang, styles))
    elif section.kind == "outline":
        for entry in view.items[0]:
            flow.extend(_outline_entry(entry, lang, styles))
    else:
        flow.append(_rows(view.items[0], lang, styles))
    return flow


def _text(entry: Entry, lang: str) -> str:
    if entry.field.blank is not None and is_empty(entry.value):
        return entry.field.blank.get(lang)  # what an empty value means here (长期)
    return TYPES[entry.field.type].format(entry.value, lang)


def _rows(entries: tuple[Entry, ...], lang: str, styles: Styles) -> Flowable:
    rows = [
        (
            layout.label_cell(e.field.label.get(lang), e.field.cite.get(lang), styles),
            para(_text(e, lang), styles.value),
        )
        for e in entries
    ]
    return layout.label_value_table(rows)


def _grid(view: SectionView, lang: str, styles: Styles) -> Flowable:
    fields = [e.field for e in view.items[0]] if view.items else list(view.section.fields)
    texts = [[_text(e, lang) for e in item] for item in view.items]
    headers = [f.label.get(lang) for f in fields]
    weights = [_weight([h, *(row[i] for row in texts)]) for i, h in enumerate(headers)]
    rows = [[para(t, styles.value) for t in row] for row in texts]
    return layout.grid_table(
        [para(h, styles.label) for h in headers],
        rows or [[para("", styles.value) for _ in fields]],
        weights,
    )


def _weight(texts: list[str]) -> float:
    """A column's share of the width: its longest text (CJK counts double), within bounds."""
    longest = max(sum(2 if layout.CJK.match(c) else 1 for c in t) for t in texts)
    return float(min(max(longest, 12), 34))


def _items(view: SectionView, lang: str, styles: Styles) -> list[Flowable]:
    if not view.items:
        return [_rows(tuple(Entry(f, None) for f in view.section.fields), lang, styles)]
    flow: list[Flowable] = []
    for number, item in enumerate(view.items, start=1):
        first = _text(item[0], lang) if item else ""
        flow.append(layout.needs_room(30))
        flow.append(para(f"{number}. {first}".strip(), styles.item))
        flow.append(_rows(item, lang, styles))
    return flow


def _outline_entry(entry: Entry, lang: str, styles: Styles) -> list[Flowable]:
    spec_field = entry.field
    heading = [para(spec_field.label.get(lang), styles.heading)]
    text = _text(entry, lang) if spec_field.key else ""
    if not text:
        heading.append(para(spec_field.help.get(lang), styles.guide))
        return [*heading, layout.box([], spec_field.lines)]
    if spec_field.cite:
        heading.append(para(spec_field.cite.get(lang), styles.guide))
    return [*heading, layout.box([para(text, styles.value)])]


def _basis(cited: str, lang: str) -> str:
    return f"依据：{cited}" if lang.startswith("zh") else f"Basis: {cited}"


def _signature(spec: FormSpec, lang: str, styles: Styles) -> Flowable:
    zh = lang.startswith("zh")
    lines = []
    if spec.needs_signature:
        lines.append("法定代表人或授权代表（签字）：" if zh else "Legal representative (sign):")
        lines.append("日期：______年____月____日" if zh else "Date: ____________")
    seal = ("单位盖章" if zh else "Company seal") if spec.needs_seal else None
    if spec.needs_seal and not spec.needs_signature:
        lines.append("（盖章）" if zh else "(Seal)")
    return layout.signature_block(lines, seal, styles)
