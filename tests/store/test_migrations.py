"""The schema exists only through Alembic, matches the ORM, and upgrades keep every row."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from filing_desk.store import engine as engine_mod
from filing_desk.store import keys, migrate
from filing_desk.store.errors import MadeByNewerVersion
from filing_desk.store.register import open_register
from filing_desk.store.schema import Base, is_managed
from tests.helpers.registers import make_register


def _bare_engine(path: Path):
    key = keys.new_data_key()
    engine_mod.connect(path, key, create=True).close()
    return engine_mod.make_engine(path, key), key


def _tables(engine) -> set[str]:
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))
        return {r[0] for r in rows if is_managed(r[0], "table")} - {"alembic_version"}


def test_head_constant_is_the_script_head() -> None:
    assert migrate.script_head() == migrate.HEAD
    assert migrate.REVISIONS[-1] == migrate.HEAD


def test_upgrade_from_empty_then_migrations_match_the_orm(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine, _ = _bare_engine(tmp_path / "e.fdesk")
    migrate.run(engine)
    assert _tables(engine) == set(Base.metadata.tables)
    with engine.connect() as conn:
        opts = {
            "compare_type": True,
            "render_as_batch": True,
            "include_object": lambda obj, name, type_, reflected, other: is_managed(name, type_),
        }
        ctx = MigrationContext.configure(conn, opts=opts)
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []
    engine.dispose()


def test_downgrade_to_base_and_up_again(tmp_path: Path) -> None:
    engine, _ = _bare_engine(tmp_path / "d.fdesk")
    migrate.run(engine)
    migrate.run(engine, "base", downgrade=True)
    assert _tables(engine) == set()
    with engine.connect() as conn:
        left = conn.execute(text("SELECT tbl_name FROM sqlite_master")).scalars().all()
        assert set(left) == {"alembic_version"}  # no table, index or trigger of ours remains
    migrate.run(engine, "0001")
    assert "attachment" not in _tables(engine)
    migrate.run(engine)
    assert _tables(engine) == set(Base.metadata.tables)
    engine.dispose()


def _first_revision_register_with_data(path: Path) -> None:
    """A register as the first release made it: schema 0001, rows written by hand."""
    engine, key = _bare_engine(path)
    keys.store_in_keyring(keys.register_id_of(path), key)
    migrate.run(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO entity (id, name, uscc, entity_type, state) VALUES "
                "(1, '北京示例科技有限公司', '91110000600037341L', 'enterprise', "
                "'ent_draft')"
            )
        )
        for i in range(1, 26):
            conn.execute(
                text(
                    "INSERT INTO algorithm (id, entity_id, name, algo_type, role, state, triage,"
                    " public_opinion, mobilisation) VALUES (:i, 1, :n, '02', 'provider', 'draft',"
                    " 'undecided', 0, 0)"
                ),
                {"i": i, "n": f"推荐算法{i}"},
            )
    engine.dispose()


def test_first_revision_register_upgrades_keeping_rows_and_a_verified_backup(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.fdesk"
    _first_revision_register_with_data(path)
    with open_register(path) as reg:
        assert reg.schema_revision() == migrate.HEAD
        names = sorted(a.name for a in reg.algorithms())
        assert len(names) == 25 and "推荐算法7" in names
        assert reg.entities()[0].uscc == "91110000600037341L"
        # the new table works
        reg.add_attachment("algorithm", 1, "other", "a.txt", b"x")
    backup = migrate.backup_path_for_upgrade(path, "0001")
    assert backup.exists()
    # the backup is the register before the upgrade: schema 0001, same rows, opens with the key
    conn = engine_mod.connect(backup, keys.key_for(backup))
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    assert conn.execute("SELECT count(*) FROM algorithm").fetchone()[0] == 25
    conn.close()


def test_register_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.fdesk"
    reg = make_register(path)
    with reg.transaction() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    reg.close()
    with pytest.raises(MadeByNewerVersion, match="newer version of Filing Desk"):
        open_register(path)


def test_migration_files_import_only_alembic_and_sqlalchemy() -> None:
    import ast

    folder = Path(migrate.__file__).resolve().parents[2] / "migrations" / "versions"
    for path in folder.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = (
                    [a.name for a in node.names]
                    if isinstance(node, ast.Import)
                    else [node.module or ""]
                )
                for name in names:
                    assert name.split(".")[0] in {"alembic", "sqlalchemy", "collections"}, (
                        f"{path.name} imports {name}"
                    )
