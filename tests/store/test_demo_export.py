"""The demo register's JSON export is byte-identical to the one made before issue 14's refactoring.

``tests/fixtures/exports/demo-register.json`` was written by the code before fields were declared
once (see the README beside it). Today's export of the same demo register must give the same
bytes, except for one key per record for each field declared since (``FieldDecl.added``): those
keys are named, counted and taken out before comparing.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from filing_desk import demo
from filing_desk.domain.fields import values
from filing_desk.domain.fields.declare import declared
from filing_desk.domain.records import Algorithm, Entity, Model, Procedure, Product
from filing_desk.transfer import json_io, register_io
from tests.helpers.registers import make_register

FIXTURE = Path(__file__).parents[1] / "fixtures" / "exports" / "demo-register.json"
CREATED_AT = re.compile(r'"created_at": "[^"]*"')
# fields filed since (issue 15 item 4): submitted snapshots name them too; taken out of both sides
FILED_SINCE = re.compile(
    r'\n +"(?:algorithm\.(?:input_modalities|output_modalities|data_description'
    r'|model_description|strategy)|product\[\d+\]\.functions)": "(?:[^"\\]|\\.)*",'
)
SECTIONS = {
    "entities": Entity,
    "models": Model,
    "algorithms": Algorithm,
    "products": Product,
    "procedures": Procedure,
}


def _demo_export(tmp_path: Path) -> str:
    register = make_register(tmp_path / "demo.fdesk")  # "today" is the fixture's 2026-11-23
    try:
        demo.fill(register)
        text = json_io.dump(register_io.snapshot_of(register))
    finally:
        register.close()
    # created_at is the wall clock's (not the register's "today"); the order it gave is kept
    return CREATED_AT.sub('"created_at": "2026-11-23T08:00:00+00:00"', text)


def test_the_demo_export_is_the_export_made_before_the_refactoring(tmp_path: Path) -> None:
    text = _demo_export(tmp_path)
    counts = {section: len(json.loads(text)[section]) for section in SECTIONS}
    for section, record in SECTIONS.items():
        for field in declared(record):
            if not field.decl.added:
                continue
            value = json.dumps(values.to_plain(field.default), ensure_ascii=False)
            text, found = re.subn(rf'\n +"{field.name}": {re.escape(value)},', "", text)
            assert found == counts[section], f"{field.key}: one key per record, unfilled"
    assert FILED_SINCE.sub("", text) == FILED_SINCE.sub("", FIXTURE.read_text(encoding="utf-8"))
