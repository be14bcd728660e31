"""The checklist loader: a valid library loads into a tree; every rule it enforces has a failing
fixture, named by file and item; every problem of every file is reported at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from filing_desk.domain.checklists import Recurrence, Subject, Unit
from filing_desk.forms import checklist_loader
from filing_desk.forms.errors import ChecklistErrors, UnknownLibrary

LIBRARY = """
[library]
id = "lib"
version = 1
title = { zh = "测试库", en = "Test library" }
basis = ["algo-provisions:7"]
effective = 2022-03-01
subjects = ["entity", "algorithm"]
"""
GROUP = """
[[item]]
id = "group"
heading = true
text = { zh = "分组", en = "Group" }
"""
ONE = """
[[item]]
id = "group.one"
parent = "group"
text = { zh = "要求一", en = "Requirement one" }
"""
VALID = LIBRARY + GROUP + ONE


def write(folder: Path, text: str, stem: str = "lib") -> Path:
    path = folder / f"{stem}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def problems(folder: Path, text: str, stem: str = "lib") -> list[str]:
    with pytest.raises(ChecklistErrors) as caught:
        checklist_loader.load_library(write(folder, text, stem))
    return [str(e) for e in caught.value.errors]


def test_a_valid_library_loads(tmp_path: Path) -> None:
    extra = """
