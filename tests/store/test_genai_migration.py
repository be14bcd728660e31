"""Migration 0014 (generative-AI services): the 0013 register upgrades keeping every row, the
0014 register's service reads back whole through the Register API, deleting a service takes its
links and history with it, and down to 0013 removes the six tables and leaves everything else."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from sqlalchemy import text

from filing_desk.domain.enums import ModelOrigin, ServiceState
from filing_desk.domain.genai_changes import Rerun
from filing_desk.store import engine as engine_mod
from filing_desk.store import keys, migrate
from filing_desk.store.register import open_register
from tests.helpers import fixture_registers as fixtures
from tests.helpers.migration_files import count, tables

NEW = set(fixtures.SERVICE_TABLES)


def _copy(revision: str, tmp_path: Path) -> Path:
    path = tmp_path / f"r{revision}.fdesk"
    shutil.copyfile(fixtures.fixture_path(revision), path)
    return path


def test_the_0013_register_upgrades_keeping_its_rows_with_no_services(tmp_path: Path) -> None:
    path = _copy("0013", tmp_path)
    with open_register(path, passphrase=fixtures.PASSPHRASE) as reg:
        assert reg.schema_revision() == "0014"
        assert reg.services() == []
        assert len(reg.algorithms()) == 3 and len(reg.products()) == 2
        assert reg.verify_audit().ok


def test_the_0014_registers_service_reads_back_whole(tmp_path: Path) -> None:
    path = _copy("0014", tmp_path)
    with open_register(path, passphrase=fixtures.PASSPHRASE) as reg:
        [service] = reg.services()
        assert (service.name, service.state, service.number) == (
            "示例写作大模型服务",
            ServiceState.APPROVED,
            "Beijing-ShiLiXieZuo-202406180001",
        )
        assert service.returned_reasons == ("语料来源说明不完整",)
        assert (service.product_ids, service.algorithm_ids) == ((1,), (2,))
        [model] = service.models
        assert (model.model_id, model.origin, model.version) == (1, ModelOrigin.OWN, "2.1")
        [display] = reg.service_displays(1)
        assert (display.shows_number, display.where) == (True, "关于页底部")
        assert reg.service_steps(1)[0].on == date(2024, 6, 18)
        assert reg.service_changes(1)[0].rerun is Rerun.NO
        assert reg.services_of_product(1) == [service]
        assert reg.verify_audit().ok


def _engine(path: Path):
    return engine_mod.make_engine(path, keys.key_for(path, fixtures.PASSPHRASE))


def test_deleting_a_service_cascades_and_0014_goes_down_and_up(tmp_path: Path) -> None:
    path = _copy("0014", tmp_path)
    engine = _engine(path)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM genai_service WHERE id = 1"))
    assert [count(engine, t) for t in sorted(NEW)] == [0] * len(NEW)
    assert count(engine, "product") == 2 and count(engine, "model") == 1
    migrate.run(engine, "0013", downgrade=True)
    assert not NEW & tables(engine)
    assert (count(engine, "entity"), count(engine, "algorithm")) == (2, 3)
    migrate.run(engine)
    assert tables(engine) >= NEW
    engine.dispose()
