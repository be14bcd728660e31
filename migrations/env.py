"""Alembic environment: runs only in-process, on the connection store.migrate hands over.

It never builds an engine of its own (that would need the key); batch mode for SQLite.
"""

from alembic import context

from filing_desk.store.schema import Base, is_managed

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Filing Desk migrations run only through filing_desk.store.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_object=lambda obj, name, type_, reflected, other: is_managed(name, type_),
)
with context.begin_transaction():
    context.run_migrations()
