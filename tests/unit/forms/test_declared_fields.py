"""A spec places a declared field by key: the loader fills label, help, type and choices from the
declaration; the spec's own words win where it gives them; a type that does not fit still fails."""

from __future__ import annotations

from pathlib import Path

import pytest

from filing_desk.forms import loader
from filing_desk.forms.errors import SpecErrors
from filing_desk.forms.spec import FieldSpec

HEAD = """id = "placed"
title = { zh = "测试表", en = "Test form" }
applies_to = "algorithm"

[[section]]
title = { zh = "第一节", en = "Section one" }
"""


def _load(tmp_path: Path, fields: str) -> dict[str, FieldSpec]:
    path = tmp_path / "placed.toml"
    path.write_text(HEAD + fields, encoding="utf-8")
    return {f.key: f for _s, f in loader.load_file(path).fields()}


def test_a_key_alone_takes_everything_from_the_declaration(tmp_path: Path) -> None:
    fields = _load(
        tmp_path,
        '[[section.field]]\nkey = "algorithm.algo_type"\nrequired = true\n'
        '[[section.field]]\nkey = "entity.uscc"\n'
        '[[section.field]]\nkey = "algorithm.input_modalities"\n'
        '[[section.field]]\nkey = "algorithm.principle"\n',
    )
    algo_type = fields["algorithm.algo_type"]
    assert (algo_type.label.zh, algo_type.label.en) == ("算法类别", "Algorithm type")
    assert algo_type.help.zh.startswith("生成合成类") and algo_type.required
    assert (algo_type.type, algo_type.choices) == ("choice", "AlgorithmType")
    assert fields["entity.uscc"].type == "uscc"
    modalities = fields["algorithm.input_modalities"]
    assert (modalities.type, modalities.choices) == ("multichoice", "Modality")
    assert fields["algorithm.principle"].type == "longtext"


def test_the_spec_words_a_field_for_its_page(tmp_path: Path) -> None:
    fields = _load(
        tmp_path,
        '[[section.field]]\nkey = "algorithm.algo_type"\n'
        'label = { zh = "算法类型", en = "Type of algorithm" }\n',
    )
    field = fields["algorithm.algo_type"]
    assert (field.label.zh, field.label.en) == ("算法类型", "Type of algorithm")
    assert field.help.en == "Generation, push, ranking, retrieval, filtering or scheduling."


@pytest.mark.parametrize(
    ("extra", "reason"),
    [
        ('type = "date"\n', "type 'date' does not fit Algorithm.name"),
        ('choices = "Role"\n', "'choices' is only for choice"),
        ('label = { zh = "名称" }\n', "'label' is missing the 'en' text"),
    ],
)
def test_what_a_spec_gives_must_still_fit(tmp_path: Path, extra: str, reason: str) -> None:
    with pytest.raises(SpecErrors, match=reason):
        _load(tmp_path, '[[section.field]]\nkey = "algorithm.name"\n' + extra)


def test_an_undeclared_key_still_needs_its_own_words(tmp_path: Path) -> None:
    with pytest.raises(SpecErrors, match="'label' must be a table"):
        _load(tmp_path, '[[section]]\ntitle = { zh = "二", en = "Two" }\nrepeat = "changes"\n'
              '[[section.field]]\nkey = "change.field"\ntype = "fieldref"\n')  # fmt: skip


def test_label_for_a_field_no_spec_places_is_the_declarations() -> None:
    assert loader.label_for("algorithm.notes") == "算法备注"
    assert loader.label_for("product[2].display_link", "en") == "Where the number is shown #2"
