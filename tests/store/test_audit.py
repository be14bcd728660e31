"""Every write is audited in its own transaction, and tampering with the chain is detected."""

from __future__ import annotations

from pathlib import Path

import pytest

from filing_desk.cli import main
from filing_desk.domain.errors import InvalidInput
from filing_desk.store import engine as engine_mod
from filing_desk.store import keys
from tests.helpers.registers import make_register


@pytest.fixture
def audited(tmp_path: Path) -> Path:
    path = tmp_path / "a.fdesk"
    reg = make_register(path)
    entity = reg.create_entity(name="北京示例科技有限公司", uscc="91110000600037341L")
    algo = reg.create_algorithm(entity.id, name="推荐算法", algo_type="02", role="provider")
    reg.update_algorithm(algo.id, main_use="个性化推荐")
    reg.add_product(algo.id, name="示例APP", form="app")
    reg.close()
    return path


def _raw(path: Path):
    return engine_mod.connect(path, keys.key_for(path))


def test_every_write_appends_an_event_with_before_and_after(audited: Path) -> None:
    from filing_desk.store.register import open_register

    with open_register(audited) as reg:
        events = reg.audit_events()
        assert [e.action for e in reversed(events)] == [
            "entity.create",
            "algorithm.create",
            "algorithm.update",
            "product.create",  # the entity's product…
            "product_link.create",  # …linked to the algorithm
        ]
        update = events[2]
        assert update.before == {"main_use": ""}
        assert update.after == {"main_use": "个性化推荐"}
        assert update.os_user
        assert update.at.tzinfo is not None
        assert reg.verify_audit().ok


def test_a_refused_write_leaves_no_event(audited: Path) -> None:
    from filing_desk.store.register import open_register

    with open_register(audited) as reg:
        before = len(reg.audit_events())
        with pytest.raises(InvalidInput, match="last character should be L"):
            reg.create_entity(name="坏代码公司", uscc="91110000600037341A")
        assert len(reg.audit_events()) == before
        assert [e.name for e in reg.entities()] == ["北京示例科技有限公司"]


def test_check_passes_on_an_untouched_register(audited: Path, capsys) -> None:
    assert main(["--register", str(audited), "check"]) == 0
    out = capsys.readouterr().out
    assert "audit chain: ok (5 events)" in out and "encryption: ok" in out


def test_one_changed_byte_is_found_and_named(audited: Path, capsys) -> None:
    conn = _raw(audited)
    after = conn.execute("SELECT after_json FROM audit_event WHERE id = 3").fetchone()[0]
    tampered = after.replace("个性化推荐", "个性化推荔")  # one character changed
    assert tampered != after
    conn.execute("UPDATE audit_event SET after_json = ? WHERE id = 3", (tampered,))
    conn.commit()
    conn.close()
    assert main(["--register", str(audited), "check"]) == 1
    assert "BROKEN at event 3" in capsys.readouterr().out


def test_a_deleted_event_is_found(audited: Path, capsys) -> None:
    conn = _raw(audited)
    conn.execute("DELETE FROM audit_event WHERE id = 2")
    conn.commit()
    conn.close()
    assert main(["--register", str(audited), "check"]) == 1
    assert "BROKEN at event 2" in capsys.readouterr().out


def test_deleting_the_newest_event_is_found(audited: Path, capsys) -> None:
    conn = _raw(audited)
    conn.execute("DELETE FROM audit_event WHERE id = 4")
    conn.commit()
    conn.close()
    assert main(["--register", str(audited), "check"]) == 1
    assert "BROKEN at event 4" in capsys.readouterr().out


def test_algorithm_history_gathers_products_and_procedures(audited: Path) -> None:
    from filing_desk.store.register import open_register

    with open_register(audited) as reg:
        algo = reg.algorithms()[0]
        reg.start_filing(algo.id)
        actions = [e.action for e in reg.algorithm_history(algo.id)]
        assert actions == [
            "procedure.open",  # newest first: start_filing records the triage, then opens
            "algorithm.update",
            "product_link.create",
            "product.create",
            "algorithm.update",
            "algorithm.create",
        ]
        assert "entity.create" not in actions


def test_broken_chain_carries_a_code(audited: Path) -> None:
    conn = _raw(audited)
    conn.execute("DELETE FROM audit_event WHERE id = 2")
    conn.commit()
    conn.close()
    from filing_desk.store.register import open_register

    with open_register(audited) as reg:
        check = reg.verify_audit()
    assert (check.ok, check.code, check.first_bad_id) == (False, "audit.missing", 2)
