"""Cutting the audit log short is detected: in the file where it can be, else against a head kept
elsewhere (a backup, the head printed on a register summary).

Each attack works on a closed, demo-filled register with plain SQL and the register's real key.
The hashes of the chain are not secret, so someone with the key can always make a shorter chain
consistent in itself; what it can no longer match is a record the removed events wrote, and a head
seen before (``check --against BACKUP``, ``check --head``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from filing_desk.cli import main
from filing_desk.store.register import open_register
from tests.helpers.registers import sha256_of
from tests.helpers.tamper import (
    HEAD_REPOINT,
    copy_register,
    printed_head,
    scalar,
    sql,
)

CHAIN_BROKEN, RECORDS_CHANGED, ROLLED_BACK = 1, 33, 35  # check's exit codes (README)


def _check(path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, dict]:
    code = main(["--register", str(path), "check", *extra])
    out = capsys.readouterr().out
    return code, dict(line.split(": ", 1) for line in out.splitlines())


def test_attack_delete_newest_events_and_repoint_head_is_detected(demo: Path, capsys) -> None:
    """Reproduction: on a demo register, delete the five newest audit events (the last
    records the demo wrote) and set ``audit.head`` to the new last event. Before: "audit chain: ok",
    exit 0. After: the chain itself is consistent, but the records line names the rows those
    events wrote that now have no event; exit 33."""
    newest = int(scalar(demo, "SELECT max(id) FROM audit_event"))  # type: ignore[arg-type]
    sql(demo, f"DELETE FROM audit_event WHERE id > {newest - 5}", HEAD_REPOINT)
    code, lines = _check(demo, capsys)
    assert code == RECORDS_CHANGED
    assert lines["audit chain"].startswith(f"ok ({newest - 5} events)")
    assert "has no audit event" in lines["records"]  # the demo ends with security assessments


def test_attack_cut_an_edit_from_the_log_is_named_by_the_field_it_wrote(demo: Path, capsys) -> None:
    """Reproduction: rename a draft algorithm through the app, close; delete the events that
    edit wrote and repoint the head. Before: exit 0. After: the records line names the algorithm
    and the field whose value no remaining event gave; exit 33."""
    before = int(scalar(demo, "SELECT max(id) FROM audit_event"))  # type: ignore[arg-type]
    with open_register(demo) as reg:
        algo = next(a for a in reg.algorithms() if a.state.value == "draft")
        reg.update_algorithm(algo.id, name=algo.name + "（新版）")
    sql(demo, f"DELETE FROM audit_event WHERE id > {before}", HEAD_REPOINT)
    code, lines = _check(demo, capsys)
    assert code == RECORDS_CHANGED
    assert f"algorithm {algo.id} field name is" in lines["records"]


def test_attack_delete_all_events_and_the_head_is_detected(demo: Path, capsys) -> None:
    """Reproduction: ``DELETE FROM audit_event`` and delete the ``audit.head`` setting. Before:
    "audit chain: ok (0 events)", exit 0. After: the chain is BROKEN (an empty log in a register
    that holds records); exit 1."""
    sql(demo, "DELETE FROM audit_event", "DELETE FROM setting WHERE key = 'audit.head'")
    code, lines = _check(demo, capsys)
    assert code == CHAIN_BROKEN
    assert lines["audit chain"].startswith("BROKEN at event 1: the log is empty")
    with open_register(demo) as reg:
        assert reg.verify_audit().code == "audit.empty"


def test_attack_delete_the_head_record_is_detected(demo: Path, capsys) -> None:
    """Reproduction: delete only the ``audit.head`` setting (so newest events could go unseen).
    Before: exit 0. After: the chain is BROKEN, its recorded head missing; exit 1."""
    sql(demo, "DELETE FROM setting WHERE key = 'audit.head'")
    code, lines = _check(demo, capsys)
    assert code == CHAIN_BROKEN
    assert "recorded head is missing" in lines["audit chain"]


def test_attack_roll_back_to_before_the_backup_is_found_by_check_against(
    demo: Path, tmp_path: Path, capsys
) -> None:
    """Reproduction: keep a copy of the register; make edits; take a backup; then put the old
    copy back in place (a rollback that hides the edits, consistent in itself). Before:
    ``check`` says ok and knows no ``--against``. After: plain ``check`` still passes (nothing in
    the file can tell), but ``check --against BACKUP`` says ROLLED BACK, exit 35; the backup file
    is not changed (same bytes, no WAL or journal made next to it)."""
    old = copy_register(demo, tmp_path / "old-copy.fdesk")
    with open_register(demo) as reg:
        reg.set_setting("deadlines.conservative", "1")
        reg.update_entity(reg.entities()[0].id, notes="2026年11月复核")
    backup = tmp_path / "backups" / "after-edits.fdesk"
    assert main(["--register", str(demo), "backup", "-o", str(backup)]) == 0
    capsys.readouterr()
    before = sha256_of(backup)
    copy_register(old, demo)
    code, lines = _check(demo, capsys)
    assert code == 0
    code, lines = _check(demo, capsys, "--against", str(backup))
    assert code == ROLLED_BACK
    assert lines["against after-edits.fdesk"].startswith("ROLLED BACK: event #")
    assert sha256_of(backup) == before
    assert sorted(p.name for p in backup.parent.iterdir()) == ["after-edits.fdesk"]


def test_check_against_a_backup_made_with_its_own_passphrase(
    demo: Path, tmp_path: Path, monkeypatch, capsys
) -> None:
    """Reproduction: back up with ``FILING_DESK_BACKUP_PASSPHRASE``, edit, then ``check --against``
    that backup with and without the variable. Before: no ``--against``. After: with it, ok (the
    backup's head is in the chain, edits since counted); without it, the backup is NOT CHECKED
    with a hint to set the variable, exit 13."""
    monkeypatch.setenv("FILING_DESK_BACKUP_PASSPHRASE", "a separate backup passphrase 备份")
    backup = tmp_path / "own-pass.fdesk"
    assert main(["--register", str(demo), "backup", "-o", str(backup)]) == 0
    with open_register(demo) as reg:
        reg.update_entity(reg.entities()[0].id, notes="备份后修改")
    capsys.readouterr()
    code, lines = _check(demo, capsys, "--against", str(backup))
    assert code == 0 and lines["against own-pass.fdesk"].endswith("unchanged; 1 events since)")
    monkeypatch.delenv("FILING_DESK_BACKUP_PASSPHRASE")
    code, lines = _check(demo, capsys, "--against", str(backup))
    assert code == 13 and "set FILING_DESK_BACKUP_PASSPHRASE" in lines["against own-pass.fdesk"]


def test_attack_truncation_consistent_in_the_file_is_found_by_the_printed_head(
    demo: Path, tmp_path: Path, capsys
) -> None:
    """Reproduction: edit an entity's notes, print the register summary (it shows the audit
    head); then delete that newest event, repoint the head and put the old notes back with SQL:
    the file is consistent again. Before: no head on the summary, ``check`` ok. After: plain
    ``check`` passes, but ``check --head`` with the printed head says ROLLED BACK; exit 35."""
    with open_register(demo) as reg:
        entity = reg.entities()[0]
        reg.update_entity(entity.id, notes="打印前的最后一次修改")
    pdf = tmp_path / "summary.pdf"
    args = ["print", "--entity", str(entity.id), "--form", "register-summary", "-o", str(pdf)]
    assert main(["--register", str(demo), *args]) == 0
    head = printed_head(pdf)
    newest = int(scalar(demo, "SELECT max(id) FROM audit_event"))  # type: ignore[arg-type]
    assert head.startswith(f"#{newest} · ")
    sql(
        demo,
        f"DELETE FROM audit_event WHERE id = {newest}",
        HEAD_REPOINT,
        f"UPDATE entity SET notes = '{entity.notes}' WHERE id = {entity.id}",
    )
    capsys.readouterr()
    assert _check(demo, capsys)[0] == 0
    code, lines = _check(demo, capsys, "--head", head)
    assert code == ROLLED_BACK
    assert lines["against the printed head"].startswith(f"ROLLED BACK: event #{newest}")


def test_a_restored_backup_and_a_json_round_trip_pass_check(
    demo: Path, tmp_path: Path, capsys
) -> None:
    """Reproduction: back up the demo register and restore the backup into a new file; export
    it as JSON and import that into a new empty register; ``check`` both. Before: ``check`` knew
    no records or attachments lines. After: both pass every check (the import's rows are
    accounted for by its one ``import.snapshot`` event), exit 0."""
    backup, restored = tmp_path / "b.fdesk", tmp_path / "restored.fdesk"
    assert main(["--register", str(demo), "backup", "-o", str(backup)]) == 0
    assert main(["restore", str(backup), "-o", str(restored)]) == 0
    exported, imported = tmp_path / "all.json", tmp_path / "imported.fdesk"
    assert main(["--register", str(demo), "export", "--format", "json", "-o", str(exported)]) == 0
    assert main(["--register", str(imported), "init"]) == 0
    assert main(["--register", str(imported), "import", str(exported)]) == 0
    capsys.readouterr()
    for path in (restored, imported):
        code, lines = _check(path, capsys)
        assert code == 0, lines
        assert lines["records"].startswith("ok (") and lines["attachments"].startswith("ok (")


def test_attack_change_a_services_number_or_state_by_sql_is_named(demo: Path, capsys) -> None:
    """A generative-AI service's number and state are compared with its last audit event, as
    an algorithm's fields are: set a number by SQL on the service live without one, and the
    records line names the service and the field; exit 33. Its steps keep the log in step."""
    with open_register(demo) as reg:
        live = next(s for s in reg.services() if s.state.value == "submitted")
        reg.step_service(live.id, "pass_provincial")  # a step the app takes: still ok
    assert _check(demo, capsys)[0] == 0
    sql(
        demo,
        "UPDATE genai_service SET number = 'Zhejiang-Forged-202601010001', state = 'approved' "
        f"WHERE id = {live.id}",
    )
    code, lines = _check(demo, capsys)
    assert code == RECORDS_CHANGED
    assert f"service {live.id} field number is" in lines["records"]
