"""Citations on the forms come from the one table: each legal fix read back from the PDF or the
loaded spec, unknown ids refused by the loader, and a renumbering followed by every form."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from filing_desk.domain import citations
from filing_desk.domain.citations import Citation
from filing_desk.domain.enums import AlgorithmType, Role
from filing_desk.domain.fields.algorithm import Algorithm
from filing_desk.domain.fields.declare import declared_field
from filing_desk.domain.records import FormContext
from filing_desk.forms import loader
from filing_desk.forms.errors import SpecErrors
from filing_desk.forms.render import render
from filing_desk.forms.spec import FormSpec
from tests.helpers.factories import (
    context_for,
    filing_context,
    generation_algorithm,
    models,
    supporter_context,
)
from tests.helpers.pdfcheck import all_text, compact

ALGO = "《互联网信息服务算法推荐管理规定》"
LABELLING = "《人工智能生成合成内容标识办法》第四条、第五条、第八条、第九条、第十二条"


def _pdf_text(form_id: str, context: FormContext, lang: str = "zh") -> str:
    return all_text(render(loader.get(form_id), context, lang=lang))


def _generation_provider() -> FormContext:
    algorithm = generation_algorithm(role=Role.PROVIDER)
    assert algorithm.algo_type is AlgorithmType.GENERATION
    return filing_context(algorithm=algorithm, models=models())


# (fix, form, context, text the PDF shows, text it must not show)
PDF_FIXES: list[tuple[str, str, Callable[[], FormContext], list[str], list[str]]] = [
    (
        "self-assessment is an art. 24(1) material, not art. 27",
        "self-assessment",
        filing_context,
        [f"依据：{ALGO}（2022年3月1日起施行）第二十四条第一款"],
        ["第二十七条"],
    ),
    (
        "labelling section cites the Labelling Measures and GB 45438-2025",
        "self-assessment",
        supporter_context,
        ["《互联网信息服务深度合成管理规定》第十六条、第十七条", LABELLING, "GB45438-2025"],
        [],
    ),
    (
        "number unchanged on modification is practice, not art. 25",
        "modification",
        lambda: context_for("modification"),
        ["互联网信息服务算法备案系统填报要求（实务，非法定）"],
        ["第二十五条"],
    ),
    (
        "the named security officer is a portal requirement, not art. 7",
        "entity-filing",
        filing_context,
        ["互联网信息服务算法备案系统填报要求（实务，非法定）"],
        ["第七条"],
    ),
    (
        "the commitment letter cites the generation instruments for 生成合成类",
        "commitment-letter",
        _generation_provider,
        [
            "《互联网信息服务深度合成管理规定》",
            "《生成式人工智能服务管理暂行办法》",
            "《人工智能生成合成内容标识办法》（2025年9月1日起施行）第十二条",
            "GB45438-2025",
        ],
        [],
    ),
    (
        "…and only for 生成合成类",
        "commitment-letter",
        filing_context,
        [],
        ["深度合成管理规定", "生成式人工智能服务管理暂行办法", "标识办法"],
    ),
    (
        "the triage memo names art. 2(1) of the 2018 rules for the public-opinion attribute",
        "triage-memo",
        filing_context,
        ["安全评估规定》第二条第（一）项、第二条第（二）项"],
        [],
    ),
]


@pytest.mark.parametrize(
    ("form_id", "make", "shown", "absent"),
    [row[1:] for row in PDF_FIXES],
    ids=[row[0] for row in PDF_FIXES],
)
def test_pdf_shows_the_right_citation(
    form_id: str, make: Callable[[], FormContext], shown: list[str], absent: list[str]
) -> None:
    text = _pdf_text(form_id, make())
    for wanted in shown:
        assert compact(wanted) in text, wanted
    for unwanted in absent:
        assert compact(unwanted) not in text, unwanted


def test_english_forms_print_the_english_citation() -> None:
    text = _pdf_text("algorithm-filing", filing_context(), "en")
    assert compact("Basis: Algorithm Provisions (in force 2022-03-01) art. 24(1)") in text
    assert compact("Algorithm Provisions arts. 2, 24(1)") in text
    assert "《" not in text


def _cite(form_id: str, key: str) -> str:
    return loader.get(form_id).field(key).cite.get("zh")


def test_generative_ai_number_is_not_based_on_genai_measures_art_17() -> None:
    for form_id in ("algorithm-filing", "self-assessment"):
        spec_field = loader.get(form_id).field("model.track_number")
        assert spec_field.label.zh == "备案号/上线编号", form_id
        assert "第十七条" not in spec_field.cite.get("zh"), form_id
    assert _cite("algorithm-filing", "model.track_number").startswith("国家互联网信息办公室")


def test_every_place_names_the_model_number_备案号_or_上线编号() -> None:
    forms = Path(loader.forms_dir())
    for path in forms.glob("*.toml"):
        assert "登记编号" not in path.read_text(encoding="utf-8"), path.name
    labels = {
        spec_field.label.zh
        for spec in loader.load_all().values()
        for _s, spec_field in spec.fields()
        if spec_field.key == "model.track_number"
    }
    assert labels == {"备案号/上线编号"}


def test_role_cites_deep_synthesis_19_2_and_23() -> None:
    assert _cite("algorithm-filing", "algorithm.role") == (
        "《互联网信息服务深度合成管理规定》第十九条第二款、第二十三条"
    )


def test_public_opinion_help_names_the_per_se_categories() -> None:
    help_text = declared_field(Algorithm, "public_opinion").decl.help
    per_se = ("论坛", "博客", "微博客", "聊天室", "通讯群组", "公众账号", "短视频", "网络直播")
    for category in (*per_se, "信息分享", "小程序", "第二条第（一）项"):
        assert category in help_text.zh, category
    for category in ("Forums", "microblogs", "live streaming", "mini-programs", "art. 2(1)"):
        assert category in help_text.en, category
    spec_field = loader.get("triage-memo").field("algorithm.public_opinion")
    assert "第二条第（一）项" in spec_field.cite.get("zh")
    assert "arts. 2(1), 2(2)" in spec_field.cite.get("en")


def _spec_file(tmp_path: Path, cite: str) -> Path:
    path = tmp_path / "bad.toml"
    path.write_text(
        'id = "bad"\ntitle = { zh = "表", en = "Form" }\napplies_to = "algorithm"\n'
        '[[section]]\ntitle = { zh = "一", en = "One" }\n'
        f'[[section.field]]\nkey = "algorithm.name"\ncite = {cite}\n',
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("cite", "reason"),
    [
        ('"algo-provisions:99"', "unknown citation 'algo-provisions:99'"),
        ('["algo-provisions:24.1", "no-such-law"]', "unknown citation 'no-such-law'"),
        ('"《互联网信息服务算法推荐管理规定》第二十四条"', "unknown citation"),
        ("24", "'cite' must be a citation id or a list of them"),
    ],
)
def test_loader_refuses_unknown_citations(tmp_path: Path, cite: str, reason: str) -> None:
    with pytest.raises(SpecErrors) as caught:
        loader.load_file(_spec_file(tmp_path, cite))
    assert reason in str(caught.value)
    assert "section 1 field 'algorithm.name'" in str(caught.value)


def test_loader_accepts_a_known_citation(tmp_path: Path) -> None:
    spec = loader.load_file(_spec_file(tmp_path, '["algo-provisions:24.1", "gb-45438"]'))
    assert spec.field("algorithm.name").cite.ids == ("algo-provisions:24.1", "gb-45438")


def _cites(spec: FormSpec, cite_id: str) -> bool:
    places = [spec.cite, *(s.cite for s in spec.sections), *(f.cite for _s, f in spec.fields())]
    return any(cite_id in c.ids for c in places)


def test_a_renumbering_is_one_edit_and_every_form_follows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    citing = [f for f, spec in loader.load_all().items() if _cites(spec, "algo-provisions:24.1")]
    assert {"algorithm-filing", "self-assessment", "public-disclosure", "triage-memo"} <= set(
        citing
    )
    before = {f: _pdf_text(f, context_for(f)) for f in citing}
    assert all("第二十四条第一款" in text for text in before.values())
    monkeypatch.setitem(
        citations.CITATIONS, "algo-provisions:24.1", Citation("algo-provisions", 42, 1)
    )
    for form_id in citing:
        text = _pdf_text(form_id, context_for(form_id))
        assert "第四十二条第一款" in text, form_id
        assert "第二十四条第一款" not in text, form_id
        assert "42(1)" in _pdf_text(form_id, context_for(form_id), "en"), form_id


def test_every_shipped_citation_is_in_the_table() -> None:
    for spec in loader.load_all().values():
        places = [spec.cite, *(s.cite for s in spec.sections)]
        places += [f.cite for _s, f in spec.fields()]
        for cite in places:
            assert all(citations.is_known(i) for i in cite.ids), spec.id
