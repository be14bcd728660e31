"""Audit events as sentences a lawyer can read, in Chinese or English. Pure: no Qt, no I/O.

``sentence(event, lang, names)`` says who-did-what in one sentence: the record by its name
(算法「智能推荐算法」 / algorithm "Smart recommendation"), each field by its declared label, a
choice by its label, dates in the language's form, an empty value as （空） / (empty), never a
stored key or code. ``names`` (a ``NameBook``) holds the names the register has now; a record no
longer there is named by what the event itself recorded (its name, file name or title), else by
its number. The audit view, the audit report PDF and the CLI all speak through here, so the same
event reads the same everywhere. What each kind says is ``audit_kinds.KINDS``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from filing_desk.domain.audit_kinds import (
    KEYS,
    KINDS,
    PRIVILEGED_ACTIONS,
    PRIVILEGED_FIELDS,
    Key,
    Kind,
)
from filing_desk.domain.enums import LabelledEnum, ProcedureKind
from filing_desk.domain.fields import values
from filing_desk.domain.fields.declare import Declared, declared, declared_field
from filing_desk.domain.fields.declare import Kind as Shape
from filing_desk.domain.genai_services import GenAIService
from filing_desk.domain.records import (
    Algorithm,
    AuditEvent,
    Entity,
    LinkedProduct,
    Model,
    Procedure,
)

Ref = tuple[str, int]
EMPTY = ("（空）", "(empty)")
GENERIC = Kind("记录{obj}的变动", "Recorded a change to {obj}")
_RECORDS: dict[str, type] = {
    "entity": Entity,
    "algorithm": Algorithm,
    "model": Model,
    "product": LinkedProduct,
    "product_link": LinkedProduct,
    "procedure": Procedure,
    "service": GenAIService,
}
_NOUNS: dict[str, tuple[str, str]] = {
    "entity": ("主体", "entity"),
    "algorithm": ("算法", "algorithm"),
    "model": ("模型", "model"),
    "product": ("产品", "product"),
    "attachment": ("附件", "attachment"),
    "cac_list": ("网信部门备案清单", "CAC list"),
    "procedure": ("办理事项", "procedure"),
    "assessment": ("检查表评估", "checklist assessment"),
    "security": ("安全评估", "security assessment"),
    "product_link": ("产品关联", "product link"),
    "service": ("生成式人工智能服务", "generative-AI service"),
}
_OWNED = {"attachment", "assessment", "security"}  # named with the record they belong to


@dataclass(frozen=True)
class NameBook:
    """What the register calls the records events name, read when the events are shown."""

    names: Mapping[Ref, str] = field(default_factory=dict)  # entity, algorithm… → its name
    procedures: Mapping[int, tuple[str, int]] = field(default_factory=dict)  # (kind, algorithm)
    links: Mapping[int, tuple[int, int]] = field(default_factory=dict)  # (product, algorithm)
    owners: Mapping[Ref, Ref] = field(default_factory=dict)  # attachment/assessment → its record


def _zh(lang: str) -> bool:
    return lang.startswith("zh")


def _say(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if _zh(lang) else pair[1]


def _values(event: AuditEvent) -> dict[str, object]:
    return {**(event.before or {}), **(event.after or {})}


def _owner_from(event: AuditEvent) -> Ref | None:
    got = _values(event)
    for kind_key, id_key in (("owner_type", "owner_id"), ("subject_kind", "subject_id")):
        if got.get(kind_key) and isinstance(got.get(id_key), int):
            return str(got[kind_key]), int(got[id_key])  # type: ignore[call-overload]
    if got.get("subject") and isinstance(got.get("subject_id"), int):
        return str(got["subject"]), int(got["subject_id"])  # type: ignore[call-overload]
    return None


_NAME_KEYS = {"attachment": "filename", "cac_list": "title", "assessment": "", "security": ""}


def _recorded_name(otype: str, event: AuditEvent | None) -> str:
    """The name the event itself recorded for its own record (a creation's or deletion's)."""
    got = _values(event) if event is not None else {}
    name = got.get(_NAME_KEYS.get(otype, "name"))
    return name if isinstance(name, str) else ""


def record_name(
    otype: str, oid: int | None, lang: str, names: NameBook, event: AuditEvent | None = None
) -> str:
    """The record as a sentence names it: 算法「智能推荐算法」 / algorithm "Smart ranking"."""
    zh = _zh(lang)
    if oid is None:
        return ""
    if otype == "procedure":
        return _procedure_name(oid, lang, names, event)
    if otype == "product_link":
        return _link_name(oid, lang, names, event)
    noun = _NOUNS.get(otype, (otype, otype))
    name = names.names.get((otype, oid)) or _recorded_name(otype, event)
    own = f"{noun[0]}「{name}」" if zh else f'{noun[1]} "{name}"'
    owner = names.owners.get((otype, oid)) or (_owner_from(event) if event else None)
    if otype in _OWNED and owner is not None and owner[0] in _NOUNS:
        whose = record_name(owner[0], owner[1], lang, names)
        if not name:  # an assessment is named by what it assesses
            return f"{whose}的{noun[0]}" if zh else f"the {noun[1]} of {whose}"
        return f"{whose}的{own}" if zh else f"the {own} of {whose}"
    if not name:
        return f"{noun[0]} #{oid}" if zh else f"{noun[1]} #{oid}"
    return own


def _procedure_name(oid: int, lang: str, names: NameBook, event: AuditEvent | None) -> str:
    kind_code, algorithm_id = names.procedures.get(oid, ("", 0))
    if not kind_code and event is not None:
        kind_code = str(_values(event).get("kind") or "")
    try:
        kind = ProcedureKind(kind_code).label(lang)
    except ValueError:
        kind = _say(_NOUNS["procedure"], lang)
    if not algorithm_id:
        return f"{kind}事项 #{oid}" if _zh(lang) else f"{kind.lower()} #{oid}"
    algorithm = record_name("algorithm", algorithm_id, lang, names)
    return f"{algorithm}的{kind}事项" if _zh(lang) else f"the {kind.lower()} of {algorithm}"


def _link_name(oid: int, lang: str, names: NameBook, event: AuditEvent | None) -> str:
    got = _values(event) if event is not None else {}
    product_id, algorithm_id = names.links.get(oid, (0, 0))
    product_id = product_id or int(got.get("product_id") or 0)  # type: ignore[call-overload]
    algorithm_id = algorithm_id or int(got.get("algorithm_id") or 0)  # type: ignore[call-overload]
    if not (product_id and algorithm_id):
        return f"产品关联 #{oid}" if _zh(lang) else f"product link #{oid}"
    algorithm = record_name("algorithm", algorithm_id, lang, names)
    product = record_name("product", product_id, lang, names)
    return f"{algorithm}与{product}的关联" if _zh(lang) else f"the link of {algorithm} to {product}"


def _declared(otype: str, key: str) -> Declared | None:
    record = _RECORDS.get(otype)
    return declared_field(record, key) if record is not None else None


def key_label(otype: str, key: str, lang: str) -> str:
    """A value key's words: the declared label, else ``audit_kinds.KEYS``' words."""
    decl = _declared(otype, key)
    if decl is not None:
        return decl.label(lang)
    words = KEYS.get(key)
    return (words.zh if _zh(lang) else words.en) if words else key.replace("_", " ")


def _empty(value: object) -> bool:
    return value is None or value == "" or value == [] or value == ()


def _quote(text: str, lang: str, limit: int | None) -> str:
    text = " ".join(text.split())
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"“{text}”" if _zh(lang) else f'"{text}"'


def _items(value: object) -> list[object]:
    if isinstance(value, str):
        return [v for v in value.split(",") if v]
    return list(value) if isinstance(value, list | tuple) else [value]


def value_text(
    otype: str, key: str, value: object, lang: str, names: NameBook, limit: int | None = 60
) -> str:
    """One recorded value as words (labels for choices, names for records, （空） for nothing)."""
    if _empty(value):
        return _say(EMPTY, lang)
    if isinstance(value, list) and all(isinstance(v, Mapping) for v in value):
        if all("field" in v for v in value):  # a procedure's changes: the fields' labels
            labels = [_change_label(str(v["field"]), lang) for v in value]
            return values.show_list(labels, lang)
        return f"{len(value)} 项" if _zh(lang) else f"{len(value)} item(s)"
    decl = _declared(otype, key)
    if decl is not None:
        return _declared_text(decl, value, lang, limit)
    words = KEYS.get(key)
    if words is not None:
        text = _keyed_text(words, value, lang, names)
        if text is not None:
            return text
    if isinstance(value, bool):
        return values.show_bool(value, lang)
    if isinstance(value, str):
        return _quote(value, lang, limit)
    if isinstance(value, list):
        return values.show_list([str(v) for v in value], lang)
    return str(value)


def _declared_text(decl: Declared, value: object, lang: str, limit: int | None) -> str:
    shape = decl.shape
    if shape.enum is not None and shape.kind in (Shape.CHOICE, Shape.CHOICES):
        return values.show_list([_label(shape.enum, v) for v in _items(value)], lang)
    if shape.kind in (Shape.DATE, Shape.DATETIME) and isinstance(value, str):
        return _keyed_text(KEYS["decided"], value, lang, NameBook()) or value
    if isinstance(value, bool):
        return values.show_bool(value, lang)
    if isinstance(value, str):
        return _quote(value, lang, limit)
    return values.show(value, lang) or _say(EMPTY, lang)


def _keyed_text(words: Key, value: object, lang: str, names: NameBook) -> str | None:
    if words.ref:
        ids = [int(str(v)) for v in _items(value) if str(v).isdigit()]
        return values.show_list([record_name(words.ref, i, lang, names) for i in ids], lang)
    if words.enum is not None:
        return values.show_list([_label(words.enum, v) for v in _items(value)], lang)
    if words.date and isinstance(value, str):
        try:
            return values.show_date(date.fromisoformat(value[:10]), lang)
        except ValueError:
            return value
    return None


def _label(enum: type[LabelledEnum], code: object) -> LabelledEnum | str:
    try:
        return enum(str(code))
    except ValueError:
        return str(code)


def _change_label(dotted: str, lang: str) -> str:
    prefix, _, name = dotted.partition(".")
    return key_label(prefix.split("[")[0], name, lang) if name else dotted


def _order(otype: str) -> dict[str, int]:
    record = _RECORDS.get(otype)
    return {d.name: i for i, d in enumerate(declared(record))} if record else {}


def parts(event: AuditEvent, lang: str, names: NameBook, limit: int | None = 60) -> list[str]:
    """What the event's values add to its sentence, one part per field."""
    kind = KINDS.get(event.action, GENERIC)
    before, after = event.before or {}, event.after or {}
    tail = "after" if kind.tail == "changes" and event.before is None else kind.tail
    shown = {"after": after, "before": before}.get(tail)
    order = _order(event.object_type)
    otype, zh = event.object_type, _zh(lang)
    out = []
    if shown is not None:
        for key in sorted(shown, key=lambda k: (order.get(k, len(order)), k)):
            if key in kind.hide or _empty(shown[key]):
                continue
            text = value_text(otype, key, shown[key], lang, names, limit)
            out.append(f"{key_label(otype, key, lang)}{'：' if zh else ': '}{text}")
        return out
    if tail == "none":
        return out
    for key in sorted(set(before) | set(after), key=lambda k: (order.get(k, len(order)), k)):
        if key in kind.hide or before.get(key) == after.get(key):
            continue
        label = key_label(otype, key, lang)
        old = value_text(otype, key, before.get(key), lang, names, limit)
        new = value_text(otype, key, after.get(key), lang, names, limit)
        out.append(f"{label}由{old}改为{new}" if zh else f"{label} changed from {old} to {new}")
    return out


