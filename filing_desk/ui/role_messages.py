"""The sentences of a team register's role and four-eyes codes (``team.viewer_cannot_write``,
``team.role_refused``: the server refused a write; ``approval.*``: store.approvals), in the
``messages`` translation context.

Part of the one table in ``ui/messages.py`` (which merges it into ``SENTENCES``), kept apart
only to keep that module small. Data only: no lookup, no formatting, no Qt beyond marking.
"""

from __future__ import annotations

from filing_desk.ui.i18n import QT_TRANSLATE_NOOP

ROLE_SENTENCES: dict[str, str] = {
    "team.viewer_cannot_write": QT_TRANSLATE_NOOP(
        "messages", "Your role on this team register (viewer) cannot change records."
    ),
    "team.role_refused": QT_TRANSLATE_NOOP(
        "messages", "Your role on this team register does not allow this change."
    ),
    "approval.not_reviewer": QT_TRANSLATE_NOOP(
        "messages", "Only a reviewer can approve a procedure on this register."
    ),
    "approval.not_editing": QT_TRANSLATE_NOOP(
        "messages", "Only a procedure being edited can be approved."
    ),
    "approval.own_edit": QT_TRANSLATE_NOOP(
        "messages",
        "You made the last edit of this procedure: another reviewer must approve it.",
    ),
    "approval.required": QT_TRANSLATE_NOOP(
        "messages",
        "A reviewer other than its last editor must approve this procedure before it is ready "
        "to submit.",
    ),
}
