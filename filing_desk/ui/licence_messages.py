"""The sentences of the entity's licence, ICP number and user-scale issues (``domain.licences``),
in the ``messages`` translation context.

Part of the one table in ``ui/messages.py`` (which merges it into ``SENTENCES``), kept apart only
to keep that module small. Data only: no lookup, no formatting, no Qt beyond marking the texts.
"""

from __future__ import annotations

from filing_desk.ui.i18n import QT_TRANSLATE_NOOP

LICENCE_SENTENCES: dict[str, str] = {
    "licence.date_order": QT_TRANSLATE_NOOP(
        "messages", "{label}: the licence's validity ends before it starts."
    ),
    "licence.number_uscc": QT_TRANSLATE_NOOP(
        "messages",
        "{label} looks like a unified social credit code but differs from the entity's ({uscc}).",
    ),
    "icp.format": QT_TRANSLATE_NOOP(
        "messages",
        "{label}: “{value}” is neither an ICP filing number (京ICP备12345678号-1) nor a licence "
        "number (京B2-20201234).",
    ),
    "number.negative": QT_TRANSLATE_NOOP("messages", "{label} cannot be negative."),
}
