"""The local calendar day of a stored moment.

The register stores moments in UTC (an attachment's ``added_at``, an audit event's time); a
reminder counted in days and a date printed on a form are the user's days. In Beijing an annex
attached at 07:00 is dated that day, not the UTC day before. A naive moment is UTC (what
SQLite hands back for the UTC values the store wrote). Pure: the zone is the machine's, read by
``datetime.astimezone``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime


def local_date(moment: datetime) -> date:
    """The day ``moment`` falls on in the machine's time zone."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone().date()
