"""How a record field is declared once, and how the rest of the program reads the declarations.

No Qt, no I/O, and no particular field: the record kinds (``fields/entity.py`` …) declare their
fields as dataclass fields made by ``declare``; the store's columns, the record form, the sheets'
columns, JSON, change detection and the form specs' defaults read them back through ``declared``.
A field's value shape (text, yes/no, date, choice, choices…) is its type annotation, read once by
``shape_of``; everything else about it is its ``FieldDecl``.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from dataclasses import MISSING, dataclass, field, fields
from datetime import date, datetime
from enum import Enum, StrEnum
from functools import cache
from typing import Any, NamedTuple

from filing_desk.domain.enums import AttachmentKind, LabelledEnum

_KEY = "filing_desk.declaration"


class Wording(NamedTuple):
    """A text in Chinese and English."""

    zh: str
    en: str

    def get(self, lang: str = "zh") -> str:
        return self.zh if lang.startswith("zh") else self.en


class Check(StrEnum):
    """What a text field's value is checked as (the rules live in ``domain.codes``)."""

    NONE = ""
    USCC = "uscc"  # GB 32100-2015, with its check character
    FILING_NUMBER = "filing_number"  # 网信算备 + 21 digits + 号
    PHONE = "phone"
    EMAIL = "email"
    ID_NUMBER = "id_number"  # an identity document's number (its type is another field)
    REGION_CODE = "region_code"  # GB/T 2260, six digits
    URL = "url"
    MODEL_NUMBER = "model_number"  # a generative-AI model's filing or registration number
    ICP_NUMBER = "icp_number"  # an ICP filing number (京ICP备…号) or licence (京B2-…)


class Kind(StrEnum):
    """The shape of a field's value, read from its annotation."""

    TEXT = "text"
    BOOL = "bool"
    DATE = "date"
    DATETIME = "datetime"
    NUMBER = "number"
    CHOICE = "choice"  # one member of an enum
    CHOICES = "choices"  # a tuple of members of an enum
    OTHER = "other"  # structured values (a procedure's changes, snapshot, draft)


class Shape(NamedTuple):
    kind: Kind
    enum: type[LabelledEnum] | None = None
    optional: bool = False


@dataclass(frozen=True)
class FieldDecl:
    """Everything about one field besides its name, type and default.

    Attributes:
        label, help: the words for it everywhere (a form spec may override them for its page).
        column: the register sheet's heading, where it is not the label (the CAC lists' word).
        check: what its text is checked as.
        long: several lines of text (a text box rather than a line).
        required: a record is not a record without it (import needs its column; stored NOT NULL
            without a default).
        edited: a person edits it directly; False for what the lifecycle sets (state, numbers).
        filed: part of what was filed: a change to it on a filed record opens a modification
            (Algorithm Provisions art. 24(2)).
        when: it applies only when another field of the record holds one of these codes, e.g.
            ``(("algo_type", ("01",)),)``; change detection skips it otherwise.
        stale: the attachments a change to it makes out of date.
        aliases: more spreadsheet headings it is recognised by on import.
        added: the schema revision that added it ("" for the first); documents written before
            then may lack it.
    """

    label: Wording
    help: Wording
    column: Wording | None = None
    check: Check = Check.NONE
    long: bool = False
    required: bool = False
    edited: bool = True
    filed: bool = False
    when: tuple[tuple[str, tuple[str, ...]], ...] = ()
    stale: tuple[AttachmentKind, ...] = ()
    aliases: tuple[str, ...] = ()
    added: str = ""


