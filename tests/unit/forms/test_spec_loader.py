"""The spec loader: the shipped specs load; every kind of bad spec is reported by file and field."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from filing_desk.forms import loader
from filing_desk.forms.errors import SpecErrors, UnknownForm

FORM_IDS = {
    "triage-memo",
    "entity-filing",
    "algorithm-filing",
    "modification",
    "cancellation",
    "commitment-letter",
    "self-assessment",
    "public-disclosure",
    "register-summary",
    "recovery-sheet",
    "assessment-report",
    "labelling-materials",
    "entity-responsibility",
    "security-assessment-report",  # issue 18: the 2018 rules' art. 6 report
    "audit-report",  # issue 19 item 6: the audit trail in words
    "genai-online-filing",  # issue 17 item 5: a generative-AI service's online-filing form
}

HEAD = """id = "bad"
title = { zh = "测试表", en = "Test form" }
applies_to = "algorithm"
"""
SECTION_1 = """
[[section]]
title = { zh = "第一节", en = "Section one" }

[[section.field]]
key = "algorithm.name"
label = { zh = "算法名称", en = "Algorithm name" }
help = { zh = "名称。", en = "The name." }
type = "text"
"""
SECTION_2 = """
[[section]]
title = { zh = "第二节", en = "Section two" }

