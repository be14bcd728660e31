"""Drafts kept through auto-lock (store.drafts, issue 19.4): kept inside the encrypted register
with their audit event in one transaction, listed, and taken back (continued or discarded) once,
audited; migration 0010 adds the table and its downgrade removes it."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import text

from filing_desk.store import migrate
from filing_desk.store.drafts import Draft
from tests.helpers.migration_files import count, engine_at, tables
from tests.helpers.registers import STRONG_PASSPHRASE, make_register

TYPED = "扩展至短视频推荐场景的未保存说明"


def _actions(register) -> list[tuple[str, str, dict | None, dict | None]]:
    events = reversed(register.audit_events())  # oldest first
    return [(e.action, e.object_type, e.before, e.after) for e in events]


def test_a_draft_is_kept_encrypted_with_its_event_and_taken_back_once(tmp_path: Path) -> None:
    path = tmp_path / "r.fdesk"
    register = make_register(path, passphrase=STRONG_PASSPHRASE)
    entity = register.create_entity(name="北京示例科技有限公司", uscc="91110000600037341L")
    algorithm = register.create_algorithm(entity.id, name="示例推荐算法", algo_type="02")
    draft = Draft("wizard.modification", {"algorithm.main_use": TYPED, "_page": "2"},
                  "algorithm", algorithm.id)  # fmt: skip
    (saved,) = register.save_drafts([draft])
    assert register.drafts() == [saved]
    assert saved.payload == draft.payload and saved.subject_id == algorithm.id
    assert _actions(register)[-1] == (
        "draft.saved",
        "draft",
        None,
        {"editor": "wizard.modification", "algorithm_id": algorithm.id},
    )  # fmt: skip — the event names the editor and the record, never the text
    register.close()

    assert TYPED.encode() not in path.read_bytes()  # the file holds it encrypted
    raw = sqlcipher3.connect(str(path))  # a raw SQLCipher connection, the passphrase as key
    raw.execute("PRAGMA key = '" + STRONG_PASSPHRASE.replace("'", "''") + "'")
    rows = raw.execute("SELECT kind, subject_kind, subject_id, payload_json FROM ui_draft")
    (kind, subject_kind, subject_id, payload), *more = rows.fetchall()
    raw.close()
    assert (kind, subject_kind, subject_id, more) == ("wizard.modification", "algorithm", 1, [])
    assert TYPED in payload

    register = make_register(tmp_path / "other.fdesk")  # a second register: nothing shared
    assert register.drafts() == []
    register.close()


def test_continue_and_discard_remove_the_draft_audited(register) -> None:
    first, second = register.save_drafts(
        [Draft("new_entity", {"text/0": "北京"}), Draft("cac_answer", {}, "procedure", 7)]
    )
    assert register.take_draft(first.id, restored=True) == first
    assert register.take_draft(second.id, restored=False) == second
    assert register.drafts() == []
    assert [a[:3] for a in _actions(register)[-2:]] == [
        ("draft.restored", "draft", {"editor": "new_entity"}),
        ("draft.discarded", "draft", {"editor": "cac_answer", "procedure_id": 7}),
    ]  # fmt: skip
    events = len(_actions(register))
    assert register.take_draft(first.id, restored=True) is None  # gone: nothing written
    assert len(_actions(register)) == events


@pytest.mark.parametrize(
    "bad",
    [Draft(""), Draft("x" * 41), Draft("new_entity", {"text/0": 3})],  # type: ignore[dict-item]
    ids=["no kind", "kind too long", "not text"],
)
def test_a_bad_draft_is_refused_and_nothing_is_written(register, bad) -> None:
    events = len(_actions(register))
    with pytest.raises(ValueError, match="draft"):
        register.save_drafts([Draft("new_entity", {"text/0": "kept?"}), bad])
    assert register.drafts() == []
    assert len(_actions(register)) == events


def test_0010_up_and_down(tmp_path: Path) -> None:
    engine = engine_at(tmp_path / "m.fdesk", "0009")
    assert "ui_draft" not in tables(engine)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO setting (key, value) VALUES ('backup.keep', '7')"))
    migrate.run(engine, "0010")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO ui_draft (kind, subject_id, payload_json, saved_at)"
                " VALUES ('new_entity', NULL, '{}', '2026-12-07 05:00:00')"
            )
        )
        assert conn.execute(text("SELECT subject_kind FROM ui_draft")).scalar() == ""
    migrate.run(engine, "0009", downgrade=True)
    assert "ui_draft" not in tables(engine)
    assert count(engine, "setting") == 1
    engine.dispose()
