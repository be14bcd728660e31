"""A damaged register file: ``check`` names what failed in one line and exits with its own code.

A demo-filled register is closed (its WAL folded into the file), then one bit is flipped on one
page, as a failing disk or a bad copy does. ``check`` runs as a child process
(``python -m filing_desk --register … check``), so a traceback would show on its output.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from filing_desk.store.errors import WrongKey
from tests.helpers.processes import ROOT, child_env, python
from tests.helpers.tamper import PASSPHRASE, copy_register, flip_byte, pages


@pytest.fixture
def damaged(demo_file: Path, tmp_path: Path) -> Path:
    return copy_register(demo_file, tmp_path / "damaged.fdesk")


def _check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [python(), "-m", "filing_desk", "--register", str(path), "check"],
        cwd=ROOT,
        env=child_env(FILING_DESK_PASSPHRASE=PASSPHRASE, FILING_DESK_HOME=str(path.parent)),
        capture_output=True,
        text=True,
        timeout=120,
    )


def _no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    assert "Error:" not in result.stdout + result.stderr


@pytest.mark.parametrize("where", ["middle", "last"])
def test_attack_flipped_byte_on_a_data_page_is_named_with_its_page_number(
    damaged: Path, where: str
) -> None:
    """Reproduction: fill a register with the demo and close it; flip one bit in the middle of
    the middle page (or of the last page, where the old cipher check itself raised); run
    ``check``. Before: a DatabaseError traceback. After: the encryption line names the page, no
    traceback, exit code 30 (a data page fails its check)."""
    page = pages(damaged) // 2 if where == "middle" else pages(damaged)
    flip_byte(damaged, page, 2000)
    result = _check(damaged)
    _no_traceback(result)
    assert result.returncode == 30  # a data page fails its check
    first = result.stdout.splitlines()[0]
    assert first.startswith(f"encryption: DAMAGED: page {page} fails its HMAC check")
    assert "restore the register from a backup" in first
    for line in result.stdout.splitlines()[1:]:  # what the damage hides is said, not raised
        assert line.split(": ", 1)[0] in {"schema", "audit chain", "records", "attachments"}


def test_attack_flipped_byte_on_page_one_says_the_header_is_damaged_not_the_key(
    damaged: Path,
) -> None:
    """Reproduction: flip one bit in the body of page 1 (the header) of a closed demo register
    and run ``check`` with the right passphrase. Before: "the passphrase or recovery key is
    wrong" (exit 7). After: one line saying page 1, the header, is damaged while the key is right
    (the other pages verify with it), and to restore from a backup; exit code 31."""
    flip_byte(damaged, 1, 200)
    result = _check(damaged)
    _no_traceback(result)
    assert result.returncode == 31  # page 1 damaged, the key right
    assert result.stdout == ""
    [line] = result.stderr.strip().splitlines()
    assert "page 1, the file's header, fails its check" in line
    assert f"the file's other {pages(damaged) - 1} pages verify with it" in line
    assert "Restore it from a backup" in line and "wrong" not in line


def test_attack_flipped_salt_byte_says_key_wrong_or_header_damaged_and_what_to_do(
    damaged: Path,
) -> None:
    """Reproduction: flip one bit in the first 16 bytes (the salt every page's key is derived
    from) and run ``check``. No page verifies, so a wrong key and a damaged header cannot be told
    apart. Before: "the passphrase or recovery key is wrong". After: one line that says both,
    and what to do (try the recovery key; restore from a backup); exit code 7."""
    flip_byte(damaged, 1, 5)
    result = _check(damaged)
    _no_traceback(result)
    assert result.returncode == WrongKey.exit_code == 7
    [line] = result.stderr.strip().splitlines()
    assert "passphrase or recovery key is wrong" in line
    assert "first page (its header) is damaged" in line
    assert "try the recovery key" in line and "restore the register from a backup" in line


def test_each_kind_of_damage_has_its_own_exit_code(demo_file: Path, tmp_path: Path) -> None:
    """Reproduction: three copies of a closed demo register, one bit flipped on the salt, on the
    header page and on a data page; ``check`` each. Before: 7, 7 and 1 (after a traceback).
    After: 7 (key or salt), 31 (header, key right) and 30 (data page); none 0 or 1."""
    codes = []
    for name, page, offset in (("salt", 1, 3), ("header", 1, 300), ("data", 5, 1000)):
        path = copy_register(demo_file, tmp_path / f"{name}.fdesk")
        flip_byte(path, page, offset)
        result = _check(path)
        _no_traceback(result)
        codes.append(result.returncode)
    assert codes == [7, 31, 30]


def test_an_undamaged_demo_register_passes_every_check(damaged: Path) -> None:
    """Reproduction: ``check`` a closed demo register nobody touched. Every line is ok: the
    pages, the schema, the chain (its head printed), the records and the attachments; exit 0."""
    result = _check(damaged)
    _no_traceback(result)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = dict(line.split(": ", 1) for line in result.stdout.splitlines())
    assert list(lines) == ["encryption", "schema", "audit chain", "records", "attachments"]
    assert lines["encryption"] == "ok" and lines["schema"].endswith("(current)")
    assert lines["audit chain"].startswith("ok (") and " head #" in lines["audit chain"]
    assert lines["records"].startswith("ok (") and lines["attachments"].startswith("ok (")


def test_a_keyring_key_that_no_longer_opens_the_file_says_what_that_can_mean(
    tmp_path: Path, memory_keyring, capsys
) -> None:
    """Reproduction: a keyring-mode register; its keyring entry is replaced by another key (as a
    restore into the same register id once did); ``check``. The keyring key was stored for this
    file's id, so the message cannot blame a mistyped passphrase. Before: "the passphrase or
    recovery key is wrong". After: the file's header is damaged or the keyring entry was replaced;
    try the recovery key, else restore from a backup; exit 7."""
    from filing_desk.cli import main
    from filing_desk.store import keys
    from tests.helpers.registers import make_register

    path = tmp_path / "keyring.fdesk"
    make_register(path).close()
    keys.store_in_keyring(keys.register_id_of(path), keys.new_data_key())
    assert main(["--register", str(path), "check"]) == WrongKey.exit_code
    [line] = capsys.readouterr().err.strip().splitlines()
    assert "keyring" in line and "header) is damaged or the keyring entry was replaced" in line
    assert "Try the recovery key" in line and "restore the register from a backup" in line
