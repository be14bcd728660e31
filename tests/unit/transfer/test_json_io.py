"""The JSON document: deterministic, round-trips (hypothesis, 10,000 rows), refuses bad input."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.records import (
    Algorithm,
    Entity,
)
from filing_desk.transfer.batch import RegisterSnapshot
from filing_desk.transfer.json_io import canonical, dump, load, load_file, to_batch
from tests.helpers.snapshot_strategies import renumbered, snapshots
from tests.helpers.snapshots import big_snapshot


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(snapshots())
def test_round_trip(snapshot: RegisterSnapshot) -> None:
    text = dump(snapshot)
    canon = canonical(snapshot)
    assert load(text) == canon
    assert load(dump(canon)) == canon  # load(dump(s)) == s for a canonical s
    assert dump(canon) == text
    # export → import into an empty register (new ids) → export again: the same document
    assert dump(renumbered(load(text))) == text


def test_document_shape() -> None:
    doc = json.loads(dump(big_snapshot(3)))
    assert doc["format"] == "filing-desk" and doc["version"] == 2
    algo = doc["algorithms"][0]
    assert algo["algo_type"] == "01" and algo["launch_date"] == "2024-01-01"
    assert doc["procedures"][0]["created_at"] == "2025-06-01T08:30:00+00:00"
    assert list(algo) == sorted(algo)


def test_ten_thousand_algorithms_round_trip() -> None:
    snapshot = big_snapshot(10_000)
    start = time.perf_counter()
    text = dump(snapshot)
    dumped = time.perf_counter() - start
    start = time.perf_counter()
    loaded = load(text)
    read = time.perf_counter() - start
    print(f"\njson 10,000 algorithms (+20,000 products): dump {dumped:.1f} s, load {read:.1f} s, "
          f"{len(text.encode()) / 1e6:.1f} MB")  # fmt: skip
    assert loaded == canonical(snapshot)
    assert dump(renumbered(loaded, step=3, offset=5)) == text
    assert dumped < 30 and read < 30


def valid_doc() -> dict[str, Any]:
    return json.loads(dump(big_snapshot(4)))


def paths_of(exc: pytest.ExceptionInfo[InvalidInput]) -> list[str]:
    return [i.field for i in exc.value.issues]


@pytest.mark.parametrize(
    ("text", "path"),
    [("{", "$"), ("[]", "$"), ("null", "$"), ('"x"', "$")],
)
def test_not_a_document(text: str, path: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        load(text)
    assert paths_of(caught) == [path]


def test_wrong_format_and_newer_version() -> None:
    doc = valid_doc()
    doc["format"], doc["version"] = "other", 3
    with pytest.raises(InvalidInput) as caught:
        load(json.dumps(doc))
    assert paths_of(caught) == ["format", "version"]
    assert "newer" in str(caught.value)


def test_every_bad_path_is_named_at_once() -> None:
    doc = valid_doc()
    del doc["algorithms"][3]["launch_date"]
    doc["algorithms"][0]["launch_date"] = "2024-13-01"
    doc["algorithms"][1]["algo_type"] = "99"
    doc["algorithms"][2]["public_opinion"] = "yes"
    doc["algorithms"][2]["model_ids"] = "1"
    doc["entities"][0]["id"] = True
    doc["entities"][0]["surprise"] = 1
    doc["products"][0] = ["not", "an", "object"]
    doc["procedures"][0]["changes"][0]["old"] = 5
    doc["procedures"][0]["snapshot"] = {"a": 1}
    doc["models"] = {}
    with pytest.raises(InvalidInput) as caught:
        load(json.dumps(doc))
    assert sorted(paths_of(caught)) == sorted([
        "algorithms[3].launch_date",
        "algorithms[0].launch_date",
        "algorithms[1].algo_type",
        "algorithms[2].public_opinion",
        "algorithms[2].model_ids",
        "entities[0].id",
        "entities[0].surprise",
        "products[0]",
        "procedures[0].changes[0].old",
        "procedures[0].snapshot",
        "models",
    ])  # fmt: skip
    message = str(caught.value)
    assert "algorithms[3].launch_date: missing" in message
    assert "algorithms[0].launch_date: expected a date (YYYY-MM-DD)" in message


def test_dangling_references() -> None:
    doc = valid_doc()
    doc["algorithms"][0]["entity_id"] = 99
    doc["algorithms"][1]["model_ids"] = [42]
    doc["product_links"][2]["algorithm_id"] = 77
    with pytest.raises(InvalidInput) as caught:
        load(json.dumps(doc))
    assert paths_of(caught) == [
        "algorithms[0].entity_id",
        "product_links[2].algorithm_id",
        "algorithms[1].model_ids[0]",
    ]


def test_deeply_nested_json_is_refused_cleanly() -> None:
    with pytest.raises(InvalidInput):
        load("[" * 100_000 + "]" * 100_000)


def test_dump_refuses_dangling_reference() -> None:
    snapshot = RegisterSnapshot(algorithms=(Algorithm(id=1, entity_id=5, name="x"),))
    with pytest.raises(InvalidInput, match="no entity has id 5"):
        dump(snapshot)


def test_entity_without_algorithms_and_empty_register() -> None:
    empty = RegisterSnapshot()
    assert load(dump(empty)) == empty
    lone = RegisterSnapshot(entities=(Entity(id=1, name="甲"),))
    assert load(dump(lone)) == lone


def test_to_batch_and_load_file(tmp_path) -> None:
    snapshot = big_snapshot(12)
    bad = replace(snapshot.algorithms[0], filing_number="12345")
    snapshot = replace(snapshot, algorithms=(bad, *snapshot.algorithms[1:]))
    path = tmp_path / "register.json"
    path.write_text(dump(snapshot), encoding="utf-8")
    batch = to_batch(load_file(path), source=path.name)
    assert batch.kind == "json" and len(batch.rows) == 12
    assert [len(r.products) for r in batch.rows] == [2] * 12
    assert batch.report_lines()[-1] == "rows: 12  ok: 11  warnings: 0  errors: 1"
    assert batch.report_lines()[1].startswith("row 1, column filing_number: error: ")
    path.write_bytes(b"\xff\xfe{}")
    with pytest.raises(InvalidInput, match="not UTF-8"):
        load_file(path)
