"""Record versions (store.versions, issue 20.2): every entity, algorithm, product and procedure
row is version 1 when made and one more on each update; an edit of a version no longer current is
refused with ``record.stale`` and writes nothing (no row change, no audit event); migration 0011
adds the column (1 for the rows already there) and its downgrade removes it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import inspect as sa_inspect
from sqlalchemy import text

from filing_desk.store import migrate
from filing_desk.store.register import Register, open_register
from filing_desk.store.versions import StaleRecord
from tests.helpers.fixture_registers import build
from tests.helpers.registers import STRONG_PASSPHRASE, make_register
from tests.helpers.versioned import EDITS, make_records


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    with make_register(tmp_path / "r.fdesk", passphrase=STRONG_PASSPHRASE) as opened:
        yield opened


@pytest.mark.parametrize("kind", list(EDITS))
def test_a_record_is_version_one_when_made_and_one_more_on_each_update(
    register: Register, kind: str
) -> None:
    ids = make_records(register)
    update, field, first, second = EDITS[kind]
    assert register.version(kind, ids[kind]) == 1
    update(register)(ids[kind], **{field: first})
    assert register.version(kind, ids[kind]) == 2
    update(register)(ids[kind], expected_version=2, **{field: second})
    assert register.version(kind, ids[kind]) == 3
    update(register)(ids[kind], expected_version=3, **{field: second})  # nothing changes
    assert register.version(kind, ids[kind]) == 3


@pytest.mark.parametrize("kind", list(EDITS))
def test_a_stale_edit_is_refused_and_writes_nothing(register: Register, kind: str) -> None:
    ids = make_records(register)
    update, field, theirs, mine = EDITS[kind]
    update(register)(ids[kind], expected_version=1, **{field: theirs})  # someone else, first
    events = len(register.audit_events())
    with pytest.raises(StaleRecord) as refused:
        update(register)(ids[kind], expected_version=1, **{field: mine})
    assert refused.value.code == "record.stale"
    assert (refused.value.expected, refused.value.current) == (1, 2)
    assert "nothing was saved" in str(refused.value)
    assert len(register.audit_events()) == events
    assert register.version(kind, ids[kind]) == 2
    with register.session() as s:
        table = {"entity": "entity", "algorithm": "algorithm", "product": "product"}[kind]
        stored = s.execute(text(f"SELECT {field} FROM {table} WHERE id = :i"), {"i": ids[kind]})
        assert stored.scalar() == theirs


def test_a_procedure_counts_its_versions_as_it_moves(register: Register) -> None:
    ids = make_records(register)
    register.update_algorithm(ids["algorithm"], launch_date="2026-11-02")
    procedure = register.start_filing(ids["algorithm"])
    first = register.version("procedure", procedure.id)
    register.save_draft(procedure.id, {"algorithm.main_use": "为用户推荐资讯"})
    assert register.version("procedure", procedure.id) > first


def test_the_version_of_a_record_that_is_not_there_is_not_found(register: Register) -> None:
    from filing_desk.domain.errors import InvalidInput

    with pytest.raises(InvalidInput) as missing:
        register.version("algorithm", 999)
    assert missing.value.issues[0].code == "algorithm.not_found"


def test_the_same_file_opened_twice_refuses_the_second_writer(tmp_path: Path) -> None:
    path = tmp_path / "r.fdesk"
    first = make_register(path, passphrase=STRONG_PASSPHRASE)
    ids = make_records(first)
    read = first.version("algorithm", ids["algorithm"])
    with open_register(path, passphrase=STRONG_PASSPHRASE, lock=False) as second:
        second.update_algorithm(ids["algorithm"], expected_version=read, name="他们的名称")
    with pytest.raises(StaleRecord):
        first.update_algorithm(ids["algorithm"], expected_version=read, name="我的名称")
    assert first.algorithm(ids["algorithm"]).name == "他们的名称"
    assert first.verify_audit().ok
    first.close()


def test_migration_0011_adds_the_version_one_to_old_rows_and_downgrade_removes_it(
    tmp_path: Path,
) -> None:
    from filing_desk.store import engine as engine_mod
    from filing_desk.store import keys
    from tests.helpers.fixture_registers import PASSPHRASE

    path = tmp_path / "old.fdesk"
    build("0010", path)
    with path.open("rb") as fh:
        key = keys.derive_from_passphrase(PASSPHRASE, fh.read(keys.SALT_BYTES))
    engine = engine_mod.make_engine(path, key)
    migrate.run(engine, "0011")
    with engine.connect() as conn:
        for table in ("entity", "algorithm", "product", "procedure"):
            versions = conn.execute(text(f"SELECT DISTINCT version FROM {table}")).scalars()
            assert list(versions) == [1], table
    migrate.run(engine, "0010", downgrade=True)
    for table in ("entity", "algorithm", "product", "procedure"):
        assert "version" not in {c["name"] for c in sa_inspect(engine).get_columns(table)}
    engine.dispose()


def test_redating_a_procedure_read_at_an_older_version_is_refused(register: Register) -> None:
    from datetime import date

    from tests.helpers.changes import filed

    _, algorithm_id = filed(register)
    procedure = register.terminate(algorithm_id, date(2026, 11, 20), "业务调整")
    read = register.version("procedure", procedure.id)
    register.redate(procedure.id, date(2026, 11, 16), expected_version=read)  # theirs
    theirs = register.version("procedure", procedure.id)
    events = len(register.audit_events())
    with pytest.raises(StaleRecord):
        register.redate(procedure.id, date(2026, 11, 13), expected_version=read)
    assert register.procedure(procedure.id).trigger_date == date(2026, 11, 16)
    assert register.version("procedure", procedure.id) == theirs > read
    assert len(register.audit_events()) == events
