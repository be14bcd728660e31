"""When a product link's change happened, and what a link may hold (domain.md Part A item 15).

No Qt, no I/O. A filed algorithm's products are part of what was filed (Algorithm Provisions
art. 24(2), citation ``algo-provisions:24.2``: a change of filed information is reported within
ten working days of the change). The change a link makes happened on its own day, not on the day
it was typed in:

* linking a new product (新增关联产品) — the day the algorithm went live on it (``go_live``);
* withdrawing one the algorithm was filed with (减少关联产品) — the day it was taken off
  (``withdrawn``);
* anything else (its functions, a link without those dates) — the day the user gives (else
  today, the caller's default).

A day before the submission the change is measured against is taken as that submission's day:
the change is from what was filed, and could not be reported before it was filed. Whether the
link is a change at all is change detection's (``changes.diff`` against the last submission): a
link made before the filing is part of it, and one made and withdrawn since is no change. Renaming
a product is a change of each filed algorithm it is live on, dated by the day the user gives.
"""

from __future__ import annotations

from datetime import date

from filing_desk.domain.fields.product_link import ProductLink
from filing_desk.domain.issues import Issue, Report


def change_date(
    link: ProductLink, filed: bool, submitted: date | None, given: date | None
) -> date | None:
    """The day the change ``link`` makes happened (None: the caller's default, today).

    ``filed``: the link is part of the submission the algorithm's changes are measured against,
    made on ``submitted``."""
    if filed and link.withdrawn is not None:
        day = link.withdrawn
    elif not filed and link.withdrawn is None and link.go_live is not None:
        day = link.go_live
    else:
        return given
    if submitted is not None and day < submitted:
        return submitted
    return day


def link_issues(link: ProductLink) -> Report:
    """What keeps a link from being written: dates out of order, a display date without the
    number shown."""
    issues: list[Issue] = []
    if link.go_live and link.withdrawn and link.withdrawn < link.go_live:
        issues.append(
            Issue(
                "link.withdrawn_before_go_live",
                "product.withdrawn",
                params={"go_live": link.go_live.isoformat()},
                text=f"The withdrawal date is before the go-live date ({link.go_live})",
            )
        )
    if link.shown_since and not link.shows_number:
        issues.append(
            Issue(
                "product.shown_since",
                "product.shown_since",
                text="A display date is given but the filing number is not marked as shown",
            )
        )
    return Report.of(issues)
