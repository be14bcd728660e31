"""The command line with a recovery key (issue 13, item 7): ``--recovery-key-file FILE`` or
``FILING_DESK_RECOVERY_KEY`` opens a keyring-mode register on a machine whose keyring does not
hold its key, as the "no key" message promises; ``FILING_DESK_PASSPHRASE`` set for other
registers no longer stops a keyring-mode register from opening; a malformed key is one line.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from filing_desk.cli import main
from filing_desk.store import keys
from filing_desk.store.errors import KeyNotFound
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.registers import sha256_of

OTHER_PASSPHRASE = "another register's passphrase 其他登记簿 5521"
RECOVERY_LINE = "Recovery key — write it down or print the recovery sheet; it is shown only once:"


@pytest.fixture
def moved(tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch, capsys) -> tuple[Path, str]:
    """A keyring-mode register with sample data, "moved to a new laptop": the keyring is
    emptied. Returns its path and the recovery key `init` printed."""
    monkeypatch.delenv("FILING_DESK_RECOVERY_KEY", raising=False)
    path = tmp_path / "register.fdesk"
    assert main(["--register", str(path), "init"]) == 0
    lines = capsys.readouterr().out.splitlines()
    recovery = lines[lines.index(RECOVERY_LINE) + 1].strip()
    assert main(["--register", str(path), "demo"]) == 0
    capsys.readouterr()
    memory_keyring.store.clear()
    return path, recovery


def _as_written_down(recovery: str) -> str:
    """The key as someone types it from the sheet: lower case, groups spaced, split over lines."""
    groups = recovery.lower().split("-")
    return "\n".join(" ".join(groups[i : i + 6]) for i in range(0, len(groups), 6)) + "\r\n"


@pytest.mark.parametrize("how", ["file", "environment"])
def test_attack_new_machine_cli_check_backup_export_restore_with_recovery_key(
    moved: tuple[Path, str], tmp_path: Path, monkeypatch, capsys, how: str
) -> None:
    """Steps: `init` and `demo` a keyring-mode register; empty the keyring (a new laptop);
    `check` fails with "no key", naming --recovery-key-file. Then give the recovery key
    (`--recovery-key-file FILE` with the key as written down, or FILING_DESK_RECOVERY_KEY):
    `check`, `backup`, `export --format json` and `restore` all succeed. Before: the option did
    not exist and the variable was ignored, so none of them could run."""
    path, recovery = moved
    capsys.readouterr()
    assert main(["--register", str(path), "check"]) == KeyNotFound.exit_code
    err = capsys.readouterr().err
    assert "--recovery-key-file" in err and len(err.strip().splitlines()) == 1

    key_file = tmp_path / "恢复密钥.txt"
    key_file.write_text(_as_written_down(recovery), encoding="utf-8")
    if how == "file":
        opts = ["--recovery-key-file", str(key_file), "--register", str(path)]
    else:
        monkeypatch.setenv("FILING_DESK_RECOVERY_KEY", _as_written_down(recovery))
        opts = ["--register", str(path)]
    backup, restored, exported = tmp_path / "b.fdesk", tmp_path / "r.fdesk", tmp_path / "e.json"

    assert main([*opts, "check"]) == 0
    assert main([*opts, "backup", "-o", str(backup)]) == 0
    assert main([*opts, "export", "--format", "json", "-o", str(exported)]) == 0
    assert main([*opts, "restore", str(backup), "-o", str(restored)]) == 0
    out = capsys.readouterr().out
    assert "audit chain: ok" in out and RECOVERY_LINE not in out  # the copy keeps the key
    assert recovery not in out and recovery.replace("-", "") not in out.upper()
    assert len(json.loads(exported.read_text(encoding="utf-8"))["algorithms"]) >= 20
    restored_opts = [*opts[:-1], str(restored)]
    assert main([*restored_opts, "check"]) == 0


def test_attack_keyring_register_opens_while_a_passphrase_is_set_for_others(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    """Steps: `init` a keyring-mode register; set FILING_DESK_PASSPHRASE (say, for scripts on
    another, passphrase-mode register); `check`, `backup`, `export`. Before: the environment
    passphrase was tried instead of the keyring entry, and every command failed with exit 7
    ("the passphrase or recovery key is wrong"). After: the keyring entry opens it."""
    path = tmp_path / "keyring-mode.fdesk"
    assert main(["--register", str(path), "init"]) == 0
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", OTHER_PASSPHRASE)
    assert main(["--register", str(path), "check"]) == 0
    assert main(["--register", str(path), "backup", "-o", str(tmp_path / "b.fdesk")]) == 0
    out = tmp_path / "e.json"
    assert main(["--register", str(path), "export", "--format", "json", "-o", str(out)]) == 0
    passphrase_mode = tmp_path / "passphrase-mode.fdesk"
    assert main(["--register", str(passphrase_mode), "init"]) == 0  # the env passphrase's own
    assert main(["--register", str(passphrase_mode), "check"]) == 0


def _typo(recovery: str) -> str:
    first = "1" if recovery[0] == "0" else "0"
    return first + recovery[1:]


@pytest.mark.parametrize(
    ("how", "bad", "reason"),
    [
        ("file", _typo, "does not match"),
        ("file", lambda r: r[:-5], "68 digits"),
        ("file", lambda r: r.replace("-", "-Z", 1), "0-9 and the letters A-F"),
        ("environment", _typo, "does not match"),
    ],
)
def test_attack_malformed_recovery_key_gives_one_line_and_no_key_digits(
    moved: tuple[Path, str], tmp_path: Path, monkeypatch, capsys, how, bad, reason: str
) -> None:
    """Steps: give `check` a recovery key with a mistyped group, a missing group or a letter
    that is not hex, in a file or in FILING_DESK_RECOVERY_KEY. Before: the option was refused
    by the argument parser, or the variable was ignored. After: exit 2 and one line on stderr
    that says what is wrong and where, showing none of the key's digits; the register file is
    not touched."""
    path, recovery = moved
    typed = bad(recovery)
    if how == "file":
        key_file = tmp_path / "key.txt"
        key_file.write_text(typed, encoding="utf-8")
        argv = ["--recovery-key-file", str(key_file), "--register", str(path), "check"]
    else:
        monkeypatch.setenv("FILING_DESK_RECOVERY_KEY", typed)
        argv = ["--register", str(path), "check"]
    before = sha256_of(path)
    capsys.readouterr()

    assert main(argv) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("filing-desk: "), captured.err
    assert reason in lines[0] and "Traceback" not in captured.err
    assert ("key.txt" if how == "file" else keys.RECOVERY_ENV) in lines[0]
    digits = re.sub(r"[^0-9A-Fa-f]", "", typed).upper()
    shown = re.sub(r"[\s-]", "", captured.out + captured.err).upper()
    assert all(digits[i : i + 8] not in shown for i in range(0, len(digits) - 7, 4))
    assert sha256_of(path) == before
