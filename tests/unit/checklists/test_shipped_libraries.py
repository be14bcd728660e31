"""The libraries shipped in forms/checklists: all load, every item speaks both languages briefly
(paraphrase, not copy); deep-synthesis, algo-responsibility and sa-rules-focus apply to the right
subjects and cite their articles; ``filing-desk checklists`` lists them."""

from __future__ import annotations

import json

import pytest

from filing_desk import cli
from filing_desk.domain import citations
from filing_desk.domain.checklists import Library, Subject, Unit
from filing_desk.forms import checklist_loader

F = frozenset
MINE = ("deep-synthesis", "algo-responsibility", "sa-rules-focus")
MAX_ZH = 200  # characters: a paraphrase of 1–3 sentences, never a provision's text
MAX_EN = 400


@pytest.fixture(scope="module")
def shipped() -> dict[str, Library]:
    return checklist_loader.load_all()


def test_every_shipped_library_loads_with_both_languages_briefly(
    shipped: dict[str, Library],
) -> None:
    assert set(shipped) == {*MINE, "gbt-45654", "labelling"}
    too_long, missing = [], []
    for library in shipped.values():
        assert library.title.zh and library.title.en and library.requirements, library.id
        for item in library.items:
            where = f"{library.id}:{item.id}"
            if not (item.text.zh.strip() and item.text.en.strip()):
                missing.append(where)
            if len(item.text.zh) > MAX_ZH or len(item.text.en) > MAX_EN:
                too_long.append(f"{where} ({len(item.text.zh)} zh, {len(item.text.en)} en)")
    assert not missing, missing
    assert not too_long, too_long


@pytest.mark.parametrize("library_id", MINE)
def test_every_requirement_cites_its_article(shipped: dict[str, Library], library_id: str) -> None:
    library = shipped[library_id]
    uncited = [it.id for it in library.requirements if not it.basis]
    assert not uncited
    for item in library.requirements:
        assert citations.text(item.basis, "zh").startswith(("《", "GB")), item.id


def _algorithm(algo_type: str, role: str, *modalities: str, opinion: bool = True) -> Subject:
    return Subject(
        "algorithm",
        algo_types=F({algo_type}),
        roles=F({role}),
        modalities=F(modalities),
        public_opinion=opinion,
    )


def _ids(library: Library, subject: Subject) -> set[str]:
    return {it.id for it in library.applicable(subject) if not it.heading}


def test_deep_synthesis_provider_and_supporter(shipped: dict[str, Library]) -> None:
    library = shipped["deep-synthesis"]
    provider = _ids(library, _algorithm("01", "provider", "text"))
    supporter = _ids(library, _algorithm("01", "supporter", "image", "video"))
    quiet_provider = _ids(library, _algorithm("01", "provider", "audio", opinion=False))

    assert {
        "mgmt.real-name",
        "label.technical",
        "label.conspicuous.text",
        "filing.provider",
    } <= provider
    assert {"label.conspicuous.voice", "label.conspicuous.face", "filing.supporter"}.isdisjoint(
        provider
    )
    # a technical supporter: data and tools duties (arts. 14, 15), no label or user duties
    assert {"tech.biometric-consent", "tech.assess-biometric", "filing.supporter"} <= supporter
    assert not {i for i in supporter if i.startswith(("mgmt.", "label.conspicuous."))}
    assert "label.technical" not in supporter and "label.no-removal" in supporter
    # art. 19(1) and art. 20 only with public-opinion attributes
    assert {"filing.provider", "tech.new-function"}.isdisjoint(quiet_provider)
    assert "label.conspicuous.voice" in quiet_provider
    # deep synthesis is type 01 only
    assert _ids(library, _algorithm("02", "provider", "text")) == set()
    assert library.item("tech.biometric-consent").basis == ("deep-synthesis:14.2",)
    assert "第十五条第二款第（一）项" in citations.text(library.item("tech.assess-biometric").basis)


ART_7_SYSTEMS = (
    "算法机制机理审核",
    "科技伦理审查",
    "用户注册",
    "信息发布审核",
    "数据安全",
    "个人信息保护",
    "反电信网络诈骗",
    "自评估",
    "监测",
    "应急处置",
)


def test_algo_responsibility_follows_the_statement_outline(shipped: dict[str, Library]) -> None:
    library = shipped["algo-responsibility"]
    entity_items = library.applicable(Subject("entity"))
    headings = [it.text.zh for it in entity_items if it.heading]
    assert [h[:4] for h in headings] == [
        "一、算法",
        "二、算法",
        "（一）算",
        "（二）算",
        "（三）算",
        "（四）算",
        "（五）其",
    ]
    words = "".join(it.text.zh for it in entity_items)
    assert [s for s in ART_7_SYSTEMS if s not in words] == []
    assert all(it.basis == ("algo-provisions:7",) or "algo-provisions:7" in it.basis
               for it in entity_items if not it.heading)  # fmt: skip
    # art. 8: each algorithm, reviewed yearly; no entity item shows for an algorithm
    algorithm_items = _ids(library, _algorithm("02", "provider"))
    assert algorithm_items == {
        "systems.assessment.periodic-review",
        "systems.assessment.no-inducement",
    }
    assert library.item("systems.assessment.periodic-review").recurrence.value == "yearly"


def test_sa_rules_focus_has_the_eight_points_for_public_opinion_only(
    shipped: dict[str, Library],
) -> None:
    library = shipped["sa-rules-focus"]
    cited = sorted(c for it in library.requirements for c in it.basis if c.startswith("sa-rules"))
    assert cited == [f"sa-rules:5/{n}" for n in range(1, 9)]
    with_opinion = _ids(library, Subject("product", public_opinion=True))
    assert len(with_opinion) == 9
    assert _ids(library, Subject("product")) == set()
    assert _ids(library, Subject("entity", public_opinion=True)) == set()
    retention = library.item("logs.retention").threshold
    assert retention is not None and (retention.min, retention.unit) == (6, Unit.MONTHS)
    assert not retention.check(3) and retention.check(6)


def test_cli_lists_the_shipped_libraries_as_json(
    shipped: dict[str, Library], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["checklists", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [row["id"] for row in rows] == sorted(shipped)
    for row in rows:
        library = shipped[row["id"]]
        assert row["version"] == library.version
        assert row["title"] == {"zh": library.title.zh, "en": library.title.en}
        assert row["items"] == len(library.requirements)  # headings are not counted
        assert row["items"] + row["headings"] == len(library.items)
        assert row["basis"] == list(library.basis)
        assert row["effective"] == library.effective.isoformat()
    responsibility = next(r for r in rows if r["id"] == "algo-responsibility")
    assert (responsibility["items"], responsibility["headings"]) == (16, 7)


def test_cli_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["checklists", "--lang", "zh"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["id", "version", "items", "effective", "title"]
    row = next(line for line in lines if line.startswith("sa-rules-focus"))
    assert row.split()[1:4] == ["1", "9", "2018-11-30"]
    assert row.endswith("安全评估重点（2018年规定第五条）")
