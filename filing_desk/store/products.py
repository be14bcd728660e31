"""The product registry's commands: an entity's products, and their links to algorithms.

``ProductService`` runs each command in one transaction (joining one already open), validates
with the domain's rules first, writes the rows and their audit events, and lets change detection
open or join the modification a filed algorithm now needs (``store.procedure_changes``), dated as
``domain.product_changes`` says: a new link by its go-live, a withdrawal by its day, a product's
rename by the day the user gives. Reads of products and links are ``store.product_rows``'.
This module must not hold rules.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from filing_desk.domain import product_changes, validation
from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.fields import values
from filing_desk.domain.fields.product_link import LINK_NAMES, PRODUCT_NAMES, split
from filing_desk.domain.records import LinkedProduct, Product, ProductLink
from filing_desk.store import convert, product_rows, versions
from filing_desk.store.assessment_removal import AUDIT_KEY, remove_assessments
from filing_desk.store.procedure_changes import ChangeDetection
from filing_desk.store.records import RecordService
from filing_desk.store.rows import (
    algorithm_row,
    apply_values,
    audit_pair,
    column_values,
    invalid,
    not_found,
)
from filing_desk.store.schema import EntityRow, ProductLinkRow, ProductRow
from filing_desk.store.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

LINK = "product_link"  # the audit log's object type of a link
_FIXED = ("product_id", "algorithm_id")  # a link joins what it joins; make another instead


def _require(report: Any) -> None:
    if not report.is_valid:
        raise InvalidInput(report.errors)


def imported_link(product: Product, launch: date | None) -> dict[str, Any]:
    """An imported product's fields and its link's (``add_product``'s ``data``): a plain product
    (a sheet's or a CAC list's 应用产品) is live since the algorithm's launch date."""
    names = PRODUCT_NAMES + (LINK_NAMES if isinstance(product, LinkedProduct) else ())
    data = {n: getattr(product, n) for n in names if n not in ("entity_id", *_FIXED)}
    if data.get("go_live") is None:
        data["go_live"] = launch
    return data


class ProductService:
    """Products of an entity; linking, editing, withdrawing and unlinking them."""

    def __init__(self, uow: UnitOfWork, changes: ChangeDetection, records: RecordService) -> None:
        self._uow = uow
        self._changes = changes
        self._records = records  # its ``insert``: a row and its audit event

    # --- reads -----------------------------------------------------------------------------

    def products(self, *, entity_id: int | None = None) -> list[Product]:
        """The entity's products (every product without one), in id order."""
        with self._uow.session() as s:
            return product_rows.products(s, entity_id)

    def linked_products(
        self, algorithm_id: int | None = None, *, product_id: int | None = None, live: bool = False
    ) -> list[LinkedProduct]:
        """The links of an algorithm (or of a product, or all) with their products."""
        with self._uow.session() as s:
            return product_rows.linked(s, algorithm_id, product_id=product_id, live=live)

    def products_served(self, entity_id: int | None = None) -> dict[int, int]:
        """Product id → the number of algorithms it is live on."""
        with self._uow.session() as s:
            return product_rows.served(s, entity_id)

    # --- products --------------------------------------------------------------------------

    def create_product(self, entity_id: int, **data: Any) -> Product:
        product = Product(entity_id=entity_id, **convert.coerce_changes(Product, data, "product"))
        _require(validation.validate_product(product))
        with self._uow.transaction() as s:
            if s.get(EntityRow, entity_id) is None:
                raise not_found("entity", entity_id)
            return self._insert_product(s, product)

    def _insert_product(self, s: Session, product: Product) -> Product:
        self._unique(s, product)
        return convert.to_record(self._records.insert(s, ProductRow, product, "product"), Product)

    def _unique(self, s: Session, product: Product) -> None:
        """One product per entity, name and form: its name is typed once."""
        same = self._find(s, product.entity_id or 0, product.name, product.form.value)
        if same is not None and same.id != product.id:
            raise invalid(
                "product.duplicate",
                "product.name",
                f"The entity already has the product {product.title('en')}",
            )

    @staticmethod
    def _find(s: Session, entity_id: int, name: str, form: str) -> ProductRow | None:
        stmt = select(ProductRow).where(
            ProductRow.entity_id == entity_id,
            ProductRow.name == name.strip(),
            ProductRow.form == form,
        )
        return s.scalars(stmt).first()

    def update_product(
        self,
        product_id: int,
        change_date: date | None = None,
        *,
        expected_version: int | None = None,
        **data: Any,
    ) -> Product:
        """Edit a product's own fields; a filed one (name, form, address) is a change of every
        filed algorithm it is live on, dated ``change_date`` (else today).
        ``expected_version``: the version the caller read; another is refused (StaleRecord)."""
        new = convert.coerce_changes(Product, data, "product")
        with (
            self._uow.transaction() as s,
            versions.refusing(s, "product", product_id, expected_version),
        ):
            row = product_rows.product_row(s, product_id)
            versions.require_version("product", product_id, row, expected_version)
            updated = dataclasses.replace(convert.to_record(row, Product), **new)
            _require(validation.validate_product(updated))
            self._unique(s, updated)
            changed = apply_values(row, {k: convert.to_column(v) for k, v in new.items()})
            if changed:
                self._uow.audit("product.update", "product", product_id, *audit_pair(changed))
                s.flush()
                for algorithm_id in product_rows.live_algorithms(s, product_id):
                    self._changes.detect(s, algorithm_id, change_date)
            return convert.to_record(row, Product)

    def delete_product(self, product_id: int) -> None:
        """Remove a product entered by mistake: only one never linked to an algorithm. Its
        checklist assessments go with it (answers, evidence links; kept in the event), so a
        later product under the same id inherits nothing."""
        with self._uow.transaction() as s:
            row = product_rows.product_row(s, product_id)
            if product_rows.linked(s, product_id=product_id):
                raise invalid(
                    "product.linked",
                    "product.id",
                    "The product is linked to an algorithm: withdraw it there instead",
                )
            before = column_values(convert.to_record(row, Product))
            s.delete(row)
            removed = remove_assessments(s, "product", product_id)
            if removed:
                before[AUDIT_KEY] = removed
            self._uow.audit("product.delete", "product", product_id, before, None)

    # --- links -----------------------------------------------------------------------------

    def link_product(
        self, algorithm_id: int, product_id: int, change_date: date | None = None, **data: Any
    ) -> LinkedProduct:
        """Link one of the entity's products to the algorithm. For a filed algorithm this is a
        change (新增关联产品) dated by the link's go-live (``domain.product_changes``)."""
        if any(name in data for name in _FIXED):
            raise invalid("field.unknown", "product.product_id", "A link's ends cannot be set")
        link = ProductLink(
            product_id=product_id,
            algorithm_id=algorithm_id,
            **convert.coerce_changes(ProductLink, data, "product"),
        )
        _require(product_changes.link_issues(link))
        with self._uow.transaction() as s:
            algo = algorithm_row(s, algorithm_id)
            product = product_rows.product_row(s, product_id)
            if product.entity_id != algo.entity_id:
                raise invalid(
                    "link.other_entity",
                    "product.product_id",
                    "The product belongs to another entity than the algorithm",
                )
            if product_rows.linked(s, algorithm_id, product_id=product_id, live=True):
                raise invalid(
                    "link.duplicate",
                    "product.product_id",
                    "The product is already linked to this algorithm",
                )
            row = self._records.insert(s, ProductLinkRow, link, LINK)
            self._detect(s, row, change_date)
            return product_rows.linked_of(product, row)

    def update_link(
        self, link_id: int, change_date: date | None = None, **data: Any
    ) -> LinkedProduct:
        """Edit a link's own fields (dates, functions, display). Setting ``withdrawn`` on a link
        the algorithm was filed with is a change (减少关联产品) dated by that day."""
        if any(name in data for name in _FIXED):
            raise invalid("field.unknown", "product.product_id", "A link's ends cannot be set")
        new = convert.coerce_changes(ProductLink, data, "product")
        with self._uow.transaction() as s:
            row = product_rows.link_row(s, link_id)
            updated = dataclasses.replace(convert.to_record(row, ProductLink), **new)
            _require(product_changes.link_issues(updated))
            if row.withdrawn is not None and updated.withdrawn is None:
                live = product_rows.linked(
                    s, row.algorithm_id, product_id=row.product_id, live=True
                )
                if live:
                    raise invalid(
                        "link.duplicate",
                        "product.withdrawn",
                        "The product is already linked to this algorithm again",
                    )
            changed = apply_values(row, {k: convert.to_column(v) for k, v in new.items()})
            if changed:
                action = "withdraw" if "withdrawn" in changed and row.withdrawn else "update"
                self._uow.audit(f"{LINK}.{action}", LINK, link_id, *audit_pair(changed))
                s.flush()
                self._detect(s, row, change_date)
            return product_rows.linked_of(product_rows.product_row(s, row.product_id), row)

    def withdraw_link(self, link_id: int, withdrawn: date | str) -> LinkedProduct:
        """Take the algorithm off the product as of ``withdrawn`` (the link is kept)."""
        day = values.parse(withdrawn, date | None)
        if day is None:
            raise invalid("field.required", "product.withdrawn", "The withdrawal date is required")
        return self.update_link(link_id, withdrawn=day)

    def unlink(self, link_id: int) -> None:
        """Delete a link made by mistake: refused once a submission of the algorithm named it
        (withdraw it instead, with the day)."""
        with self._uow.transaction() as s:
            row = product_rows.link_row(s, link_id)
            algorithm_id = row.algorithm_id
            if self._changes.ever_filed(s, link_id, algorithm_id):
                raise invalid(
                    "link.filed",
                    "product.withdrawn",
                    "The algorithm was filed with this product: withdraw it with the day instead",
                )
            before = column_values(convert.to_record(row, ProductLink))
            s.delete(row)
            self._uow.audit(f"{LINK}.delete", LINK, link_id, before, None)
            s.flush()
            self._changes.detect(s, algorithm_id, None)

    def _detect(self, s: Session, row: ProductLinkRow, given: date | None) -> None:
        filed, submitted = self._changes.link_filed(s, row.id, row.algorithm_id)
        link = convert.to_record(row, ProductLink)
        day = product_changes.change_date(link, filed, submitted, given)
        self._changes.detect(s, row.algorithm_id, day)

    # --- the algorithm's side, in one step -------------------------------------------------

    def add_product(
        self, algorithm_id: int, change_date: date | None = None, **data: Any
    ) -> LinkedProduct:
        """Link the entity's product of this name and form to the algorithm, creating it when
        the entity has none (``data``: the product's fields and the link's). An existing
        product keeps its values; only its blank fields are filled in."""
        if any(name in data for name in (*_FIXED, "entity_id")):
            raise invalid("field.unknown", "product.product_id", "A link's ends cannot be set")
        own, link = split(data)
        fields = convert.coerce_changes(Product, own, "product")
        with self._uow.transaction() as s:
            entity_id = algorithm_row(s, algorithm_id).entity_id
            product = Product(entity_id=entity_id, **fields)
            _require(validation.validate_product(product))
            found = self._find(s, entity_id, product.name, product.form.value)
            if found is None:
                product_id = self._insert_product(s, product).id
            else:
                product_id = found.id
                current = convert.to_record(found, Product)
                blanks = {k: v for k, v in fields.items() if getattr(current, k) in ("", None)}
                if blanks:
                    self.update_product(product_id, change_date, **blanks)
            assert product_id is not None  # a stored product
            return self.link_product(algorithm_id, product_id, change_date, **link)
