"""The dashboard alerts of generative-AI services: live without a number, and the display duty."""

from __future__ import annotations

from datetime import date

import pytest

from filing_desk.domain.enums import ModelOrigin, ModelTrack, ServiceState, Severity
from filing_desk.domain.genai_alerts import (
    AlertKind,
    ProductDisplay,
    alert_codes,
    display_issues,
    displayed_text,
    service_alerts,
)
from filing_desk.domain.genai_services import GenAIService, ServiceModel

TODAY = date(2026, 12, 7)
OWN = ServiceModel(name="XiaoShi", origin=ModelOrigin.OWN)
FILED = ServiceModel(
    name="YunQue", origin=ModelOrigin.THIRD_PARTY, filing_number="Beijing-YunQue-20230821"
)
FILING_NO = "Beijing-XiaoShi-202401050001"
REG_NO = "Shanghai-XiaoShiZhuShou-20251031S0120"
LIVE_WITHOUT = [AlertKind.LIVE_WITHOUT_NUMBER]


def svc(go_live: date | None, state=ServiceState.DRAFT, number="", **kw) -> GenAIService:
    models = kw.pop("models", (OWN,))
    return GenAIService(
        name="小石助手", models=models, go_live_date=go_live, state=state, number=number, **kw
    )


@pytest.mark.parametrize(
    ("service", "kinds"),
    [
        (svc(None), []),  # not live: nothing yet
        (svc(date(2026, 12, 8)), []),  # goes live tomorrow
        (svc(TODAY), LIVE_WITHOUT),  # live today
        (svc(date(2025, 1, 1), ServiceState.SUBMITTED), LIVE_WITHOUT),
        (svc(date(2025, 1, 1), ServiceState.NATIONAL_REVIEW), LIVE_WITHOUT),
        (svc(date(2025, 1, 1), ServiceState.APPROVED, FILING_NO), []),
        (svc(date(2025, 1, 1), ServiceState.APPROVED, ""), LIVE_WITHOUT),  # number lost
        (svc(date(2025, 1, 1), ServiceState.REVOKED, FILING_NO), LIVE_WITHOUT),
        (svc(date(2025, 1, 1), ServiceState.WITHDRAWN), LIVE_WITHOUT),
        (
            svc(
                date(2025, 1, 1),
                models=(FILED,),
                track_override=ModelTrack.NOT_REQUIRED,
                override_reason="仅内部使用",
            ),
            [],
        ),
    ],
)
def test_live_without_number(service: GenAIService, kinds: list[AlertKind]) -> None:
    assert [a.kind for a in service_alerts(service, (), TODAY)] == kinds


def test_live_without_number_says_since_when() -> None:
    (alert,) = service_alerts(svc(date(2025, 3, 1)), (), TODAY)
    issue = alert.issue
    assert (issue.code, issue.severity) == ("genai_alert.live_without_number", Severity.ERROR)
    assert issue.text == (
        "小石助手 has been offered to the public since 2025-03-01 without a filing or "
        "registration number."
    )


SHOWN = ProductDisplay(1, "小石App", True, date(2025, 2, 1), "关于页面", 7)


@pytest.mark.parametrize(
    ("display", "flagged"),
    [
        (SHOWN, False),
        (ProductDisplay(2, "小石网页版"), True),  # not shown
        (ProductDisplay(3, "小石小程序", True, date(2026, 12, 8), "首页"), True),  # from tomorrow
        (ProductDisplay(4, "小石API", True, TODAY, "文档页"), False),  # since today
        (ProductDisplay(5, "小石终端", True, None, "开机画面"), False),  # since unknown
        (ProductDisplay(6, "小石插件", False, date(2025, 2, 1), "设置页"), True),  # stopped
    ],
)
def test_display_duty_of_a_live_approved_service(display: ProductDisplay, flagged: bool) -> None:
    service = svc(date(2025, 1, 1), ServiceState.APPROVED, FILING_NO)
    alerts = service_alerts(service, (display,), TODAY)
    assert [(a.kind, a.product) for a in alerts] == (
        [(AlertKind.DISPLAY_DUTY, display.product_name)] if flagged else []
    )


def test_display_duty_names_what_must_be_shown() -> None:
    filed = svc(date(2025, 1, 1), ServiceState.APPROVED, FILING_NO, models=(OWN, FILED))
    registered = svc(date(2025, 1, 1), ServiceState.APPROVED, REG_NO, models=(FILED,))
    assert displayed_text(filed) == "XiaoShi Beijing-XiaoShi-202401050001"
    assert displayed_text(registered) == REG_NO
    (alert,) = service_alerts(registered, (ProductDisplay(2, "小石网页版"),), TODAY)
    assert alert.issue.code == "genai_alert.display_duty"
    assert alert.issue.text == f"小石网页版 does not show {REG_NO} although 小石助手 is live."


def test_no_display_duty_before_a_number_exists_only_the_severer_alert() -> None:
    alerts = service_alerts(svc(date(2025, 1, 1)), (ProductDisplay(2, "小石网页版"),), TODAY)
    assert alert_codes(alerts) == ["live-without-number"]
    assert service_alerts(svc(None), (ProductDisplay(2, "x"),), TODAY) == []


def test_alert_codes_are_distinct_and_most_severe_first() -> None:
    service = svc(date(2025, 1, 1), ServiceState.APPROVED, FILING_NO)
    products = (ProductDisplay(2, "a"), ProductDisplay(3, "b"))
    alerts = service_alerts(service, products, TODAY)
    assert alert_codes(alerts) == ["display-duty"]
    both = alerts + service_alerts(svc(TODAY), (), TODAY)
    assert alert_codes(both) == ["live-without-number", "display-duty"]


@pytest.mark.parametrize(
    ("display", "codes"),
    [
        (SHOWN, []),
        (ProductDisplay(2, "x"), []),  # not shown: the alert says so, not these
        (ProductDisplay(3, "x", True, TODAY, "", 7), ["genai_alert.display_where"]),
        (ProductDisplay(4, "x", True, TODAY, "首页"), ["genai_alert.display_screenshot"]),
    ],
)
def test_a_shown_number_wants_where_and_a_screenshot(display, codes) -> None:
    issues = display_issues(display)
    assert [i.code for i in issues] == codes
    assert all(i.severity is Severity.WARNING for i in issues)
