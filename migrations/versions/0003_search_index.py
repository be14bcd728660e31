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


def upgrade() -> None:
    op.execute("CREATE VIRTUAL TABLE search_index USING fts5(body, tokenize = 'trigram')")
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    op.execute(f"INSERT INTO search_index (rowid, body) {BODY}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS search_index")
