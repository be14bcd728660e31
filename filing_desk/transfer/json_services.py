"""The JSON document's generative-AI services: their order, ids, references and displays.

No Qt, no database. ``json_io`` owns the document; this module owns what is particular to its
``services`` section (each ``GenAIService`` with its models nested as objects and its product,
algorithm and register-model links as ids of the document) and its ``service_displays`` section
(``ServiceDisplay``: what the register records of a powered product's display of the model name
and number; the screenshot is an attachment, and attachments are not exported, so it is not
carried). ``canonical`` orders services by entity, name and number and renumbers them 1..n with
their references, as ``json_io.canonical`` does for the other kinds, so the round trip stays
byte-identical. Both sections are optional on reading: a version 2 document written before
services existed has neither.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.genai_alerts import ProductDisplay
from filing_desk.domain.genai_services import GenAIService, ServiceModel
from filing_desk.domain.issues import Issue

SECTION = "services"
DISPLAYS = "service_displays"


@dataclass(frozen=True)
class ServiceDisplay:
    """One product's display of a service's model name and number, as the document holds it."""

    service_id: int | None = None
    product_id: int | None = None
    shows_number: bool = False
    shown_since: date | None = None
    where: str = ""

    @classmethod
    def of(cls, service_id: int | None, display: ProductDisplay) -> ServiceDisplay:
        return cls(
            service_id, display.product_id, display.shows_number, display.shown_since, display.where
        )

    def display(self, product_name: str = "") -> ProductDisplay:
        """As the register's record (no screenshot: attachments stay in the register)."""
        return ProductDisplay(
            self.product_id, product_name, self.shows_number, self.shown_since, self.where
        )

    @property
    def recorded(self) -> bool:
        """Anything recorded beyond the default (a product not showing the number, no note)."""
        return self.shows_number or self.shown_since is not None or bool(self.where)


@dataclass(frozen=True)
class Maps:
    """Old id → document id per kind (``json_io.canonical`` computes them)."""

    entities: Mapping[int, int]
    models: Mapping[int, int]
    algorithms: Mapping[int, int]
    products: Mapping[int, int]


def canonical(
    services: Sequence[GenAIService], displays: Sequence[ServiceDisplay], maps: Maps
) -> tuple[tuple[GenAIService, ...], tuple[ServiceDisplay, ...]]:
    """Services by (entity, name, number) renumbered 1..n, their links and displays rewritten."""
    ordered = sorted(
        services,
        key=lambda s: (_ref(maps.entities, s.entity_id), s.name, s.number, s.id or 0),
    )
    smap: dict[int, int] = {}
    for n, service in enumerate(ordered, start=1):
        if service.id is not None:
            smap.setdefault(service.id, n)
    out = tuple(
        replace(
            s,
            id=n,
            entity_id=_new(maps.entities, "entity", s.entity_id),
            product_ids=_ids(maps.products, "product", s.product_ids),
            algorithm_ids=_ids(maps.algorithms, "algorithm", s.algorithm_ids),
            models=tuple(
                replace(m, model_id=_new(maps.models, "model", m.model_id)) for m in s.models
            ),
        )
        for n, s in enumerate(ordered, start=1)
    )
    shown = sorted(
        (
            replace(
                d,
                service_id=_new(smap, "service", d.service_id),
                product_id=_new(maps.products, "product", d.product_id),
            )
            for d in displays
        ),
        key=lambda d: (d.service_id or 0, d.product_id or 0),
    )
    return out, tuple(shown)


def _ids(mapping: Mapping[int, int], kind: str, old: Sequence[int]) -> tuple[int, ...]:
    return tuple(sorted(_new(mapping, kind, i) or 0 for i in old))


def _ref(mapping: Mapping[int, int], old: int | None) -> int:
    return 0 if old is None else mapping.get(old, 0)


def _new(mapping: Mapping[int, int], kind: str, old: int | None) -> int | None:
    if old is None:
        return None
    if old not in mapping:
        raise InvalidInput([Issue("json.reference", "", text=f"no {kind} has id {old}")])
    return mapping[old]


def reference_issues(
    services: Sequence[GenAIService],
    displays: Sequence[ServiceDisplay],
    owners: Mapping[str, Mapping[int | None, int | None]],
) -> list[Issue]:
    """Dangling or foreign references: ``owners`` maps "entity" (ids → themselves), "product",
    "algorithm" and "model" to each record's entity id. A service links its own entity's
    products and algorithms only; a register model may be any entity's (a shared base model)."""
    issues: list[Issue] = []
    for n, service in enumerate(services):
        path = f"{SECTION}[{n}]"
        if service.entity_id not in owners["entity"]:
            issues.append(_dangling(f"{path}.entity_id", "entity", service.entity_id))
        for kind, ids in (("product", service.product_ids), ("algorithm", service.algorithm_ids)):
            for k, ref in enumerate(ids):
                where = f"{path}.{kind}_ids[{k}]"
                if ref not in owners[kind]:
                    issues.append(_dangling(where, kind, ref))
                elif (
                    service.entity_id in owners["entity"] and owners[kind][ref] != service.entity_id
                ):
                    text = f"{kind} {ref} is another entity's than its service"
                    issues.append(Issue("json.reference", where, text=text))
        for k, model in enumerate(service.models):
            if model.model_id is not None and model.model_id not in owners["model"]:
                where = f"{path}.models[{k}].model_id"
                issues.append(_dangling(where, "model", model.model_id))
    return issues + _display_issues(services, displays)


def _display_issues(
    services: Sequence[GenAIService], displays: Sequence[ServiceDisplay]
) -> list[Issue]:
    powers = {s.id: s.product_ids for s in services}
    issues = []
    for k, display in enumerate(displays):
        if display.service_id not in powers:
            issues.append(_dangling(f"{DISPLAYS}[{k}].service_id", "service", display.service_id))
        elif display.product_id not in powers[display.service_id]:
            where = f"{DISPLAYS}[{k}].product_id"
            text = f"product {display.product_id} is not one its service powers"
            issues.append(Issue("json.reference", where, text=text))
    return issues


def _dangling(where: str, kind: str, ref: object) -> Issue:
    return Issue("json.reference", where, text=f"no {kind} has id {ref}")


NESTED: tuple[type, ...] = (ServiceModel,)
"""Record types nested in a service object (decoded field by field, as ``Change`` is)."""
