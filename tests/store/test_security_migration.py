"""Migration 0009 (security assessments): up from 0008 adds the four tables and keeps every row;
deleting an assessment takes its submissions, deleting a product its profile and user numbers;
down to 0008 removes the tables and leaves everything else."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from filing_desk.store import migrate
from tests.helpers.migration_files import count, engine_at, tables

NEW = {"security_assessment", "security_submission", "opinion_profile", "user_scale"}


def test_0009_up_and_down_keeps_the_register_rows(tmp_path: Path) -> None:
    engine = engine_at(tmp_path / "m.fdesk", "0008")
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
                "INSERT INTO product (id, entity_id, name, form, real_name_required)"
                " VALUES (1, 1, '示例社区', 'app', 0)"
            )
        )
    migrate.run(engine, "0009")
    assert tables(engine) >= NEW
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO security_assessment (id, subject_kind, subject_id, trigger_kind,"
                " trigger_date, assessor, created_at) VALUES (1, 'product', 1, 'user_growth',"
                " '2026-11-02', 'self', '2026-11-23 00:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO security_submission (assessment_id, authority, submitted, reference)"
                " VALUES (1, 'cac', '2026-11-20', 'GA-1')"
            )
        )
        conn.execute(
            text("INSERT INTO opinion_profile (product_id, categories) VALUES (1, 'forum')")
        )
        conn.execute(
            text(
                "INSERT INTO user_scale (product_id, as_of, monthly_active)"
                " VALUES (1, '2026-11-01', 5)"
            )
        )
        conn.execute(text("DELETE FROM security_assessment WHERE id = 1"))
        conn.execute(text("DELETE FROM product WHERE id = 1"))
    assert [count(engine, t) for t in ("security_submission", "opinion_profile", "user_scale")] == [
        0,
        0,
        0,
    ]
    migrate.run(engine, "0008", downgrade=True)
    assert not NEW & tables(engine)
    assert count(engine, "entity") == 1
    migrate.run(engine)
    assert tables(engine) >= NEW
    engine.dispose()
