"""The product registry in and out of files: JSON (version 2, byte-identical round trip; version
1 still read), xlsx and csv (products by entity, a links sheet), old per-algorithm product lists
imported as one product of the entity with several links."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.issues import Report
from filing_desk.store.register import Register
from filing_desk.transfer import json_io, register_io
from filing_desk.transfer.columns import header
from filing_desk.workflows.importing import import_batch
from tests.helpers.registers import make_register

OLD_JSON = Path(__file__).parents[1] / "fixtures" / "exports" / "demo-register.json"


@pytest.fixture
def target(tmp_path: Path) -> Register:
    reg = make_register(tmp_path / "target.fdesk")
    yield reg
    reg.close()


def _shared(register: Register) -> dict[str, int]:
    """An entity whose app serves two algorithms (one filed, then changed); a withdrawn link;
    ids made out of the documents' order, so a dump renumbers them."""
    entity = register.create_entity(name="北京示例科技有限公司", officer_name="李静")
    other = register.create_entity(name="杭州星河网络有限公司")
    zz = register.create_algorithm(entity.id, name="乙推荐算法", algo_type="02", role="provider")
    aa = register.create_algorithm(
        entity.id, name="甲推荐算法", algo_type="02", role="provider", launch_date="2026-09-28"
    )
    register.add_product(zz.id, name="示例网", form="website", go_live="2026-03-01")
    app = register.add_product(zz.id, name="示例APP", form="app", address="应用商店")
    register.link_product(aa.id, int(app.product_id or 0), go_live="2026-09-28", functions="首页")
    old = register.add_product(aa.id, name="旧小程序", form="mini_program", go_live="2026-09-28")
    proc = register.start_filing(aa.id)
    register.mark_ready(proc.id, Report())
    register.submit(proc.id, date(2026, 10, 9))
    register.record_filed(proc.id, date(2026, 11, 2), "110108823483902260016")
    register.withdraw_link(int(old.id or 0), "2026-11-12")  # a change dated 2026-11-12
    register.add_product(
        register.create_algorithm(other.id, name="调度算法", algo_type="06").id, name="示例APP"
    )
    return {"filed": int(aa.id or 0), "other": int(other.id or 0)}


def test_json_export_import_export_is_byte_identical(register: Register, target, tmp_path):
    _shared(register)
    first = register_io.export_register(register, "json", tmp_path / "a.json").read_bytes()
    import_batch(target, register_io.prepare(tmp_path / "a.json"))
    again = register_io.export_register(target, "json", tmp_path / "b.json").read_bytes()
    assert again == first
    doc = json.loads(first)
    assert doc["version"] == 2 and len(doc["products"]) == 4 and len(doc["product_links"]) == 5
    assert target.verify_audit().ok


def test_procedures_keep_naming_their_links_when_a_dump_renumbers_them(register: Register):
    ids = _shared(register)
    old_link = next(p.id for p in register.linked_products(ids["filed"]) if p.name == "旧小程序")
    (mod,) = [p for p in register.procedures(ids["filed"]) if p.changes]
    assert {c.field for c in mod.changes} == {
        f"product[{old_link}].name",
        f"product[{old_link}].form",
    }
    doc = json_io.load(json_io.dump(register_io.snapshot_of(register)))
    names = {link.id: p.name for p in doc.products for link in doc.links if link.product_id == p.id}
    assert old_link not in names or names[old_link] != "旧小程序"  # the dump renumbered it
    for procedure in doc.procedures:  # every key names the link of the product it was about
        for field, value in procedure.snapshot.items():
            if field.startswith("product[") and field.endswith(".name"):
                assert names[int(field[8 : field.index("]")])] == value
        for change in procedure.changes:
            assert names[int(change.field[8 : change.field.index("]")])] == "旧小程序"


