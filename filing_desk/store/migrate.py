"""In-process Alembic: the only caller of Alembic. Backup first, then upgrade to head.

A cheap check reads ``alembic_version`` with plain SQL; Alembic is imported only when an upgrade
is due. A revision this program does not know means a newer Filing Desk made the file: refused.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from filing_desk import paths
from filing_desk.store.errors import MadeByNewerVersion

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

HEAD = "0014"
REVISIONS = (
    *("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010"),
    "0011",
    "0012",
    "0013",
    "0014",
)


_HAS_VERSION = "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='alembic_version'"
_VERSION = "SELECT version_num FROM alembic_version"


def current_revision(conn: Connection) -> str | None:
    """The schema revision recorded in the file, or None for a new, empty register."""
    from sqlalchemy import inspect, text

    if conn.dialect.name != "sqlite":  # a team register (store.team): ask the catalogue
        if not inspect(conn).has_table("alembic_version"):
            return None
    elif not conn.execute(text(_HAS_VERSION)).scalar():
        return None
    revision: str | None = conn.execute(text(_VERSION)).scalar()
    return revision


def revision_of(dbapi_connection: Any) -> str | None:
    """``current_revision`` on a plain DB-API connection (no SQLAlchemy needed)."""
    if not dbapi_connection.execute(_HAS_VERSION).fetchone()[0]:
        return None
    row = dbapi_connection.execute(_VERSION).fetchone()
    return row[0] if row else None


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    cfg.attributes["connection"] = connection
    return cfg


def needs_upgrade(engine: Engine) -> str | None:
    """None when at head; otherwise the current revision ("" for an empty file)."""
    with engine.connect() as conn:
        rev = current_revision(conn)
    if rev == HEAD:
        return None
    if rev is not None and rev not in REVISIONS:
        raise MadeByNewerVersion(
            f"This register was made by a newer version of Filing Desk (schema {rev}); "
            f"this version knows up to {HEAD}. Install the newer version to open it."
        )
    return rev or ""


def run(engine: Engine, target: str = "head", downgrade: bool = False) -> None:
    """Run Alembic on one connection of ``engine`` in one transaction."""
    from alembic import command

    with engine.begin() as conn:
        cfg = alembic_config(conn)
        if downgrade:
            command.downgrade(cfg, target)
        else:
            before = current_revision(conn)
            command.upgrade(cfg, target)
            from filing_desk.store import upgrade_audit

            upgrade_audit.after_upgrade(conn, before, current_revision(conn))


def script_head() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def backup_path_for_upgrade(register: Path, revision: str) -> Path:
    return register.with_name(f"{register.stem}.before-{HEAD}-from-{revision}.fdesk")
