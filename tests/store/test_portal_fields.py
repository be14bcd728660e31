"""The fields the filing portal asks for (migration 0006): the entity's licence, ICP and news
licence numbers and user scale; an algorithm's 公示批次 and 公示日期.

Kept and audited on edit, refused when bad with nothing changed, carried by .xlsx / .csv / JSON
export and import into another register, absent keys of an older JSON document tolerated, and the
migration up and down on a real file with rows in it and the search index intact.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from filing_desk.domain.enums import AlgorithmType, LicenceType
from filing_desk.domain.errors import InvalidInput
from filing_desk.store import engine as engine_mod
from filing_desk.store import keys, migrate
from filing_desk.store.register import Register, open_register
from filing_desk.transfer import json_io, register_io
from tests.helpers.registers import make_register

USCC = "91110000600037341L"
ENTITY_FIELDS = {
    "licence_type": LicenceType.BUSINESS_LICENCE,
    "licence_number": USCC,
    "licence_address": "北京市海淀区中关村大街27号",
    "licence_valid_from": date(2016, 5, 10),
    "licence_valid_until": None,  # 长期
    "icp_number": "京ICP备16012345号-1 / 京B2-20201234",
    "news_licence_number": "11120170001",
    "monthly_active_users": 1_200_000,
}
ALGORITHM_FIELDS = {"list_batch": "2025年7月", "list_published": date(2025, 7, 14)}


def _records(register: Register) -> tuple[int, int]:
    entity = register.create_entity(name="北京示例科技有限公司", uscc=USCC)
    algo = register.create_algorithm(
        entity.id, name="示例推荐算法", algo_type=AlgorithmType.PUSH, main_use="推荐资讯"
    )
    return int(entity.id), int(algo.id)


def test_edits_as_typed_are_kept_and_audited(tmp_path: Path) -> None:
    path = tmp_path / "r.fdesk"
    register = make_register(path)
    entity_id, algo_id = _records(register)
    register.update_entity(
        entity_id,
        licence_type="营业执照",
        licence_valid_from="2016/5/10",
        licence_valid_until="",
        monthly_active_users="1,200,000",
        icp_number=" 京ICP备16012345号-1 ",
    )
    register.update_algorithm(algo_id, list_batch="2025年7月", list_published="2025年7月14日")
    register.close()
    with open_register(path) as reopened:
        entity = reopened.entity(entity_id)
        algo = reopened.algorithm(algo_id)
        assert reopened.procedures(algo_id) == []  # none of them is a filed field
        assert reopened.verify_audit().ok
        actions = [e.action for e in reopened.audit_events()]
    assert entity.licence_type is LicenceType.BUSINESS_LICENCE
    assert (entity.licence_valid_from, entity.licence_valid_until) == (date(2016, 5, 10), None)
    assert entity.monthly_active_users == 1_200_000
    assert entity.icp_number == "京ICP备16012345号-1"
    assert (algo.list_batch, algo.list_published) == ("2025年7月", date(2025, 7, 14))
    assert "entity.update" in actions and "algorithm.update" in actions


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"licence_valid_from": "2020-01-01", "licence_valid_until": "2019-12-31"},
         "licence.date_order"),
        ({"monthly_active_users": "-5"}, "number.negative"),
        ({"monthly_active_users": "about a million"}, "field.type"),
        ({"licence_type": "驾驶证"}, "field.type"),
    ],
)  # fmt: skip
def test_bad_values_are_refused_and_nothing_changes(
    register: Register, change: dict[str, str], code: str
) -> None:
    entity_id, _ = _records(register)
    before = register.entity(entity_id)
    events = len(register.audit_events())
    with pytest.raises(InvalidInput) as refused:
        register.update_entity(entity_id, **change)
    assert code in [i.code for i in refused.value.issues]
    assert register.entity(entity_id) == before
    assert len(register.audit_events()) == events


def test_warnings_do_not_block_the_write(register: Register) -> None:
    entity_id, _ = _records(register)
    register.update_entity(entity_id, licence_number="91110108MA01C2XK2N", icp_number="备案中")
    entity = register.entity(entity_id)
    assert (entity.licence_number, entity.icp_number) == ("91110108MA01C2XK2N", "备案中")


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "json"])
def test_export_then_import_into_another_register(
    register: Register, tmp_path: Path, fmt: str
) -> None:
    entity_id, algo_id = _records(register)
    register.update_entity(entity_id, **ENTITY_FIELDS)
    register.update_algorithm(algo_id, **ALGORITHM_FIELDS)
    path = register_io.export_register(register, fmt, tmp_path / f"register.{fmt}")
    other = make_register(tmp_path / "other.fdesk")
    try:
        register_io.apply(other, register_io.prepare(path))
        (entity,) = other.entities()
        (algo,) = other.algorithms()
    finally:
        other.close()
    assert {k: getattr(entity, k) for k in ENTITY_FIELDS} == ENTITY_FIELDS
    assert {k: getattr(algo, k) for k in ALGORITHM_FIELDS} == ALGORITHM_FIELDS


def test_the_sheet_columns_have_the_declared_headings(register: Register, tmp_path: Path) -> None:
    entity_id, algo_id = _records(register)
    register.update_entity(entity_id, **ENTITY_FIELDS)
    register.update_algorithm(algo_id, **ALGORITHM_FIELDS)
    path = register_io.export_register(register, "csv", tmp_path / "register.csv")
    header, row = (line.split(",") for line in path.read_text("utf-8-sig").splitlines()[:2])
    cells = dict(zip(header, row, strict=True))
    assert cells["主体证件类型"] == "营业执照" and cells["证件有效期至"] == ""
    assert cells["月活跃用户量"] == "1200000" and cells["公示批次"] == "2025年7月"
    assert cells["公示日期"] == "2025-07-14"


def test_a_json_document_from_before_the_fields_still_loads(register: Register) -> None:
    _records(register)
    doc = json.loads(json_io.dump(register_io.snapshot_of(register)))
    for key in ENTITY_FIELDS:
        del doc["entities"][0][key]
    for key in ALGORITHM_FIELDS:
        del doc["algorithms"][0][key]
    loaded = json_io.load(json.dumps(doc))
    assert loaded.entities[0].licence_type is LicenceType.NOT_GIVEN
    assert loaded.entities[0].monthly_active_users is None
    assert (loaded.algorithms[0].list_batch, loaded.algorithms[0].list_published) == ("", None)


def test_migration_0006_up_and_down_with_rows_on_a_real_file(tmp_path: Path) -> None:
    path, key = tmp_path / "m.fdesk", keys.new_data_key()
    engine_mod.connect(path, key, create=True).close()
    engine = engine_mod.make_engine(path, key)
    try:
        migrate.run(engine, "0005")
        with engine.begin() as db:
            db.execute(text(_ENTITY_0005))
            db.execute(text(_ALGORITHM_0005))
        triggers = _count(engine, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")

        migrate.run(engine, "0006")
        row = _row(engine, "SELECT name, licence_type, licence_number, licence_valid_until, "
                           "monthly_active_users FROM entity")  # fmt: skip
        assert row == ("杭州星河网络有限公司", "", "", None, None)
        assert _row(engine, "SELECT name, list_batch, list_published FROM algorithm") == (
            "星河同城配送调度算法",
            "",
            None,
        )
        with engine.begin() as db:
            db.execute(text(_FILL_0006))
            db.execute(text("UPDATE algorithm SET list_batch = '2024年1月'"))
        assert _count(engine, _SEARCH)

        migrate.run(engine, "0005", downgrade=True)
        assert not {"licence_type", "monthly_active_users"} & _columns(engine, "entity")
        assert not {"list_batch", "list_published"} & _columns(engine, "algorithm")
        assert _row(engine, "SELECT name, region_code FROM entity") == (
            "杭州星河网络有限公司",
            "330110",
        )
        assert _row(engine, "SELECT name, filing_number FROM algorithm") == (
            "星河同城配送调度算法",
            "330110721640906240011",
        )
        assert _count(engine, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'") == (
            triggers
        )
        assert _count(engine, _SEARCH)
    finally:
        engine.dispose()


_ENTITY_0005 = (
    "INSERT INTO entity (id, name, uscc, entity_type, region_code, state) "
    "VALUES (1, '杭州星河网络有限公司', '', 'enterprise', '330110', 'ent_approved')"
)
_FILL_0006 = (
    "UPDATE entity SET licence_type = 'business_licence', monthly_active_users = 3400, "
    "licence_valid_from = '2019-01-02'"
)
_SEARCH = "SELECT count(*) FROM search_index WHERE search_index MATCH '配送调度'"
_ALGORITHM_0005 = (
    "INSERT INTO algorithm (id, entity_id, name, algo_type, role, state, triage, public_opinion, "
    "mobilisation, main_use, filing_number) VALUES (1, 1, '星河同城配送调度算法', '06', "
    "'provider', 'filed', 'required', 0, 0, '自动派单并规划配送路线。', '330110721640906240011')"
)


def _row(engine: Engine, sql: str) -> tuple[object, ...]:
    with engine.connect() as conn:
        return tuple(conn.execute(text(sql)).one())


def _count(engine: Engine, sql: str) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text(sql)).scalar_one())


def _columns(engine: Engine, table: str) -> set[str]:
    with engine.connect() as conn:
        return {row[1] for row in conn.execute(text(f"PRAGMA table_info({table})"))}