def declare(
    default: object = MISSING,
    *,
    label: tuple[str, str],
    help: tuple[str, str],
    column: tuple[str, str] | None = None,
    factory: Callable[[], object] | None = None,
    check: Check = Check.NONE,
    long: bool = False,
    required: bool = False,
    edited: bool = True,
    filed: bool = False,
    when: tuple[tuple[str, tuple[str, ...]], ...] = (),
    stale: tuple[AttachmentKind, ...] = (),
    aliases: tuple[str, ...] = (),
    added: str = "",
) -> Any:
    """A dataclass field carrying its declaration: ``notes: str = declare("", label=…, help=…)``."""
    decl = FieldDecl(
        Wording(*label),
        Wording(*help),
        column=Wording(*column) if column else None,
        check=check,
        long=long,
        required=required,
        edited=edited,
        filed=filed,
        when=when,
        stale=stale,
        aliases=aliases,
        added=added,
    )
    if factory is not None:
        return field(default_factory=factory, metadata={_KEY: decl})
    return field(default=default, metadata={_KEY: decl})


@cache
def shape_of(hint: Any) -> Shape:
    """``date | None`` → (DATE, optional); ``tuple[Modality, ...]`` → (CHOICES, Modality)…"""
    optional = False
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        optional = len(args) < len(typing.get_args(hint))
        if len(args) != 1:
            return Shape(Kind.OTHER, None, optional)
        hint = args[0]
    if typing.get_origin(hint) is tuple:
        member = typing.get_args(hint)[0]
        if isinstance(member, type) and issubclass(member, LabelledEnum):
            return Shape(Kind.CHOICES, member, optional)
        return Shape(Kind.OTHER, None, optional)
    if isinstance(hint, type) and issubclass(hint, LabelledEnum):
        return Shape(Kind.CHOICE, hint, optional)
    simple = {str: Kind.TEXT, bool: Kind.BOOL, datetime: Kind.DATETIME, date: Kind.DATE}
    if hint in simple:
        return Shape(simple[hint], None, optional)
    if hint is int:
        return Shape(Kind.NUMBER, None, optional)
    return Shape(Kind.OTHER, None, optional)


@dataclass(frozen=True)
class Declared:
    """One declared field of a record kind, resolved: where it lives, its shape, its declaration."""

    prefix: str  # the record kind's key prefix: "entity", "algorithm", "product"…
    name: str
    hint: Any
    shape: Shape
    decl: FieldDecl
    default: object

    @property
    def key(self) -> str:
        """The dotted key forms, sheets and change detection use: ``entity.notes``."""
        return f"{self.prefix}.{self.name}"

    def label(self, lang: str = "zh") -> str:
        return self.decl.label.get(lang)

    def heading(self, lang: str = "zh") -> str:
        """Its column heading in a register sheet."""
        return (self.decl.column or self.decl.label).get(lang)

    def applies_to(self, record: object) -> bool:
        """Whether the field is part of ``record`` (see ``FieldDecl.when``)."""
        for name, codes in self.decl.when:
            value = getattr(record, name)
            if str(value.value if isinstance(value, Enum) else value) not in codes:
                return False
        return True


def hints(record_type: type) -> dict[str, Any]:
    """The resolved annotations of a record dataclass (cached per type)."""
    return _hints(record_type)


@cache
def _hints(record_type: type) -> dict[str, Any]:
    return typing.get_type_hints(record_type)


@cache
def declared(record_type: type) -> tuple[Declared, ...]:
    """The declared fields of a record kind, in declaration order (ids and links are not)."""
    # Entity → "entity", as in form and sheet keys; a view may name its own (LinkedProduct)
    prefix = getattr(record_type, "key_prefix", record_type.__name__.lower())
    out = []
    for f in fields(record_type):
        decl = f.metadata.get(_KEY)
        if decl is None:
            continue
        default: object = None
        if f.default is not MISSING:
            default = f.default
        elif f.default_factory is not MISSING:
            default = f.default_factory()
        hint = _hints(record_type)[f.name]
        out.append(Declared(prefix, f.name, hint, shape_of(hint), decl, default))
    return tuple(out)


def declared_field(record_type: type, name: str) -> Declared | None:
    """The declaration of one field, or None (an id, a link, or not a field at all)."""
    return _by_name(record_type).get(name)


@cache
def _by_name(record_type: type) -> dict[str, Declared]:
    return {d.name: d for d in declared(record_type)}
