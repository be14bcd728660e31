"""Upgrades: a register made with each released schema revision opens with today's code, is
upgraded to head after a verified backup, and keeps every row with the same values.
"""

from __future__ import annotations

import functools
import shutil
from pathlib import Path

import pytest

from filing_desk.cli import main
from filing_desk.store import backup, keys, migrate
from filing_desk.store import engine as engine_mod
from filing_desk.store.register import open_register
from tests.helpers import fixture_registers as fixtures


@functools.cache
def _key_for_id(register_id: str, path: Path) -> keys.DataKey:
    return keys.key_for(path, fixtures.PASSPHRASE)  # the KDF runs once per register id


def _key(path: Path) -> keys.DataKey:
    return _key_for_id(keys.register_id_of(path), path)


def _raw_rows(path: Path, table: str, columns: list[str]) -> list[dict[str, object]]:
    key = _key(path)
    conn = engine_mod.connect(path, key)
    try:
        names = ", ".join(f'"{c}"' for c in columns)
        rows = conn.execute(f'SELECT {names} FROM "{table}" ORDER BY rowid').fetchall()
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()
    assert revision
    return [dict(zip(columns, row, strict=True)) for row in rows]


def _revision(path: Path) -> str:
    conn = engine_mod.connect(path, _key(path))
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def test_there_is_a_fixture_for_every_released_revision() -> None:
    assert migrate.REVISIONS[-1] == migrate.HEAD
    for revision in migrate.REVISIONS:
        path = fixtures.fixture_path(revision)
        assert path.is_file(), f"no fixture register for schema {revision}: run make_fixtures.py"
        assert _revision(path) == revision


@pytest.mark.parametrize("revision", migrate.REVISIONS)
def test_a_register_of_each_revision_upgrades_to_head_with_its_data(
    revision: str, tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "old.fdesk"
    shutil.copyfile(fixtures.fixture_path(revision), path)
    with open_register(path, passphrase=fixtures.PASSPHRASE) as reg:
        assert reg.schema_revision() == migrate.HEAD
        assert reg.cipher_check() == []
        assert reg.verify_audit().ok
        algorithms = {a.name: a for a in reg.algorithms()}
        hits = set(reg.search("推荐"))
        hits_two_chars = set(reg.search("调度"))
        products = sorted(p.name for p in reg.products())
        models = [m.name for m in reg.models()]
        procedures = [(p.kind.value, p.state.value) for p in reg.procedures()]
        attachments = reg.attachments("entity", 1)
        content = reg.attachment_content(attachments[0].id)[1] if attachments else None
    for table in fixtures.tables_after_upgrade(revision):
        expected = fixtures.rows_at(table, revision, upgraded=True)
        columns = sorted({c for row in expected for c in row})
        rows = [r for r in _raw_rows(path, table, columns) if r.get("key") != "audit.head"]
        actual = [{c: row[c] for c in want} for row, want in zip(rows, expected, strict=True)]
        assert actual == expected, f"{table} changed in the upgrade"
    push = algorithms["示例资讯个性化推荐算法"]
    assert push.filing_number == "110108721640902240017" and str(push.launch_date) == "2024-03-01"
    assert push.id in hits and algorithms["星河同城配送调度算法"].id in hits_two_chars
    assert products == ["示例资讯", "示例资讯网"] and models == ["示例写作大模型"]
    assert procedures == [("filing", "completed"), ("cancellation", "editing")]
    if "attachment" in fixtures.tables_for(revision):
        assert content == fixtures.PDF
    saved = path.with_name(f"old.before-{migrate.HEAD}-from-{revision}.fdesk")
    if revision == migrate.HEAD:
        assert not saved.exists()
    else:
        assert backup.verify(saved, _key(path)).pages_checked > 0
        assert _revision(saved) == revision  # the copy is of the file before the upgrade
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", fixtures.PASSPHRASE)
    assert main(["--register", str(path), "check"]) == 0
