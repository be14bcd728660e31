"""The procedure wizard's two writes: keep its answers as a draft, and Finish.

The answers are the wizard's values keyed by form-spec key (``algorithm.main_use``,
``product[3].name`` — 3 being the id of the algorithm's link to the product —,
``product[new].name``, ``procedure.trigger_date``…). ``finish`` applies
them — the algorithm's fields, its products (a new one too), the procedure opened or joined —
then clears the draft and marks the procedure ready when its forms pass
(``workflows.readiness.settle``), all in ONE transaction: a failure at any step leaves the
register as it was. ``save_draft`` opens the procedure if needed and keeps the answers, also in
one transaction. ``imported_baseline`` says whether a change is measured against a filing
imported from a CAC list (whose blanks the wizard lets the user complete). No Qt: the wizard
shows what these return or raise.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from filing_desk.domain.enums import LabelledEnum, ProcedureKind, ProcedureState
from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.fields.product_link import split
from filing_desk.domain.issues import Issue, Report
from filing_desk.domain.records import LinkedProduct, Procedure
from filing_desk.store.procedure_changes import IMPORTED
from filing_desk.workflows import readiness

if TYPE_CHECKING:
    from filing_desk.store.register import Register

NEW_PRODUCT = "product[new]"  # the key prefix of a product not in the register yet
Answers = Mapping[str, object]


@dataclass(frozen=True)
class Finished:
    """The procedure after Finish, its readiness, and the id the new product's link got (if
    any: ``product[<that id>]`` is its key from now on)."""

    procedure: Procedure
    report: Report
    new_product_id: int | None = None


def record_fields(
    record: object, answers: Answers, prefix: str, only_different: bool = False
) -> dict[str, Any]:
    """The answers under ``prefix`` as the record's fields (for its update command); an enum
    cannot be un-chosen (None is skipped); ``only_different``: those that differ from it."""
    out: dict[str, Any] = {}
    for key, value in answers.items():
        if not key.startswith(prefix):
            continue
        name = key[len(prefix) :]
        current = getattr(record, name, None)
        if value is None and isinstance(current, LabelledEnum):
            continue
        if only_different and value == current:
            continue
        out[name] = value
    return out


def imported_baseline(register: Register, algorithm_id: int) -> bool:
    """Whether the algorithm's last filing or modification the CAC has (or may have) accepted
    — what a change is measured against — is a filing imported from a CAC list."""
    kinds = (ProcedureKind.FILING, ProcedureKind.MODIFICATION)
    states = (ProcedureState.SUBMITTED, ProcedureState.COMPLETED)
    submitted = [
        p for p in register.procedures(algorithm_id) if p.kind in kinds and p.state in states
    ]
    last = max(submitted, key=lambda p: (p.submitted_date or date.min, p.id or 0), default=None)
    return last is not None and last.kind is ProcedureKind.FILING and last.reason == IMPORTED


def _text(answers: Answers, key: str) -> str:
    return str(answers.get(key) or "")


def _trigger(answers: Answers) -> date:
    """The change or termination date: required before such a procedure can exist."""
    trigger = answers.get("procedure.trigger_date")
    if not isinstance(trigger, date):
        raise InvalidInput(
            [Issue("field.required", "procedure.trigger_date", text="The date is required")]
        )
    return trigger


def _open(
    register: Register, kind: ProcedureKind, algorithm_id: int, answers: Answers
) -> Procedure:
    """A new procedure of ``kind`` for the algorithm (a modification joins an open one)."""
    reason = _text(answers, "procedure.reason")
    if kind is ProcedureKind.FILING:
        return register.start_filing(algorithm_id)
    if kind is ProcedureKind.MODIFICATION:
        return register.record_change(algorithm_id, _trigger(answers), reason)
    followup = _text(answers, "procedure.followup")
    return register.terminate(algorithm_id, _trigger(answers), reason, followup)


def save_draft(
    register: Register,
    kind: ProcedureKind,
    algorithm_id: int,
    procedure_id: int | None,
    answers: Answers,
    texts: dict[str, str],
) -> Procedure:
    """Keep ``texts`` (the answers as typed) as the procedure's draft, opening the procedure
    first when there is none yet; nothing else is applied."""
    with register.transaction():
        if procedure_id is None:
            procedure = _open(register, kind, algorithm_id, answers)
            assert procedure.id is not None  # a stored procedure
            procedure_id = procedure.id
        reason = _text(answers, "procedure.reason") or None
        followup = _text(answers, "procedure.followup") or None
        return register.save_draft(procedure_id, texts, reason=reason, followup=followup)


def finish(
    register: Register,
    kind: ProcedureKind,
    algorithm_id: int,
    procedure_id: int | None,
    answers: Answers,
) -> Finished:
    """Apply the answers, clear the draft, and mark the procedure ready if its forms pass
    (else it stays a draft, the report says why); all of it or nothing."""
    with register.transaction():
        procedure, new_product_id = _apply(register, kind, algorithm_id, procedure_id, answers)
        assert procedure.id is not None  # a stored procedure
        if kind is ProcedureKind.CANCELLATION:
            reason = _text(answers, "procedure.reason")
            followup = _text(answers, "procedure.followup")
            register.save_draft(procedure.id, {}, reason=reason, followup=followup)
        else:
            register.save_draft(procedure.id, {})
        settled, report = readiness.settle(register, procedure.id)
    return Finished(settled, report, new_product_id)


def _apply(
    register: Register,
    kind: ProcedureKind,
    algorithm_id: int,
    procedure_id: int | None,
    answers: Answers,
) -> tuple[Procedure, int | None]:
    """The algorithm's and products' answers written; the procedure opened or joined."""
    algorithm = register.algorithm(algorithm_id)
    fields = record_fields(algorithm, answers, "algorithm.", only_different=True)
    procedure = register.procedure(procedure_id) if procedure_id is not None else None
    new_product_id = None
    if kind is ProcedureKind.FILING:
        if fields:
            register.update_algorithm(algorithm_id, **fields)
        new_product_id = _apply_products(register, algorithm_id, answers, None)
    elif kind is ProcedureKind.MODIFICATION:
        trigger = _trigger(answers)
        reason = _text(answers, "procedure.reason")
        procedure = register.record_change(algorithm_id, trigger, reason, **fields)
        new_product_id = _apply_products(register, algorithm_id, answers, trigger)
    if procedure is None:
        procedure = _open(register, kind, algorithm_id, answers)
    return procedure, new_product_id


def _apply_products(
    register: Register, algorithm_id: int, answers: Answers, change_date: date | None
) -> int | None:
    """Each live link's changed answers written (the product's own fields to the product, for
    every algorithm it serves; the rest to the link), and the new product linked when any of
    its answers was filled in (the entity's product of that name and form, else a new one);
    returns the new link's id."""
    for product in register.linked_products(algorithm_id, live=True):
        assert product.id is not None and product.product_id is not None  # stored ones
        changed = record_fields(product, answers, f"product[{product.id}].", only_different=True)
        own, link = split(changed)
        if own:  # field values only: never the version keyword update_product also takes
            fields = cast("dict[str, Any]", own)
            register.update_product(product.product_id, change_date=change_date, **fields)
        if link:
            register.update_link(product.id, change_date=change_date, **link)
    new = record_fields(LinkedProduct(), answers, f"{NEW_PRODUCT}.", only_different=True)
    if not any(v not in ("", None, False) for v in new.values()):
        return None
    return register.add_product(algorithm_id, change_date=change_date, **new).id
