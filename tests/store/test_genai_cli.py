"""``filing-desk services`` and the services heading of ``deadlines`` on a real register whose
services were made through the Register API: the JSON fields and alerts, the text table, the
heading printed before the procedures, the dashboard buckets, and a bad ``--entity``."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from filing_desk.cli import main
from filing_desk.domain.enums import ModelOrigin, ProcedureKind
from filing_desk.domain.genai_alerts import ProductDisplay
from filing_desk.domain.genai_services import GenAIService, ServiceModel
from tests.helpers.registers import STRONG_PASSPHRASE, TODAY, make_register

YUNQUE = ServiceModel(
    name="YunQue",
    origin=ModelOrigin.THIRD_PARTY,
    developer="北京云雀科技有限公司",
    filing_number="Beijing-YunQue-20230821",
)
OWN = ServiceModel(name="小示大模型", origin=ModelOrigin.OWN, developer="北京示例科技有限公司")
REG_NO = "Beijing-XiaoShiZhuShou-20251031S0120"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """Entity 示例 with a 登记 service (approved, a product not showing the number), a 备案 service
    live without a number, a draft not live; entity 其他 with one quiet draft; one procedure."""
    path = tmp_path_factory.mktemp("genai") / "register.fdesk"
    # passphrase mode: the in-memory keyring is made afresh for each test
    reg = make_register(path, STRONG_PASSPHRASE)
    entity = reg.create_entity(name="北京示例科技有限公司", uscc="91110000600037341L")
    other = reg.create_entity(name="上海其他智能有限公司")
    app = reg.create_product(entity.id, name="小示助手App")
    web = reg.create_product(entity.id, name="小示网页版")
    # launched: its filing is open, with a due date
    algo = reg.create_algorithm(
        entity.id, name="小示生成合成算法", algo_type="01", role="provider", launch_date=TODAY
    )
    reg.start_filing(algo.id)
    assert [d.procedure.kind for d in reg.deadlines()] == [ProcedureKind.FILING]
    live = date(2025, 6, 1)
    calling = reg.create_service(
        GenAIService(
            entity_id=entity.id,
            name="小示助手",
            models=(YUNQUE,),
            product_ids=(app.id, web.id),
            go_live_date=live,
        )
    )
    for step in ("prepare", "submit"):
        reg.step_service(calling.id, step, on=date(2025, 10, 1))
    reg.step_service(calling.id, "approve", on=date(2025, 11, 20), number=REG_NO)
    shown = ProductDisplay(web.id, web.name, True, date(2025, 12, 1), "页面底部")
    reg.set_service_display(calling.id, shown)
    own = reg.create_service(
        GenAIService(entity_id=entity.id, name="小示写作", models=(OWN,), go_live_date=live)
    )
    draft = reg.create_service(GenAIService(entity_id=entity.id, name="小示绘图", models=(OWN,)))
    quiet = reg.create_service(GenAIService(entity_id=other.id, name="其他对话", models=(YUNQUE,)))
    buckets = reg.service_buckets()
    reg.close()
    ids = {"calling": calling.id, "own": own.id, "draft": draft.id, "quiet": quiet.id}
    return {"path": path, "entity": entity.id, "other": other.id, "ids": ids, "buckets": buckets}


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", STRONG_PASSPHRASE)


def run(made: dict[str, object], capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["--register", str(made["path"]), *args]) == 0
    return capsys.readouterr().out


def test_services_json_fields_and_alerts(made, capsys):
    items = {it["name"]: it for it in json.loads(run(made, capsys, "services", "--json"))}
    ids = made["ids"]
    assert items["小示助手"] == {
        "id": ids["calling"],
        "name": "小示助手",
        "entity_id": made["entity"],
        "entity": "北京示例科技有限公司",
        "track": "registration",
        "state": "approved",
        "number": REG_NO,
        "approved": "2025-11-20",
        "go_live": "2025-06-01",
        "models": [
            {
                "name": "YunQue",
                "origin": "third_party",
                "developer": "北京云雀科技有限公司",
                "filing_number": "Beijing-YunQue-20230821",
            }
        ],
        "alerts": ["display-duty"],  # the app does not show the number; the web page does
    }
    expected = {  # name: (track, state, number, go_live, alerts)
        "小示写作": ("filing", "draft", None, "2025-06-01", ["live-without-number"]),
        "小示绘图": ("filing", "draft", None, None, []),
        "其他对话": ("registration", "draft", None, None, []),
    }
    for name, row in expected.items():
        it = items[name]
        assert (it["track"], it["state"], it["number"], it["go_live"], it["alerts"]) == row


def test_services_of_one_entity(made, capsys):
    items = json.loads(run(made, capsys, "services", "--json", "--entity", str(made["other"])))
    assert [it["name"] for it in items] == ["其他对话"]


def test_services_text_table(made, capsys):
    lines = run(made, capsys, "services").splitlines()
    assert lines[0].split() == ["id", "name", "track", "state", "number", "alerts"]
    by_name = {line.split()[1]: line.split() for line in lines[1:]}
    assert by_name["小示助手"][2:] == ["registration", "approved", REG_NO, "display-duty"]
    assert by_name["小示写作"][2:] == ["filing", "draft", "-", "live-without-number"]
    assert by_name["小示绘图"][2:] == ["filing", "draft", "-", "-"]


@pytest.mark.parametrize("bad", ["999", "0"])
def test_bad_entity_is_refused_with_the_known_ids(made, capsys, bad):
    assert main(["--register", str(made["path"]), "services", "--entity", bad]) == 2
    err = capsys.readouterr().err
    assert f"--entity {bad}: the register has no entity with that id" in err
    assert f"{made['entity']}, {made['other']}" in err


def test_entity_must_be_a_number(made, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--register", str(made["path"]), "services", "--entity", "示例"])
    assert exit_.value.code == 2
    assert "invalid int value" in capsys.readouterr().err


def test_deadlines_are_headed_by_the_services(made, capsys):
    out = run(made, capsys, "deadlines").splitlines()
    assert out[0] == "Generative-AI services needing action now:"
    assert out[1].split()[:4] == ["LIVE", "WITHOUT", "NUMBER", "小示写作"]
    assert "since 2025-06-01" in out[1]
    assert out[2].split()[:3] == ["DISPLAY", "DUTY", "小示助手"]
    assert f"小示助手App does not show {REG_NO}" in out[2]
    assert "小示网页版" not in "\n".join(out)
    assert out[3:5] == ["", "Procedures:"]
    assert "小示生成合成算法" in out[5]


def test_deadlines_json_lists_the_services_first(made, capsys):
    items = json.loads(run(made, capsys, "deadlines", "--json"))
    heads = [(it.get("alert"), it.get("service"), it.get("product")) for it in items[:2]]
    assert heads == [
        ("live-without-number", "小示写作", None),
        ("display-duty", "小示助手", "小示助手App"),
    ]
    assert items[0]["since"] == "2025-06-01" and items[1]["shown"] == REG_NO
    assert [it["procedure"] for it in items[2:]] == ["filing"]
    overdue = [i["overdue"] for i in items]  # the ordering `deadlines --json` always kept
    assert overdue == sorted(overdue, reverse=True)


def test_the_dashboard_buckets(made):
    buckets = made["buckets"]
    assert [(r.service, r.entity, r.since) for r in buckets.live_without_number] == [
        ("小示写作", "北京示例科技有限公司", date(2025, 6, 1))
    ]
    assert [(r.service_id, r.product) for r in buckets.display_duty] == [
        (made["ids"]["calling"], "小示助手App")
    ]


def test_showing_the_number_clears_the_display_duty(tmp_path: Path):
    reg = make_register(tmp_path / "r.fdesk")
    entity = reg.create_entity(name="北京示例科技有限公司")
    app = reg.create_product(entity.id, name="小示助手App")
    service = reg.create_service(
        GenAIService(
            entity_id=entity.id,
            name="小示助手",
            models=(YUNQUE,),
            product_ids=(app.id,),
            go_live_date=TODAY,
        )
    )
    assert [r.service for r in reg.dashboard().services.live_without_number] == ["小示助手"]
    for step in ("prepare", "submit"):
        reg.step_service(service.id, step)
    reg.step_service(service.id, "approve", number=REG_NO)
    dashboard = reg.dashboard()
    assert not dashboard.services.live_without_number
    assert [r.product for r in dashboard.services.display_duty] == ["小示助手App"]
    reg.set_service_display(service.id, ProductDisplay(app.id, app.name, True, TODAY, "关于"))
    assert not reg.dashboard().services
    # a service that is not yet live raises nothing, whatever its number
    reg.update_service(replace(reg.service(service.id), go_live_date=None))
    assert not reg.service_buckets()
    reg.close()


@pytest.mark.parametrize(
    ("args", "line", "code"),
    [
        (["NeiMengGu-CaoYuan-20240301"], "NeiMengGu-CaoYuan-20240301\tgenai-filing\tok", 0),
        (
            ["--decided", "2025-10-01", "Shanghai-YiMiaoQianWen-20251031S0120"],
            "Shanghai-YiMiaoQianWen-20251031S0120\tgenai-registration\twarning: The number's "
            "date 2025-10-31 is after the decision of 2025-10-01",
            0,
        ),
        (["Peking-X-20230821"], "Peking-X-20230821\tgenai-filing\twarning: Peking is not a", 0),
        (["Beijing-X-20230230"], "Beijing-X-20230230\tgenai-filing\terror: 20230230", 1),
    ],
)
def test_number_reports_genai_numbers(capsys, args, line, code):
    assert main(["number", *args]) == code
    assert capsys.readouterr().out.startswith(line)
