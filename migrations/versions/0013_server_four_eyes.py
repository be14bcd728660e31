"""Four eyes held by the server: on PostgreSQL, triggers refuse what the app's ``FourEyes.guard``
refuses, so a login with ``psql`` cannot go around it.

``procedure_four_eyes`` refuses a procedure entering the ready state (an UPDATE of ``state`` to
it, or an INSERT already in it) unless the procedure's newest approval is for its newest edit
(the newest audit event with an editing action on the procedure or on its algorithm; both none
also matches) and its reviewer is not that edit's author — the rule of ``store/approvals.py``.
A refusal raises SQLSTATE ``FD401``, which the app words as ``approval.required``.
``procedure_approval_reviewer`` refuses an approval whose reviewer is not the login adding it
(SQLSTATE 42501, the server's "permission denied"), so nobody approves in another's name;
``audit_event_append_only`` lets a desk login only append events, in its own name (the rule
reads the log: deleting the edit that voided an approval must not revive it).

All three let through a login holding none of the desk's three roles: the database's owner,
the administrator who runs team init, demo, team push and import. The app does not hold the owner
to four eyes either (``FourEyes.applies``): the owner owns the tables and could drop the
triggers anyway, so holding it would only break its bulk copies (a pushed file's ready
procedures and its audit chain) without protecting anything. Membership is tested as
``roles.roles_of`` tests it (so a superuser, a member of every role, is held in both).

The lists of actions, role names and the ready state's code are frozen here as literals (a
migration must not change when the code does); tests/team/test_server_four_eyes.py checks they
equal ``store.approvals`` and ``store.team.roles`` at head. SQLite (a file register: one user)
gets nothing; its downgrade does nothing either.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of store.approvals.PROCEDURE_EDITS / ALGORITHM_EDITS, store.team.roles.ROLES and
# ProcedureState.READY's stored code, as they stood at this revision.
PROCEDURE_EDITS = (
    "procedure.open",
    "procedure.update",
    "procedure.draft",
    "procedure.redate",
    "procedure.override",
    "procedure.import",
    "procedure.fix",
)
ALGORITHM_EDITS = ("algorithm.update",)
ROLES = ("filing_desk_viewer", "filing_desk_editor", "filing_desk_reviewer")
READY = "ready"
REFUSED = "FD401"  # SQLSTATE of a refusal (class FD: none of PostgreSQL's own)


def _literals(values: Sequence[str]) -> str:
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)


_DESK_LOGIN = (
    f"EXISTS (SELECT FROM pg_roles WHERE rolname IN ({_literals(ROLES)}) "
    "AND pg_has_role(current_user, oid, 'MEMBER'))"
)

FOUR_EYES = f"""
CREATE FUNCTION filing_desk_four_eyes() RETURNS trigger LANGUAGE plpgsql AS $fd$
DECLARE
    edit_id integer;
    editor text;
    approved record;
BEGIN
    IF NOT {_DESK_LOGIN} THEN
        RETURN NEW;
    END IF;
    SELECT e.id, e.os_user INTO edit_id, editor FROM audit_event e
     WHERE (e.object_type = 'procedure' AND e.object_id = NEW.id
            AND e.action IN ({_literals(PROCEDURE_EDITS)}))
        OR (e.object_type = 'algorithm' AND e.object_id = NEW.algorithm_id
            AND e.action IN ({_literals(ALGORITHM_EDITS)}))
     ORDER BY e.id DESC LIMIT 1;
    SELECT a.reviewer, a.edit_event_id INTO approved FROM procedure_approval a
     WHERE a.procedure_id = NEW.id ORDER BY a.id DESC LIMIT 1;
    IF FOUND AND approved.edit_event_id IS NOT DISTINCT FROM edit_id
       AND approved.reviewer IS DISTINCT FROM editor THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION USING ERRCODE = '{REFUSED}', MESSAGE = 'four eyes: procedure '
        || NEW.id || ' needs the approval of a reviewer other than its last editor';
END
$fd$
"""

REVIEWER_IS_SELF = f"""
CREATE FUNCTION filing_desk_approval_reviewer() RETURNS trigger LANGUAGE plpgsql AS $fd$
BEGIN
    IF {_DESK_LOGIN} AND NEW.reviewer IS DISTINCT FROM current_user::text THEN
        RAISE EXCEPTION 'an approval names the login that adds it'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$fd$
"""

# The rule reads the audit log: a desk login may only append to it, as itself (the app never
# changes or removes an event), or it could revive a voided approval by deleting the edit that
# voided it, or pass its own edit off as another's.
AUDIT_APPEND_ONLY = f"""
CREATE FUNCTION filing_desk_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $fd$
BEGIN
    IF {_DESK_LOGIN} THEN
        IF TG_OP <> 'INSERT' THEN
            RAISE EXCEPTION 'the audit log is appended to, never changed'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.os_user IS DISTINCT FROM current_user::text THEN
            RAISE EXCEPTION 'an audit event names the login that writes it'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$fd$
"""

TRIGGERS = (
    "CREATE TRIGGER procedure_four_eyes BEFORE UPDATE OF state ON procedure FOR EACH ROW "
    f"WHEN (NEW.state = '{READY}' AND OLD.state IS DISTINCT FROM NEW.state) "
    "EXECUTE FUNCTION filing_desk_four_eyes()",
    "CREATE TRIGGER procedure_four_eyes_insert BEFORE INSERT ON procedure FOR EACH ROW "
    f"WHEN (NEW.state = '{READY}') EXECUTE FUNCTION filing_desk_four_eyes()",
    "CREATE TRIGGER procedure_approval_reviewer BEFORE INSERT ON procedure_approval "
    "FOR EACH ROW EXECUTE FUNCTION filing_desk_approval_reviewer()",
    "CREATE TRIGGER audit_event_append_only BEFORE INSERT OR UPDATE OR DELETE ON audit_event "
    "FOR EACH ROW EXECUTE FUNCTION filing_desk_audit_append_only()",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(FOUR_EYES)
    op.execute(REVIEWER_IS_SELF)
    op.execute(AUDIT_APPEND_ONLY)
    for trigger in TRIGGERS:
        op.execute(trigger)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS audit_event_append_only ON audit_event")
    op.execute("DROP TRIGGER IF EXISTS procedure_approval_reviewer ON procedure_approval")
    op.execute("DROP TRIGGER IF EXISTS procedure_four_eyes_insert ON procedure")
    op.execute("DROP TRIGGER IF EXISTS procedure_four_eyes ON procedure")
    op.execute("DROP FUNCTION IF EXISTS filing_desk_audit_append_only()")
    op.execute("DROP FUNCTION IF EXISTS filing_desk_approval_reviewer()")
    op.execute("DROP FUNCTION IF EXISTS filing_desk_four_eyes()")
