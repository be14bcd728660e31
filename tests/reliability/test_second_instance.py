"""Second instance: while one process has the register, another is refused and changes nothing;
the lock of a process that died (SIGKILL) does not block the next one.
"""

from __future__ import annotations

import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from filing_desk.store.errors import RegisterLocked
from filing_desk.store.register import create_register, open_register
from tests.helpers.processes import PASSPHRASE, ROOT, child_env, python, run_cli
from tests.helpers.registers import sha256_of

REFUSAL = "open in another Filing Desk window or command"


@pytest.fixture
def register_path(tmp_path: Path) -> Path:
    path = tmp_path / "shared.fdesk"
    with create_register(path, passphrase=PASSPHRASE).register as reg:
        entity = reg.create_entity(name="并发测试有限公司")
        reg.create_algorithm(entity.id, name="并发测试推荐算法", algo_type="02", role="provider")
    return path


def _fingerprint(path: Path) -> dict[str, str]:
    """sha256 of the register and of its WAL (an idle holder writes neither)."""
    files = [path, Path(f"{path}-wal")]
    return {p.name: sha256_of(p) for p in files if p.exists()}


@pytest.fixture
def holder(register_path: Path) -> Iterator[subprocess.Popen[str]]:
    proc = subprocess.Popen(
        [python(), "-m", "tests.reliability.hold_child", str(register_path)],
        cwd=ROOT,
        env=child_env(FILING_DESK_PASSPHRASE=PASSPHRASE),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if line != "holding":
        proc.kill()
        pytest.fail(f"hold_child did not start: {line!r} {proc.communicate()[1]}")
    yield proc
    if proc.poll() is None:
        proc.communicate("", timeout=30)
    for pipe in (proc.stdin, proc.stdout, proc.stderr):
        if pipe is not None and not pipe.closed:
            pipe.close()


def test_cli_is_refused_while_another_process_holds_the_register(
    register_path: Path, holder: subprocess.Popen[str]
) -> None:
    before = _fingerprint(register_path)
    for command in (["check"], ["backup", "-o", str(register_path.parent / "b.fdesk")]):
        result = run_cli(register_path, *command)
        assert result.returncode == RegisterLocked.exit_code, (command, result.stderr)
        assert REFUSAL in result.stderr, (command, result.stderr)
        assert "Traceback" not in result.stderr
    with pytest.raises(RegisterLocked, match=REFUSAL):
        open_register(register_path, passphrase=PASSPHRASE)
    assert _fingerprint(register_path) == before
    assert not (register_path.parent / "b.fdesk").exists()
    holder.communicate("", timeout=30)
    assert holder.returncode == 0
    assert run_cli(register_path, "check").returncode == 0  # released on a clean exit


def test_cli_is_refused_while_this_process_holds_the_register(register_path: Path) -> None:
    with open_register(register_path, passphrase=PASSPHRASE) as reg:
        reg.set_setting("held", "yes")
        before = _fingerprint(register_path)
        result = run_cli(register_path, "check")
        assert result.returncode == RegisterLocked.exit_code
        assert REFUSAL in result.stderr
        with pytest.raises(RegisterLocked):
            open_register(register_path, passphrase=PASSPHRASE)  # the same process, again
        assert _fingerprint(register_path) == before
        assert reg.setting("held") == "yes"  # the refused opener did not disturb the holder


def test_a_stale_lock_left_by_a_killed_holder_does_not_block(
    register_path: Path, holder: subprocess.Popen[str]
) -> None:
    lock = register_path.with_name(register_path.name + ".lock")
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=30)
    assert lock.exists() and f"pid {holder.pid}" in lock.read_text(encoding="utf-8")
    result = run_cli(register_path, "check")
    assert result.returncode == 0, result.stderr
    assert "audit chain: ok" in result.stdout
    with open_register(register_path, passphrase=PASSPHRASE) as reg:
        assert [a.name for a in reg.algorithms()] == ["并发测试推荐算法"]
