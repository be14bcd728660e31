"""A fresh demo register (``demo.fill`` on a real register with a fixed "today"), its records read
back in one place, and the sample forms printed from chosen demo records: what
``tests/unit/forms/render_docs.py`` writes to docs/forms and the demo tests check.

The forms go through ``workflows.printing.print_forms``, the path the desktop app and the CLI
print by, so the dates on them are the ones the product computes.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from filing_desk import demo
from filing_desk.domain.enums import (
    AlgorithmState,
    AlgorithmType,
    ProcedureKind,
    ProcedureState,
    Role,
)
from filing_desk.domain.records import Algorithm, Entity, Model, Procedure
from filing_desk.forms import loader
from filing_desk.store.register import Register, create_register
from filing_desk.workflows.genai_printing import print_service_form
from filing_desk.workflows.printing import print_forms

# The day the sample forms are printed on: the demo's dates are relative to it, so its open
# filing, modification and cancellation clocks run across Chinese New Year 2026 (15-23 Feb,
# with the adjusted working Saturdays 14 and 28 Feb).
DOCS_TODAY = date(2026, 3, 2)


def open_demo(folder: Path, today: date = DOCS_TODAY) -> Register:
    """A new passphrase-mode register in ``folder`` filled by the demo (no keyring needed)."""
    folder.mkdir(parents=True, exist_ok=True)
    created = create_register(
        folder / "demo.fdesk", passphrase=secrets.token_urlsafe(24), clock=lambda: today
    )
    demo.fill(created.register)
    return created.register


@dataclass(frozen=True)
class DemoRecords:
    """Every record of a demo register, read once."""

    entities: tuple[Entity, ...]
    algorithms: tuple[Algorithm, ...]
    models: tuple[Model, ...]
    products: tuple[Any, ...]
    procedures: tuple[Procedure, ...]

    def entity_of(self, algorithm: Algorithm) -> Entity:
        return next(e for e in self.entities if e.id == algorithm.entity_id)

    def all(self) -> tuple[Any, ...]:
        return (*self.entities, *self.algorithms, *self.models, *self.products, *self.procedures)


def records_of(register: Register) -> DemoRecords:
    algorithms = tuple(register.algorithms())
    return DemoRecords(
        entities=tuple(register.entities()),
        algorithms=algorithms,
        models=tuple(register.models()),
        products=tuple(register.products()),
        procedures=tuple(p for a in algorithms for p in register.procedures(a.id)),
    )


def open_procedure(register: Register, kind: ProcedureKind) -> tuple[Algorithm, Procedure]:
    """The first demo algorithm (in register order) with a ``kind`` procedure being edited."""
    for algorithm in register.algorithms():
        for procedure in register.procedures(algorithm.id):
            if procedure.kind is kind and procedure.state is ProcedureState.EDITING:
                return algorithm, procedure
    raise LookupError(f"the demo has no {kind.value} being edited")


def _provider_filing(register: Register) -> dict[str, int]:
    """A provider's 生成合成类 filing being edited: the form with products, models and labelling."""
    for algorithm in register.algorithms():
        provider = algorithm.role is Role.PROVIDER and algorithm.state is AlgorithmState.DRAFT
        if provider and algorithm.algo_type is AlgorithmType.GENERATION:
            procedure = next(p for p in register.procedures(algorithm.id))
            return {"algorithm_id": algorithm.id or 0, "procedure_id": procedure.id or 0}
    raise LookupError("the demo has no provider's filing being edited")


def _procedure(kind: ProcedureKind) -> Callable[[Register], dict[str, int]]:
    def pick(register: Register) -> dict[str, int]:
        algorithm, procedure = open_procedure(register, kind)
        return {"algorithm_id": algorithm.id or 0, "procedure_id": procedure.id or 0}

    return pick


def _first_entity(register: Register) -> dict[str, int]:
    return {"entity_id": register.entities()[0].id or 0}


def _first_assessment(register: Register) -> dict[str, int]:
    assessments = register.assessments()
    if not assessments:
        raise LookupError("the demo has no checklist assessment")
    return {"assessment_id": assessments[0].id}


def _first_service(register: Register) -> dict[str, int]:
    services = register.services()
    if not services:
        raise LookupError("the demo has no generative-AI service")
    return {"service_id": services[0].id or 0}


# a form's "applies_to" → the demo record it is printed for (printing keyword arguments)
TARGETS: dict[str, Callable[[Register], dict[str, int]]] = {
    "entity": _first_entity,
    "algorithm": _provider_filing,
    "assessment": _first_assessment,
    "service": _first_service,  # printed by workflows.genai_printing
}
# the forms of one procedure kind: its procedure being edited
PROCEDURE_FORMS = {
    "modification": _procedure(ProcedureKind.MODIFICATION),
    "cancellation": _procedure(ProcedureKind.CANCELLATION),
}


def sample_target(register: Register, form_id: str) -> dict[str, int]:
    """The printing keyword arguments of the demo record ``form_id``'s sample is printed for."""
    if form_id in PROCEDURE_FORMS:
        return PROCEDURE_FORMS[form_id](register)
    return TARGETS[loader.get(form_id).applies_to](register)


def sample_documents(
    register: Register, form_ids: Sequence[str] | None = None, lang: str = "zh"
) -> list[tuple[str, bytes]]:
    """Each form (every form by default) as (form id, PDF), printed for its demo record."""
    out: list[tuple[str, bytes]] = []
    for form_id in form_ids or sorted(loader.load_all()):
        target = sample_target(register, form_id)
        if "service_id" in target:
            out.append((form_id, print_service_form(register, target["service_id"], lang)))
        else:
            out += print_forms(register, [form_id], lang=lang, **target)
    return out
