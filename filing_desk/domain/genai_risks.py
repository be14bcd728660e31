"""Which group of GB/T 45654-2025 Appendix A a risk category written in an annex file belongs to.

Appendix A sorts the 31 safety risks into five groups: A.1 content against the core socialist
values, A.2 discriminatory content, A.3 commercial violations, A.4 infringing others' rights,
A.5 failing the safety needs of a specific kind of service. The keyword library must cover the 17
risks of A.1 and A.2 (different floors for each); the test bank's floors differ between A.1/A.2
and the rest. Annex files name their categories freely, so a label is placed by an explicit
group code (``A.1``, ``A1-3``, ``A.2.4`` …) or else by the words it uses; a label that fits no
group is ``RiskGroup.UNKNOWN``, and the callers say what they do with it.

Pure: no Qt, no I/O. The word lists are our own short cues, not the standard's wording.
"""

from __future__ import annotations

import re
from enum import StrEnum


class RiskGroup(StrEnum):
    A1 = "A.1"
    A2 = "A.2"
    A3 = "A.3"
    A4 = "A.4"
    A5 = "A.5"
    UNKNOWN = ""

    @property
    def covered_by_keywords(self) -> bool:
        """The keyword library's per-risk floors name A.1 and A.2 only (§8.1)."""
        return self in (RiskGroup.A1, RiskGroup.A2)


_CODE = re.compile(r"^\s*(?:附录\s*)?A\s*[.．\-_ ]?\s*([1-5])(?![0-9])", re.IGNORECASE)

# Checked in this order: A.1 first, since one of its risks (ethnic hatred) may be written next to
# "discrimination", which otherwise marks A.2.
_CUES: tuple[tuple[RiskGroup, tuple[str, ...]], ...] = (
    (
        RiskGroup.A1,
        (
            "颠覆", "社会主义", "核心价值观", "国家安全", "国家利益", "国家形象",
            "分裂", "国家统一", "社会稳定", "恐怖", "极端", "民族仇恨",
            "暴力", "淫秽", "色情", "虚假", "有害信息",
            "subver", "national security", "separat", "terror", "extremis", "ethnic hatred",
            "violen", "obscen", "pornograph", "false", "disinformation", "core values",
        ),
    ),
    (RiskGroup.A2, ("歧视", "discriminat")),
    (
        RiskGroup.A3,
        (
            "知识产权", "商业道德", "商业秘密", "垄断", "不正当竞争", "商业违法",
            "intellectual property", "trade secret", "monopol", "unfair competition",
        ),
    ),
    (
        RiskGroup.A4,
        (
            "身心健康", "肖像", "名誉", "荣誉", "隐私", "个人信息", "合法权益",
            "portrait", "reputation", "honou", "honor", "privacy", "personal information",
        ),
    ),
    (RiskGroup.A5, ("准确", "可靠", "安全需求", "accura", "reliab")),
)  # fmt: skip


def risk_group(label: str) -> RiskGroup:
    """The Appendix A group a category label names, ``UNKNOWN`` when it names none."""
    if match := _CODE.match(label):
        return RiskGroup(f"A.{match.group(1)}")
    text = label.casefold()
    for group, cues in _CUES:
        if any(cue in text for cue in cues):
            return group
    return RiskGroup.UNKNOWN
