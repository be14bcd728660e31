"""One product registry: products become the entity's, joined to algorithms by product_link.

Upgrade: every product row becomes a link with the same id (so a submitted snapshot's
``product[<id>]`` keys and a wizard draft's still name it), dated live from its algorithm's launch
date and carrying the per-algorithm columns (functions, the art. 26 display); the product takes
its algorithm's entity; products of one entity with the same name and form become one product,
the one with the lowest id (its own values kept), every link kept. Downgrade: one product row per
link (id = the link's), with its product's values.

The product table is rebuilt rather than altered: its new entity column is a NOT NULL foreign key,
which SQLite cannot add in place. Nothing references product while it is rebuilt (product_link is
made afterwards), so foreign keys stay on. The search index's triggers read product through
product_link now: they are dropped first and made again, and the index refilled.

Audit events for the rows this moves (each link made, each product merged away and its
attachments moved) are written by ``store.upgrade_audit`` in the same transaction: migrations
import no application code.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-14
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAGE = "_product_0007"  # the old rows while the tables are rebuilt

# --- the search index (migration 0003), before and after ----------------------------------------


def _body(products: str) -> str:
    return f"""
    SELECT a.id, a.name || ' ' || e.name || ' ' || a.filing_number || ' ' || a.main_use || ' '
        || a.application_field || ' ' || a.scenarios || ' ' || a.summary || ' '
        || coalesce(({products}), '')
    FROM algorithm a JOIN entity e ON e.id = a.entity_id
