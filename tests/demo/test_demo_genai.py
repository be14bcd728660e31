"""The demo's generative-AI services (issue 17 item 9): a 备案 service on an own model and a 登记
service on a third party's filed model, both approved with well-formed fictional numbers in the
entity's province; one service live without a number; one product not yet showing its number,
one showing it; the alerts the dashboard and ``services --json`` give for them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from filing_desk import demo_genai
from filing_desk.cli import main
from filing_desk.domain.enums import AttachmentKind, ModelOrigin, ModelTrack, OwnerType
from filing_desk.domain.enums import ServiceState as St
from filing_desk.domain.genai_services import GenAIService
from filing_desk.domain.genai_tracks import decide_track
from filing_desk.domain.numbers import NumberKind, classify
from filing_desk.store.register import Register
from tests.helpers.demo_forms import open_demo
from tests.helpers.registers import STRONG_PASSPHRASE, TODAY

# numbers of real services quoted in domain.md Part B §3.2/§3.3: no demo name may be one of theirs
REAL = (
    "Beijing-YunQue-20230821",
    "ZheJiang-TongYiQianWen-20230901",
    "Guangdong-TencentHunyuan-20230901",
    "Beijing-DeepseekChat-202404280016",
    "ZheJiang-WenShengYi-202510100042",
    "Jiangsu-CarrotAI-202407030002",
    "Tianjin-DiDiAILvXingXiaoZhuShou-20251011S0007",
    "Shanghai-YiMiaoQianWen-20251031S0120",
)
PROVINCE_OF_REGION = {"11": "beijing", "33": "zhejiang", "44": "guangdong"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Register]:
    register = open_demo(Path(tmp_path_factory.mktemp("demo")), TODAY)
    yield register
    register.close()


def _by_name(demo: Register) -> dict[str, GenAIService]:
    return {s.name: s for s in demo.services()}


@pytest.mark.parametrize(
    ("name", "track", "state", "kind", "origin"),
    [
        (demo_genai.FILED, ModelTrack.FILING, St.APPROVED, NumberKind.GENAI_FILING, "own"),
        (
            demo_genai.REGISTERED,
            ModelTrack.REGISTRATION,
            St.APPROVED,
            NumberKind.GENAI_REGISTRATION,
            "third_party",
        ),
        (demo_genai.LIVE, ModelTrack.FILING, St.SUBMITTED, None, "fine_tuned"),
    ],
)
def test_the_demo_holds_each_story(
    demo: Register,
    name: str,
    track: ModelTrack,
    state: St,
    kind: NumberKind | None,
    origin: str,
) -> None:
    service = _by_name(demo)[name]
    assert decide_track(service).track is track and service.state is state
    assert [m.origin.value for m in service.models] == [origin]
    if kind is None:
        assert service.number == "" and service.is_live(TODAY)
        return
    found = classify(service.number, service.approved_date)
    assert found.kind is kind and not found.issues, found.issues
    entity = demo.entity(int(service.entity_id or 0))
    province = service.number.split("-")[0].casefold()
    assert province == PROVINCE_OF_REGION[entity.region_code[:2]]
    assert service.number not in REAL and service.name not in {n.split("-")[1] for n in REAL}


def test_the_registered_service_rests_on_a_filed_third_party_model(demo: Register) -> None:
    (model,) = _by_name(demo)[demo_genai.REGISTERED].models
    assert model.origin is ModelOrigin.THIRD_PARTY and model.developer == "北京云启智能科技有限公司"
    assert classify(model.filing_number).kind is NumberKind.GENAI_FILING
    assert model.filing_number == _by_name(demo)[demo_genai.FILED].number


def test_the_alerts_are_the_intended_ones(demo: Register) -> None:
    names = {s.id: s.name for s in demo.services()}
    alerts = {
        names[sid]: [(a.kind.value, a.product) for a in found]
        for sid, found in demo.service_alerts(TODAY).items()
        if found
    }
    assert alerts == {
        demo_genai.FILED: [("display-duty", "云启桌面版")],
        demo_genai.LIVE: [("live-without-number", "")],
    }


def test_the_shown_product_has_its_place_and_screenshot(demo: Register) -> None:
    service = _by_name(demo)[demo_genai.FILED]
    displays = {d.product_name: d for d in demo.service_displays(int(service.id or 0))}
    shown, missing = displays["云启APP"], displays["云启桌面版"]
    assert shown.shows_number and "关于" in shown.where and not missing.shows_number
    (shot,) = demo.attachments(OwnerType.SERVICE, int(service.id or 0))
    assert shot.kind is AttachmentKind.SCREENSHOT and shot.id == shown.screenshot_id
    assert demo.attachment_content(shot.id)[1].startswith(b"\x89PNG")


def test_services_json_shows_live_without_number(
    cli_demo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", STRONG_PASSPHRASE)
    assert main(["--register", str(cli_demo), "services", "--json"]) == 0
    listed = {s["name"]: s for s in json.loads(capsys.readouterr().out)}
    assert listed[demo_genai.LIVE]["alerts"] == ["live-without-number"]
    assert listed[demo_genai.LIVE]["number"] is None
    assert listed[demo_genai.FILED]["alerts"] == ["display-duty"]
    assert listed[demo_genai.REGISTERED]["track"] == "registration"
    assert listed[demo_genai.REGISTERED]["alerts"] == []
