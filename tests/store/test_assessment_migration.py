"""Migration 0008 (checklist assessments): up from 0007 adds the three tables and keeps every row;
down to 0007 removes them and leaves the attachments given as evidence with their subjects."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from filing_desk.store import migrate
from tests.helpers.migration_files import count, engine_at, tables

NEW = {"assessment", "assessment_answer", "assessment_evidence"}


def test_0008_up_and_down_keeps_the_register_rows(tmp_path: Path) -> None:
    engine = engine_at(tmp_path / "m.fdesk", "0007")
    assert not NEW & tables(engine)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO entity (id, name, uscc, entity_type, state) VALUES "
                "(1, '北京示例科技有限公司', '91110000600037341L', 'enterprise', 'ent_draft')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO attachment (id, owner_type, owner_id, kind, filename, size, sha256,"
                " content, version, added_at) VALUES (1, 'entity', 1, 'other', 'a.txt', 1,"
                " 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb', x'61', 1,"
                " '2026-11-23 00:00:00')"
            )
        )
    migrate.run(engine, "0008")
    assert tables(engine) >= NEW
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO assessment (id, library_id, library_version, subject_kind,"
                " subject_id, created_at) VALUES (1, 'algo-responsibility', 1, 'entity', 1,"
                " '2026-11-23 00:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO assessment_answer (id, assessment_id, item_id, result, to_review,"
                " updated_at) VALUES (1, 1, 'officer', 'conforms', 0, '2026-11-23 00:00:00')"
            )
        )
        conn.execute(text("INSERT INTO assessment_evidence VALUES (1, 1)"))
        conn.execute(text("DELETE FROM assessment WHERE id = 1"))  # cascades to its answers
    assert (count(engine, "assessment_answer"), count(engine, "assessment_evidence")) == (0, 0)
    migrate.run(engine, "0007", downgrade=True)
    assert not NEW & tables(engine)
    assert (count(engine, "entity"), count(engine, "attachment")) == (1, 1)
    migrate.run(engine)
    assert tables(engine) >= NEW
    engine.dispose()
