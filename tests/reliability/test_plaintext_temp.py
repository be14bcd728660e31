"""Decrypted attachments never outlive the app (issue 13, item 3).

The real app runs in a child process (``open_child``: offscreen, a passphrase-mode register with
one attachment whose content is a unique canary), opens the attachment through the panel's Open
action — which writes the plaintext copy to the private temp folder — and is then sent SIGTERM
or SIGKILL. Afterwards every file under the test's folders (the temp dir, the register's folder,
the app's home) is searched for the canary bytes.
"""

from __future__ import annotations

import os
import queue
import secrets
import signal
import stat
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

from filing_desk.ui import tempfiles
from tests.helpers.processes import PASSPHRASE, ROOT, child_env, python
from tests.helpers.registers import make_register

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and modes")
TIMEOUT = 90


@dataclass
class World:
    root: Path  # everything the test and its children write is under here
    register: Path
    temp: Path  # the children's system temp dir (TMPDIR)
    canary: bytes

    def plaintext_copies(self) -> list[Path]:
        """Every file under ``root`` holding the attachment's decrypted bytes."""
        found = []
        for top, _dirs, names in os.walk(self.root):
            for name in names:
                path = Path(top, name)
                if path.is_file() and not path.is_symlink() and self.canary in path.read_bytes():
                    found.append(path)
        return found


@pytest.fixture
def world(tmp_path: Path) -> World:
    canary = b"%PDF-1.4 plaintext canary " + secrets.token_hex(16).encode()
    register = tmp_path / "data" / "register.fdesk"
    register.parent.mkdir()
    reg = make_register(register, passphrase=PASSPHRASE)
    entity = reg.create_entity(name="临时文件测试有限公司")
    reg.add_attachment("entity", entity.id, "business_licence", "营业执照.pdf", canary)
    reg.close()
    temp = tmp_path / "system-temp"
    temp.mkdir()
    return World(tmp_path, register, temp, canary)


class Child:
    """The app in a child process; its stdout read line by line on a thread, its stderr kept in
    a file (Qt's warnings would otherwise fill a pipe)."""

    def __init__(self, world: World, mode: str) -> None:
        env = child_env(
            FILING_DESK_PASSPHRASE=PASSPHRASE,
            FILING_DESK_HOME=str(world.root / "home"),
            TMPDIR=str(world.temp),
        )
        self.err_path = world.root / f"child-{mode}-{secrets.token_hex(4)}.err"
        with self.err_path.open("wb") as err:
            self.proc = subprocess.Popen(
                [python(), "-m", "tests.reliability.open_child", str(world.register), mode],
                cwd=ROOT,
                env=env,
                stdout=subprocess.PIPE,
                stderr=err,
                text=True,
                preexec_fn=lambda: os.umask(0),  # the most permissive umask
            )
        self.lines: queue.Queue[str] = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        RUNNING.append(self)

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put("")  # end of output

    def wait_for(self, prefix: str) -> str:
        while True:
            try:
                line = self.lines.get(timeout=TIMEOUT)
            except queue.Empty:
                raise AssertionError(f"no {prefix!r} from the app in {TIMEOUT} s") from None
            if line.startswith(prefix):
                return line[len(prefix) :]
            if line == "" and self.proc.poll() is not None:
                raise AssertionError(f"the app ended before {prefix!r}: {self.stderr()}")

    def end(self) -> int:
        """Wait for the process to end; its exit code."""
        code = self.proc.wait(timeout=TIMEOUT)
        self.reader.join(timeout=TIMEOUT)
        return code

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.end()
        assert self.proc.stdout is not None
        self.proc.stdout.close()

    def stderr(self) -> str:
        return self.err_path.read_text(encoding="utf-8", errors="replace")[-3000:]


RUNNING: list[Child] = []


@pytest.fixture(autouse=True)
def _end_children():
    """No child outlives its test, whatever the test's outcome."""
    yield
    while RUNNING:
        RUNNING.pop().close()


def opened_by(child: Child, world: World) -> Path:
    opened = Path(child.wait_for("opened "))
    assert opened.is_relative_to(world.temp) and opened.name == "营业执照.pdf"
    assert opened.read_bytes() == world.canary
    assert world.plaintext_copies() == [opened]
    return opened


def test_attack_sigterm_with_an_opened_attachment_leaves_no_plaintext(world: World) -> None:
    """Reproduction: open an attachment (the app writes its decrypted copy to a temp folder), then
    log out or shut down: the session sends the app SIGTERM. Before: the process died on the
    signal and the plaintext copy stayed in /tmp. After: SIGTERM quits like File › Quit — the
    copy is zeroed and deleted, the changed register is backed up, the exit code is 0."""
    child = Child(world, "open")
    opened = opened_by(child, world)
    child.proc.send_signal(signal.SIGTERM)
    assert child.end() == 0, child.stderr()
    assert child.wait_for("exited ") == "0"
    assert not opened.exists() and not opened.parent.exists()
    assert world.plaintext_copies() == []
    assert list(world.temp.iterdir()) == []  # not even the folder's marker
    backups = world.register.parent / "register-backups"
    assert list(backups.glob("*.fdesk")), "the exit backup did not run"


