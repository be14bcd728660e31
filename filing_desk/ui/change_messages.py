"""The sentences of the issues of dating a change of filed fields and of discarding a
modification opened by mistake (``domain.change_plans``, ``store.change_review``), in the
``messages`` translation context.

Part of the one table in ``ui/messages.py`` (which merges it into ``SENTENCES``), kept apart only
to keep that module small. Data only: no lookup, no formatting, no Qt beyond marking the texts.
"""

from __future__ import annotations

from filing_desk.ui.i18n import QT_TRANSLATE_NOOP

CHANGE_SENTENCES: dict[str, str] = {
    "change.before_filing": QT_TRANSLATE_NOOP(
        "messages", "The change cannot be dated before the submission it changes ({date})."
    ),
    "discard.kind": QT_TRANSLATE_NOOP("messages", "Only a modification can be discarded."),
    "discard.submitted": QT_TRANSLATE_NOOP(
        "messages",
        "This modification was submitted: withdraw it in the CAC's system and record that "
        "instead of discarding it.",
    ),
    "discard.attachments": QT_TRANSLATE_NOOP(
        "messages",
        "Files are attached to this modification, so it was not opened by mistake; it "
        "cannot be discarded.",
    ),
}
