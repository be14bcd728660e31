"""A backup killed while it is written leaves no file under a backup's name.

Backups are written under a partial name beside the target (``.<name>.partial-<hex>``), verified
there and renamed into place. Rotation (``backup.rotate``, which keeps the newest N by name) never
counts a partial file, and the next backup into the folder removes partial files older than a day.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from filing_desk.cli import main
from filing_desk.store import backup
from filing_desk.store.register import create_register, open_register
from tests.helpers.processes import ROOT, child_env, python
from tests.helpers.registers import STRONG_PASSPHRASE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

OLD = "reg-20260101T000000000000Z.fdesk"
KILLED = "reg-20260102T000000000000Z.fdesk"
NEXT = "reg-20260103T000000000000Z.fdesk"


def _register_with_data(path: Path) -> None:
    with create_register(path, passphrase=STRONG_PASSPHRASE).register as reg:
        entity = reg.create_entity(name="原子备份测试有限公司")
        for n in range(40):
            reg.create_algorithm(
                entity.id, name=f"算法{n}", algo_type="02", role="provider", principle="原理" * 200
            )


def _start_and_kill_backup(register: Path, target: Path) -> None:
    child = subprocess.Popen(
        [python(), "-m", "tests.reliability.backup_kill_child", str(register), str(target)],
        cwd=ROOT,
        env=child_env(FILING_DESK_PASSPHRASE=STRONG_PASSPHRASE),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = child.stdout.readline() if child.stdout else ""
        assert line.startswith("copying "), f"child said {line!r}: {child.stderr.read()}"
        time.sleep(0.1)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)
        for stream in (child.stdout, child.stderr):
            if stream:
                stream.close()
    assert child.returncode == -signal.SIGKILL


def test_attack_backup_killed_mid_copy_leaves_no_file_under_a_backup_name(
    tmp_path: Path, monkeypatch
) -> None:
    """Reproduction: a register with data and one good backup in `backups/`; start `filing-desk
    backup -o backups/<newer name>.fdesk` and SIGKILL it while the copy is being written (logout,
    OOM killer, power button); then rotate the folder to keep one backup, as the GUI does.
    Before: a half-written `<newer name>.fdesk` stays, looks like the newest backup, and rotation
    deletes the good one to keep it. After: only a hidden partial file stays, rotation keeps the
    good backup and does not count the partial, and the register still opens."""
    register, folder = tmp_path / "reg.fdesk", tmp_path / "backups"
    _register_with_data(register)
    with open_register(register, passphrase=STRONG_PASSPHRASE) as reg:
        reg.backup_to(folder / OLD)

    _start_and_kill_backup(register, folder / KILLED)

    assert sorted(p.name for p in folder.glob("*.fdesk")) == [OLD]
    assert backup.rotate(folder, keep=1) == []
    assert (folder / OLD).exists()
    leftovers = [p for p in folder.iterdir() if p.name != OLD]
    assert leftovers, "the killed copy was written somewhere else"
    assert all(p.name.startswith(f".{KILLED}.partial-") for p in leftovers)
    for survivor in (register, folder / OLD):
        with open_register(survivor, passphrase=STRONG_PASSPHRASE, lock=False) as reg:
            assert reg.cipher_check() == []


def test_attack_stale_partial_backups_pile_up(tmp_path: Path, monkeypatch, capsys) -> None:
    """Reproduction: a backup is killed mid-copy (as above) and its partial file is two days
    old; take the next backup into the same folder with `filing-desk backup -o`. After: the new
    backup is written and verified, the stale partial file is gone, and a partial file younger
    than a day (a backup that may still be running) is left alone."""
    from filing_desk.store import files

    register, folder = tmp_path / "reg.fdesk", tmp_path / "backups"
    _register_with_data(register)
    _start_and_kill_backup(register, folder / KILLED)
    (stale,) = list(folder.iterdir())
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(stale, (two_days_ago, two_days_ago))
    young = files.partial_path(folder / "other.fdesk")
    young.write_bytes(b"a backup still being written")

    monkeypatch.setenv("FILING_DESK_PASSPHRASE", STRONG_PASSPHRASE)
    assert main(["--register", str(register), "backup", "-o", str(folder / NEXT)]) == 0
    assert "verified" in capsys.readouterr().out
    assert sorted(p.name for p in folder.iterdir()) == sorted([NEXT, young.name])
    assert backup.rotate(folder, keep=0) == [folder / NEXT]
    assert young.exists()