[[section.field]]
"""
GOOD_FIELD = """key = "algorithm.launch_date"
label = { zh = "上线时间", en = "Go-live date" }
help = { zh = "日期。", en = "The date." }
type = "date"
"""


def write(tmp_path: Path, field: str = GOOD_FIELD, head: str = HEAD, name: str = "bad") -> Path:
    path = tmp_path / f"{name}.toml"
    path.write_text(head + SECTION_1 + SECTION_2 + field, encoding="utf-8")
    return path


def problems(path: Path) -> str:
    with pytest.raises(SpecErrors) as caught:
        loader.load_file(path)
    return str(caught.value)


def test_shipped_specs_all_load() -> None:
    assert set(loader.load_all()) == FORM_IDS


def test_every_keyed_field_has_both_languages_and_help() -> None:
    for spec in loader.load_all().values():
        for _section, field in spec.fields():
            assert field.label.zh and field.label.en, field.key
            assert field.help.zh and field.help.en, field.key


def test_minimal_spec_is_valid(tmp_path: Path) -> None:
    spec = loader.load_file(write(tmp_path))
    assert spec.id == "bad"
    assert [f.key for _s, f in spec.fields()] == ["algorithm.name", "algorithm.launch_date"]


def test_get_is_cached_and_unknown_form_is_named() -> None:
    assert loader.get("modification") is loader.get("modification")
    with pytest.raises(UnknownForm, match="no-such-form"):
        loader.get("no-such-form")


def test_unknown_top_level_key(tmp_path: Path) -> None:
    message = problems(write(tmp_path, head=HEAD + 'colour = "red"\n'))
    assert "bad.toml" in message
    assert "unknown key 'colour'" in message


@pytest.mark.parametrize(
    ("field", "reason"),
    [
        (GOOD_FIELD.replace("launch_date", "nme"), "unknown field 'nme' of Algorithm"),
        (GOOD_FIELD.replace("algorithm.launch_date", "algo.name"), "unknown record 'algo'"),
        (GOOD_FIELD.replace('type = "date"', 'type = "colour"'), "unknown type 'colour'"),
        (GOOD_FIELD + 'colour = "red"\n', "unknown key 'colour'"),
        (GOOD_FIELD.replace('type = "date"', 'type = "text"'), "does not fit"),
        (GOOD_FIELD + "required = 1\n", "'required' must be true or false"),
        (GOOD_FIELD + 'pattern = "("\n', "not a valid regular expression"),
        (GOOD_FIELD + "min_length = 5\nmax_length = 2\n", "greater than 'max_length'"),
        (GOOD_FIELD + 'choices = "Role"\n', "'choices' is only for choice"),
    ],
)
def test_bad_field_is_named_with_file_section_and_key(
    tmp_path: Path, field: str, reason: str
) -> None:
    message = problems(write(tmp_path, field))
    key = field.splitlines()[0].split('"')[1]
    assert f"bad.toml: section 2 field '{key}'" in message
    assert reason in message


def test_unknown_field_message_reads_as_documented(tmp_path: Path) -> None:
    message = problems(write(tmp_path, GOOD_FIELD.replace("launch_date", "nme")))
    assert "bad.toml: section 2 field 'algorithm.nme': unknown field 'nme' of Algorithm" in message


def test_unknown_enum(tmp_path: Path) -> None:
    field = GOOD_FIELD.replace("launch_date", "algo_type").replace(
        'type = "date"', 'type = "choice"\nchoices = "Colour"'
    )
    message = problems(write(tmp_path, field))
    assert "section 2 field 'algorithm.algo_type'" in message
    assert "unknown enum 'Colour'" in message


def test_enum_that_does_not_match_the_field(tmp_path: Path) -> None:
    field = GOOD_FIELD.replace("launch_date", "algo_type").replace(
        'type = "date"', 'type = "choice"\nchoices = "Role"'
    )
    assert "holds AlgorithmType" in problems(write(tmp_path, field))


def test_missing_label_language(tmp_path: Path) -> None:
    field = GOOD_FIELD.replace(', en = "Go-live date"', "")
    message = problems(write(tmp_path, field))
    assert "bad.toml: section 2 field 'algorithm.launch_date'" in message
    assert "'label' is missing the 'en' text" in message


def test_duplicate_field_key(tmp_path: Path) -> None:
    field = GOOD_FIELD.replace("launch_date", "name")
    message = problems(write(tmp_path, field))
    assert "bad.toml: section 2 field 'algorithm.name'" in message
    assert "duplicate field key (already in section 1)" in message


def test_bad_toml_syntax(tmp_path: Path) -> None:
    message = problems(write(tmp_path, GOOD_FIELD + "label = {zh = \n"))
    assert "bad.toml" in message
    assert "cannot read spec" in message


def test_missing_id(tmp_path: Path) -> None:
    message = problems(write(tmp_path, head=HEAD.replace('id = "bad"\n', "")))
    assert "bad.toml: missing 'id'" in message


def test_id_not_matching_file_name(tmp_path: Path) -> None:
    message = problems(write(tmp_path, name="other"))
    assert "other.toml" in message
    assert "id 'bad' does not match the file name 'other'" in message


def test_item_key_outside_its_repeated_section(tmp_path: Path) -> None:
    message = problems(write(tmp_path, GOOD_FIELD.replace("algorithm.launch_date", "product.name")))
    assert "section 2 field 'product.name'" in message
    assert "repeat = 'products'" in message


def test_bad_condition_and_placeholder(tmp_path: Path) -> None:
    section = '\n[[section]]\ntitle = { zh = "三", en = "Three" }\n'
    section += 'when = { "algorithm.role" = "boss" }\n'
    section += 'text = { zh = "{entity.nmae}", en = "{entity.name}" }\n'
    path = write(tmp_path)
    path.write_text(path.read_text(encoding="utf-8") + section, encoding="utf-8")
    message = problems(path)
    assert "bad.toml: section 3: 'when' value 'boss' is not a Role" in message
    assert "section 3: text placeholder {entity.nmae}: unknown field 'nmae' of Entity" in message


def test_all_problems_of_all_files_are_collected(tmp_path: Path) -> None:
    write(tmp_path, GOOD_FIELD.replace("launch_date", "nme"), name="bad")
    other = HEAD.replace('id = "bad"', 'id = "worse"')
    write(
        tmp_path, GOOD_FIELD.replace('type = "date"', 'type = "colour"'), head=other, name="worse"
    )
    with pytest.raises(SpecErrors) as caught:
        loader.load_all(tmp_path)
    assert len(caught.value.errors) == 2
    assert {e.file.rsplit("/", 1)[-1] for e in caught.value.errors} == {"bad.toml", "worse.toml"}


def test_forms_dir_in_a_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from filing_desk.forms.fonts import resources_dir

    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert loader.forms_dir() == tmp_path / "forms"
    assert resources_dir() == tmp_path / "resources"


def test_label_for_change_keys() -> None:
    assert loader.label_for("algorithm.main_use") == "主要用途"
    assert loader.label_for("product[2].name", "en") == "Product name #2"
    assert loader.label_for("algorithm.unknown_thing") == "algorithm.unknown_thing"
