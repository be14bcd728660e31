"""Reading products and their links on a session the caller holds: rows → records.

Plain functions: no transactions, no audit events, no rules (``store.products`` writes; change
detection, the queries and the dashboard read through here). ``linked`` gives an algorithm's
products as it uses them (``LinkedProduct``: the product's fields and the link's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Select, func, select

from filing_desk.domain.records import LinkedProduct, Product, ProductLink
from filing_desk.store import convert
from filing_desk.store.rows import not_found
from filing_desk.store.schema import ProductLinkRow, ProductRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def product_row(s: Session, product_id: int) -> ProductRow:
    row = s.get(ProductRow, product_id)
    if row is None:
        raise not_found("product", product_id)
    return row


def link_row(s: Session, link_id: int) -> ProductLinkRow:
    row = s.get(ProductLinkRow, link_id)
    if row is None:
        raise not_found("product_link", link_id)
    return row


def linked_of(product: ProductRow, link: ProductLinkRow) -> LinkedProduct:
    return LinkedProduct.of(
        convert.to_record(product, Product), convert.to_record(link, ProductLink)
    )


def _linked_query() -> Select[tuple[ProductRow, ProductLinkRow]]:
    return (
        select(ProductRow, ProductLinkRow)
        .join(ProductLinkRow, ProductLinkRow.product_id == ProductRow.id)
        .order_by(ProductLinkRow.id)
    )


def linked(
    s: Session,
    algorithm_id: int | None = None,
    *,
    product_id: int | None = None,
    live: bool = False,
) -> list[LinkedProduct]:
    """The links (of one algorithm, of one product, or all) with their products, in link order;
    ``live``: without the withdrawn ones."""
    stmt = _linked_query()
    if algorithm_id is not None:
        stmt = stmt.where(ProductLinkRow.algorithm_id == algorithm_id)
    if product_id is not None:
        stmt = stmt.where(ProductLinkRow.product_id == product_id)
    if live:
        stmt = stmt.where(ProductLinkRow.withdrawn.is_(None))
    return [linked_of(p, link) for p, link in s.execute(stmt)]


def products(s: Session, entity_id: int | None = None) -> list[Product]:
    stmt = select(ProductRow).order_by(ProductRow.id)
    if entity_id is not None:
        stmt = stmt.where(ProductRow.entity_id == entity_id)
    return [convert.to_record(r, Product) for r in s.scalars(stmt)]


def served(s: Session, entity_id: int | None = None) -> dict[int, int]:
    """Product id → how many algorithms it serves (live links; 0 for none)."""
    stmt = (
        select(ProductRow.id, func.count(func.distinct(ProductLinkRow.algorithm_id)))
        .outerjoin(
            ProductLinkRow,
            (ProductLinkRow.product_id == ProductRow.id) & ProductLinkRow.withdrawn.is_(None),
        )
        .group_by(ProductRow.id)
    )
    if entity_id is not None:
        stmt = stmt.where(ProductRow.entity_id == entity_id)
    return {pid: int(n) for pid, n in s.execute(stmt)}


def live_algorithms(s: Session, product_id: int) -> list[int]:
    """The algorithms a product is live on (its links not withdrawn), in id order."""
    stmt = (
        select(ProductLinkRow.algorithm_id)
        .where(ProductLinkRow.product_id == product_id, ProductLinkRow.withdrawn.is_(None))
        .distinct()
        .order_by(ProductLinkRow.algorithm_id)
    )
    return list(s.scalars(stmt))
