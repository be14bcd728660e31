"""The register as one versioned, deterministic JSON document, and back.

No Qt, no database. ``{"format": "filing-desk", "version": 2, "entities": […], "models": […],
"algorithms": […], "products": […], "product_links": […], "procedures": […], "services": […],
"service_displays": […]}`` (the generative-AI services: ``json_services``): keys sorted,
dates ISO, enums as their stored codes. Ids in the document are document-local: ``dump``
renumbers every kind 1..n in a stable order (by natural keys such as entity name and USCC,
algorithm name and number) and rewrites the references (the links a procedure's keys name too:
``json_products.rekey``), so exporting, importing into an empty register (which assigns its own
ids) and exporting again gives the same document. ``load(dump(s)) == canonical(s)``, and
``== s`` when ``s`` is already canonical. Hostile input raises ``InvalidInput`` naming each bad path
(``algorithms[3].launch_date``). Values are written and read by the one conversion vocabulary
(``domain.fields.values.to_plain`` / ``from_plain``); a key may be missing only for a field
declared after the first schema revision (``added``), in a document written before it existed.
A version 1 document (products per algorithm) is read as version 2 (``json_products``).
"""

from __future__ import annotations

import json
import os
import types
from collections.abc import Sequence
from dataclasses import fields, replace
from functools import cache
from pathlib import Path
from typing import Any, get_args, get_origin

from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.fields import values
from filing_desk.domain.fields.declare import declared_field, hints
from filing_desk.domain.genai_services import GenAIService
from filing_desk.domain.issues import Issue
from filing_desk.domain.records import (
    Algorithm,
    Change,
    Entity,
    Model,
    Procedure,
    Product,
    ProductLink,
)
from filing_desk.transfer import json_products, json_services
from filing_desk.transfer.batch import ImportBatch, ImportRow, RegisterSnapshot
from filing_desk.transfer.columns import read_filing_number, read_uscc
from filing_desk.transfer.json_services import ServiceDisplay
from filing_desk.transfer.limits import DEFAULT_LIMITS, Limits, check_file

FORMAT = "filing-desk"
VERSION = 2  # 2: products are the entities', linked to algorithms (1: one per algorithm)
SECTIONS: tuple[tuple[str, type], ...] = (
    ("entities", Entity),
    ("models", Model),
    ("algorithms", Algorithm),
    ("products", Product),
    ("product_links", ProductLink),
    ("procedures", Procedure),
    (json_services.SECTION, GenAIService),
    (json_services.DISPLAYS, ServiceDisplay),
)
_FIELD = {"product_links": "links"}  # a section's RegisterSnapshot field, where it differs
# Sections a document may lack: written before the kind existed (read as empty).
_LATER = frozenset({json_services.SECTION, json_services.DISPLAYS})


def dump(snapshot: RegisterSnapshot) -> str:
    """The canonical JSON document of a snapshot (UTF-8 text, Chinese kept readable)."""
    canon = canonical(snapshot)
    doc: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    for name, cls in SECTIONS:
        doc[name] = [_encode_record(r, cls) for r in getattr(canon, _FIELD.get(name, name))]
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def canonical(snapshot: RegisterSnapshot) -> RegisterSnapshot:
    """Records in a stable order with ids 1..n per kind and references rewritten to match."""
    ents = sorted(snapshot.entities, key=lambda e: (e.name, e.uscc, e.id or 0))
    emap = _renumber(ents)
    models = sorted(
        snapshot.models,
        key=lambda m: (_ref(emap, m.entity_id), m.name, m.version, m.track_number, m.id or 0),
    )
    mmap = _renumber(models)
    algos = sorted(
        snapshot.algorithms,
        key=lambda a: (_ref(emap, a.entity_id), a.name, a.filing_number, a.id or 0),
    )
    amap = _renumber(algos)
    products = sorted(
        snapshot.products,
        key=lambda p: (_ref(emap, p.entity_id), p.name, p.form.value, p.address, p.id or 0),
    )
    pmap = _renumber(products)
    links = sorted(snapshot.links, key=lambda k: _link_key(k, amap, pmap))
    lmap = _renumber(links)
    procs = sorted(snapshot.procedures, key=lambda p: _procedure_key(p, amap))
    named = sorted(json_products.named_links(snapshot.procedures) - lmap.keys())
    lmap.update({old: len(links) + n for n, old in enumerate(named, start=1)})  # gone links
    services, displays = json_services.canonical(
        snapshot.services, snapshot.service_displays, json_services.Maps(emap, mmap, amap, pmap)
    )
    return RegisterSnapshot(
        services=services,
        service_displays=displays,
        entities=tuple(replace(e, id=n) for n, e in enumerate(ents, start=1)),
        models=tuple(
            replace(m, id=n, entity_id=_new(emap, "entity", m.entity_id))
            for n, m in enumerate(models, start=1)
        ),
        algorithms=tuple(
            replace(
                a,
                id=n,
                entity_id=_new(emap, "entity", a.entity_id),
                model_ids=tuple(sorted(_new(mmap, "model", i) or 0 for i in a.model_ids)),
            )
            for n, a in enumerate(algos, start=1)
        ),
        products=tuple(
            replace(p, id=n, entity_id=_new(emap, "entity", p.entity_id))
            for n, p in enumerate(products, start=1)
        ),
        links=tuple(
            replace(
                k,
                id=n,
                product_id=_new(pmap, "product", k.product_id),
                algorithm_id=_new(amap, "algorithm", k.algorithm_id),
            )
            for n, k in enumerate(links, start=1)
        ),
        procedures=tuple(
            json_products.rekey(
                replace(p, id=n, algorithm_id=_new(amap, "algorithm", p.algorithm_id)), lmap
            )
            for n, p in enumerate(procs, start=1)
        ),
    )