def test_an_old_json_document_imports_one_product_per_name_and_form(target: Register):
    old = json.loads(OLD_JSON.read_text(encoding="utf-8"))
    algos = {a["id"]: a for a in old["algorithms"]}
    typed = Counter(
        (algos[p["algorithm_id"]]["entity_id"], p["name"], p["form"]) for p in old["products"]
    )
    assert old["version"] == 1 and max(typed.values()) > 1  # a name typed for several algorithms
    import_batch(target, register_io.prepare(OLD_JSON))
    assert len(target.products()) == len(typed) < len(old["products"])
    links = target.linked_products()
    assert len(links) == len(old["products"])  # every product row a link
    by_algo = Counter((link.algorithm_id, link.name, link.form.value) for link in links)
    names = {a.id: a.name for a in target.algorithms()}
    was = Counter((algos[p["algorithm_id"]]["name"], p["name"], p["form"]) for p in old["products"])
    assert Counter({(names[a], n, f): c for (a, n, f), c in by_algo.items()}) == was
    for link in links:  # live since the algorithm's launch date, as migration 0007 does
        assert link.go_live == target.algorithm(int(link.algorithm_id or 0)).launch_date
    assert target.verify_audit().ok


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_a_sheet_round_trip_keeps_each_entitys_products_typed_once(
    register: Register, target: Register, tmp_path: Path, fmt: str
) -> None:
    _shared(register)
    path = register_io.export_register(register, fmt, tmp_path / f"register.{fmt}")
    import_batch(target, register_io.prepare(path))

    def products(reg: Register) -> set[tuple[str, str, str]]:
        owners = {e.id: e.name for e in reg.entities()}
        return {(owners[p.entity_id], p.name, p.form.value) for p in reg.products()}

    def live(reg: Register) -> set[tuple[str, str]]:
        names = {a.id: a.name for a in reg.algorithms()}
        return {(names[p.algorithm_id], p.title()) for p in reg.linked_products(live=True)}

    # the withdrawn 旧小程序 is no longer listed for its algorithm, so a sheet does not carry it
    assert products(target) == products(register) - {
        ("北京示例科技有限公司", "旧小程序", "mini_program")
    }
    assert live(target) == live(register)
    if fmt == "xlsx":
        sheets = openpyxl.load_workbook(path, read_only=True)
        rows = list(sheets["关联产品"].iter_rows(values_only=True))
        assert rows[0][:5] == ("主体名称", "算法名称", "备案编号", "产品名称", "产品形态")
        assert len(rows) == 1 + 5 and ("甲推荐算法", "旧小程序") in {r[1:4:2] for r in rows}
        products_sheet = list(sheets["产品"].iter_rows(values_only=True))
        assert products_sheet[0][:2] == ("主体名称", "产品名称") and len(products_sheet) == 1 + 4
        sheets.close()


def test_an_old_sheet_listing_products_per_algorithm_links_one_product(
    target: Register, tmp_path: Path
) -> None:
    path = tmp_path / "old.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    keys = ["entity.name", "algorithm.name", "algorithm.algo_type", "algorithm.role", "products"]
    sheet.append([header(k) for k in keys])
    sheet.append(
        [
            "北京示例科技有限公司",
            "推荐算法",
            "个性化推送类",
            "服务提供者",
            "示例APP（APP）、示例网（网站）",
        ]
    )
    sheet.append(
        [
            "北京示例科技有限公司",
            "检索算法",
            "信息检索类",
            "服务提供者",
            "示例APP（APP）、示例APP（APP）",
        ]
    )
    book.save(path)
    import_batch(target, register_io.prepare(path))
    assert sorted(p.title() for p in target.products()) == ["示例APP（APP）", "示例网（网站）"]
    served = target.products_served()
    app = next(p for p in target.products() if p.name == "示例APP")
    assert served[app.id] == 2 and len(target.linked_products()) == 3


def test_a_json_link_across_entities_is_refused() -> None:
    doc = json.loads(OLD_JSON.read_text(encoding="utf-8"))
    upgraded = json.loads(json_io.dump(json_io.load(json.dumps(doc))))
    foreign = next(a for a in upgraded["algorithms"] if a["entity_id"] != 1)
    link = next(k for k in upgraded["product_links"] if k["algorithm_id"] != foreign["id"])
    mine = next(p for p in upgraded["products"] if p["id"] == link["product_id"])
    assert mine["entity_id"] != foreign["entity_id"] or pytest.skip("one entity's product")
    link["algorithm_id"] = foreign["id"]
    with pytest.raises(InvalidInput, match="another entity"):
        json_io.load(json.dumps(upgraded))