"""


OLD_BODY = _body("SELECT group_concat(p.name, ' ') FROM product p WHERE p.algorithm_id = a.id")
NEW_BODY = _body(
    "SELECT group_concat(p.name, ' ') FROM product_link l JOIN product p ON p.id = l.product_id "
    "WHERE l.algorithm_id = a.id"
)


def _refresh(body: str, algorithm_id: str) -> str:
    return (
        f"DELETE FROM search_index WHERE rowid = {algorithm_id}; "
        f"INSERT INTO search_index (rowid, body) {body} WHERE a.id = {algorithm_id};"
    )


def _common(body: str) -> dict[str, str]:
    refresh = _refresh(body, "new.id")
    return {
        "search_algorithm_insert": f"AFTER INSERT ON algorithm BEGIN {refresh} END",
        "search_algorithm_update": f"AFTER UPDATE ON algorithm BEGIN {refresh} END",
        "search_algorithm_delete": (
            "AFTER DELETE ON algorithm BEGIN DELETE FROM search_index WHERE rowid = old.id; END"
        ),
        "search_entity_update": (
            "AFTER UPDATE OF name ON entity BEGIN "
            "DELETE FROM search_index WHERE rowid IN (SELECT id FROM algorithm "
            "WHERE entity_id = new.id); "
            f"INSERT INTO search_index (rowid, body) {body} WHERE a.entity_id = new.id; END"
        ),
    }


OLD_TRIGGERS = {
    **_common(OLD_BODY),
    "search_product_insert": (
        f"AFTER INSERT ON product BEGIN {_refresh(OLD_BODY, 'new.algorithm_id')} END"
    ),
    "search_product_update": (
        f"AFTER UPDATE ON product BEGIN {_refresh(OLD_BODY, 'new.algorithm_id')} END"
    ),
    "search_product_delete": (
        f"AFTER DELETE ON product BEGIN {_refresh(OLD_BODY, 'old.algorithm_id')} END"
    ),
}
NEW_TRIGGERS = {
    **_common(NEW_BODY),
    "search_product_update": (
        "AFTER UPDATE OF name ON product BEGIN "
        "DELETE FROM search_index WHERE rowid IN (SELECT algorithm_id FROM product_link "
        "WHERE product_id = new.id); "
        f"INSERT INTO search_index (rowid, body) {NEW_BODY} WHERE a.id IN "
        "(SELECT algorithm_id FROM product_link WHERE product_id = new.id); END"
    ),
    "search_link_insert": (
        f"AFTER INSERT ON product_link BEGIN {_refresh(NEW_BODY, 'new.algorithm_id')} END"
    ),
    "search_link_update": (
        f"AFTER UPDATE ON product_link BEGIN {_refresh(NEW_BODY, 'old.algorithm_id')} "
        f"{_refresh(NEW_BODY, 'new.algorithm_id')} END"
    ),
    "search_link_delete": (
        f"AFTER DELETE ON product_link BEGIN {_refresh(NEW_BODY, 'old.algorithm_id')} END"
    ),
}


def _postgres() -> bool:
    """A team register (PostgreSQL, migration 0003): each trigger is a plpgsql function too."""
    return op.get_bind().dialect.name == "postgresql"


def _pg(sql: str) -> str:
    return sql.replace("group_concat(p.name, ' ')", "string_agg(p.name, ' ')")


def _drop_triggers(triggers: dict[str, str]) -> None:
    for name, text in triggers.items():
        if _postgres():
            table = text.split(" BEGIN ", 1)[0].rsplit(" ON ", 1)[1]
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")


def _make_triggers(triggers: dict[str, str], body: str) -> None:
    """The triggers made, and the index refilled with what they would have written."""
    for name, text in triggers.items():
        if _postgres():
            event, statements = text.split(" BEGIN ", 1)
            op.execute(
                f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS "
                f"$fd$ BEGIN {_pg(statements.removesuffix(' END'))} RETURN NULL; END $fd$"
            )
            op.execute(f"CREATE TRIGGER {name} {event} FOR EACH ROW EXECUTE FUNCTION {name}()")
        else:
            op.execute(f"CREATE TRIGGER {name} {text}")
    op.execute("DELETE FROM search_index")
    op.execute(_pg(f"INSERT INTO search_index (rowid, body) {body}"))


# --- the tables ----------------------------------------------------------------------------------

OWN = "name, form, address, users_served, real_name_required, prior_licences"
MOVED = "functions, shows_number, shown_since, display_link"


def _of(table: str, columns: str) -> str:
    """``p.name, p.form…``: the columns read from one table of a join."""
    return ", ".join(f"{table}.{c}" for c in columns.split(", "))


def _own_columns() -> list[sa.Column]:
    return [
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("form", sa.String(length=32), nullable=False),
        sa.Column("address", sa.Text(), server_default="", nullable=False),
        sa.Column("users_served", sa.Text(), server_default="", nullable=False),
        sa.Column("real_name_required", sa.Boolean(), nullable=False),
        sa.Column("prior_licences", sa.Text(), server_default="", nullable=False),
    ]


def _moved_columns() -> list[sa.Column]:
    return [
        sa.Column("functions", sa.Text(), server_default="", nullable=False),
        sa.Column("shows_number", sa.Boolean(), nullable=False),
        sa.Column("shown_since", sa.Date(), nullable=True),
        sa.Column("display_link", sa.Text(), server_default="", nullable=False),
    ]


def _create_product(owner: str, referred: str, **fk: str) -> None:
    op.create_table(
        "product",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(owner, sa.Integer(), nullable=False),
        *_own_columns(),
        *(_moved_columns() if owner == "algorithm_id" else ()),
        sa.ForeignKeyConstraint(
            [owner], [f"{referred}.id"], name=op.f(f"fk_product_{owner}_{referred}"), **fk
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product")),
    )
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.create_index(batch_op.f(f"ix_product_{owner}"), [owner], unique=False)


def _drop_product(owner: str) -> None:
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f(f"ix_product_{owner}"))
    op.drop_table("product")


def upgrade() -> None:
    _drop_triggers(OLD_TRIGGERS)
    op.execute(
        f"CREATE TABLE {STAGE} AS SELECT p.id AS id, p.algorithm_id AS algorithm_id, "
        f"a.entity_id AS entity_id, a.launch_date AS go_live, {_of('p', OWN)}, {_of('p', MOVED)}, "
        "(SELECT min(q.id) FROM product q JOIN algorithm b ON b.id = q.algorithm_id "
        " WHERE b.entity_id = a.entity_id AND q.name = p.name AND q.form = p.form) AS keeper "
        "FROM product p JOIN algorithm a ON a.id = p.algorithm_id"
    )
    _drop_product("algorithm_id")
    _create_product("entity_id", "entity")
    op.execute(
        f"INSERT INTO product (id, entity_id, {OWN}) "
        f"SELECT id, entity_id, {OWN} FROM {STAGE} WHERE id = keeper ORDER BY id"
    )
    op.create_table(
        "product_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("algorithm_id", sa.Integer(), nullable=False),
        sa.Column("go_live", sa.Date(), nullable=True),
        sa.Column("withdrawn", sa.Date(), nullable=True),
        *_moved_columns(),
        sa.ForeignKeyConstraint(
            ["algorithm_id"],
            ["algorithm.id"],
            name=op.f("fk_product_link_algorithm_id_algorithm"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_product_link_product_id_product")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product_link")),
    )
    with op.batch_alter_table("product_link", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_product_link_algorithm_id"), ["algorithm_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_product_link_product_id"), ["product_id"], unique=False
        )
    op.execute(
        f"INSERT INTO product_link (id, product_id, algorithm_id, go_live, withdrawn, {MOVED}) "
        f"SELECT id, keeper, algorithm_id, go_live, NULL, {MOVED} FROM {STAGE} ORDER BY id"
    )
    op.drop_table(STAGE)
    _make_triggers(NEW_TRIGGERS, NEW_BODY)


def downgrade() -> None:
    _drop_triggers(NEW_TRIGGERS)
    op.execute(
        f"CREATE TABLE {STAGE} AS SELECT l.id AS id, l.algorithm_id AS algorithm_id, "
        f"{_of('p', OWN)}, {_of('l', MOVED)} "
        "FROM product_link l JOIN product p ON p.id = l.product_id"
    )
    with op.batch_alter_table("product_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_product_link_product_id"))
        batch_op.drop_index(batch_op.f("ix_product_link_algorithm_id"))
    op.drop_table("product_link")
    _drop_product("entity_id")
    _create_product("algorithm_id", "algorithm", ondelete="CASCADE")
    op.execute(
        f"INSERT INTO product (id, algorithm_id, {OWN}, {MOVED}) "
        f"SELECT id, algorithm_id, {OWN}, {MOVED} FROM {STAGE} ORDER BY id"
    )
    op.drop_table(STAGE)
    _make_triggers(OLD_TRIGGERS, OLD_BODY)