def sentence(event: AuditEvent, lang: str, names: NameBook, limit: int | None = 60) -> str:
    """The event as one sentence in ``lang`` (values cut at ``limit`` characters; None: whole)."""
    kind = KINDS.get(event.action, GENERIC)
    obj = record_name(event.object_type, event.object_id, lang, names, event)
    head = (kind.zh if _zh(lang) else kind.en).format(obj=obj)
    tail = parts(event, lang, names, limit)
    if not tail:
        return head
    return head + ("：" + "；".join(tail) if _zh(lang) else ": " + "; ".join(tail))


def details(event: AuditEvent, lang: str, names: NameBook) -> list[str]:
    """Every value the event recorded, whole, one line each (a creation's fields too)."""
    kind = KINDS.get(event.action, GENERIC)
    if kind.tail == "none" and (event.after or event.before):
        whole = dataclasses.replace(event, before=None, after=event.after or event.before)
        return _all_values(whole, lang, names)
    return parts(event, lang, names, None)


def _all_values(event: AuditEvent, lang: str, names: NameBook) -> list[str]:
    got, order, zh = event.after or {}, _order(event.object_type), _zh(lang)
    keys = sorted(got, key=lambda k: (order.get(k, len(order)), k))
    return [
        f"{key_label(event.object_type, k, lang)}{'：' if zh else ': '}"
        f"{value_text(event.object_type, k, got[k], lang, names, None)}"
        for k in keys
        if not _empty(got[k])
    ]


