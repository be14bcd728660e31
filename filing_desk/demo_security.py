"""Demo security assessments under the 2018 rules (issue 18 item 8), written through the store's
services like any user's (audited): one complete with both receipts (云启个性化推荐算法, resting
on its art. 5 checklist), one overdue under trigger (1) (数智资讯推送算法: live, filed with the
CAC only), one running under trigger (3) (云启热榜排序算法, after its app's users jumped); per-se
categories on three products (one overridden with its reason), user numbers on two (one jump
still waiting for an assessment), and a complete go-live assessment for every other live
algorithm with public-opinion attributes, so the dashboard shows only the three stories.

Dates are relative to the register's today; the entity acts on working days. Fictional.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from filing_desk.domain.security_assessment import (
    LIBRARY_ID,
    AssessorKind,
    Authority,
    SecurityState,
    SubjectKind,
    Trigger,
)
from filing_desk.domain.security_attributes import PerSeCategory
from filing_desk.store.security_assessments import security_service
from filing_desk.store.security_overview import security_overview
from filing_desk.store.security_subjects import SecuritySubjectService

COMPLETE, OVERDUE, RUNNING = "云启个性化推荐算法", "数智资讯推送算法", "云启热榜排序算法"
REPORT = {
    "functions": "面向社会公众提供资讯信息流推荐，设有评论、转发和分享功能，注册用户约五百万。",
    "hardware_software": "自建机房与云主机共二百余台服务器；推荐引擎、内容审核系统均为自研。",
    "deployment": "北京市海淀区自建数据中心，灾备节点位于河北省廊坊市。",
    "licences": "增值电信业务经营许可证（ICP证）；互联网新闻信息服务许可证（转载服务）。",
    "measures": "第五条八项重点均已建立制度并落实，抽查记录齐全，未发现重大风险。",
    "conclusion": "现有安全管理制度和技术措施能够有效防控安全风险，符合规定要求。",
    "other_matters": "无。",
}
PROFILES = (  # product name → per-se categories, and an override with its reason
    ("云启APP", {PerSeCategory.INFO_SHARING, PerSeCategory.SHORT_VIDEO}, None, ""),
    ("数智公众号", {PerSeCategory.PUBLIC_ACCOUNT}, None, ""),
    (
        "星河H5活动页",
        {PerSeCategory.LIVE_STREAMING},
        False,
        "仅用于活动报名，无用户发布或互动功能。",
    ),
)


def fill_security(reg: Any) -> int:
    """Write the demo's security assessments, profiles and user numbers; how many assessments."""
    with reg.transaction():
        return _fill(reg, reg.today())


def _workday(reg: Any, day: date) -> date:
    calendar = reg.calendar()
    while not calendar.is_workday(day):
        day -= timedelta(days=1)
    return day


def _fill(reg: Any, today: date) -> int:
    service, subjects = security_service(reg), SecuritySubjectService(reg.uow)
    algorithms = {a.name: a for a in reg.algorithms()}
    products = {p.name: p for p in reg.products()}
    for name, categories, override, reason in PROFILES:
        subjects.set_opinion_profile(products[name].id, categories, override, reason)
    done = algorithms[COMPLETE]
    focus = reg.assessment_for(LIBRARY_ID, "algorithm", done.id)
    _complete(reg, done, checklist_id=focus.id if focus else None, **REPORT)
    late = algorithms[OVERDUE]
    made = service.create_security_assessment(
        SubjectKind.ALGORITHM, late.id, Trigger.GO_LIVE, late.launch_date,
        assessor=AssessorKind.THIRD_PARTY, assessor_name="星盾网络安全评估中心（示例）",
    )  # fmt: skip
    service.record_submission(
        int(made.id or 0),
        Authority.CAC,
        _workday(reg, late.launch_date + timedelta(days=20)),
        "GA-DEMO-0208",
    )
    points = (
        (today - timedelta(days=80), 820_000, 300_000),
        (today - timedelta(days=7), 1_050_000, 520_000),
    )
    for day, registered, monthly in points:  # a jump after the go-live assessment: trigger (3)?
        subjects.record_user_scale(products["数智APP"].id, day, registered, monthly)
    _running(reg, algorithms[RUNNING], products["云启APP"].id, today)
    return 3 + _cover_the_rest(reg)


def _complete(reg: Any, algorithm: Any, **fields: Any) -> None:
    """A go-live assessment filed with both authorities ten days before the algorithm went live."""
    service = security_service(reg)
    made = service.create_security_assessment(
        SubjectKind.ALGORITHM, algorithm.id, Trigger.GO_LIVE, algorithm.launch_date, **fields
    )
    day = _workday(reg, algorithm.launch_date - timedelta(days=10))
    for authority, ref in ((Authority.CAC, "WX"), (Authority.POLICE, "GA")):
        number = f"{ref}-DEMO-{algorithm.id:04d}"
        service.record_submission(
            int(made.id or 0), authority, day, number, feedback="已收悉，无意见。"
        )


def _running(reg: Any, algorithm: Any, product_id: int, today: date) -> None:
    subjects = SecuritySubjectService(reg.uow)
    for days_ago, registered, monthly in (
        (190, 2_000_000, 600_000),
        (100, 2_600_000, 900_000),
        (15, 3_900_000, 1_500_000),
    ):
        subjects.record_user_scale(
            product_id, today - timedelta(days=days_ago), registered, monthly
        )
    security_service(reg).create_security_assessment(
        SubjectKind.ALGORITHM,
        algorithm.id,
        Trigger.USER_GROWTH,
        _workday(reg, today - timedelta(days=12)),
        functions="热榜排序服务覆盖APP首页与搜索页，月活用户半年内由六十万增至一百五十万。",
    )


def _cover_the_rest(reg: Any) -> int:
    """A complete go-live assessment for every live algorithm still without one."""
    overview = security_overview(reg.uow, reg.calendar, reg.conservative)
    missing = [
        i for i, s in overview.algorithm_standings().items() if s.state is SecurityState.MISSING
    ]
    for algorithm_id in sorted(missing):
        algorithm = reg.algorithm(algorithm_id)
        if algorithm.launch_date is not None:
            _complete(reg, algorithm, conclusion="安全措施有效，风险可控。")
    return len(missing)
