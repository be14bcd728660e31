"""The demo register's JSON export is byte-identical to the one made before issue 14's refactoring.

``tests/fixtures/exports/demo-register.json`` was written by the code before fields were declared
once (see the README beside it). Today's export of the same register content must give the same
bytes, except for one key per record for each field declared since (``FieldDecl.added``): those
keys are named, counted and taken out before comparing. The content is the fixture's own, imported
into a fresh register: the demo's data has changed since (issue 15 item 10, a realistic and
fictional demo), so ``demo.fill`` no longer makes that register.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

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
        register_io.apply(register, register_io.prepare(FIXTURE))
        text = json_io.dump(register_io.snapshot_of(register))
    finally:
        register.close()
    # created_at is the wall clock's (not the register's "today"); the order it gave is kept
    return CREATED_AT.sub('"created_at": "2026-11-23T08:00:00+00:00"', text)


def _without_added(text: str) -> str:
    """The document without the keys of fields declared since, each checked unfilled."""
    counts = {section: len(json.loads(text)[section]) for section in SECTIONS}
    for section, record in SECTIONS.items():
        for field in declared(record):
            if not field.decl.added:
                continue
            value = json.dumps(values.to_plain(field.default), ensure_ascii=False)
            text, found = re.subn(rf'\n +"{field.name}": {re.escape(value)},', "", text)
            assert found == counts[section], f"{field.key}: one key per record, unfilled"
    return FILED_SINCE.sub("", text)


def _as_today(text: str) -> str:
    """The fixture (a version 1 document: products per algorithm) as today's code writes it:
    the products the entity's, each linked to its algorithms (``json_products.upgrade_v1``)."""
    return json_io.dump(json_io.load(text))


def test_the_demo_export_is_the_export_made_before_the_refactoring(tmp_path: Path) -> None:
    fixture = FIXTURE.read_text(encoding="utf-8")
    assert json.loads(fixture)["version"] == 1
    assert _without_added(_demo_export(tmp_path)) == _without_added(_as_today(fixture))
