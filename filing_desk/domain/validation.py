"""Whole-record checks run before every write: required values and code formats → Report.

No Qt, no I/O. Errors block the write; warnings are shown and kept. ``role_issues`` is also a
readiness gate (``workflows.readiness``): a technical-supporter role exists only for 生成合成类
(Deep Synthesis Provisions arts. 19(2), 23; domain.md Part A item 11).
"""

from __future__ import annotations

from collections.abc import Sequence

from filing_desk.domain import codes, idcards, licences, numbers
from filing_desk.domain.enums import AlgorithmType, Role, Severity
from filing_desk.domain.fields.declare import Check, declared
from filing_desk.domain.issues import Issue, Report
from filing_desk.domain.records import Algorithm, Entity, Model, Product


def _required(value: object, key: str, label: str) -> list[Issue]:
    if isinstance(value, str) and value.strip():
        return []
    return [Issue("field.required", key, text=f"{label} is required")]


def validate_entity(entity: Entity) -> Report:
    issues = _required(entity.name, "entity.name", "The entity name")
    if entity.uscc:
        issues += codes.check_uscc(entity.uscc, field="entity.uscc")
    for key in ("officer_email", "contact_email"):
        if getattr(entity, key):
            issues += codes.check_email(getattr(entity, key), field=f"entity.{key}")
    for key in ("officer_phone", "contact_phone"):
        if getattr(entity, key):
            issues += codes.check_phone(getattr(entity, key), field=f"entity.{key}")
    issues += _id_number_issues(entity)
    issues += licences.entity_issues(entity)  # licence, ICP number, user scale
    return Report.of(issues)


def _id_number_issues(entity: Entity) -> list[Issue]:
    """Each ``…_id_number`` field checked by its ``…_id_type`` (only 居民身份证 has a rule)."""
    issues: list[Issue] = []
    for decl in declared(Entity):
        if decl.decl.check is Check.ID_NUMBER:
            id_type = getattr(entity, decl.name.removesuffix("_number") + "_type")
            issues += idcards.check_id_number(id_type, getattr(entity, decl.name), decl.key)
    return issues


def validate_filing_numbers(entity: Entity, algorithms: Sequence[Algorithm]) -> Report:
    """Warnings where the entity's filing numbers disagree (``numbers.cross_check_…``)."""
    return Report.of(numbers.cross_check_filing_numbers(entity, algorithms))


def role_issues(algorithm: Algorithm) -> list[Issue]:
    """An error when a technical supporter's algorithm is not 生成合成类."""
    if algorithm.role is Role.SUPPORTER and algorithm.algo_type is not AlgorithmType.GENERATION:
        return [
            Issue(
                "role.supporter_type",
                "algorithm.role",
                params={"type": algorithm.algo_type.value},
                text="Only a generation / synthesis (生成合成类) algorithm has a technical "
                "supporter (Deep Synthesis Provisions arts. 19(2), 23)",
            )
        ]
    return []


def validate_algorithm(algorithm: Algorithm) -> Report:
    issues = _required(algorithm.name, "algorithm.name", "The algorithm name")
    issues += role_issues(algorithm)
    if algorithm.filing_number:
        issues += codes.check_filing_number(
            algorithm.filing_number, algo_type=algorithm.algo_type, field="algorithm.filing_number"
        )
    if (
        algorithm.launch_date
        and algorithm.termination_date
        and algorithm.termination_date < algorithm.launch_date
    ):
        issues.append(
            Issue(
                "date.order",
                "algorithm.termination_date",
                text="The termination date is before the launch date",
            )
        )
    if algorithm.role is Role.SUPPORTER and algorithm.service_method == "" and algorithm.filed_date:
        issues.append(
            Issue(
                "supporter.service_method",
                "algorithm.service_method",
                severity=Severity.WARNING,
                text="A technical supporter describes its technical service method",
            )
        )
    return Report.of(issues)


def validate_product(product: Product) -> Report:
    """A product of the entity (its links are checked by ``product_changes.link_issues``)."""
    return Report.of(_required(product.name, "product.name", "The product name"))


def validate_model(model: Model) -> Report:
    issues = _required(model.name, "model.name", "The model name")
    if model.track_number:
        issues += codes.check_model_number(model.track_number, model.track)
    return Report.of(issues)
