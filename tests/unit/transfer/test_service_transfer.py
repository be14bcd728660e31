"""Generative-AI services in the JSON document: round trip byte-identical, bad rows refused."""

from __future__ import annotations

import json
from dataclasses import fields, replace
from datetime import date
from typing import Any, get_type_hints

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from filing_desk.domain.enums import ModelOrigin, ServiceState
from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.genai_services import GenAIService, ServiceModel
from filing_desk.domain.records import Algorithm, Entity, Model, Product
from filing_desk.transfer.batch import RegisterSnapshot
from filing_desk.transfer.json_io import canonical, dump, load
from filing_desk.transfer.json_services import ServiceDisplay
from tests.helpers.snapshot_strategies import renumbered, snapshots, strategy_for

SERVICE_REFS = {"id", "entity_id", "product_ids", "algorithm_ids", "models"}


@st.composite
def with_services(draw: st.DrawFn) -> RegisterSnapshot:
    """A snapshot plus services linking their own entity's products and algorithms."""
    base = draw(snapshots())
    services, displays = [], []
    for ent in base.entities:
        for service in draw(st.lists(_services(), max_size=2)):
            products = [p.id for p in base.products if p.entity_id == ent.id]
            algos = [a.id for a in base.algorithms if a.entity_id == ent.id]
            models = draw(st.lists(_models(base), max_size=2))
            sid = len(services) + 1
            powered = (
                tuple(draw(st.lists(st.sampled_from(products), unique=True))) if products else ()
            )
            picked = tuple(draw(st.lists(st.sampled_from(algos), unique=True))) if algos else ()
            services.append(replace(service, id=sid, entity_id=ent.id, product_ids=powered,
                                    algorithm_ids=picked, models=tuple(models)))  # fmt: skip
            displays += [
                ServiceDisplay(sid, p, draw(st.booleans()), draw(st.none() | st.dates()), "页脚")
                for p in powered
            ]
    return replace(base, services=tuple(services), service_displays=tuple(displays))


def _services() -> st.SearchStrategy[GenAIService]:
    hints = get_type_hints(GenAIService)
    return st.builds(
        GenAIService,
        **{
            f.name: strategy_for(hints[f.name])
            for f in fields(GenAIService)
            if f.name not in SERVICE_REFS
        },
    )


def _models(base: RegisterSnapshot) -> st.SearchStrategy[ServiceModel]:
    ids = st.none() | st.sampled_from([m.id for m in base.models]) if base.models else st.none()
    return st.builds(
        ServiceModel,
        model_id=ids,
        name=st.text(max_size=8),
        origin=st.sampled_from(list(ModelOrigin)),
        filing_number=st.text(max_size=8),
    )


def _renumbered(s: RegisterSnapshot) -> RegisterSnapshot:
    """As a register would hand it back: every id its own (``renumbered``), services too."""
    again = renumbered(s)

    def new(old: int | None) -> int | None:
        return None if old is None else old * 7 + 100

    services = tuple(
        replace(
            v,
            id=(v.id or 0) * 3 + 50,  # services numbered apart from the rest
            entity_id=new(v.entity_id),
            product_ids=tuple(reversed([new(i) or 0 for i in v.product_ids])),
            algorithm_ids=tuple(new(i) or 0 for i in v.algorithm_ids),
            models=tuple(replace(m, model_id=new(m.model_id)) for m in v.models),
        )
        for v in reversed(s.services)
    )
    displays = tuple(
        replace(d, service_id=(d.service_id or 0) * 3 + 50, product_id=new(d.product_id))
        for d in reversed(s.service_displays)
    )
    return replace(again, services=services, service_displays=displays)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(with_services())
def test_round_trip_with_services(snapshot: RegisterSnapshot) -> None:
    text = dump(snapshot)
    canon = canonical(snapshot)
    assert load(text) == canon
    assert dump(canon) == text
    assert dump(_renumbered(load(text))) == text  # export → import (new ids) → export


