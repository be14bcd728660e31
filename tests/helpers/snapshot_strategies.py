"""Hypothesis strategies for register snapshots (any record, every field from its type hint)
and the renumbering a register that assigns its own ids does: for the JSON round-trip tests."""

from __future__ import annotations

import types
from dataclasses import fields, replace
from datetime import UTC, date, datetime
from typing import Any, get_args, get_origin, get_type_hints

from hypothesis import strategies as st

from filing_desk.domain.enums import LabelledEnum
from filing_desk.domain.records import (
    Algorithm,
    Change,
    Entity,
    Model,
    Procedure,
    Product,
    ProductLink,
)
from filing_desk.transfer.batch import RegisterSnapshot

REFS = {"id", "entity_id", "algorithm_id", "product_id", "model_ids"}


def strategy_for(hint: Any) -> st.SearchStrategy[Any]:
    """A strategy for one record field from its type hint."""
    origin, args = get_origin(hint), get_args(hint)
    if origin is types.UnionType:
        (inner,) = [a for a in args if a is not type(None)]
        return st.none() | strategy_for(inner)
    if origin is tuple:
        return st.lists(strategy_for(args[0]), max_size=3).map(tuple)
    if origin is dict:
        return st.dictionaries(st.text(max_size=8), st.text(max_size=8), max_size=3)
    if hint is Change:
        return st.builds(Change, st.text(max_size=8), st.text(max_size=8), st.text(max_size=8))
    if isinstance(hint, type) and issubclass(hint, LabelledEnum):
        return st.sampled_from(list(hint))
    simple: dict[Any, st.SearchStrategy[Any]] = {
        str: st.text(max_size=12),
        bool: st.booleans(),
        int: st.integers(0, 10),
        date: st.dates(),
        datetime: st.datetimes(timezones=st.none() | st.just(UTC)),
    }
    return simple[hint]


def records(cls: type) -> st.SearchStrategy[Any]:
    hints = get_type_hints(cls)
    return st.builds(cls, **{f.name: strategy_for(hints[f.name]) for f in fields(cls)
                             if f.name not in REFS})  # fmt: skip


@st.composite
def snapshots(draw: st.DrawFn) -> RegisterSnapshot:
    ents = [replace(e, id=i + 1) for i, e in enumerate(draw(st.lists(records(Entity), max_size=3)))]
    eids = st.none() | st.sampled_from([e.id for e in ents]) if ents else st.none()
    models = [
        replace(m, id=i + 1, entity_id=draw(eids))
        for i, m in enumerate(draw(st.lists(records(Model), max_size=3)))
    ]
    mids = st.lists(st.sampled_from([m.id for m in models]), max_size=2, unique=True)
    mids = mids if models else st.just([])
    algos = [
        replace(a, id=i + 1, entity_id=draw(eids),
                model_ids=tuple(draw(mids)))
        for i, a in enumerate(draw(st.lists(records(Algorithm), max_size=4)))
    ]  # fmt: skip
    aids = st.none() | st.sampled_from([a.id for a in algos]) if algos else st.none()
    products = [replace(p, id=i + 1, entity_id=draw(eids))
                for i, p in enumerate(draw(st.lists(records(Product), max_size=4)))]  # fmt: skip
    links = []  # an entity's product on one of its algorithms
    for link in draw(st.lists(records(ProductLink), max_size=4)):
        pairs = [(p.id, a.id) for p in products for a in algos if p.entity_id == a.entity_id]
        if pairs:
            product_id, algorithm_id = draw(st.sampled_from(pairs))
            links.append(replace(link, id=len(links) + 1, product_id=product_id,
                                 algorithm_id=algorithm_id))  # fmt: skip
    procs = [replace(p, id=i + 1, algorithm_id=draw(aids))
             for i, p in enumerate(draw(st.lists(records(Procedure), max_size=3)))]  # fmt: skip
    return RegisterSnapshot(*map(tuple, (ents, algos, products, models, procs, links)))


def renumbered(s: RegisterSnapshot, step: int = 7, offset: int = 100) -> RegisterSnapshot:
    """What a register that assigned its own (increasing) ids would hand back."""

    def new(old: int | None) -> int | None:
        return None if old is None else old * step + offset

    return RegisterSnapshot(
        entities=tuple(replace(e, id=new(e.id)) for e in s.entities),
        algorithms=tuple(
            replace(
                a,
                id=new(a.id),
                entity_id=new(a.entity_id),
                model_ids=tuple(new(i) for i in a.model_ids),
            )
            for a in s.algorithms
        ),
        products=tuple(replace(p, id=new(p.id), entity_id=new(p.entity_id)) for p in s.products),
        links=tuple(
            replace(k, id=new(k.id), product_id=new(k.product_id), algorithm_id=new(k.algorithm_id))
            for k in s.links
        ),
        models=tuple(replace(m, id=new(m.id), entity_id=new(m.entity_id)) for m in s.models),
        procedures=tuple(
            replace(p, id=new(p.id), algorithm_id=new(p.algorithm_id)) for p in s.procedures
        ),
    )
