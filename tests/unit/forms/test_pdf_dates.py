"""Every PDF carries its real creation date (the time it was printed), read back with pypdf; the
rest of the document stays the same for the same input, so a fixed ``created`` gives equal bytes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone

import pytest

from filing_desk.forms import loader
from filing_desk.forms.audit_report import AuditReport, render_audit_report
from filing_desk.forms.layout import pdf_date
from filing_desk.forms.render import render
from tests.helpers.factories import context_for
from tests.helpers.pdfcheck import reader

SHANGHAI = timezone(timedelta(hours=8))
FIXED = datetime(2026, 12, 6, 23, 5, 9, tzinfo=SHANGHAI)


def _form(created: datetime | None = None) -> bytes:
    return render(loader.get("algorithm-filing"), context_for("algorithm-filing"), created=created)


def _audit(created: datetime | None = None) -> bytes:
    del created  # the audit report always prints now
    data = AuditReport(scope="台账全部记录", owner="示例科技有限公司", chain="完整", total=0)
    return render_audit_report(loader.get("audit-report"), data)


RENDERERS: dict[str, Callable[[datetime | None], bytes]] = {"form": _form, "audit": _audit}


@pytest.mark.parametrize("kind", sorted(RENDERERS))
def test_creation_date_is_the_time_of_printing(kind: str) -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    pdf = RENDERERS[kind](None)
    after = datetime.now(UTC)
    meta = reader(pdf).metadata
    assert meta is not None
    assert before <= meta.creation_date <= after
    assert meta.creation_date.year != 2000  # ReportLab's invariant date is 2000-01-01


def test_a_given_creation_date_is_printed_as_given_and_bytes_repeat() -> None:
    first, second = _form(FIXED), _form(FIXED)
    meta = reader(first).metadata
    assert meta is not None
    assert meta.creation_date == FIXED
    assert meta["/CreationDate"] == "D:20261206230509+08'00'"
    assert first == second


@pytest.mark.parametrize(
    ("when", "text"),
    [
        (datetime(2026, 12, 6, 23, 5, tzinfo=SHANGHAI), "D:20261206230500+08'00'"),
        (datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), "D:20260102030405+00'00'"),
        (
            datetime(2026, 7, 1, 9, 0, tzinfo=timezone(-timedelta(hours=3, minutes=30))),
            "D:20260701090000-03'30'",
        ),
    ],
)
def test_pdf_date_text(when: datetime, text: str) -> None:
    assert pdf_date(when)(2000, 1, 1, 0, 0, 0) == text