[[item]]
id = "group.two"
parent = "group"
text = { zh = "要求二", en = "Requirement two" }
basis = ["algo-provisions:8"]
clause = "5.1"
applies = { subject = ["algorithm"], modality = ["text"] }
evidence = { zh = "证据", en = "Evidence" }
recurrence = "quarterly"
filing_material = true
threshold = { min = 10, max = 20.5, unit = "percent" }
"""
    lib = checklist_loader.load_library(write(tmp_path, VALID + extra))
    assert (lib.id, lib.version, lib.title.en, lib.basis) == (
        "lib",
        1,
        "Test library",
        ("algo-provisions:7",),
    )
    assert [it.id for it in lib.items] == ["group", "group.one", "group.two"]
    two = lib.item("group.two")
    assert (two.clause, two.recurrence, two.filing_material) == ("5.1", Recurrence.QUARTERLY, True)
    assert (two.threshold.min, two.threshold.max, two.threshold.unit) == (10, 20.5, Unit.PERCENT)
    assert two.evidence is not None and two.evidence.zh == "证据"
    assert lib.item("group.one").recurrence is Recurrence.ONCE  # the default
    assert [it.id for it in lib.requirements] == ["group.one", "group.two"]


def test_items_are_in_tree_order_whatever_the_file_order(tmp_path: Path) -> None:
    child_first = (
        LIBRARY + ONE + GROUP + '\n[[item]]\nid = "z"\ntext = { zh = "末", en = "Last" }\n'
    )
    lib = checklist_loader.load_library(write(tmp_path, child_first))
    assert [(it.id, lib.depth(it)) for it in lib.items] == [
        ("group", 0),
        ("group.one", 1),
        ("z", 0),
    ]


def test_applicability_is_inherited_from_parents_and_the_library(tmp_path: Path) -> None:
    text = (
        LIBRARY.replace(
            'subjects = ["entity", "algorithm"]',
            'subjects = ["algorithm"]\napplies = { algo_type = ["01"] }',
        )
        + GROUP.replace(
            "heading = true", 'heading = true\napplies = { modality = ["image", "video"] }'
        )
        + ONE.replace(
            'parent = "group"', 'parent = "group"\napplies = { modality = ["video", "text"] }'
        )
    )
    one = checklist_loader.load_library(write(tmp_path, text)).item("group.one")
    assert one.applies.algo_type == {"01"}
    assert one.applies.modality == {"video"}
    assert one.applies.subject == {"algorithm"}
    video = Subject("algorithm", algo_types=frozenset({"01"}), modalities=frozenset({"video"}))
    assert one.applies.matches(video)
    assert not one.applies.matches(
        Subject("algorithm", algo_types=frozenset({"01"}), modalities=frozenset({"text"}))
    )
    assert not one.applies.matches(
        Subject("algorithm", algo_types=frozenset({"02"}), modalities=frozenset({"video"}))
    )


# (rule, the library text, what the one problem says)


def sub(old: str, new: str) -> str:
    """The valid library with one piece of text replaced."""
    assert old in VALID, old
    return VALID.replace(old, new, 1)


def add(text: str) -> str:
    """The valid library with lines added to its last item."""
    return VALID + text


def group_with(line: str) -> str:
    """The valid library with a line added to the heading item ``group``."""
    return sub("heading = true", f"heading = true\n{line}")


# (rule, the library text, what the problem says)
RULES: list[tuple[str, str, str]] = [
    ("unknown top-level key", 'colour = "red"\n' + VALID, "lib.toml: unknown key 'colour'"),
    ("unknown library key", sub("version = 1", "version = 1\nauthor = 'x'"),
     "library: unknown key 'author'"),
    ("unknown item key", add("weight = 2\n"), "item 'group.one': unknown key 'weight'"),
    ("unknown applies key", add('applies = { colour = ["red"] }\n'),
     "item 'group.one' applies: unknown key 'colour'"),
    ("unknown threshold key", add('threshold = { min = 1, unit = "days", step = 2 }\n'),
     "item 'group.one' threshold: unknown key 'step'"),
    ("unknown text key", sub('en = "Requirement one"', 'en = "Requirement one", fr = "Un"'),
     "item 'group.one' text: unknown key 'fr'"),
    ("no [library] table", GROUP + ONE, "lib.toml: a library file needs a [library] table"),
    ("missing item id", sub('id = "group.one"\n', ""), "item 2: missing 'id'"),
    ("missing item text", sub('text = { zh = "要求一", en = "Requirement one" }', ""),
     "item 'group.one': missing 'text'"),
    ("id is not the file name", sub('id = "lib"', 'id = "other"'),
     "library: id 'other' does not match the file name 'lib'"),
    ("library id pattern", sub('id = "lib"', 'id = "Lib_1"'),
     "library: 'id' must be lower-case letters, digits and '-'"),
    ("item id pattern", sub('id = "group.one"', 'id = "Group One"'),
     "item 'Group One': 'id' must be lower-case letters, digits, '.' and '-'"),
    ("duplicate item id", add(ONE), "item 'group.one': duplicate item id"),
    ("parent does not exist", sub('parent = "group"', 'parent = "nowhere"'),
     "item 'group.one': parent 'nowhere' is not an item of this library"),
    ("parent cycle", group_with('parent = "group.one"'), "item 'group': its parents form a cycle"),
    ("parent is itself", sub('parent = "group"', 'parent = "group.one"'),
     "item 'group.one': its parents form a cycle"),
    ("heading with threshold", group_with('threshold = { min = 1, unit = "days" }'),
     "item 'group': a heading has no result, so no 'threshold'"),
    ("heading with recurrence", group_with('recurrence = "yearly"'),
     "item 'group': a heading has no result, so no 'recurrence'"),
    ("unknown citation in the library", sub('"algo-provisions:7"', '"algo-provisions:99"'),
     "library: unknown citation 'algo-provisions:99'"),
    ("unknown citation in an item", add('basis = ["made-up-law:1"]\n'),
     "item 'group.one': unknown citation 'made-up-law:1'"),
    ("library basis empty", sub('["algo-provisions:7"]', "[]"),
     "library: 'basis' must name at least one citation id"),
    ("basis not a list", add('basis = "algo-provisions:7"\n'),
     "item 'group.one': 'basis' must be a list of citation ids"),
    ("unknown algo_type", add('applies = { algo_type = ["07"] }\n'),
     "item 'group.one': applies 'algo_type': unknown value '07' (known: 01, 02, 03, 04, 05, 06)"),
    ("unknown role", add('applies = { role = ["user"] }\n'),
     "applies 'role': unknown value 'user' (known: provider, supporter)"),
    ("unknown modality", add('applies = { modality = ["txt"] }\n'),
     "applies 'modality': unknown value 'txt'"),
    ("unknown track", add('applies = { track = ["licence"] }\n'),
     "applies 'track': unknown value 'licence' (known: filing, registration)"),
    ("unknown platform", add('applies = { platform = ["browser"] }\n'),
     "applies 'platform': unknown value 'browser' (known: distribution, app-store)"),
    ("subject outside the library's", add('applies = { subject = ["product"] }\n'),
     "applies 'subject': unknown value 'product' (known: entity, algorithm)"),
    ("unknown library subject", sub('["entity", "algorithm"]', '["entity", "model"]'),
     "library: unknown subject 'model'"),
    ("public_opinion false", add("applies = { public_opinion = false }\n"),
     "item 'group.one': applies 'public_opinion' can only be true"),
    ("empty applies list", add("applies = { modality = [] }\n"),
     "item 'group.one': applies 'modality' must be a non-empty list of strings"),
    ("zh text missing", sub('zh = "要求一", ', ""),
     "item 'group.one': 'text' is missing the 'zh' text"),
    ("en text blank", sub('en = "Requirement one"', 'en = " "'),
     "item 'group.one': 'text' is missing the 'en' text"),
    ("title without en", sub('en = "Test library"', 'en = ""'),
     "library: 'title' is missing the 'en' text"),
    ("threshold without min or max", add('threshold = { unit = "days" }\n'),
     "item 'group.one': a threshold needs 'min' or 'max' (or both)"),
    ("threshold unit unknown", add('threshold = { min = 1, unit = "weeks" }\n'),
     "item 'group.one': threshold needs a known 'unit'"),
    ("threshold not a number", add('threshold = { min = "ten", unit = "days" }\n'),
     "item 'group.one': threshold 'min' must be a number"),
    ("threshold min above max", add('threshold = { min = 9, max = 3, unit = "days" }\n'),
     "item 'group.one': threshold 'min' is greater than 'max'"),
    ("recurrence unknown", add('recurrence = "fortnightly"\n'),
     "item 'group.one': unknown recurrence 'fortnightly'"),
    ("version not a whole number", sub("version = 1", 'version = "1"'),
     "library: 'version' must be a whole number ≥ 1"),
    ("version zero", sub("version = 1", "version = 0"),
     "library: 'version' must be a whole number ≥ 1"),
    ("effective not a date", sub("2022-03-01", '"2022-03-01"'),
     "library: 'effective' must be a TOML date"),
    ("effective a date-time", sub("2022-03-01", "2022-03-01T08:00:00"),
     "library: 'effective' must be a TOML date"),
    ("heading not a boolean", sub("heading = true", 'heading = "yes"'),
     "item 'group': 'heading' must be true or false"),
    ("filing_material not a boolean", add("filing_material = 1\n"),
     "item 'group.one': 'filing_material' must be true or false"),
    ("no items", LIBRARY, "lib.toml: a library needs at least one [[item]]"),
    ("[item] instead of [[item]]", LIBRARY + '[item]\nid = "a"\ntext = { zh = "甲", en = "A" }\n',
     "lib.toml: 'item' must be an array of tables: write [[item]], not [item]"),
    ("conditions exclude each other",
     group_with('applies = { modality = ["image"] }') + 'applies = { modality = ["text"] }\n',
     "item 'group.one': can never apply: its modality conditions exclude those of its parents"),
    ("bad TOML", add("id = \n"), "lib.toml: cannot read checklist library"),
]  # fmt: skip
# The rules whose fixture also trips others, and how many lines each gives.
MORE_THAN_ONE = {"no [library] table": 7, "parent cycle": 2}
MISSING_LIBRARY_KEYS = ["id", "version", "title", "basis", "effective", "subjects"]


@pytest.mark.parametrize(("rule", "text", "message"), RULES, ids=[r[0] for r in RULES])
def test_each_rule_has_a_failing_fixture(
    tmp_path: Path, rule: str, text: str, message: str
) -> None:
    found = problems(tmp_path, text)
    assert any(message in line for line in found), found
    assert len(found) == MORE_THAN_ONE.get(rule, 1), found
    assert all(line.startswith(str(tmp_path / "lib.toml")) for line in found)


@pytest.mark.parametrize("key", MISSING_LIBRARY_KEYS)
def test_each_required_library_key(tmp_path: Path, key: str) -> None:
    lines = [line for line in LIBRARY.splitlines() if not line.startswith(f"{key} = ")]
    assert len(lines) == len(LIBRARY.splitlines()) - 1
    text = "\n".join(lines) + GROUP + ONE
    assert f"library: missing {key!r}" in "\n".join(problems(tmp_path, text))


def test_every_problem_of_a_file_at_once(tmp_path: Path) -> None:
    text = (
        sub("version = 1", "version = 0\nauthor = 'x'")
        + 'recurrence = "fortnightly"\nthreshold = { unit = "weeks" }\n'
        + '\n[[item]]\nid = "orphan"\nparent = "nowhere"\ntext = { zh = "孤", en = "" }\n'
    )
    found = problems(tmp_path, text)
    expected = [
        "library: unknown key 'author'",
        "'version' must be a whole number ≥ 1",
        "unknown recurrence 'fortnightly'",
        "a threshold needs 'min' or 'max'",
        "threshold needs a known 'unit'",
        "item 'orphan': 'text' is missing the 'en' text",
        "item 'orphan': parent 'nowhere' is not an item of this library",
    ]
    for message in expected:
        assert any(message in line for line in found), (message, found)
    assert len(found) == len(expected), found


def test_every_problem_of_every_file_at_once(tmp_path: Path) -> None:
    write(tmp_path, sub('id = "lib"', 'id = "a"'), "a")
    write(tmp_path, sub('id = "lib"', 'id = "b"') + 'recurrence = "never"\n', "b")
    write(tmp_path, sub('id = "lib"', 'id = "c"') + "weight = 1\n", "c")
    with pytest.raises(ChecklistErrors) as caught:
        checklist_loader.load_all(tmp_path)
    files = sorted(e.file.rsplit("/", 1)[-1] for e in caught.value.errors)
    assert files == ["b.toml", "c.toml"]
    assert str(caught.value).startswith("2 problem(s) in checklist libraries:")


def test_load_all_keys_by_id_and_ignores_other_files(tmp_path: Path) -> None:
    write(tmp_path, sub('id = "lib"', 'id = "a"'), "a")
    (tmp_path / "README.md").write_text("# not a library", encoding="utf-8")
    assert list(checklist_loader.load_all(tmp_path)) == ["a"]


def test_the_folder_is_found_in_a_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert checklist_loader.checklists_dir() == tmp_path / "forms" / "checklists"


def test_an_unknown_library_is_named() -> None:
    with pytest.raises(UnknownLibrary, match=r"unknown checklist library 'nope'.*deep-synthesis"):
        checklist_loader.get("nope")
    assert checklist_loader.get("deep-synthesis") is checklist_loader.get("deep-synthesis")