def _link_key(link: ProductLink, amap: dict[int, int], pmap: dict[int, int]) -> tuple[object, ...]:
    return (
        _ref(amap, link.algorithm_id),
        _ref(pmap, link.product_id),
        link.go_live.isoformat() if link.go_live else "",
        link.withdrawn.isoformat() if link.withdrawn else "",
        link.id or 0,
    )


def _renumber(records: Sequence[Any]) -> dict[int, int]:
    """Old id → new id (position from 1); the first record holding an old id keeps it."""
    out: dict[int, int] = {}
    for n, record in enumerate(records, start=1):
        if record.id is not None:
            out.setdefault(record.id, n)
    return out


def _ref(mapping: dict[int, int], old: int | None) -> int:
    return 0 if old is None else mapping.get(old, 0)


def _new(mapping: dict[int, int], kind: str, old: int | None) -> int | None:
    if old is None:
        return None
    if old not in mapping:
        raise InvalidInput([Issue("json.reference", "", text=f"no {kind} has id {old}")])
    return mapping[old]


def _procedure_key(p: Procedure, amap: dict[int, int]) -> tuple[object, ...]:
    return (
        _ref(amap, p.algorithm_id),
        p.created_at.isoformat() if p.created_at else "",
        p.trigger_date.isoformat() if p.trigger_date else "",
        p.kind.value,
        p.id or 0,
    )


# --- encoding ---------------------------------------------------------------------------------


@cache
def _shape(cls: type) -> tuple[tuple[str, Any], ...]:
    """Field names with their resolved type hints (resolved once per record type)."""
    record_hints = hints(cls)
    return tuple((f.name, record_hints[f.name]) for f in fields(cls))


def _encode_record(record: object, cls: type) -> dict[str, Any]:
    return {name: values.to_plain(getattr(record, name)) for name, _hint in _shape(cls)}


# --- decoding ---------------------------------------------------------------------------------


def load(text: str) -> RegisterSnapshot:
    """Parse and check a document; every problem is collected, then ``InvalidInput`` is raised."""
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise InvalidInput([Issue("json.syntax", "$", text=f"not JSON: {exc}")]) from exc
    issues: list[Issue] = []
    if not isinstance(doc, dict):
        raise InvalidInput([Issue("json.type", "$", text="expected a JSON object")])
    _check_header(doc, issues)
    if doc.get("version") == 1:  # products per algorithm: read as today's registry
        doc = json_products.upgrade_v1(doc)
    sections = {
        _FIELD.get(name, name): _decode_section(doc, name, cls, issues) for name, cls in SECTIONS
    }
    extra = sorted(set(doc) - {"format", "version"} - {n for n, _ in SECTIONS})
    issues += [Issue("json.unknown_key", k, text="unknown key") for k in extra]
    if issues:
        raise InvalidInput(issues)
    snapshot = RegisterSnapshot(**sections)
    _check_references(snapshot)
    return snapshot


def _check_header(doc: dict[str, Any], issues: list[Issue]) -> None:
    if doc.get("format") != FORMAT:
        issues.append(Issue("json.format", "format", text=f"expected {FORMAT!r}"))
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        issues.append(Issue("json.version", "version", text="expected a version number"))
    elif version > VERSION:
        text = f"made by a newer Filing Desk (version {version}; this one reads {VERSION})"
        issues.append(Issue("json.version", "version", text=text))


def _decode_section(
    doc: dict[str, Any], name: str, cls: type, issues: list[Issue]
) -> tuple[Any, ...]:
    items = doc.get(name)
    if name in _LATER and name not in doc:
        return ()
    if not isinstance(items, list):
        issues.append(Issue("json.type", name, text="missing or not a list"))
        return ()
    out = []
    for n, item in enumerate(items):
        record = _decode_record(item, cls, f"{name}[{n}]", issues)
        if record is not None:
            out.append(record)
    return tuple(out)


def _decode_record(item: Any, cls: type, path: str, issues: list[Issue]) -> Any:
    if not isinstance(item, dict):
        issues.append(Issue("json.type", path, text="expected an object"))
        return None
    shape = _shape(cls)
    names = {name for name, _ in shape}
    before = len(issues)
    unknown = [k for k in item if k not in names]
    issues += [Issue("json.unknown_key", f"{path}.{k}", text="unknown key") for k in unknown]
    decoded: dict[str, Any] = {}
    for name, hint in shape:
        if name in item:
            decoded[name] = _decode(item[name], hint, f"{path}.{name}", issues)
        elif not _added_later(cls, name):
            issues.append(Issue("json.missing", f"{path}.{name}", text="missing"))
    return cls(**decoded) if len(issues) == before else None