@pytest.mark.parametrize("sig", [signal.SIGHUP, signal.SIGINT])
def test_attack_hangup_or_interrupt_also_wipes(world: World, sig: signal.Signals) -> None:
    """The terminal that started the app closes (SIGHUP) or Ctrl+C is pressed (SIGINT): as for
    SIGTERM, the app quits normally and leaves no plaintext."""
    child = Child(world, "open")
    opened_by(child, world)
    child.proc.send_signal(sig)
    assert child.end() == 0, child.stderr()
    assert world.plaintext_copies() == [] and list(world.temp.iterdir()) == []


def test_attack_sigkill_leaves_plaintext_that_the_next_start_wipes(world: World) -> None:
    """Reproduction: open an attachment, then the app is killed (SIGKILL, power loss, OOM
    killer): nothing can run, so the decrypted copy stays. Before: it stayed for good. After:
    the next start of the app finds the folder (its instance's lock is gone) and wipes it. While
    it existed, the folder was 0700 and the files 0600 although the app ran with umask 000."""
    child = Child(world, "open")
    opened = opened_by(child, world)
    folder = opened.parent
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(opened.stat().st_mode) == 0o600
    child.proc.kill()
    assert child.end() == -signal.SIGKILL
    assert opened.read_bytes() == world.canary  # SIGKILL cannot be handled
    second = Child(world, "start")
    second.wait_for("started")
    assert second.end() == 0, second.stderr()
    assert not folder.exists()
    assert world.plaintext_copies() == [] and list(world.temp.iterdir()) == []


def test_a_new_start_leaves_a_running_instances_folder_alone(world: World) -> None:
    """Two instances (two registers, or the app and a second window): the second one's start-up
    wipe must not delete the file the first one is showing. Then the first ends on SIGTERM and
    no plaintext remains."""
    first = Child(world, "open")
    opened = opened_by(first, world)
    other = world.register.with_name("other.fdesk")
    make_register(other, passphrase=PASSPHRASE).close()
    second = Child(World(world.root, other, world.temp, world.canary), "start")  # same temp dir
    second.wait_for("started")
    assert second.end() == 0, second.stderr()
    assert opened.read_bytes() == world.canary, "a running instance's file was wiped"
    first.proc.send_signal(signal.SIGTERM)
    assert first.end() == 0, first.stderr()
    assert world.plaintext_copies() == [] and list(world.temp.iterdir()) == []


# --- the folder's rules, in this process ---------------------------------------------------------


@pytest.mark.parametrize("umask", [0o000, 0o022, 0o277])
def test_attack_umask_cannot_widen_or_narrow_the_owner_only_modes(
    tmp_path: Path, monkeypatch, umask: int
) -> None:
    """With a permissive umask the folder and files must still be owner-only; with a strict one
    (0277) the old code made 0400 files it could then not overwrite with zeros."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    old = os.umask(umask)
    try:
        folder = tempfiles.PrivateTempDir()
        opened = folder.write("合同.pdf", b"%PDF-1.4 secret contract")
        modes = {
            p.name: stat.S_IMODE(p.stat().st_mode)
            for p in (folder.path, opened, folder.path / tempfiles.MARKER)
        }
    finally:
        os.umask(old)
    assert modes == {folder.path.name: 0o700, "合同.pdf": 0o600, tempfiles.MARKER: 0o600}
    root = folder.path
    folder.wipe()
    assert not root.exists() and list(tmp_path.iterdir()) == []


def stale_folder(temp: Path, name: str, note: bytes = b"pid 1\n") -> Path:
    folder = temp / name
    folder.mkdir(mode=0o700)
    (folder / tempfiles.MARKER).write_bytes(note)
    return folder


def test_start_up_wipe_never_follows_links_out_of_a_stale_folder(tmp_path: Path) -> None:
    """Attack on the wipe itself: a stale-looking folder whose "file" is a link to a document
    elsewhere, or a folder name that is itself a link. The wipe removes the link, never zeroes
    or deletes what it points to."""
    temp, victim = tmp_path / "temp", tmp_path / "mine" / "thesis.docx"
    temp.mkdir()
    victim.parent.mkdir()
    victim.write_bytes(b"years of work")
    stale = stale_folder(temp, tempfiles.PREFIX + "stale")
    (stale / "opened.pdf").write_bytes(b"%PDF plaintext")
    (stale / "link.docx").symlink_to(victim)
    (stale / "sub").symlink_to(victim.parent)
    decoy = stale_folder(tmp_path, "decoy")
    (decoy / "thesis.docx").symlink_to(victim)
    (temp / (tempfiles.PREFIX + "linked")).symlink_to(decoy)
    assert tempfiles.wipe_stale(temp) == [stale]
    assert not stale.exists() and victim.read_bytes() == b"years of work"
    assert (decoy / tempfiles.MARKER).exists() and (decoy / "thesis.docx").is_symlink()
    assert (temp / (tempfiles.PREFIX + "linked")).is_symlink()


def test_start_up_wipe_skips_folders_being_made_and_other_apps(tmp_path: Path) -> None:
    """A folder whose marker has no note yet (its instance is between creating and locking it),
    a folder without a marker, and another app's folder are left alone."""
    making = stale_folder(tmp_path, tempfiles.PREFIX + "making", note=b"")
    bare = tmp_path / (tempfiles.PREFIX + "bare")
    bare.mkdir()
    (bare / "x.pdf").write_bytes(b"x")
    other = stale_folder(tmp_path, "filing-desk-demo-abc")
    assert tempfiles.wipe_stale(tmp_path) == []
    assert (making / tempfiles.MARKER).exists() and (bare / "x.pdf").exists() and other.exists()
