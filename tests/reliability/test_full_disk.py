"""Full disk and read-only folders: saving, backing up and exporting fail with a clear error that
says what happened, and the register stays intact (it opens, its checks pass, nothing changed).

A full disk is made real with RLIMIT_FSIZE in a child process (the OS refuses to grow a file past
the limit; SIGXFSZ is ignored so the write fails instead of killing the process) or simulated with a
patched copy that raises ``OSError(ENOSPC)``. Running as root, chmod does not stop writes, so a
read-only folder is a path under a regular file, or a copy patched to raise ``PermissionError``.
"""

from __future__ import annotations

import errno
import json
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from filing_desk.cli import main
from filing_desk.domain.codes import filing_check_digit
from filing_desk.store import audit_log
from filing_desk.store import backup as backup_mod
from filing_desk.store.errors import BackupFailed, StorageError
from filing_desk.store.register import Register, create_register, open_register
from tests.helpers import factories
from tests.helpers.processes import PASSPHRASE, ROOT, child_env, python

FULL_WORDS = ("full", "No space left", "File too large", "read-only", "Permission denied")


def _number(serial: int) -> str:
    """The push algorithm's filing number with another serial (numbers are unique per register)."""
    first20 = factories.PUSH_NUMBER[:17] + f"{serial:03d}"
    return first20 + filing_check_digit(first20)


@pytest.fixture
def register_path(tmp_path: Path) -> Path:
    """A passphrase-mode register with 60 filed algorithms (exports of well over 48 KiB)."""
    path = tmp_path / "reg" / "full.fdesk"
    with create_register(path, passphrase=PASSPHRASE).register as reg:
        owner = factories.entity()
        base = factories.push_algorithm()
        items = [
            (
                owner,
                replace(base, name=f"满盘测试推荐算法{n:02d}", filing_number=_number(n)),
                (),
                (),
            )
            for n in range(60)
        ]
        reg.import_rows(items)
        reg.add_attachment("entity", reg.entities()[0].id, "business_licence", "执照.pdf", b"%PDF")
    return path


def _state(path: Path) -> dict[str, object]:
    """Everything that must survive a failed write, read through a fresh open."""
    with open_register(path, passphrase=PASSPHRASE) as reg:
        assert reg.cipher_check() == []
        chain = reg.verify_audit()
        assert chain.ok, chain.reason
        return _counts(reg) | {"events": chain.checked}


def _counts(reg: Register) -> dict[str, object]:
    entity = reg.entities()[0].id
    return {
        "entities": len(reg.entities()),
        "algorithms": sorted(a.name for a in reg.algorithms()),
        "procedures": len(reg.procedures()),
        "attachments": [a.filename for a in reg.attachments("entity", entity)],
    }


