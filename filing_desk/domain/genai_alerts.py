"""The dashboard's alerts for generative-AI services: live without a number, and the display duty.

* ``live-without-number`` — the service has a go-live date on or before today and holds no
  approved number (备案号 or 上线编号). The most severe bucket (domain.md Part A item 14).
* ``display-duty`` — a product of a live, approved service does not (yet) show the model's name
  with its 备案号, or the service's 上线编号 (Part A item 10, Part B §3.3: the CAC's notices).
* ``keyword-list-stale`` / ``test-bank-stale`` — annexes to renew: the latest keyword list or
  test bank is older than its cadence (practice, Part B §3.4; ``genai_annex_findings``
  decides). A reminder, not a legal duty: the least severe kinds.

Pure: no Qt, no I/O. The caller passes today's date and, per product, what the register records
of its display (``ProductDisplay``); alerts come back as data with a stable kind and, for the
UI and CLI, as Issues. A service the user set to need neither track raises no alert.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum

from filing_desk.domain.enums import ModelTrack, ServiceState, Severity
from filing_desk.domain.genai_annex_findings import DEFAULT_CADENCES, Cadences, freshness
from filing_desk.domain.genai_services import GenAIService
from filing_desk.domain.genai_tracks import decide_track
from filing_desk.domain.issues import Issue

CITES = ("cac-genai-notice", "cac-genai-notice-2025", "genai-measures:17")


class AlertKind(StrEnum):
    """The code ``filing-desk services --json`` lists; the order is the severity order."""

    LIVE_WITHOUT_NUMBER = "live-without-number"
    DISPLAY_DUTY = "display-duty"
    # annexes to renew (``annex_alerts``): a practice cadence, not a legal duty, hence last
    KEYWORD_LIST_STALE = "keyword-list-stale"
    TEST_BANK_STALE = "test-bank-stale"

    @property
    def rank(self) -> int:
        """0 is the most severe."""
        return list(AlertKind).index(self)


@dataclass(frozen=True)
class ProductDisplay:
    """What the register records of one product's display of the model name and number."""

    product_id: int | None
    product_name: str
    shows_number: bool = False
    shown_since: date | None = None
    where: str = ""  # e.g. "首页底部" or the URL of the about page
    screenshot_id: int | None = None  # the attachment proving it

    def is_shown(self, today: date) -> bool:
        return self.shows_number and (self.shown_since is None or self.shown_since <= today)


@dataclass(frozen=True)
class Alert:
    kind: AlertKind
    service: str
    product: str = ""
    params: dict[str, object] = field(default_factory=dict)

    @property
    def issue(self) -> Issue:
        """The alert as an Issue (code ``genai_alert.…``) for the UI's and CLI's sentences."""
        params = {"service": self.service, **self.params}
        if self.kind in _RENEWAL_KINDS.values():
            return _renewal_issue(self.kind, params)
        if self.kind is AlertKind.LIVE_WITHOUT_NUMBER:
            text = (
                f"{self.service} has been offered to the public since {params['since']} "
                "without a filing or registration number."
            )
            return Issue("genai_alert.live_without_number", "service.number", _ERROR, params, text)
        params["product"] = self.product
        text = f"{self.product} does not show {params['shown']} although {self.service} is live."
        return Issue("genai_alert.display_duty", "product.display", _ERROR, params, text)


_ERROR = Severity.ERROR


def displayed_text(service: GenAIService) -> str:
    """What a product must show: the 上线编号 for 登记, else each own model's name and number."""
    if decide_track(service).track is ModelTrack.REGISTRATION:
        return service.number
    names = "、".join(m.name for m in service.models if not m.is_third_party) or service.name
    return f"{names} {service.number}".strip()


def service_alerts(
    service: GenAIService, displays: Sequence[ProductDisplay], today: date
) -> list[Alert]:
    """The service's alerts on ``today``, most severe first."""
    track = decide_track(service).track
    if track is ModelTrack.NOT_REQUIRED or not service.is_live(today):
        return []
    if not service.has_approved_number:
        since = service.go_live_date
        return [Alert(AlertKind.LIVE_WITHOUT_NUMBER, service.name, params={"since": since})]
    shown = displayed_text(service)
    return [
        Alert(AlertKind.DISPLAY_DUTY, service.name, d.product_name, {"shown": shown})
        for d in displays
        if not d.is_shown(today)
    ]


_RENEWAL_KINDS = {
    "genai_annex.keywords_stale": AlertKind.KEYWORD_LIST_STALE,
    "genai_annex.questions_stale": AlertKind.TEST_BANK_STALE,
}
_ENDED = (ServiceState.WITHDRAWN, ServiceState.REVOKED)


def annex_alerts(
    service: GenAIService,
    latest_keyword_list: date | None,
    latest_test_bank: date | None,
    today: date,
    cadences: Cadences = DEFAULT_CADENCES,
) -> list[Alert]:
    """The annexes to renew: the keyword list / test bank whose latest current version is older
    than its cadence (``genai_annex_findings.freshness`` decides). A withdrawn or revoked
    service, or an annex not attached (``None``: a readiness matter), gives none. ``params``:
    ``since`` (the version's date), ``days`` (its age), ``cadence``."""
    if service.state in _ENDED:
        return []
    found = freshness(
        latest_keyword_list,
        latest_test_bank,
        today,
        cadences.keyword_days,
        cadences.test_bank_days,
    )
    return [
        Alert(
            _RENEWAL_KINDS[issue.code],
            service.name,
            params={**issue.params, "since": date.fromisoformat(str(issue.params["since"]))},
        )
        for issue in found
    ]


def _renewal_issue(kind: AlertKind, params: dict[str, object]) -> Issue:
    """The freshness warning an annex alert stands for, rebuilt from its params (one rule)."""
    since = date.fromisoformat(str(params["since"]))  # a date's str is its ISO form
    days, cadence = int(str(params["days"])), int(str(params["cadence"]))
    keyword = kind is AlertKind.KEYWORD_LIST_STALE
    today = since + timedelta(days=days)
    (issue,) = freshness(
        since if keyword else None, None if keyword else since, today, cadence, cadence
    )
    return replace(issue, params={**params, **issue.params})


def alert_codes(alerts: Iterable[Alert]) -> list[str]:
    """The distinct kinds, most severe first (the ``alerts`` list of the JSON output)."""
    return [kind.value for kind in sorted({a.kind for a in alerts}, key=lambda k: k.rank)]


def display_issues(display: ProductDisplay) -> list[Issue]:
    """Warnings where a product is said to show the number but the record lacks the proof."""
    if not display.shows_number:
        return []
    issues = []
    params = {"product": display.product_name}
    if not display.where.strip():
        text = f"{display.product_name}: record where the model name and number are shown."
        issues.append(
            Issue("genai_alert.display_where", "product.display_where", _WARN, params, text)
        )
    if display.screenshot_id is None:
        text = f"{display.product_name}: attach a screenshot of the model name and number shown."
        issues.append(
            Issue(
                "genai_alert.display_screenshot", "product.display_screenshot", _WARN, params, text
            )
        )
    return issues


_WARN = Severity.WARNING
