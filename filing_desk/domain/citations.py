"""The one table of the law the forms and messages cite: instruments, their versions, citations.

An instrument is a law, rule, standard, official notice or a portal practice, with its Chinese
and English name and the version cited (the date that text took effect; an edition label where
one instrument has several texts, as the Cybersecurity Law before and after its 2025 amendment).
A citation is an instrument plus article (plus paragraph 款 and item 项). Specs and messages name
citations by id (``"algo-provisions:24.1"``, ``"sa-rules:2/1"`` = art. 2 item (1)); an
instrument's own id cites it whole (``"gb-45438"``). The ids are stable keys: when an instrument
is renumbered, the entry here changes and every form follows; no spec is edited.

Pure data and formatting: no Qt, no I/O. The form loader refuses ids this table does not know.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date


class UnknownCitation(KeyError):
    """A citation id this table does not know."""


@dataclass(frozen=True)
class Instrument:
    """A cited instrument in one version.

    ``zh`` is the name as cited in Chinese (titles in 《》), ``en`` a short English name;
    ``in_force`` the day this version took effect (None where not recorded); ``edition`` is
    printed after the name where the table holds more than one text of the same instrument;
    ``kind`` is ``law``, ``standard``, ``notice`` (an official notice, not a rule) or
    ``practice`` (what the CAC's portal asks for, not law).
    """

    id: str
    zh: str
    en: str
    in_force: date | None
    kind: str = "law"
    edition: tuple[str, str] | None = None

    def name(self, lang: str, version: bool = False) -> str:
        """The name as cited; with ``version``, also the day this text took effect."""
        zh = lang.startswith("zh")
        notes = [self.edition[0 if zh else 1]] if self.edition else []
        if version and self.in_force is not None:
            d = self.in_force
            notes.append(f"{d.year}年{d.month}月{d.day}日起施行" if zh else f"in force {d}")
        base = self.zh if zh else self.en
        if not notes:
            return base
        return f"{base}（{'，'.join(notes)}）" if zh else f"{base} ({', '.join(notes)})"


@dataclass(frozen=True)
class Citation:
    """An instrument, optionally narrowed to an article, paragraph (款) and item (项)."""

    instrument: str
    article: int | None = None
    paragraph: int | None = None
    item: int | None = None


_I = Instrument
INSTRUMENTS: dict[str, Instrument] = {
    i.id: i
    for i in (
        _I(
            "algo-provisions",
            "《互联网信息服务算法推荐管理规定》",
            "Algorithm Provisions",
            date(2022, 3, 1),
        ),
        _I(
            "deep-synthesis",
            "《互联网信息服务深度合成管理规定》",
            "Deep Synthesis Provisions",
            date(2023, 1, 10),
        ),
        _I(
            "genai-measures",
            "《生成式人工智能服务管理暂行办法》",
            "Generative AI Measures",
            date(2023, 8, 15),
        ),
        _I(
            "labelling-measures",
            "《人工智能生成合成内容标识办法》",
            "Labelling Measures",
            date(2025, 9, 1),
        ),
        _I(
            "sa-rules",
            "《具有舆论属性或社会动员能力的互联网信息服务安全评估规定》",
            "Security Assessment Provisions (2018)",
            date(2018, 11, 30),
        ),
        _I(
            "csl-2016",
            "《中华人民共和国网络安全法》",
            "Cybersecurity Law",
            date(2017, 6, 1),
            edition=("2016年文本", "2016 text"),
        ),
        # The 2025 amendment renumbered the articles (domain.md Part A item 13, unverified).
        _I(
            "csl-2025",
            "《中华人民共和国网络安全法》",
            "Cybersecurity Law",
            date(2026, 1, 1),
            edition=("2025年修正", "as amended 2025"),
        ),
        _I(
            "gb-45438",
            "GB 45438-2025《网络安全技术 人工智能生成合成内容标识方法》",
            "GB 45438-2025 (labelling AI-generated content)",
            date(2025, 9, 1),
            kind="standard",
        ),
        # A recommended (GB/T) standard; TC260-003 (2024-02-29) was its forerunner.
        _I(
            "gbt-45654",
            "GB/T 45654-2025《网络安全技术 生成式人工智能服务安全基本要求》",
            "GB/T 45654-2025 (basic security requirements for generative AI services)",
            date(2025, 11, 1),
            kind="standard",
        ),
        _I(
            "gb-32100",
            "GB 32100-2015《法人和其他组织统一社会信用代码编码规则》",
            "GB 32100-2015 (unified social credit code)",
            None,
            kind="standard",
        ),
        _I(
            "gb-t-2260",
            "GB/T 2260《中华人民共和国行政区划代码》",
            "GB/T 2260 (administrative division codes)",
            None,
            kind="standard",
        ),
        _I(
            "gb-11643",
            "GB 11643-1999《公民身份号码》",
            "GB 11643-1999 (citizen identity number)",
            None,
            kind="standard",
        ),
        _I(
            "cac-genai-notice",
            "国家互联网信息办公室关于发布生成式人工智能服务已备案信息的公告（2024年4月2日）",
            "CAC notice on filed generative-AI services (2 April 2024)",
            date(2024, 4, 2),
            kind="notice",
        ),
        # Year summary: local CACs register (登记) services that call an already-filed model.
        _I(
            "cac-genai-notice-2025",
            "国家互联网信息办公室关于发布2024年生成式人工智能服务已备案信息的公告（2025年1月8日）",
            "CAC notice on generative-AI services filed in 2024 (8 January 2025)",
            date(2025, 1, 8),
            kind="notice",
        ),
        # What agents report of the GenAI 备案 / 登记 route (durations, review stages): not law.
        _I(
            "genai-practice",
            "生成式人工智能服务备案、登记办理实务（非法定）",
            "Generative-AI service filing and registration practice (not law)",
            None,
            kind="practice",
        ),
        _I(
            "cac-portal",
            "互联网信息服务算法备案系统填报要求（实务，非法定）",
            "CAC filing portal requirement (practice, not law)",
            None,
            kind="practice",
        ),
    )
}
"""Instrument id → the instrument in the version cited."""

_ALGO, _DS, _GENAI, _LABEL, _SA = (
    "algo-provisions",
    "deep-synthesis",
    "genai-measures",
    "labelling-measures",
    "sa-rules",
)
CITATIONS: dict[str, Citation] = {
    "algo-provisions:2": Citation(_ALGO, 2),
    "algo-provisions:7": Citation(_ALGO, 7),
    "algo-provisions:8": Citation(_ALGO, 8),
    "algo-provisions:16": Citation(_ALGO, 16),
    "algo-provisions:17": Citation(_ALGO, 17),
    "algo-provisions:24": Citation(_ALGO, 24),
    "algo-provisions:24.1": Citation(_ALGO, 24, 1),
    "algo-provisions:24.2": Citation(_ALGO, 24, 2),
    "algo-provisions:24.3": Citation(_ALGO, 24, 3),
    "algo-provisions:25": Citation(_ALGO, 25),
    "algo-provisions:26": Citation(_ALGO, 26),
    "algo-provisions:27": Citation(_ALGO, 27),
    "algo-provisions:28": Citation(_ALGO, 28),
    "deep-synthesis:7": Citation(_DS, 7),
    "deep-synthesis:8": Citation(_DS, 8),
    "deep-synthesis:9": Citation(_DS, 9),
    "deep-synthesis:10": Citation(_DS, 10),
    "deep-synthesis:11": Citation(_DS, 11),
    "deep-synthesis:12": Citation(_DS, 12),
    "deep-synthesis:14.1": Citation(_DS, 14, 1),
    "deep-synthesis:14.2": Citation(_DS, 14, 2),
    "deep-synthesis:15.1": Citation(_DS, 15, 1),
    "deep-synthesis:15.2/1": Citation(_DS, 15, 2, 1),
    "deep-synthesis:15.2/2": Citation(_DS, 15, 2, 2),
    "deep-synthesis:16": Citation(_DS, 16),
    "deep-synthesis:17": Citation(_DS, 17),
    "deep-synthesis:17.1/1": Citation(_DS, 17, 1, 1),
    "deep-synthesis:17.1/2": Citation(_DS, 17, 1, 2),
    "deep-synthesis:17.1/3": Citation(_DS, 17, 1, 3),
    "deep-synthesis:17.1/4": Citation(_DS, 17, 1, 4),
    "deep-synthesis:17.1/5": Citation(_DS, 17, 1, 5),
    "deep-synthesis:17.2": Citation(_DS, 17, 2),
    "deep-synthesis:18": Citation(_DS, 18),
    "deep-synthesis:19": Citation(_DS, 19),
    "deep-synthesis:19.1": Citation(_DS, 19, 1),
    "deep-synthesis:19.2": Citation(_DS, 19, 2),
    "deep-synthesis:19.3": Citation(_DS, 19, 3),
    "deep-synthesis:20": Citation(_DS, 20),
    "deep-synthesis:23": Citation(_DS, 23),
    "genai-measures:2": Citation(_GENAI, 2),  # scope: services to the public in China
    "genai-measures:17": Citation(_GENAI, 17),
    "genai-measures:22": Citation(_GENAI, 22),  # definitions: an API offer is a provider too
    **{f"genai-measures:{a}": Citation(_GENAI, a) for a in (7, 8, 9, 10, 11, 12, 13, 14, 15)},
    "labelling-measures:4": Citation(_LABEL, 4),
    # Art. 4(1) items (1)-(6): explicit labels per modality; art. 4(2): kept on download/export.
    **{f"labelling-measures:4.1/{i}": Citation(_LABEL, 4, 1, i) for i in range(1, 7)},
    "labelling-measures:4.2": Citation(_LABEL, 4, 2),
    "labelling-measures:5": Citation(_LABEL, 5),
    "labelling-measures:6": Citation(_LABEL, 6),
    "labelling-measures:7": Citation(_LABEL, 7),
    "labelling-measures:8": Citation(_LABEL, 8),
    "labelling-measures:9": Citation(_LABEL, 9),
    "labelling-measures:10": Citation(_LABEL, 10),
    "labelling-measures:12": Citation(_LABEL, 12),
    "sa-rules:2": Citation(_SA, 2),
    "sa-rules:2/1": Citation(_SA, 2, item=1),
    "sa-rules:2/2": Citation(_SA, 2, item=2),
    "sa-rules:3": Citation(_SA, 3),
    **{f"sa-rules:3/{i}": Citation(_SA, 3, item=i) for i in range(1, 6)},  # the five triggers
    "sa-rules:4": Citation(_SA, 4),
    "sa-rules:5": Citation(_SA, 5),
    "sa-rules:5/1": Citation(_SA, 5, item=1),
    "sa-rules:5/2": Citation(_SA, 5, item=2),
    "sa-rules:5/3": Citation(_SA, 5, item=3),
    "sa-rules:5/4": Citation(_SA, 5, item=4),
    "sa-rules:5/5": Citation(_SA, 5, item=5),
    "sa-rules:5/6": Citation(_SA, 5, item=6),
    "sa-rules:5/7": Citation(_SA, 5, item=7),
    "sa-rules:5/8": Citation(_SA, 5, item=8),
    "sa-rules:6": Citation(_SA, 6),  # the report's four parts
    "sa-rules:7": Citation(_SA, 7),  # filing it with the CAC and public security, and when
    "csl-2016:21.3": Citation("csl-2016", 21, 3),
    "csl-2025:23.3": Citation("csl-2025", 23, 3),
}
"""Citation id → citation. Add an entry to cite something new; edit one to follow a renumbering."""


def resolve(cite_id: str) -> Citation:
    """The citation an id names (an instrument's own id cites it whole)."""
    if cite_id in CITATIONS:
        return CITATIONS[cite_id]
    if cite_id in INSTRUMENTS:
        return Citation(cite_id)
    raise UnknownCitation(cite_id)


def is_known(cite_id: str) -> bool:
    return cite_id in CITATIONS or cite_id in INSTRUMENTS


def instrument_of(cite_id: str) -> Instrument:
    return INSTRUMENTS[resolve(cite_id).instrument]


def text(cite_ids: Iterable[str], lang: str = "zh", versions: bool = False) -> str:
    """The citations as printed: ``《…》第二十四条第一款`` / ``Algorithm Provisions art. 24(1)``.

    Consecutive citations of one instrument share its name (``第十六条、第十七条`` /
    ``arts. 16, 17``); instruments are separated by ``；`` / ``; ``. ``versions`` adds each
    instrument's in-force date (a form's basis line); editions are always named.
    """
    groups: list[tuple[str, list[Citation]]] = []
    for cite_id in cite_ids:
        citation = resolve(cite_id)
        if groups and groups[-1][0] == citation.instrument:
            groups[-1][1].append(citation)
        else:
            groups.append((citation.instrument, [citation]))
    zh = lang.startswith("zh")
    parts = [_group(INSTRUMENTS[name], cites, zh, versions) for name, cites in groups]
    return ("；" if zh else "; ").join(parts)


def _group(instrument: Instrument, cites: list[Citation], zh: bool, versions: bool) -> str:
    name = instrument.name("zh" if zh else "en", versions)
    points = [c for c in cites if c.article is not None]
    if not points:
        return name
    if zh:
        return name + "、".join(_zh_point(c) for c in points)
    prefix = "arts." if len(points) > 1 else "art."
    return f"{name} {prefix} " + ", ".join(_en_point(c) for c in points)


def _zh_point(c: Citation) -> str:
    out = f"第{chinese_number(c.article or 0)}条"
    if c.paragraph is not None:
        out += f"第{chinese_number(c.paragraph)}款"
    if c.item is not None:
        out += f"第（{chinese_number(c.item)}）项"
    return out


def _en_point(c: Citation) -> str:
    out = str(c.article)
    if c.paragraph is not None:
        out += f"({c.paragraph})"
    if c.item is not None:
        out += f"({c.item})"
    return out


_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1–999 in Chinese numerals as articles are numbered: 十, 十六, 二十四, 一百零二."""
    if not 0 < n < 1000:
        raise ValueError(f"article number out of range: {n}")
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    out = f"{_DIGITS[hundreds]}百" if hundreds else ""
    if tens:
        out += ("" if tens == 1 and not hundreds else _DIGITS[tens]) + "十"
    elif hundreds and ones:
        out += "零"
    if ones:
        out += _DIGITS[ones]
    return out
