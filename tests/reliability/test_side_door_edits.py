"""Edits that bypass the app (plain SQL with the register's key) are named by ``check``.

Each attack changes a closed, demo-filled register with SQL and runs ``filing-desk check``: the
records line names the object type, id and field whose value differs from what its last audit
event says, and the attachments line names an attachment whose content no longer matches its
SHA-256. Every change made through the app, of every kind, still passes.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from filing_desk.cli import main
from filing_desk.domain.enums import AlgorithmState, AlgorithmType, ProductForm
from filing_desk.domain.lifecycle import AlgorithmStep
from filing_desk.domain.records import Algorithm, Entity, Product
from filing_desk.store.register import open_register
from tests.helpers.tamper import scalar, sql

RECORDS_CHANGED, ATTACHMENTS_CHANGED = 33, 34  # check's exit codes (README)


def _check(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, str]]:
    code = main(["--register", str(path), "check"])
    out = capsys.readouterr().out
    return code, dict(line.split(": ", 1) for line in out.splitlines())


def test_attack_algorithm_name_changed_by_plain_sql_is_named(demo: Path, capsys) -> None:
    """Reproduction: ``UPDATE algorithm SET name = … WHERE id = 3`` on a closed demo register.
    Before: ``check`` ok, exit 0. After: "algorithm 3 field name is "…", its last audit event
    (#N) says "…""; the chain itself is intact; exit 33."""
    name = str(scalar(demo, "SELECT name FROM algorithm WHERE id = 3"))
    sql(demo, "UPDATE algorithm SET name = '改名算法' WHERE id = 3")
    code, lines = _check(demo, capsys)
    assert code == RECORDS_CHANGED
    assert lines["audit chain"].startswith("ok (")
    assert lines["records"].startswith("DIFFER FROM THE AUDIT LOG")
    assert 'algorithm 3 field name is "改名算法", its last audit event' in lines["records"]
    assert f'says "{name}"' in lines["records"]


def test_attack_attachment_content_changed_by_plain_sql_is_named(demo: Path, capsys) -> None:
    """Reproduction: overwrite the content of attachment 2 with other bytes by SQL. Before:
    ``check`` ok. After: "attachment 2 (<its file name>): its content does not match its stored
    SHA-256"; exit 34."""
    filename = str(scalar(demo, "SELECT filename FROM attachment WHERE id = 2"))
    sql(demo, "UPDATE attachment SET content = X'255044462D312E340A' WHERE id = 2")
    code, lines = _check(demo, capsys)
    assert code == ATTACHMENTS_CHANGED
    assert lines["records"].startswith("ok (")
    expected = f"attachment 2 ({filename}): its content does not match its stored SHA-256"
    assert expected in lines["attachments"]


def test_attack_attachment_content_and_its_hash_changed_together_are_named(
    demo: Path, capsys
) -> None:
    """Reproduction: replace attachment 2's content and, to hide it, its size and SHA-256 too.
    Before: ``check`` ok. After: the content matches the new hash, but the records line names
    the attachment's sha256 and size fields, which its last audit event recorded otherwise."""
    digest = "5df6e0e2761359d30a8275058e299fcc0381534545f55cf43e41983f5d4c9456"  # of b"9"
    sql(demo, f"UPDATE attachment SET content = X'39', size = 1, sha256 = '{digest}' WHERE id = 2")
    code, lines = _check(demo, capsys)
    assert code == RECORDS_CHANGED
    assert "attachment 2 field sha256 is" in lines["records"]
    assert "attachment 2 field size is 1" in lines["records"]


def test_attack_rows_added_or_deleted_by_plain_sql_are_named(demo: Path, capsys) -> None:
    """Reproduction: insert an entity and delete a product's link with SQL. Before: ``check``
    ok. After: "entity N has no audit event" and "product_link M was deleted without an
    event"."""
    link = int(scalar(demo, "SELECT max(id) FROM product_link"))  # type: ignore[arg-type]
    sql(
        demo,
        "INSERT INTO entity (name, entity_type, state) VALUES ('影子公司', 'enterprise', "
        "'ent_draft')",
        f"DELETE FROM product_link WHERE id = {link}",
    )
    entity = int(scalar(demo, "SELECT max(id) FROM entity"))  # type: ignore[arg-type]
    code, lines = _check(demo, capsys)
    assert code == RECORDS_CHANGED
    assert f"entity {entity} has no audit event" in lines["records"]
    assert f"product_link {link} was deleted without an event" in lines["records"]


def test_attack_setting_changed_by_plain_sql_is_named(demo: Path, capsys) -> None:
    """Reproduction: set ``deadlines.conservative`` through the app, then flip it back with SQL.
    Before: ``check`` ok. After: "setting deadlines.conservative is "0", its last audit event
    (#N) says "1""; exit 33."""
    with open_register(demo) as reg:
        reg.set_conservative(True)
    sql(demo, "UPDATE setting SET value = '0' WHERE key = 'deadlines.conservative'")
    code, lines = _check(demo, capsys)
    assert code == RECORDS_CHANGED
    assert 'setting deadlines.conservative is "0", its last audit event' in lines["records"]


def test_every_kind_of_edit_through_the_app_passes_the_records_check(demo: Path, capsys) -> None:
    """Reproduction: on a demo register, through the app: create an algorithm with a filing
    number in its full-width form and models, relink its models, file it, record a change, end
    it and re-date its cancellation, act for the CAC on another, replace an attachment, remove a
    product and its link, edit and withdraw another, import rows, change a setting and the
    calendar. ``check`` then says every record and setting matches its last audit event and every
    attachment its SHA-256; exit 0. (Before:
    ``check`` had no records or attachments line.)"""
    today = date(2026, 11, 23)
    with open_register(demo, clock=lambda: today) as reg:
        entity = reg.entities()[0]
        models = [m.id for m in reg.models(entity_id=entity.id)]
        algo = reg.create_algorithm(
            entity.id, name="旁门测试算法", algo_type="02", role="provider",
            launch_date=date(2026, 10, 9), model_ids=models[:1],
            filing_number="网信算备１１０１０８７２１６４０９０２２４００１７号",
        )  # fmt: skip
        reg.update_algorithm(algo.id, model_ids=models, main_use="信息流排序。")
        product = reg.add_product(algo.id, name="旁门APP", form="app")
        reg.update_link(product.id, go_live=date(2026, 10, 9), functions="首页")
        reg.unlink(product.id)
        reg.delete_product(product.product_id)
        kept = reg.linked_products(live=True)[0]
        reg.update_product(kept.product_id, users_served="企业用户")
        reg.withdraw_link(kept.id, date(2026, 11, 20))
        filed = next(a for a in reg.algorithms() if a.state is AlgorithmState.FILED)
        reg.record_change(filed.id, date(2026, 11, 2), reason="调整", summary="新摘要。")
        cancel = reg.terminate(filed.id, date(2026, 11, 10), reason="停止服务")
        reg.redate(cancel.id, date(2026, 11, 12))
        other = next(a for a in reg.algorithms() if a.state is AlgorithmState.FILED)
        reg.record_cac_action(other.id, AlgorithmStep.REVOKE, date(2026, 11, 20), "违规")
        attachment = reg.attachments("entity", entity.id)[0]
        reg.replace_attachment(attachment.id, "新版执照.pdf", b"%PDF-1.4 new version")
        reg.set_conservative(True)
        reg.set_calendar_days({date(2027, 1, 1): (False, "元旦")})
        imported = Algorithm(
            name="导入的已备案算法", algo_type=AlgorithmType.PUSH, state=AlgorithmState.FILED,
            filing_number="110108721640902240017", filed_date=date(2025, 3, 1),
        )  # fmt: skip
        new_entity = Entity(name="导入测试有限公司")
        reg.import_rows(
            [(new_entity, imported, [Product(name="导入APP", form=ProductForm.APP)], [])]
        )
        changed = replace(imported, main_use="导入后更新的用途。")
        reg.import_rows([(new_entity, changed, [], [])], update_existing=True)
    stored = scalar(demo, f"SELECT filing_number FROM algorithm WHERE id = {algo.id}")
    assert stored == "110108721640902240017"  # normalised; its create event has the typed form
    code, lines = _check(demo, capsys)
    assert code == 0, lines
    assert lines["records"].startswith("ok (") and lines["attachments"].startswith("ok (")