def when_text(local: datetime, lang: str) -> str:
    """An event's local time: 2026年11月23日 14:05 / 2026-11-23 14:05."""
    return f"{values.show_date(local.date(), lang)} {local:%H:%M}"


def shareable(events: Iterable[AuditEvent]) -> tuple[list[AuditEvent], int]:
    """The events with counsel's privileged analysis left out (the triage answer and its
    reasons, the public-opinion findings, override reasons), and how many events that dropped."""
    kept, dropped = [], 0
    for event in events:
        if event.action in PRIVILEGED_ACTIONS:
            dropped += 1
            continue

        def clean(
            part: dict[str, object] | None, otype: str = event.object_type
        ) -> dict[str, object] | None:
            if part is None:
                return None
            return {k: v for k, v in part.items() if f"{otype}.{k}" not in PRIVILEGED_FIELDS}

        before, after = clean(event.before), clean(event.after)
        if (event.before or event.after) and not (before or after):
            dropped += 1
            continue
        kept.append(dataclasses.replace(event, before=before, after=after))
    return kept, dropped


def refs(events: Iterable[AuditEvent]) -> set[Ref]:
    """Every record the events name, for the register to look their names up."""
    out: set[Ref] = set()
    for event in events:
        if event.object_id is not None:
            out.add((event.object_type, event.object_id))
        got = _values(event)
        for key, value in got.items():
            words = KEYS.get(key)
            if words is not None and words.ref:
                out.update((words.ref, int(v)) for v in _items(value) if str(v).isdigit())  # type: ignore[call-overload]
        owner = _owner_from(event)
        if owner is not None:
            out.add(owner)
    return out
