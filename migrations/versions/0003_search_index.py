"""Full-text search: an FTS5 trigram index over algorithms, kept current by triggers.

One row per algorithm (rowid = algorithm id) whose text joins the algorithm's name, entity,
filing number, uses, summary and product names. Triggers on algorithm, product and entity keep
it current whatever writes the rows. Terms of three or more characters use the trigram index;
shorter ones (two-character Chinese words) use LIKE on the same table.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BODY = """
    SELECT a.id, a.name || ' ' || e.name || ' ' || a.filing_number || ' ' || a.main_use || ' '
        || a.application_field || ' ' || a.scenarios || ' ' || a.summary || ' '
        || coalesce((SELECT group_concat(p.name, ' ') FROM product p
                     WHERE p.algorithm_id = a.id), '')
    FROM algorithm a JOIN entity e ON e.id = a.entity_id
"""


def _refresh(algorithm_id: str) -> str:
    return (
        f"DELETE FROM search_index WHERE rowid = {algorithm_id}; "
        f"INSERT INTO search_index (rowid, body) {BODY} WHERE a.id = {algorithm_id};"
    )


TRIGGERS = {
    "search_algorithm_insert": f"AFTER INSERT ON algorithm BEGIN {_refresh('new.id')} END",
    "search_algorithm_update": f"AFTER UPDATE ON algorithm BEGIN {_refresh('new.id')} END",
    "search_algorithm_delete": (
        "AFTER DELETE ON algorithm BEGIN DELETE FROM search_index WHERE rowid = old.id; END"
    ),
    "search_product_insert": f"AFTER INSERT ON product BEGIN {_refresh('new.algorithm_id')} END",
    "search_product_update": f"AFTER UPDATE ON product BEGIN {_refresh('new.algorithm_id')} END",
    "search_product_delete": f"AFTER DELETE ON product BEGIN {_refresh('old.algorithm_id')} END",
    "search_entity_update": (
        "AFTER UPDATE OF name ON entity BEGIN "
        "DELETE FROM search_index WHERE rowid IN (SELECT id FROM algorithm "
        "WHERE entity_id = new.id); "
        f"INSERT INTO search_index (rowid, body) {BODY} WHERE a.entity_id = new.id; END"
    ),
}


def _postgres() -> bool:
    """A team register (PostgreSQL): a plain table with a pg_trgm GIN index stands for FTS5."""
    return op.get_bind().dialect.name == "postgresql"


def _pg(sql: str) -> str:
    return sql.replace("group_concat(p.name, ' ')", "string_agg(p.name, ' ')")


def _create_trigger(name: str, sqlite_text: str) -> None:
    """SQLite's ``<event> ON <table> BEGIN <statements> END``; on PostgreSQL the same statements
    in a row trigger's plpgsql function of the same name."""
    if not _postgres():
        op.execute(f"CREATE TRIGGER {name} {sqlite_text}")
        return
    event, statements = sqlite_text.split(" BEGIN ", 1)
    statements = _pg(statements.removesuffix(" END"))
    op.execute(
        f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS "
        f"$fd$ BEGIN {statements} RETURN NULL; END $fd$"
    )
    op.execute(f"CREATE TRIGGER {name} {event} FOR EACH ROW EXECUTE FUNCTION {name}()")


def _drop_trigger(name: str, sqlite_text: str) -> None:
    if not _postgres():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        return
    table = sqlite_text.split(" BEGIN ", 1)[0].rsplit(" ON ", 1)[1]
    op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
    op.execute(f"DROP FUNCTION IF EXISTS {name}()")


def upgrade() -> None:
    if _postgres():
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute("CREATE TABLE search_index (rowid integer PRIMARY KEY, body text NOT NULL)")
        op.execute(
            "CREATE INDEX ix_search_index_body ON search_index USING gin (body gin_trgm_ops)"
        )
    else:
        op.execute("CREATE VIRTUAL TABLE search_index USING fts5(body, tokenize = 'trigram')")
    for name, body in TRIGGERS.items():
        _create_trigger(name, body)
    op.execute(_pg(f"INSERT INTO search_index (rowid, body) {BODY}"))


def downgrade() -> None:
    for name, body in TRIGGERS.items():
        _drop_trigger(name, body)
    op.execute("DROP TABLE IF EXISTS search_index")
