"""Migration 0007 on a real register file with data: products become the entity's (the same name
and form within an entity merged, every link kept), the search index follows, and back."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import text

from filing_desk.domain.enums import ProcedureKind
from filing_desk.store import engine as engine_mod
from filing_desk.store import keys, migrate
from filing_desk.store.register import open_register

PDF = b"%PDF-1.4\n% product screenshot\n%%EOF\n"
ROWS: dict[str, list[dict[str, Any]]] = {
    "entity": [
        dict(id=1, name="北京示例科技有限公司", entity_type="enterprise", state="ent_approved"),
        dict(id=2, name="杭州星河网络有限公司", entity_type="enterprise", state="ent_draft"),
    ],
    "algorithm": [
        dict(id=1, entity_id=1, name="资讯推荐算法", launch_date="2024-03-01"),
        dict(id=2, entity_id=1, name="视频推荐算法", launch_date="2025-01-10", state="filed"),
        dict(id=3, entity_id=2, name="同城推荐算法", launch_date="2025-05-01"),
    ],
    "product": [  # 1 and 2: one entity's 示例资讯 APP, typed twice; 4: another entity's
        dict(id=1, algorithm_id=1, name="示例资讯", form="app", address="应用商店",
             real_name_required=1, functions="首页—推荐", shows_number=1,
             shown_since="2024-06-25", display_link="https://beian.cac.gov.cn/#/index"),
        dict(id=2, algorithm_id=2, name="示例资讯", form="app", address="应用商店",
             real_name_required=0, functions="视频—推荐", shows_number=0),
        dict(id=3, algorithm_id=1, name="示例资讯网", form="website", address="https://x.cn",
             real_name_required=0, functions="首页", shows_number=0),
        dict(id=4, algorithm_id=3, name="示例资讯", form="app", address="",
             real_name_required=0, functions="", shows_number=0),
    ],
    "procedure": [  # algorithm 2 was filed with product row 2
        dict(id=1, algorithm_id=2, kind="filing", state="completed", trigger_date="2025-01-10",
             submitted_date="2025-01-20", decision_date="2025-03-01", due_provisional=0,
             changes_json="[]", draft_json="{}", created_at="2025-01-10 09:00:00.000000",
             snapshot_json=json.dumps({"product[2].name": "示例资讯", "product[2].form": "app",
                                       "product[2].address": "应用商店",
                                       "product[2].functions": "视频—推荐"})),
    ],
    "attachment": [
        dict(id=1, owner_type="product", owner_id=2, kind="other", filename="截图.pdf",
             size=len(PDF), sha256="0" * 64, content=PDF, version=1,
             added_at="2025-01-10 09:00:00.000000"),
    ],
}  # fmt: skip
DEFAULTS = {"algorithm": dict(algo_type="02", role="provider", state="draft", triage="required",
                              public_opinion=0, mobilisation=0)}  # fmt: skip


def _register_at_0006(path: Path) -> Any:
    key = keys.new_data_key()
    engine_mod.connect(path, key, create=True).close()
    keys.store_in_keyring(keys.register_id_of(path), key)
    engine = engine_mod.make_engine(path, key)
    migrate.run(engine, "0006")
    with engine.begin() as db:
        for table, rows in ROWS.items():
            for row in rows:
                row = {**DEFAULTS.get(table, {}), **row}
                names, marks = ", ".join(row), ", ".join(f":{c}" for c in row)
                db.execute(text(f'INSERT INTO "{table}" ({names}) VALUES ({marks})'), row)
    return engine


def _all(engine: Any, sql: str) -> list[tuple[Any, ...]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql))]


def _found(engine: Any, term: str) -> list[int]:
    return [r[0] for r in _all(engine, f"SELECT rowid FROM search_index WHERE body MATCH '{term}'")]


def test_upgrade_merges_an_entitys_products_keeps_every_link_and_audits_it(tmp_path: Path):
    engine = _register_at_0006(tmp_path / "m.fdesk")
    try:
        migrate.run(engine, "0007")
        assert _all(engine, "SELECT id, entity_id, name, form, address FROM product") == [
            (1, 1, "示例资讯", "app", "应用商店"),
            (3, 1, "示例资讯网", "website", "https://x.cn"),
            (4, 2, "示例资讯", "app", ""),
        ]
        links = "SELECT id, product_id, algorithm_id, go_live, withdrawn, functions, shows_number"
        assert _all(engine, f"{links} FROM product_link ORDER BY id") == [
            (1, 1, 1, "2024-03-01", None, "首页—推荐", 1),
            (2, 1, 2, "2025-01-10", None, "视频—推荐", 0),
            (3, 3, 1, "2024-03-01", None, "首页", 0),
            (4, 4, 3, "2025-05-01", None, "", 0),
        ]
        assert _all(engine, "SELECT owner_type, owner_id FROM attachment") == [("product", 1)]
        events = _all(engine, "SELECT action, object_id, before_json FROM audit_event ORDER BY id")
        assert events == [
            *(("product_link.create", n, None) for n in range(1, 5)),
            ("product.delete", 2, '{"merged_into": 1}'),
            ("attachment.update", 1, '{"owner_id": 2}'),
        ]
        assert _found(engine, "示例资讯") == [1, 2, 3] and _found(engine, "示例资讯网") == [1]
        with engine.begin() as db:  # the triggers read products through their links now
            db.execute(text("UPDATE product SET name = '示例新闻' WHERE id = 1"))
        assert _found(engine, "示例新闻") == [1, 2] and _found(engine, "示例资讯网") == [1]
    finally:
        engine.dispose()


def test_downgrade_restores_one_product_row_per_link(tmp_path: Path) -> None:
    engine = _register_at_0006(tmp_path / "m.fdesk")
    try:
        migrate.run(engine, "0007")
        migrate.run(engine, "0006", downgrade=True)
        old = "SELECT id, algorithm_id, name, form, address, functions, shows_number, shown_since"
        assert _all(engine, f"{old} FROM product ORDER BY id") == [
            (1, 1, "示例资讯", "app", "应用商店", "首页—推荐", 1, "2024-06-25"),
            (2, 2, "示例资讯", "app", "应用商店", "视频—推荐", 0, None),
            (3, 1, "示例资讯网", "website", "https://x.cn", "首页", 0, None),
            (4, 3, "示例资讯", "app", "", "", 0, None),
        ]
        tables = _all(engine, "SELECT name FROM sqlite_master WHERE name = 'product_link'")
        triggers = _all(engine, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")
        assert tables == [] and triggers == [(7,)]  # migration 0003's seven
        assert _found(engine, "示例资讯网") == [1]
        with engine.begin() as db:
            db.execute(text("UPDATE product SET name = '示例新闻' WHERE id = 2"))
        assert _found(engine, "示例新闻") == [2]
    finally:
        engine.dispose()


def test_the_upgraded_register_keeps_its_filings_baseline(tmp_path: Path) -> None:
    path = tmp_path / "m.fdesk"
    _register_at_0006(path).dispose()
    with open_register(path) as reg:  # upgraded to head, after a verified backup
        assert reg.verify_audit().ok
        (video,) = reg.linked_products(2)
        assert (video.id, video.product_id, video.name) == (2, 1, "示例资讯")
        assert reg.products_served(1) == {1: 2, 3: 1}
        reg.update_algorithm(2, notes="内部备注")  # the filing's product[2] is still link 2
        kinds = [p.kind for p in reg.procedures(2)]
        assert kinds == [ProcedureKind.FILING]
        reg.update_product(1, name="示例新闻", change_date=date(2026, 11, 20))  # a real change
        (mod,) = [p for p in reg.procedures(2) if p.kind is ProcedureKind.MODIFICATION]
        assert [(c.field, c.old, c.new) for c in mod.changes] == [
            ("product[2].name", "示例资讯", "示例新闻")
        ]
