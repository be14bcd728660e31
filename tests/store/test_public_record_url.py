"""The recipe followed once: 公示信息链接 (``algorithm.public_record_url``), added by its
declaration, migration 0004 and a place on the algorithm filing form, goes everywhere a field goes.

Edit, .xlsx / .csv / JSON export and import into another register, an older JSON document without
the key, the printed filing form, and the migration up and down with the search index intact.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from filing_desk.domain.enums import AlgorithmType
from filing_desk.domain.errors import InvalidInput
from filing_desk.forms import printing
from filing_desk.store import engine as engine_mod
from filing_desk.store import keys, migrate
from filing_desk.store.register import Register, open_register
from filing_desk.transfer import json_io, register_io
from tests.helpers.pdfcheck import all_text, compact
from tests.helpers.registers import make_register

URL = "https://beian.cac.gov.cn/#/final/detail?id=20260302"


def _algorithm(register: Register) -> int:
    entity = register.create_entity(name="北京示例科技有限公司", uscc="91110000600037341L")
    algo = register.create_algorithm(
        entity.id, name="示例推荐算法", algo_type=AlgorithmType.PUSH, main_use="推荐资讯"
    )
    return int(algo.id)


def test_an_edit_is_kept_and_audited(tmp_path: Path) -> None:
    path = tmp_path / "r.fdesk"
    register = make_register(path)
    algo_id = _algorithm(register)
    assert register.algorithm(algo_id).public_record_url == ""
    register.update_algorithm(algo_id, public_record_url=f"  {URL} ")
    register.close()
    with open_register(path) as reopened:
        assert reopened.algorithm(algo_id).public_record_url == URL
        assert reopened.procedures(algo_id) == []  # not a filed field: no modification
        assert reopened.verify_audit().ok


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "json"])
def test_export_then_import_into_another_register(
    register: Register, tmp_path: Path, fmt: str
) -> None:
    algo_id = _algorithm(register)
    register.update_algorithm(algo_id, public_record_url=URL)
    path = register_io.export_register(register, fmt, tmp_path / f"register.{fmt}")
    other = make_register(tmp_path / "other.fdesk")
    try:
        register_io.apply(other, register_io.prepare(path))
        (algo,) = other.algorithms()
        assert algo.public_record_url == URL
    finally:
        other.close()


def test_the_sheet_column_has_the_declared_heading(register: Register, tmp_path: Path) -> None:
    register.update_algorithm(_algorithm(register), public_record_url=URL)
    path = register_io.export_register(register, "csv", tmp_path / "register.csv")
    header, row = path.read_text(encoding="utf-8-sig").splitlines()[:2]
    assert "公示信息链接" in header.split(",")
    assert row.split(",")[header.split(",").index("公示信息链接")] == URL


def test_a_json_document_from_before_the_field_still_loads(register: Register) -> None:
    _algorithm(register)
    doc = json.loads(json_io.dump(register_io.snapshot_of(register)))
    del doc["algorithms"][0]["public_record_url"]
    del doc["entities"][0]["notes"]  # a field as old as the format is still required
    with pytest.raises(InvalidInput, match=r"entities\[0\]\.notes: missing"):
        json_io.load(json.dumps(doc))
    doc["entities"][0]["notes"] = ""
    (algo,) = json_io.load(json.dumps(doc)).algorithms
    assert algo.public_record_url == ""


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_filing_form_prints_it(register: Register, lang: str) -> None:
    algo_id = _algorithm(register)
    register.update_algorithm(algo_id, public_record_url=URL)
    context = printing.context_for(register, "algorithm-filing", algorithm_id=algo_id)
    printed = all_text(printing.render_form("algorithm-filing", context, lang))
    label = {"zh": "公示信息链接", "en": "Public record link"}[lang]
    assert compact(label) in printed and compact(URL) in printed


def test_migration_0004_adds_and_drops_the_column_keeping_the_search_index(
    tmp_path: Path,
) -> None:
    path, key = tmp_path / "m.fdesk", keys.new_data_key()
    engine_mod.connect(path, key, create=True).close()
    engine = engine_mod.make_engine(path, key)
    try:
        migrate.run(engine)  # 0007 reads products through their links: 8 triggers from then on
        assert "public_record_url" in _columns(engine) and _triggers(engine) == 8
        migrate.run(engine, "0003", downgrade=True)
        assert "public_record_url" not in _columns(engine) and _triggers(engine) == 7
    finally:
        engine.dispose()


def _columns(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return {row[1] for row in conn.execute(text("PRAGMA table_info(algorithm)"))}


def _triggers(engine: Engine) -> int:
    with engine.connect() as conn:
        found = conn.execute(text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"))
        return int(found.scalar_one())
