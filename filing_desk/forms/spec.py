"""The loaded shape of a form spec (FormSpec, Section, FieldSpec, Text) and how keys find values.

No Qt, no I/O. A field ``key`` is a dotted path into a FormContext: ``entity.name``,
``algorithm.launch_date``, ``procedure.reason``; inside a repeated section the item's own prefix
(``product.name`` in ``repeat = "products"``); or a bare FormContext attribute such as
``recovery_key``; for a generative-AI service, ``service.*``, ``service_filing.*`` and its
repeats. ``ROOTS``, ``REPEATS`` and ``CONTEXT_SCALARS`` are that vocabulary; the loader
checks every key against it and ``value_of`` reads a key from a context.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from filing_desk.domain import citations
from filing_desk.domain.fields.product import Product
from filing_desk.domain.genai_filing import AnnexRow, ServiceFiling
from filing_desk.domain.genai_services import GenAIService, ServiceModel
from filing_desk.domain.records import (
    Algorithm,
    Change,
    Entity,
    FormContext,
    LinkedProduct,
    Model,
    Procedure,
    RegisterRow,
)

ROOTS: dict[str, type] = {
    "entity": Entity,
    "algorithm": Algorithm,
    "procedure": Procedure,
    "service": GenAIService,  # a generative-AI service (genai-online-filing)
    "service_filing": ServiceFiling,  # its track, explanation, links and annexes as printed
}
"""Key prefixes valid anywhere, and the record each one names."""

REPEATS: dict[str, tuple[str, type]] = {
    "products": ("product", LinkedProduct),  # the algorithm's live links, with their products
    "models": ("model", Model),
    "changes": ("change", Change),
    "rows": ("row", RegisterRow),
    "service_models": ("service_model", ServiceModel),  # the service's models
    "service_algorithms": ("linked_algorithm", Algorithm),  # its 生成合成类 algorithms
    "service_products": ("service_product", Product),  # the products it powers
    "annexes": ("annex", AnnexRow),  # 附件1–5 and the test account
}
"""``repeat`` values: the item prefix usable inside the section, and the item's record."""

CONTEXT_SCALARS = (
    "recovery_key",
    "register_id",
    "register_path",
    "generated",
    "audit_head",
    "audit_events",
)
"""FormContext attributes a key may name directly (one segment, no dot)."""

APPLIES_TO = ("entity", "algorithm", "procedure", "assessment", "service")
# "assessment" (its cover table), "checklist" (item, result, note, evidence per applicable item),
# "tally" (counts per result) and "evidence" (the files) print the context's assessment sheet.
CHECKLIST_KINDS = ("assessment", "checklist", "tally", "evidence")
SECTION_KINDS = ("fields", "outline", "statement", *CHECKLIST_KINDS)
LAYOUTS = ("rows", "grid")


@dataclass(frozen=True)
class Text:
    """A string in Chinese and English."""

    zh: str
    en: str

    def get(self, lang: str) -> str:
        return self.zh if lang.startswith("zh") else self.en


@dataclass(frozen=True)
class Cite:
    """Citation ids (``domain.citations``), printed in the form's language when rendered.

    The ids are resolved at print time, so an edit of the citation table reaches every form.
    """

    ids: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.ids)

    def get(self, lang: str, versions: bool = False) -> str:
        return citations.text(self.ids, lang, versions) if self.ids else ""


@dataclass(frozen=True)
class Condition:
    """``when = {"algorithm.role" = "supporter"}``: holds when the key's stored code is listed."""

    key: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class FieldSpec:
    """One field: where its value lives, how it is labelled, typed, limited and cited.

    ``key`` is empty only for a headed blank in an outline section (counsel writes there).
    """

    key: str
    label: Text
    help: Text
    type: str
    required: bool = False
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    choices: str | None = None
    cite: Cite = Cite()
    when: tuple[Condition, ...] = ()
    lines: int = 0  # blank lines left for a headed blank
    blank: Text | None = None  # printed where the value is empty (证件有效期至: 长期)


@dataclass(frozen=True)
class Section:
    """A titled block of fields; repeated per item, an outline of headings, or a statement."""

    title: Text
    fields: tuple[FieldSpec, ...] = ()
    kind: str = "fields"
    repeat: str | None = None
    layout: str = "rows"
    text: Text | None = None
    when: tuple[Condition, ...] = ()
    min_items: int = 0
    cite: Cite = Cite()  # printed under the section's text
    items: str | None = None  # checklist kinds: the item whose subtree is printed (None: all)

    @property
    def item_prefix(self) -> str | None:
        return REPEATS[self.repeat][0] if self.repeat else None


@dataclass(frozen=True)
class FormSpec:
    """One form, as loaded from ``forms/<id>.toml``."""

    id: str
    title: Text
    applies_to: str
    sections: tuple[Section, ...]
    needs_signature: bool = False
    needs_seal: bool = False
    draft_watermark: bool = True
    source: str = ""
    cite: Cite = Cite()  # the basis of the whole form, printed under its title
    marking: Text | None = None  # e.g. 内部 · 法律意见 · 保密, printed on every page
    checklist: str | None = None  # the library whose assessment of the subject the form prints

    @property
    def internal(self) -> bool:
        """A marked form is internal work product: never part of a packet for the CAC."""
        return self.marking is not None

    def fields(self) -> Iterator[tuple[Section, FieldSpec]]:
        for section in self.sections:
            for spec_field in section.fields:
                yield section, spec_field

    def field(self, key: str) -> FieldSpec:
        for _section, spec_field in self.fields():
            if spec_field.key == key:
                return spec_field
        raise KeyError(key)


def holds(conditions: tuple[Condition, ...], context: FormContext) -> bool:
    """Whether every condition holds for the context (no conditions: always)."""
    for condition in conditions:
        value = value_of(context, condition.key)
        if value is None or str(value) not in condition.values:
            return False
    return True


def value_of(context: FormContext, key: str, item: object | None = None) -> object:
    """The value a key names, or None where the record or attribute is absent."""
    if not key:
        return None
    head, _, attr = key.partition(".")
    if not attr:
        return getattr(context, head, None)
    if head in ROOTS:
        return getattr(getattr(context, head, None), attr, None)
    return getattr(item, attr, None)


def items_of(context: FormContext, repeat: str) -> tuple[object, ...]:
    """The items a repeated section runs over."""
    if repeat == "products":
        return context.products
    if repeat == "models":
        return context.models
    if repeat == "changes":
        return context.procedure.changes if context.procedure else ()
    if repeat == "rows":
        return context.rows or tuple(_row_from(context, a) for a in context.algorithms)
    if repeat == "service_models":
        return context.service.models if context.service else ()
    if repeat in ("service_algorithms", "service_products", "annexes"):
        filing = context.service_filing
        return getattr(filing, repeat.removeprefix("service_")) if filing else ()
    raise KeyError(repeat)


def _row_from(context: FormContext, algorithm: Algorithm) -> RegisterRow:
    """A register row for an algorithm given without one (no due date is known then)."""
    return RegisterRow(
        algorithm_id=algorithm.id or 0,
        entity_id=context.entity.id or 0,
        entity_name=context.entity.name,
        name=algorithm.name,
        algo_type=algorithm.algo_type,
        role=algorithm.role,
        state=algorithm.state,
        triage=algorithm.triage,
        filing_number=algorithm.filing_number,
        launch_date=algorithm.launch_date,
        open_procedure=None,
        due_date=None,
        due_provisional=False,
        overdue=False,
        search_text="",
        list_batch=algorithm.list_batch,
    )
