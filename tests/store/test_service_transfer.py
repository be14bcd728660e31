"""Generative-AI services through real registers: JSON export → import → export byte-identical,
the services and their model links in xlsx and csv, and a refused import leaving nothing."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from filing_desk.domain.enums import ModelOrigin, ServiceState
from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.genai_alerts import ProductDisplay
from filing_desk.domain.genai_services import GenAIService, ServiceModel
from filing_desk.store.register import Register
from filing_desk.transfer import register_io
from filing_desk.workflows.importing import import_batch
from tests.helpers.registers import make_register


@pytest.fixture
def target(tmp_path: Path) -> Register:
    reg = make_register(tmp_path / "target.fdesk")
    yield reg
    reg.close()


def fill(register: Register) -> dict[str, int]:
    """Two entities; a 备案 service on an own model (approved, shown on one of two products) and
    a 登记 service on a third party's filed model; ids made out of the document's order."""
    other = register.create_entity(name="上海云帆信息技术有限公司")
    entity = register.create_entity(name="北京青禾智能科技有限公司")
    algo = register.create_algorithm(entity.id, name="青禾生成合成算法", algo_type="06")
    model = register.create_model(entity.id, name="青禾大模型", version="2.1")
    web = register.create_product(entity.id, name="青禾网页版", form="website")
    app = register.create_product(entity.id, name="青禾助手", form="app")
    for product in (web, app):  # a sheet carries the products its algorithms serve
        register.link_product(algo.id, int(product.id or 0), go_live="2025-04-01")
    register.create_algorithm(other.id, name="云帆智能客服算法", algo_type="06")
    register.create_service(
        GenAIService(
            entity_id=other.id,
            name="云帆客服助手",
            models=(
                ServiceModel(
                    name="云雀大模型",
                    origin=ModelOrigin.THIRD_PARTY,
                    developer="北京某科技有限公司",
                    filing_number="Beijing-YunQue-20230821",
                ),
            ),
        )
    )
    filed = register.create_service(
        GenAIService(
            entity_id=entity.id,
            name="青禾智能问答",
            product_ids=(int(app.id or 0), int(web.id or 0)),
            algorithm_ids=(int(algo.id or 0),),
            models=(ServiceModel(model_id=model.id, name="青禾大模型", version="2.1"),),
            province="北京",
            go_live_date=date(2025, 4, 1),
            state=ServiceState.APPROVED,
            number="Beijing-QingHeDaMoXing-202503150012",
            approved_date=date(2025, 3, 15),
        )
    )
    shown = ProductDisplay(app.id, "青禾助手", True, date(2025, 4, 1), "关于页面")
    register.set_service_display(int(filed.id or 0), shown)
    return {"filed": int(filed.id or 0), "web": int(web.id or 0)}


def test_json_export_import_export_is_byte_identical(
    register: Register, target: Register, tmp_path: Path
) -> None:
    fill(register)
    first = register_io.export_register(register, "json", tmp_path / "a.json").read_bytes()
    import_batch(target, register_io.prepare(tmp_path / "a.json"))
    again = register_io.export_register(target, "json", tmp_path / "b.json").read_bytes()
    assert again == first
    doc = json.loads(first)
    assert [s["name"] for s in doc["services"]] == ["云帆客服助手", "青禾智能问答"]
    (service,) = [s for s in target.services() if s.name == "青禾智能问答"]
    assert service.state is ServiceState.APPROVED
    assert service.number == "Beijing-QingHeDaMoXing-202503150012"
    shows = {d.product_name: d.shows_number for d in target.service_displays(int(service.id or 0))}
    assert shows == {"青禾助手": True, "青禾网页版": False}
    assert target.verify_audit().ok


def test_a_bad_service_in_json_writes_nothing(
    register: Register, target: Register, tmp_path: Path
) -> None:
    fill(register)
    path = register_io.export_register(register, "json", tmp_path / "a.json")
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["services"][1]["models"][0]["origin"] = "borrowed"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"services\[1\]\.models\[0\]\.origin"):
        import_batch(target, register_io.prepare(path))
    assert target.is_empty() and target.services() == []


def test_a_service_the_register_refuses_rolls_the_whole_import_back(
    register: Register, target: Register, tmp_path: Path
) -> None:
    fill(register)
    path = register_io.export_register(register, "json", tmp_path / "a.json")
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["services"][0]["name"] = ""  # required: the register's own validation refuses it
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InvalidInput):
        import_batch(target, register_io.prepare(path))
    assert target.entities() == [] and target.services() == []


def _services(reg: Register) -> set[tuple[object, ...]]:
    """What a user sees of each service: entity, name, products, algorithms, models, state."""
    entities = {e.id: e.name for e in reg.entities()}
    products = {p.id: p.name for p in reg.products()}
    algorithms = {a.id: a.name for a in reg.algorithms()}
    return {
        (
            entities[s.entity_id],
            s.name,
            tuple(sorted(products[i] for i in s.product_ids)),
            tuple(algorithms[i] for i in s.algorithm_ids),
            tuple(
                (m.name, m.version, m.origin.value, m.developer, m.filing_number) for m in s.models
            ),
            s.state.value,
            s.number,
            s.go_live_date,
        )
        for s in reg.services()
    }


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_a_sheet_round_trip_keeps_the_services_and_their_models(
    register: Register, target: Register, tmp_path: Path, fmt: str
) -> None:
    fill(register)
    path = register_io.export_register(register, fmt, tmp_path / f"register.{fmt}")
    if fmt == "csv":
        beside = sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".csv")
        assert beside == [
            "register.csv",
            "register.service-models.csv",
            "register.services.csv",
        ]
    import_batch(target, register_io.prepare(path))
    assert _services(target) == _services(register)
    assert len(_services(target)) == 2
    again = import_batch(target, register_io.prepare(path))  # matched by entity + name
    assert again.created == 0 and len(target.services()) == 2


def _sheet(path: Path, title: str) -> list[list[object]]:
    book = openpyxl.load_workbook(path)
    return [list(r) for r in book[title].iter_rows(values_only=True)]


def _rewrite(path: Path, title: str, row: int, column: str, value: object) -> None:
    book = openpyxl.load_workbook(path)
    sheet = book[title]
    index = [c.value for c in sheet[1]].index(column)
    sheet.cell(row=row, column=index + 1).value = value
    book.save(path)


@pytest.mark.parametrize(
    ("title", "row", "column", "value", "says"),
    [
        ("生成式人工智能服务", 3, "服务领域", "海外", "生成式人工智能服务 row 3, column 服务领域"),
        ("生成式人工智能服务", 2, "服务名称", None, "服务名称 is empty"),
        ("生成式人工智能服务", 3, "服务的产品", "不存在的产品", "no product named 不存在的产品"),
        ("服务模型", 2, "模型来源", "借用", "服务模型 row 2, column 模型来源"),
        ("服务模型", 2, "服务名称", "别的服务", "has no service named 别的服务"),
    ],
)
def test_a_bad_services_sheet_is_refused_and_nothing_written(
    register: Register,
    target: Register,
    tmp_path: Path,
    title: str,
    row: int,
    column: str,
    value: object,
    says: str,
) -> None:
    fill(register)
    path = register_io.export_register(register, "xlsx", tmp_path / "register.xlsx")
    assert _sheet(path, "服务模型")[0][:3] == ["主体名称", "服务名称", "模型名称"]
    _rewrite(path, title, row, column, value)
    with pytest.raises(InvalidInput, match=says):
        import_batch(target, register_io.prepare(path))
    assert target.entities() == [] and target.services() == []


def test_a_bad_services_csv_is_refused_and_nothing_written(
    register: Register, target: Register, tmp_path: Path
) -> None:
    fill(register)
    path = register_io.export_register(register, "csv", tmp_path / "register.csv")
    models = tmp_path / "register.service-models.csv"
    text = models.read_text(encoding="utf-8-sig")
    assert "第三方" in text
    models.write_text(text.replace("第三方", "借来的"), encoding="utf-8-sig")
    with pytest.raises(InvalidInput, match=r"register.service-models.csv row \d, column 模型来源"):
        import_batch(target, register_io.prepare(path))
    assert target.entities() == [] and target.services() == []