def _child(*args: str, **env: str) -> list[dict]:
    result = subprocess.run(
        [python(), "-m", "tests.reliability.fsize_child", *args],
        cwd=ROOT,
        env=child_env(FILING_DESK_PASSPHRASE=PASSPHRASE, **env),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def _check_passes(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["--register", str(path), "check"]) == 0


# --- saving ------------------------------------------------------------------------------------


def test_a_save_on_a_full_disk_is_refused_clearly_and_changes_nothing(
    register_path: Path, monkeypatch, capsys
) -> None:
    before = _state(register_path)
    [result] = _child("save", str(register_path))
    assert result["error"] == "StorageError", result
    assert "full" in result["message"] and "nothing was changed" in result["message"]
    assert _state(register_path) == before
    _check_passes(register_path, monkeypatch)


def test_an_os_error_inside_a_transaction_rolls_everything_back(
    register_path: Path, monkeypatch
) -> None:
    before = _state(register_path)
    reg = open_register(register_path, passphrase=PASSPHRASE)

    def no_space(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(audit_log, "append", no_space)  # after the rows, before the commit
    with reg, pytest.raises(StorageError, match="No space left on device"):
        reg.create_algorithm(
            reg.entities()[0].id, name="写不进去的算法", algo_type="02", role="provider"
        )
    assert _state(register_path) == before


def test_opening_on_a_full_disk_is_not_reported_as_a_wrong_key(register_path: Path) -> None:
    """SQLite cannot create its shared-memory file: the user must not be told the key is wrong."""
    [result] = _child("open", str(register_path), str(8 * 1024))
    assert result["error"] == "StorageError", result
    assert any(word in result["message"] for word in FULL_WORDS), result


# --- backups -----------------------------------------------------------------------------------


def _backup_fails(path: Path, target: Path, *match: str) -> BackupFailed:
    with open_register(path, passphrase=PASSPHRASE) as reg, pytest.raises(BackupFailed) as info:
        reg.backup_to(target)
    message = str(info.value)
    assert any(m in message for m in match) and str(target) in message, message
    for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        assert not leftover.exists(), f"a failed backup left {leftover.name} behind"
    return info.value


def test_a_backup_on_a_full_disk_fails_clearly_and_leaves_no_partial_copy(
    register_path: Path, tmp_path: Path, monkeypatch
) -> None:
    before = _state(register_path)
    real_copy = shutil.copyfile

    def half_then_full(src, dst, *args, **kwargs):
        data = Path(src).read_bytes()
        Path(dst).write_bytes(data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device", str(dst))

    monkeypatch.setattr(backup_mod.shutil, "copyfile", half_then_full)
    _backup_fails(register_path, tmp_path / "backups" / "b.fdesk", "No space left on device")
    monkeypatch.setattr(backup_mod.shutil, "copyfile", real_copy)
    assert _state(register_path) == before
    _check_passes(register_path, monkeypatch)


def test_a_backup_into_a_read_only_folder_fails_clearly(
    register_path: Path, tmp_path: Path, monkeypatch, capsys
) -> None:
    before = _state(register_path)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    _backup_fails(register_path, blocker / "b.fdesk", "Not a directory", "File exists")

    def refused(src, dst, *args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(dst))

    monkeypatch.setattr(backup_mod.shutil, "copyfile", refused)
    _backup_fails(register_path, tmp_path / "ro" / "b.fdesk", "Permission denied")
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", PASSPHRASE)
    target = tmp_path / "ro" / "cli.fdesk"
    assert main(["--register", str(register_path), "backup", "-o", str(target)]) == 13
    err = capsys.readouterr().err
    assert "Permission denied" in err and str(target) in err and "Traceback" not in err
    monkeypatch.undo()
    assert _state(register_path) == before


# --- exports -----------------------------------------------------------------------------------


@pytest.mark.slow
def test_an_export_on_a_full_disk_fails_clearly_and_leaves_no_partial_file(
    register_path: Path, tmp_path: Path, monkeypatch
) -> None:
    before = _state(register_path)
    out, temp = tmp_path / "exports", tmp_path / "temp"
    temp.mkdir()
    results = _child("export", str(register_path), str(out), str(48 * 1024), TMPDIR=str(temp))
    assert [r["what"] for r in results] == ["xlsx", "csv", "json"]
    problems = []
    for r in results:
        target = out / f"register.{r['what']}"
        if not isinstance(r["code"], int) or r["code"] == 0:
            problems.append(f"{r['what']}: no exit code but {r['code']!r}")
        elif not any(w in r["message"] for w in FULL_WORDS) or str(target) not in r["message"]:
            problems.append(f"{r['what']}: unclear message {r['message']!r}")
        if "Traceback" in r["message"]:
            problems.append(f"{r['what']}: a traceback was printed")
        if target.exists():
            problems.append(f"{r['what']}: a partial export of {target.stat().st_size} bytes left")
    leftovers = sorted(p.name for p in temp.rglob("*"))
    if leftovers:
        problems.append(f"plaintext temp files left behind: {leftovers}")
    assert _state(register_path) == before
    assert problems == [], "\n".join(problems)


def test_an_export_into_a_read_only_folder_fails_clearly(
    register_path: Path, tmp_path: Path, monkeypatch, capsys
) -> None:
    before = _state(register_path)
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", PASSPHRASE)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    for fmt in ("xlsx", "csv", "json"):
        target = blocker / f"register.{fmt}"
        code = main(
            ["--register", str(register_path), "export", "--format", fmt, "-o", str(target)]
        )
        err = capsys.readouterr().err
        assert code != 0 and "Traceback" not in err
        assert ("Not a directory" in err or "File exists" in err) and str(blocker) in err, err
    assert _state(register_path) == before
