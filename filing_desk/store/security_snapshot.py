"""One read of what the security-assessment overview needs, on a session the caller holds: the
assessments by subject, the live links between algorithms and products (with each product's
first go-live), the live algorithms with public-opinion attributes or mobilisation capability,
the products' per-se profiles and the subjects' names.

Plain functions and a dataclass: no transactions, no rules beyond reading (``domain``
decides, ``store.security_overview`` combines). Narrowed to some algorithms (the detail pane,
a filing's readiness), it reads only their rows, their links and their products'.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from filing_desk.domain.enums import AlgorithmState
from filing_desk.domain.security_assessment import SecurityAssessment, SubjectKind
from filing_desk.domain.security_attributes import OpinionProfile
from filing_desk.store import security_rows
from filing_desk.store.schema import AlgorithmRow, EntityRow, OpinionProfileRow, ProductLinkRow
from filing_desk.store.security_subjects import profile_of

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Subject = tuple[SubjectKind, int]
A, P = SubjectKind.ALGORITHM, SubjectKind.PRODUCT
_ENDED = frozenset(
    s.value
    for s in (AlgorithmState.CANCELLED, AlgorithmState.CANCELLED_BY_CAC, AlgorithmState.ABANDONED)
)


@dataclass
class Snapshot:
    """What one read gives; ``attributed``: live algorithm with the attributes → its go-live."""

    by_subject: dict[Subject, list[SecurityAssessment]]
    links: dict[int, set[int]]  # algorithm → its live products
    products_of: dict[int, set[int]]  # product → its live algorithms
    go_live: dict[int, date]  # product → the earliest go-live of its live links
    attributed: dict[int, date | None]
    profiles: dict[int, OpinionProfile]
    names: dict[Subject, tuple[str, str]]  # subject → (its name, its entity's name)
    algorithms: frozenset[int]  # every algorithm read

    def of(self, kind: SubjectKind, subject_id: int) -> list[SecurityAssessment]:
        return self.by_subject.get((kind, subject_id), [])

    def covered(self, kind: SubjectKind, subject_id: int) -> bool:
        """It, or an algorithm or product live-linked to it, has an assessment."""
        if self.of(kind, subject_id):
            return True
        others, other = (self.links, P) if kind is A else (self.products_of, A)
        return any(self.of(other, o) for o in others.get(subject_id, ()))

    def own_or_linked(self, algorithm_id: int) -> list[SecurityAssessment]:
        """The algorithm's assessments, else those of the products it is live on."""
        own = self.of(A, algorithm_id)
        return own or [a for p in self.links.get(algorithm_id, ()) for a in self.of(P, p)]

    def related(self, product_id: int) -> list[SecurityAssessment]:
        """The product's assessments and those of the algorithms live on it."""
        linked = [a for i in self.products_of.get(product_id, ()) for a in self.of(A, i)]
        return [*self.of(P, product_id), *linked]

    def per_se(self, algorithm_id: int) -> tuple[bool, date | None]:
        """Whether a live product of the algorithm counts as public opinion, and the earliest
        go-live among those that do (None when none has one)."""
        days = [
            self.go_live.get(p)
            for p in self.links.get(algorithm_id, ())
            if p in self.profiles and self.profiles[p].public_opinion
        ]
        known = [d for d in days if d is not None]
        return bool(days), min(known) if known else None

    def first_algorithm(self, product_id: int) -> int:
        return min(self.products_of.get(product_id, {0}))


def read(s: Session, algorithm_ids: Collection[int] | None = None) -> Snapshot:
    """Everything, or what concerns ``algorithm_ids`` (and the algorithms live on the same
    products: an assessment of one of them covers the others)."""
    only = _with_siblings(s, algorithm_ids) if algorithm_ids is not None else None
    links: dict[int, set[int]] = defaultdict(set)
    products_of: dict[int, set[int]] = defaultdict(set)
    go_live: dict[int, date] = {}
    stmt = select(ProductLinkRow.algorithm_id, ProductLinkRow.product_id, ProductLinkRow.go_live)
    stmt = stmt.where(ProductLinkRow.withdrawn.is_(None))
    if only is not None:
        stmt = stmt.where(ProductLinkRow.algorithm_id.in_(only))
    for algorithm_id, product_id, live_since in s.execute(stmt):
        links[algorithm_id].add(product_id)
        products_of[product_id].add(algorithm_id)
        if live_since is not None:
            go_live[product_id] = min(live_since, go_live.get(product_id, date.max))
    names, attributed = _algorithms(s, only)
    by_subject: dict[Subject, list[SecurityAssessment]] = defaultdict(list)
    if only is None:
        found = security_rows.read_all(s)
    else:
        found = security_rows.read_all(s, A.value, only)
        found += security_rows.read_all(s, P.value, sorted(products_of))
    for a in found:
        by_subject[a.subject_kind, a.subject_id].append(a)
    profiles_stmt = select(OpinionProfileRow)
    if only is not None:
        profiles_stmt = profiles_stmt.where(OpinionProfileRow.product_id.in_(list(products_of)))
    profiles = {r.product_id: profile_of(r, r.product_id) for r in s.scalars(profiles_stmt)}
    product_ids = sorted(set(products_of) | set(profiles) | {i for k, i in by_subject if k is P})
    for i, pair in security_rows.subject_names(s, P, product_ids).items():
        names[P, i] = pair
    algorithms = frozenset(i for k, i in names if k is A)
    return Snapshot(
        dict(by_subject), links, products_of, go_live, attributed, profiles, names, algorithms
    )


def _with_siblings(s: Session, algorithm_ids: Collection[int]) -> list[int]:
    """``algorithm_ids`` and every algorithm live on a product one of them is live on."""
    live = ProductLinkRow.withdrawn.is_(None)
    products = select(ProductLinkRow.product_id).where(
        live, ProductLinkRow.algorithm_id.in_(sorted(set(algorithm_ids)))
    )
    siblings = select(ProductLinkRow.algorithm_id).where(
        live, ProductLinkRow.product_id.in_(products)
    )
    return sorted(set(algorithm_ids) | set(s.scalars(siblings)))


def _algorithms(
    s: Session, only: list[int] | None
) -> tuple[dict[Subject, tuple[str, str]], dict[int, date | None]]:
    """Names of the algorithms read, and the live ones with the attributes (→ go-live)."""
    columns = AlgorithmRow.__table__.c
    stmt = select(
        AlgorithmRow.id,
        AlgorithmRow.name,
        EntityRow.name,
        AlgorithmRow.state,
        AlgorithmRow.termination_date,
        AlgorithmRow.launch_date,
        columns.public_opinion,
        columns.mobilisation,
    ).join(EntityRow, EntityRow.id == AlgorithmRow.entity_id)
    if only is not None:
        stmt = stmt.where(AlgorithmRow.id.in_(only))
    names: dict[Subject, tuple[str, str]] = {}
    attributed: dict[int, date | None] = {}
    for ident, name, entity, state, ended, launch, opinion, mobilising in s.execute(stmt):
        names[A, ident] = (name, entity)
        if ended is None and state not in _ENDED and (opinion or mobilising):
            attributed[ident] = launch
    return names, attributed