def small() -> RegisterSnapshot:
    """One entity: an app, a 生成合成类 algorithm, a register model and two services."""
    return RegisterSnapshot(
        entities=(Entity(id=1, name="北京青禾智能科技有限公司"), Entity(id=2, name="乙公司")),
        products=(
            Product(id=1, entity_id=1, name="青禾助手"),
            Product(id=2, entity_id=2, name="乙"),
        ),
        algorithms=(Algorithm(id=1, entity_id=1, name="青禾生成合成算法"),),
        models=(Model(id=1, entity_id=1, name="青禾大模型"),),
        services=(
            GenAIService(
                id=1,
                entity_id=1,
                name="青禾助手智能问答",
                product_ids=(1,),
                algorithm_ids=(1,),
                models=(ServiceModel(model_id=1, name="青禾大模型"),),
                state=ServiceState.APPROVED,
                number="Beijing-QingHeDaMoXing-202503150012",
                approved_date=date(2025, 3, 15),
            ),
            GenAIService(id=2, entity_id=1, name="青禾写作"),
        ),
        service_displays=(ServiceDisplay(1, 1, True, date(2025, 4, 1), "关于页面"),),
    )


def test_document_names_services_with_nested_models_and_displays() -> None:
    doc = json.loads(dump(small()))
    first = doc["services"][0]
    assert [s["name"] for s in doc["services"]] == ["青禾写作", "青禾助手智能问答"]  # by name
    assert first["id"] == 1 and doc["services"][1]["id"] == 2
    service = doc["services"][1]
    assert service["models"] == [
        {
            "developer": "",
            "filing_number": "",
            "model_id": 1,
            "name": "青禾大模型",
            "origin": "own",
            "tuned_from": "",
            "version": "",
        }
    ]
    assert service["state"] == "approved" and service["approved_date"] == "2025-03-15"
    assert doc["service_displays"] == [
        {
            "product_id": 2,  # entities by name: 乙公司 is the first
            "service_id": 2,  # renumbered with its service
            "shown_since": "2025-04-01",
            "shows_number": True,
            "where": "关于页面",
        }
    ]


def test_a_document_written_before_services_reads_as_having_none() -> None:
    doc = json.loads(dump(small()))
    del doc["services"], doc["service_displays"]
    loaded = load(json.dumps(doc))
    assert loaded.services == () and loaded.service_displays == ()
    assert len(loaded.products) == 2


def _bad(doc: dict[str, Any], path: tuple[Any, ...], value: Any) -> None:
    *inner, last = path
    target = doc
    for key in inner:
        target = target[key]
    if value is KeyError:
        del target[last]
    else:
        target[last] = value


@pytest.mark.parametrize(
    ("path", "value", "where", "says"),
    [
        (("services", 1, "entity_id"), 9, "services[1].entity_id", "no entity has id 9"),
        (("services", 1, "product_ids"), [1, 2], "services[1].product_ids[0]", "another entity"),
        (("services", 1, "algorithm_ids"), [5], "services[1].algorithm_ids[0]", "no algorithm"),
        (("services", 1, "models", 0, "model_id"), 4, "services[1].models[0].model_id", "model"),
        (("services", 1, "models", 0, "origin"), "borrowed", "services[1].models[0].origin", "own"),
        (("services", 1, "models", 0, "name"), KeyError, "services[1].models[0].name", "missing"),
        (("services", 1, "state"), "live", "services[1].state", "one of draft"),
        (("services", 1, "go_live_date"), "2025-02-30", "services[1].go_live_date", "a date"),
        (("services", 0, "tonnage"), 3, "services[0].tonnage", "unknown key"),
        (("services",), {}, "services", "not a list"),
        (("service_displays", 0, "product_id"), 1, "service_displays[0].product_id", "powers"),
        (("service_displays", 0, "service_id"), 7, "service_displays[0].service_id", "service"),
    ],
)
def test_a_bad_service_is_refused_naming_its_path(
    path: tuple[Any, ...], value: Any, where: str, says: str
) -> None:
    doc = json.loads(dump(small()))
    _bad(doc, path, value)
    with pytest.raises(InvalidInput) as caught:
        load(json.dumps(doc))
    assert [i.field for i in caught.value.issues] == [where]
    assert says in str(caught.value)


def test_dump_refuses_a_service_of_an_unknown_product() -> None:
    snapshot = small()
    bad = replace(snapshot.services[0], product_ids=(42,))
    with pytest.raises(InvalidInput, match="no product has id 42"):
        dump(replace(snapshot, services=(bad,), service_displays=()))


def test_for_entity_keeps_its_services_and_displays() -> None:
    part = small().for_entity(1)
    assert [s.name for s in part.services] == ["青禾助手智能问答", "青禾写作"]
    assert len(part.service_displays) == 1
    assert small().for_entity(2).services == ()
