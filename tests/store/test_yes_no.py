"""One yes/no vocabulary: the same word gives the same answer through import, edit, JSON and forms.

Before issue 14 "√", "x" and "有" were yes on import and no on edit. Each word of the table goes
through every path: a spreadsheet column (import), ``update_algorithm`` given the word (edit), the
register's JSON export read back (JSON holds true/false), and the printed word (forms) read back.
A word that is neither is refused by import and edit alike, and JSON refuses any word at all.
"""

from __future__ import annotations

import json

import pytest

from filing_desk.domain.enums import AlgorithmType
from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.fields.values import NO_WORDS, YES_WORDS
from filing_desk.forms.fieldtypes import format_value
from filing_desk.store.register import Register
from filing_desk.transfer import json_io, register_io
from filing_desk.transfer.batch import ImportRow
from filing_desk.transfer.tabular import parse_rows

WORDS = [
    *((w, True) for w in sorted(YES_WORDS)),
    *((w.upper(), True) for w in ("yes", "y", "true", "x")),
    *((w, False) for w in sorted(NO_WORDS) if w),
    *((w.upper(), False) for w in ("no", "n", "false")),
]
HEADERS = ["主体名称", "算法名称", "算法类别", "舆论属性"]
MAPPING = {
    0: "entity.name",
    1: "algorithm.name",
    2: "algorithm.algo_type",
    3: "algorithm.public_opinion",
}


def _row(word: str) -> ImportRow:
    (row,) = parse_rows(HEADERS, [["甲公司", "甲算法", "个性化推送类", word]], MAPPING).rows
    return row


def _imported(word: str) -> bool:
    row = _row(word)
    assert row.ok, row.issues
    return row.algorithm.public_opinion


def _edited(register: Register, algo_id: int, word: str) -> bool:
    return register.update_algorithm(algo_id, public_opinion=word).public_opinion


def _through_json(register: Register) -> bool:
    doc = json_io.dump(register_io.snapshot_of(register))
    assert json.loads(doc)["algorithms"][0]["public_opinion"] in (True, False)
    return json_io.load(doc).algorithms[0].public_opinion


@pytest.fixture
def algo_id(register: Register) -> int:
    entity = register.create_entity(name="甲公司")
    return int(register.create_algorithm(entity.id, name="甲算法", algo_type=AlgorithmType.PUSH).id)


def test_every_word_means_the_same_on_import_edit_json_and_forms(
    register: Register, algo_id: int
) -> None:
    for word, meaning in WORDS:
        _edited(register, algo_id, "否" if meaning else "是")  # so that each edit changes it
        assert _imported(word) is meaning, f"import {word!r}"
        assert _edited(register, algo_id, word) is meaning, f"edit {word!r}"
        assert _through_json(register) is meaning, f"JSON {word!r}"
        for lang in ("zh", "en"):
            printed = format_value("bool", meaning, lang)
            assert _imported(printed) is meaning and _edited(register, algo_id, printed) is meaning


@pytest.mark.parametrize("word", ["maybe", "是的", "2"])
def test_a_word_that_is_neither_is_refused_by_import_and_edit(
    register: Register, algo_id: int, word: str
) -> None:
    row = _row(word)
    assert [i.code for i in row.issues] == ["import.value"]
    assert "is not yes/no" in row.issues[0].text
    with pytest.raises(InvalidInput, match="is not yes/no") as refused:
        register.update_algorithm(algo_id, public_opinion=word)
    assert [i.code for i in refused.value.issues] == ["field.type"]
    assert register.algorithm(algo_id).public_opinion is False


def test_json_takes_true_and_false_only(register: Register, algo_id: int) -> None:
    doc = json.loads(json_io.dump(register_io.snapshot_of(register)))
    for word in ("是", "√", "yes"):
        doc["algorithms"][0]["public_opinion"] = word
        with pytest.raises(InvalidInput, match=r"algorithms\[0\]\.public_opinion: expected true"):
            json_io.load(json.dumps(doc, ensure_ascii=False))