def _added_later(cls: type, name: str) -> bool:
    """A field a document written before its schema revision does not have (its default)."""
    found = declared_field(cls, name)
    return found is not None and bool(found.decl.added)


def _decode(value: Any, hint: Any, path: str, issues: list[Issue]) -> Any:
    origin, args = get_origin(hint), get_args(hint)
    if origin is types.UnionType:
        if value is None and type(None) in args:
            return None
        hint = next(a for a in args if a is not type(None))
        origin, args = get_origin(hint), get_args(hint)
    if origin is tuple:
        if not isinstance(value, list):
            return _bad(path, "expected a list", issues)
        return tuple(_decode(v, args[0], f"{path}[{i}]", issues) for i, v in enumerate(value))
    if origin is dict:
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            return _bad(path, "expected an object of texts", issues)
        return dict(value)
    if hint is Change or hint in json_services.NESTED:
        return _decode_record(value, hint, path, issues)
    return _decode_scalar(value, hint, path, issues)


def _decode_scalar(value: Any, hint: Any, path: str, issues: list[Issue]) -> Any:
    try:
        return values.from_plain(value, hint)
    except ValueError as exc:
        return _bad(path, str(exc), issues)


def _bad(path: str, text: str, issues: list[Issue]) -> None:
    issues.append(Issue("json.type", path, text=text))


def _check_references(s: RegisterSnapshot) -> None:
    issues: list[Issue] = []
    for name, records, owner, ids in (
        ("models", s.models, "entity_id", {e.id for e in s.entities}),
        ("algorithms", s.algorithms, "entity_id", {e.id for e in s.entities}),
        ("products", s.products, "entity_id", {e.id for e in s.entities}),
        ("product_links", s.links, "product_id", {p.id for p in s.products}),
        ("product_links", s.links, "algorithm_id", {a.id for a in s.algorithms}),
        ("procedures", s.procedures, "algorithm_id", {a.id for a in s.algorithms}),
    ):
        for n, record in enumerate(records):
            ref = getattr(record, owner)
            if ref is not None and ref not in ids:
                issues.append(Issue("json.reference", f"{name}[{n}].{owner}", text=f"no id {ref}"))
    model_ids = {m.id for m in s.models}
    for n, algo in enumerate(s.algorithms):
        for k, ref in enumerate(algo.model_ids):
            if ref not in model_ids:
                where = f"algorithms[{n}].model_ids[{k}]"
                issues.append(Issue("json.reference", where, text=f"no model has id {ref}"))
    entity_ids = {e.id for e in s.entities}
    owners = {p.id: p.entity_id for p in s.products if p.entity_id in entity_ids}
    algo_owners = {a.id: a.entity_id for a in s.algorithms if a.entity_id in entity_ids}
    for n, link in enumerate(s.links):  # a link joins an entity's product to its own algorithm
        mine, theirs = owners.get(link.product_id), algo_owners.get(link.algorithm_id)
        if mine is not None and theirs is not None and mine != theirs:
            where = f"product_links[{n}].product_id"
            text = f"product {link.product_id} is another entity's than its algorithm"
            issues.append(Issue("json.reference", where, text=text))
    of_entity: dict[str, dict[int | None, int | None]] = {
        "entity": {i: i for i in entity_ids},
        "product": {p.id: p.entity_id for p in s.products},
        "algorithm": {a.id: a.entity_id for a in s.algorithms},
        "model": {m.id: m.entity_id for m in s.models},
    }
    issues += json_services.reference_issues(s.services, s.service_displays, of_entity)
    if issues:
        raise InvalidInput(issues)


def load_file(path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS) -> RegisterSnapshot:
    """``load`` a file after the size check; undecodable bytes are an ``InvalidInput`` too."""
    check_file(path, limits)
    data = Path(path).read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput([Issue("json.encoding", "$", text="not UTF-8 text")]) from exc
    return load(text)


def to_batch(snapshot: RegisterSnapshot, source: str = "") -> ImportBatch:
    """One row per algorithm (``line`` = its 1-based position in the document), numbers checked.

    For the import preview; ``load`` keeps procedures and ids that a batch does not carry.
    """
    canon = canonical(snapshot)
    entities = {e.id: e for e in canon.entities}
    models = {m.id: m for m in canon.models}
    rows = []
    for n, algo in enumerate(canon.algorithms, start=1):
        key = "algorithm.filing_number"
        _, issues = read_filing_number(algo.filing_number, algo.algo_type, key, "filing_number")
        entity = entities.get(algo.entity_id, Entity())
        if entity.uscc:
            issues += read_uscc(entity.uscc, "entity.uscc", "uscc")[1]
        rows.append(
            ImportRow(
                line=n,
                entity=entity,
                algorithm=algo,
                products=canon.linked(algo.id),
                models=tuple(models[i] for i in algo.model_ids if i in models),
                issues=tuple(issues),
            )
        )
    return ImportBatch(rows=tuple(rows), source=source, kind="json")
