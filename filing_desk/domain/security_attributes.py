"""What makes a product need a security assessment under the 2018 rules: the per-se categories of
art. 2(1) (with the user's override and its reason) and user scale over time, whose jump beyond
a threshold suggests trigger (3).

Pure: no I/O, no Qt. Storing is ``store.security_subjects``; the assessment itself is
``domain.security_assessment``. The threshold is the user's (a register setting); the rules
give no figure, so the default is only a starting point.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from filing_desk.domain.enums import LabelledEnum

GROWTH_PERCENT_KEY = "security.growth_percent"
GROWTH_COUNT_KEY = "security.growth_count"
DEFAULT_GROWTH_PERCENT = 50.0
DEFAULT_GROWTH_COUNT = 0  # 0: no absolute threshold


class PerSeCategory(LabelledEnum):
    """Art. 2(1): services that have public-opinion attributes as such (or such a function)."""

    FORUM = ("forum", "论坛", "Forum")
    BLOG = ("blog", "博客", "Blog")
    MICROBLOG = ("microblog", "微博客", "Microblog")
    CHAT_ROOM = ("chat_room", "聊天室", "Chat room")
    GROUP = ("group", "通讯群组", "Communication group")
    PUBLIC_ACCOUNT = ("public_account", "公众账号", "Public account")
    SHORT_VIDEO = ("short_video", "短视频", "Short video")
    LIVE_STREAMING = ("live_streaming", "网络直播", "Live streaming")
    INFO_SHARING = ("info_sharing", "信息分享", "Information sharing")
    MINI_PROGRAM = ("mini_program", "小程序", "Mini-program")


@dataclass(frozen=True)
class OpinionProfile:
    """A product's per-se categories and the user's override (None: follow the categories)."""

    product_id: int
    categories: frozenset[PerSeCategory] = frozenset()
    override: bool | None = None
    override_reason: str = ""

    @property
    def per_se(self) -> bool:
        """One of the art. 2(1) functions: public-opinion attributes as such."""
        return bool(self.categories)

    @property
    def public_opinion(self) -> bool:
        """Treated as having public-opinion attributes: the override, else the categories."""
        return self.per_se if self.override is None else self.override

    def codes(self) -> str:
        """The categories as stored: their codes, comma-separated, in the enum's order."""
        return ",".join(c.value for c in PerSeCategory if c in self.categories)


def parse_categories(codes: str) -> frozenset[PerSeCategory]:
    """Stored codes → categories (unknown codes are dropped: a newer version's)."""
    known = {c.value: c for c in PerSeCategory}
    return frozenset(known[c] for c in codes.split(",") if c in known)


@dataclass(frozen=True)
class ScalePoint:
    """A product's user numbers on a day: registered users and monthly active users."""

    as_of: date
    registered: int | None = None
    monthly_active: int | None = None


@dataclass(frozen=True)
class Threshold:
    """A jump that suggests trigger (3): by ``percent`` or by ``count`` users (0: not used)."""

    percent: float = DEFAULT_GROWTH_PERCENT
    count: int = DEFAULT_GROWTH_COUNT

    def exceeded(self, before: int, after: int) -> bool:
        grown = after - before
        if grown <= 0:
            return False
        if self.count and grown >= self.count:
            return True
        return bool(self.percent) and (before == 0 or grown * 100 >= self.percent * before)


@dataclass(frozen=True)
class Growth:
    """A jump in one measure (``registered`` or ``monthly_active``) from a baseline point."""

    measure: str
    baseline: ScalePoint
    latest: ScalePoint
    before: int
    after: int

    @property
    def percent(self) -> float | None:
        return None if self.before == 0 else (self.after - self.before) * 100 / self.before


MEASURES = ("monthly_active", "registered")


def growth(
    points: Sequence[ScalePoint], threshold: Threshold, assessed_on: date | None = None
) -> Growth | None:
    """The jump that suggests trigger (3), or None. The baseline is the last point on or before
    the product's latest assessment (``assessed_on``: its trigger date), else the first point;
    a latest point on or before that assessment is already covered by it."""
    ordered = sorted(points, key=lambda p: p.as_of)
    if len(ordered) < 2:
        return None
    latest = ordered[-1]
    if assessed_on is not None and latest.as_of <= assessed_on:
        return None
    earlier = [p for p in ordered if assessed_on is not None and p.as_of <= assessed_on]
    baseline = earlier[-1] if earlier else ordered[0]
    for measure in MEASURES:
        before, after = getattr(baseline, measure), getattr(latest, measure)
        if before is not None and after is not None and threshold.exceeded(before, after):
            return Growth(measure, baseline, latest, before, after)
    return None
