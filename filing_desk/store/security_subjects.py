"""What the register holds about a product for the 2018 rules: its per-se categories with the
user's override (art. 2(1)), its user numbers over time, and the growth threshold (a setting).

``SecuritySubjectService`` writes each command in one transaction with its audit event on the
product (``product.opinion``, ``product.scale``, ``product.scale_removed``) or the setting;
checked by ``domain.security_checks`` first. The rules (what counts as public opinion, what
jump suggests trigger (3)) are ``domain.security_attributes``'.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.issues import Issue
from filing_desk.domain.security_attributes import (
    DEFAULT_GROWTH_COUNT,
    DEFAULT_GROWTH_PERCENT,
    GROWTH_COUNT_KEY,
    GROWTH_PERCENT_KEY,
    OpinionProfile,
    PerSeCategory,
    ScalePoint,
    Threshold,
    parse_categories,
)
from filing_desk.domain.security_checks import profile_issues, scale_issues
from filing_desk.store import product_rows
from filing_desk.store.schema import OpinionProfileRow, UserScaleRow
from filing_desk.store.settings import Settings
from filing_desk.store.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def profile_of(row: OpinionProfileRow | None, product_id: int) -> OpinionProfile:
    if row is None:
        return OpinionProfile(product_id)
    return OpinionProfile(
        product_id, parse_categories(row.categories), row.override, row.override_reason
    )


def _profile_values(p: OpinionProfile) -> dict[str, object]:
    return {"categories": p.codes(), "override": p.override, "override_reason": p.override_reason}


def _point_values(p: ScalePoint) -> dict[str, object]:
    return {
        "as_of": p.as_of.isoformat(),
        "registered": p.registered,
        "monthly_active": p.monthly_active,
    }


class SecuritySubjectService:
    """Per-se categories, user scale and the growth threshold."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow
        self._settings = Settings(uow)

    # --- per-se categories --------------------------------------------------------------------

    def opinion_profiles(self, product_ids: list[int] | None = None) -> dict[int, OpinionProfile]:
        """Product id → its profile (products without a row are left out)."""
        with self._uow.session() as s:
            stmt = select(OpinionProfileRow)
            if product_ids is not None:
                stmt = stmt.where(OpinionProfileRow.product_id.in_(product_ids))
            return {r.product_id: profile_of(r, r.product_id) for r in s.scalars(stmt)}

    def opinion_profile(self, product_id: int) -> OpinionProfile:
        with self._uow.session() as s:
            return profile_of(s.get(OpinionProfileRow, product_id), product_id)

    def set_opinion_profile(
        self,
        product_id: int,
        categories: frozenset[PerSeCategory] | set[PerSeCategory] = frozenset(),
        override: bool | None = None,
        override_reason: str = "",
    ) -> OpinionProfile:
        """Set the product's art. 2(1) categories and the override (with its reason)."""
        new = OpinionProfile(product_id, frozenset(categories), override, override_reason.strip())
        issues = profile_issues(new)
        if issues:
            raise InvalidInput(issues)
        with self._uow.transaction() as s:
            product_rows.product_row(s, product_id)  # it exists
            row = s.get(OpinionProfileRow, product_id)
            old = profile_of(row, product_id)
            if old == new:
                return new
            if row is None:
                row = OpinionProfileRow(product_id=product_id)
                s.add(row)
            row.categories, row.override = new.codes(), new.override
            row.override_reason = new.override_reason
            s.flush()
            before, after = _profile_values(old), _profile_values(new)
            self._uow.audit("product.opinion", "product", product_id, before, after)
            return new

    # --- user scale ---------------------------------------------------------------------------

    def user_scale(self, product_ids: list[int] | None = None) -> dict[int, list[ScalePoint]]:
        """Product id → its points, oldest first."""
        with self._uow.session() as s:
            stmt = select(UserScaleRow).order_by(UserScaleRow.product_id, UserScaleRow.as_of)
            if product_ids is not None:
                stmt = stmt.where(UserScaleRow.product_id.in_(product_ids))
            out: dict[int, list[ScalePoint]] = {}
            for r in s.scalars(stmt):
                point = ScalePoint(r.as_of, r.registered, r.monthly_active)
                out.setdefault(r.product_id, []).append(point)
            return out

    def record_user_scale(
        self,
        product_id: int,
        as_of: date,
        registered: int | None = None,
        monthly_active: int | None = None,
    ) -> ScalePoint:
        """Record the product's user numbers on a day (replacing that day's, if any)."""
        point = ScalePoint(as_of, registered, monthly_active)
        issues = scale_issues(point, self._uow.today())
        if issues:
            raise InvalidInput(issues)
        with self._uow.transaction() as s:
            product_rows.product_row(s, product_id)
            row = self._scale_row(s, product_id, as_of)
            before = None
            if row is None:
                row = UserScaleRow(product_id=product_id, as_of=as_of)
                s.add(row)
            else:
                before = _point_values(ScalePoint(as_of, row.registered, row.monthly_active))
            row.registered, row.monthly_active = registered, monthly_active
            s.flush()
            self._uow.audit("product.scale", "product", product_id, before, _point_values(point))
            return point

    def remove_user_scale(self, product_id: int, as_of: date) -> None:
        with self._uow.transaction() as s:
            row = self._scale_row(s, product_id, as_of)
            if row is None:
                issue = Issue(
                    "security.scale_missing",
                    "security.scale_date",
                    params={"day": as_of.isoformat()},
                    text=f"No user numbers recorded on {as_of}",
                )
                raise InvalidInput([issue])
            before = _point_values(ScalePoint(as_of, row.registered, row.monthly_active))
            s.delete(row)
            self._uow.audit("product.scale_removed", "product", product_id, before, None)

    @staticmethod
    def _scale_row(s: Session, product_id: int, as_of: date) -> UserScaleRow | None:
        stmt = select(UserScaleRow).where(
            UserScaleRow.product_id == product_id, UserScaleRow.as_of == as_of
        )
        return s.scalars(stmt).first()

    # --- the threshold ------------------------------------------------------------------------

    def growth_threshold(self) -> Threshold:
        percent = self._settings.setting(GROWTH_PERCENT_KEY, str(DEFAULT_GROWTH_PERCENT))
        count = self._settings.setting(GROWTH_COUNT_KEY, str(DEFAULT_GROWTH_COUNT))
        try:
            return Threshold(float(percent), int(count))
        except ValueError:
            return Threshold()

    def set_growth_threshold(self, threshold: Threshold) -> None:
        """The jump that suggests trigger (3): a percentage and/or a count (0: not used)."""
        if threshold.percent < 0 or threshold.count < 0:
            issue = Issue("security.threshold", "security.threshold", text="Must not be negative")
            raise InvalidInput([issue])
        with self._uow.transaction():
            self._settings.set_setting(GROWTH_PERCENT_KEY, f"{threshold.percent:g}")
            self._settings.set_setting(GROWTH_COUNT_KEY, str(threshold.count))
