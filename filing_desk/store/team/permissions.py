"""What the server refuses a role, said in the desk's words: the grants of the approval table and
the translation of PostgreSQL's "permission denied" into a ``RoleRefused`` error.

The server is the judge of every write (a viewer's login holds no INSERT/UPDATE/DELETE grant);
this module only words its refusal — by code, so the UI says it in the user's language — and
never passes the server's own text on. ``restrict_approvals`` keeps the approvals table to
reviewers (editors read it; nobody changes or removes an approval). Migration 0013's triggers
refuse with the same SQLSTATE an approval in another's name and any change to the audit log but
an append in one's own name, so those are worded here too. No Qt, no rules.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from filing_desk.store.team import roles
from filing_desk.store.team.errors import TeamRefused

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

INSUFFICIENT_PRIVILEGE = "42501"  # SQLSTATE of "permission denied" (psycopg InsufficientPrivilege)
APPROVAL_TABLE = "procedure_approval"


class RoleRefused(TeamRefused):
    """The server refused a write the connected user's role does not allow."""

    code = "team.role_refused"


class ViewerRefused(RoleRefused):
    """A viewer tried to change something: the server's grants allow reading only."""

    code = "team.viewer_cannot_write"


def refusal(held: Collection[str]) -> RoleRefused:
    """The error to raise for a write the server refused a user holding ``held`` roles."""
    if held and set(held) <= {roles.VIEWER}:
        return ViewerRefused("Your role on this team register (viewer) cannot change records.")
    names = ", ".join(sorted(r.removeprefix("filing_desk_") for r in held)) or "none"
    return RoleRefused(f"Your role on this team register ({names}) does not allow this change.")


def is_refused(exc: BaseException | None) -> bool:
    """``exc`` is PostgreSQL's "permission denied" (whatever the driver's class for it)."""
    return getattr(exc, "sqlstate", None) == INSUFFICIENT_PRIVILEGE


def word_refusals(engine: Engine, held: Collection[str]) -> None:
    """From now on, a statement the server refuses for want of a grant raises ``refusal(held)``
    instead of the driver's error (whose text is the server's, in the server's language)."""
    from sqlalchemy import event

    def _on_error(context: Any) -> None:
        if is_refused(context.original_exception):
            raise refusal(held) from None

    event.listen(engine, "handle_error", _on_error)


def restrict_approvals(conn: Connection) -> None:
    """Approvals are recorded by reviewers only and never changed: editors lose the write grants
    ``roles.grant`` gives on every table, reviewers keep INSERT. Run after ``roles.grant``."""
    from sqlalchemy import text

    conn.execute(text(f"REVOKE INSERT, UPDATE, DELETE ON {APPROVAL_TABLE} FROM {roles.EDITOR}"))
    conn.execute(text(f"REVOKE UPDATE, DELETE ON {APPROVAL_TABLE} FROM {roles.REVIEWER}"))
