"""A register given through a symlink is the real file: one lock, its WAL, its backups.

Issue 13 items 2 and 6. SQLite follows a symlink and keeps the WAL next to the real file; the
lock, the truncation check and backups now go by that resolved path too, so a symlink can neither
let two processes open one register nor make a healthy register look cut off. The lock file is
owner-only and is never written through a symlink.
"""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from filing_desk.cli import main
from filing_desk.paths import app_paths
from filing_desk.store import engine as engine_mod
from filing_desk.store import keys
from filing_desk.store.errors import RegisterLocked, StorageError
from filing_desk.store.register import create_register, open_register
from tests.helpers.processes import PASSPHRASE, ROOT, child_env, python, run_cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX symlinks and signals")
REFUSAL = "open in another Filing Desk window or command"


@pytest.fixture
def real(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "登记簿 real.fdesk"
    with create_register(path, passphrase=PASSPHRASE).register as reg:
        entity_id = reg.create_entity(name="符号链接测试有限公司").id
        assert entity_id is not None
        reg.create_algorithm(entity_id, name="链接测试推荐算法", algo_type="02", role="provider")
    return path


@pytest.fixture
def link(real: Path, tmp_path: Path) -> Path:
    """A symlink to the register in another folder (a "shortcut" on the desktop)."""
    path = tmp_path / "desktop" / "my register.fdesk"
    path.parent.mkdir()
    path.symlink_to(real)
    return path


def _child(module: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [python(), "-m", module, *args],
        cwd=ROOT,
        env=child_env(FILING_DESK_PASSPHRASE=PASSPHRASE),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


Holder = Callable[[Path], "subprocess.Popen[str]"]


@pytest.fixture
def hold() -> Iterator[Holder]:
    """Start ``hold_child`` on a path; it holds the register until its stdin closes."""
    procs: list[subprocess.Popen[str]] = []

    def start(path: Path) -> subprocess.Popen[str]:
        proc = _child("tests.reliability.hold_child", str(path))
        procs.append(proc)
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        if line != "holding":
            proc.kill()
            pytest.fail(f"hold_child did not start: {line!r} {proc.communicate()[1]}")
        return proc

    yield start
    for proc in procs:
        if proc.poll() is None:
            proc.communicate("", timeout=30)


def test_attack_symlink_and_real_path_never_open_one_register_twice(
    real: Path, link: Path, hold: Holder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reproduction: one process opens ``登记簿 real.fdesk``; a second runs ``filing-desk
    --register "desktop/my register.fdesk" check`` through a symlink to it. Before the fix each
    took a lock next to its own path and both had the register open; now the second is refused
    (RegisterLocked, exit 11), the other way round too, and no lock appears next to the link."""
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", PASSPHRASE)
    holder = hold(real)
    result = run_cli(link, "check")
    assert result.returncode == RegisterLocked.exit_code, result.stdout + result.stderr
    assert REFUSAL in result.stderr and "Traceback" not in result.stderr
    holder.communicate("", timeout=30)

    hold(link)
    with pytest.raises(RegisterLocked, match=REFUSAL):
        open_register(real)
    assert sorted(p.name for p in link.parent.iterdir()) == [link.name]


def test_attack_healthy_register_with_wal_opened_through_symlink_is_not_called_truncated(
    real: Path, link: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reproduction: a process writing to the register is killed (power cut, SIGKILL), so the
    last commits are still in ``登记簿 real.fdesk-wal`` and the main file is shorter than the
    register; then ``filing-desk --register "desktop/my register.fdesk" check`` through a
    symlink. Before the fix the WAL was looked for next to the link, not found, and the healthy
    register was reported "truncated" (exit 5); now it opens with every committed row."""
    child = _child("tests.reliability.crash_child", str(real), "1")
    assert child.stdout is not None
    committed = -1
    for line in child.stdout:
        if line.startswith("committed "):
            committed = int(line.split()[1])
            if committed >= 40:
                break
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    wal = Path(f"{real}-wal")
    assert committed >= 40 and wal.stat().st_size > 0
    assert _pages_of_copy(real) * engine_mod.PAGE_SIZE > real.stat().st_size  # pages in the WAL

    result = run_cli(link, "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "audit chain: ok" in result.stdout
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", PASSPHRASE)
    with open_register(link) as reg:
        assert reg.path == real
        names = {a.name for a in reg.algorithms()}
    assert {f"run1-txn-{n}" for n in range(committed + 1) if n % 5 != 4} <= names


def _pages_of_copy(path: Path) -> int:
    """The register's page count, read from a copy (opening the original would checkpoint)."""
    scratch = path.parent.parent / "scratch"
    scratch.mkdir()
    copy = scratch / "copy.fdesk"
    shutil.copyfile(path, copy)
    shutil.copyfile(f"{path}-wal", f"{copy}-wal")
    conn = engine_mod.connect(copy, keys.key_for(copy, PASSPHRASE), create=True)
    try:
        pages: int = conn.execute("PRAGMA page_count").fetchone()[0]
    finally:
        conn.close()
    shutil.rmtree(scratch)
    return pages


def test_attack_backup_through_symlink_keeps_the_latest_writes(
    real: Path, link: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reproduction: open the register through a symlink, add an algorithm (it sits in the WAL
    next to the real file), back up to ``backup.fdesk``; then ``filing-desk --register LINK
    backup`` without ``-o``. Before the fix the backup copied the main file without its WAL (the
    new algorithm was missing or the copy did not verify) and automatic backups went next to the
    link; now the backup holds the new algorithm and lands in the real register's backup folder."""
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", PASSPHRASE)
    target = tmp_path / "backup.fdesk"
    with open_register(link) as reg:
        entity_id = reg.entities()[0].id
        assert entity_id is not None
        reg.create_algorithm(entity_id, name="写入后备份的算法", algo_type="02", role="provider")
        assert Path(f"{real}-wal").stat().st_size > 0
        reg.backup_to(target)
    with open_register(target, lock=False) as copy:
        assert "写入后备份的算法" in {a.name for a in copy.algorithms()}

    assert main(["--register", str(link), "backup"]) == 0
    automatic = list(app_paths().backups_for(real).glob("*.fdesk"))
    assert len(automatic) == 1 and automatic[0].name.startswith(real.stem)
    assert not app_paths().backups_for(link).exists()


def test_attack_lock_file_is_created_owner_only(tmp_path: Path) -> None:
    """Reproduction: with the usual umask 022, create and open a register, then ``ls -l
    x.fdesk.lock``. Before the fix the lock file (holding the pid and the host name) was
    world-readable (0644); now it is 0600, and an older, wider lock file is narrowed on open."""
    old_umask = os.umask(0o022)
    try:
        path = tmp_path / "x.fdesk"
        lock = path.with_name(path.name + ".lock")
        with create_register(path, passphrase=PASSPHRASE).register:
            assert stat.S_IMODE(lock.stat().st_mode) == 0o600
        lock.chmod(0o644)
        with open_register(path, passphrase=PASSPHRASE):
            assert stat.S_IMODE(lock.stat().st_mode) == 0o600
    finally:
        os.umask(old_umask)


def test_attack_symlinked_lock_file_never_truncates_its_target(real: Path, tmp_path: Path) -> None:
    """Reproduction: replace ``登记簿 real.fdesk.lock`` with a symlink to another file of the
    user's (``notes.txt``), then open the register. Before the fix the lock was taken on the link's
    target, which was emptied and overwritten with the pid; now opening is refused with a clear
    message and ``notes.txt`` keeps its bytes."""
    victim = tmp_path / "notes.txt"
    victim.write_text("重要笔记 — important notes\n", encoding="utf-8")
    lock = real.with_name(real.name + ".lock")
    lock.unlink(missing_ok=True)
    lock.symlink_to(victim)
    with pytest.raises(StorageError, match="symbolic link"):
        open_register(real, passphrase=PASSPHRASE)
    assert victim.read_text(encoding="utf-8") == "重要笔记 — important notes\n"
