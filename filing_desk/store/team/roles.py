"""The three database roles of a team register and what each may do, as PostgreSQL grants.

``filing_desk_viewer`` reads (and so prints); ``filing_desk_editor`` reads and writes records,
procedures and their audit events; ``filing_desk_reviewer`` is an editor who also approves
(the approval step itself is the four-eyes rule's, not a grant). The roles cannot log in: the
administrator grants one to each person's login (``GRANT filing_desk_editor TO alice``). Roles
are the cluster's, so a second register on the same server reuses them; the grants are per
database. Run by ``setup.init_team`` as the database's owner, in its transaction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection

VIEWER = "filing_desk_viewer"
EDITOR = "filing_desk_editor"
REVIEWER = "filing_desk_reviewer"
ROLES = (VIEWER, EDITOR, REVIEWER)
WRITE = "SELECT, INSERT, UPDATE, DELETE"


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def statements(database: str) -> list[str]:
    """The SQL that makes the roles (when missing) and grants them on ``database``."""
    made = [
        f"DO $fd$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') "
        f"THEN CREATE ROLE {role} NOLOGIN; END IF; END $fd$"
        for role in ROLES
    ]
    everyone = ", ".join(ROLES)
    writers = f"{EDITOR}, {REVIEWER}"
    return [
        *made,
        f"GRANT CONNECT ON DATABASE {_quoted(database)} TO {everyone}",
        f"GRANT USAGE ON SCHEMA public TO {everyone}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {VIEWER}",
        f"GRANT {WRITE} ON ALL TABLES IN SCHEMA public TO {writers}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {writers}",
        # tables a later revision adds get the same grants
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {VIEWER}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT {WRITE} ON TABLES TO {writers}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {writers}",
    ]


def grant(conn: Connection, database: str) -> None:
    """Make the roles and their grants on ``database`` (idempotent)."""
    from sqlalchemy import text

    for sql in statements(database):
        conn.execute(text(sql))


def roles_of(conn: Connection) -> set[str]:
    """Which of the three roles the connected user holds (directly or through another role)."""
    from sqlalchemy import text

    rows = conn.execute(
        text("SELECT rolname FROM pg_roles WHERE pg_has_role(current_user, oid, 'MEMBER')")
    )
    return {r[0] for r in rows} & set(ROLES)
