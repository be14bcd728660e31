"""A weak NEW passphrase is refused through the CLI, with advice and nothing written; an
existing register under an old, short passphrase still opens."""

from __future__ import annotations

from pathlib import Path

import pytest

from filing_desk.cli import main
from filing_desk.store.register import create_register, open_register
from tests.helpers.registers import STRONG_PASSPHRASE

WEAK = ["demo pass", "password1234", "qwertyuiop123", "abcdefghijklmnop"]


@pytest.mark.parametrize("weak", WEAK)
def test_attack_init_with_a_weak_environment_passphrase(
    weak: str, tmp_path: Path, monkeypatch, capsys
) -> None:
    """Reproduction: `FILING_DESK_PASSPHRASE=<weak> filing-desk --register new/r.fdesk init`.
    Before: the register was created under a passphrase guessed in seconds from a stolen copy.
    After: one line on stderr with the advice (naming the variable, never the passphrase), a
    non-zero exit code (20), and no file or folder created."""
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", weak)
    folder = tmp_path / "new"
    code = main(["--register", str(folder / "r.fdesk"), "init"])
    err = capsys.readouterr().err
    assert code == 20
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith("filing-desk: ")
    assert "unrelated words" in err and "FILING_DESK_PASSPHRASE" in err
    assert "not created" in err
    assert weak not in err
    assert not folder.exists()


def test_attack_backup_under_a_weak_backup_passphrase(tmp_path: Path, monkeypatch, capsys) -> None:
    """Reproduction: `FILING_DESK_BACKUP_PASSPHRASE=backup only filing-desk backup` (with and
    without -o). Before: the backup was written under that passphrase, so anyone with the copy
    could guess their way in. After: refused in one line with the advice, exit code 20, and no
    backup file (nor a partial one) anywhere."""
    register = tmp_path / "r.fdesk"
    create_register(register, passphrase=STRONG_PASSPHRASE).register.close()
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", STRONG_PASSPHRASE)
    monkeypatch.setenv("FILING_DESK_BACKUP_PASSPHRASE", "backup only")
    before = sorted(p.name for p in tmp_path.rglob("*"))
    for extra in (["-o", str(tmp_path / "copies" / "b.fdesk")], []):
        code = main(["--register", str(register), "backup", *extra])
        err = capsys.readouterr().err
        assert code == 20, err
        assert len(err.strip().splitlines()) == 1, err
        assert "at least 12 characters" in err and "No backup was written" in err
        assert "backup only" not in err
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_an_existing_register_under_an_old_short_passphrase_still_opens(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    """A register made before the rule (here: re-keyed to `demo`, as old versions allowed)
    opens with it, through the store and the CLI: only NEW passphrases are judged."""
    import sqlcipher3

    path = tmp_path / "old.fdesk"
    with create_register(path, passphrase=STRONG_PASSPHRASE).register as reg:
        reg.create_entity(name="旧口令有限公司")
    conn = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA key = '" + STRONG_PASSPHRASE + "'")
    conn.execute("PRAGMA rekey = 'demo'")
    conn.close()
    with open_register(path, passphrase="demo") as reg:
        assert [e.name for e in reg.entities()] == ["旧口令有限公司"]
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", "demo")
    assert main(["--register", str(path), "backup", "-o", str(tmp_path / "b.fdesk")]) == 0
    assert "verified" in capsys.readouterr().out
