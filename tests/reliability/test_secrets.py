"""Secrets: the data key, the recovery key and the passphrases never appear in log records, error
messages, tracebacks, the settings file, temporary folders, exports or a backup's plaintext; files
opened from the register are overwritten and removed on lock and on exit.
"""

from __future__ import annotations

import logging
import os
import subprocess
import tempfile
import traceback
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest

from filing_desk import log
from filing_desk.cli import main
from filing_desk.paths import app_paths
from filing_desk.store import engine as engine_mod
from filing_desk.store import keys
from filing_desk.store.errors import BackupFailed, KeyringUnavailable, WrongKey
from filing_desk.store.register import create_register, open_register
from filing_desk.store.restore import restore
from tests.helpers.memory_keyring import BrokenKeyring, MemoryKeyring
from tests.helpers.processes import PASSPHRASE, ROOT, child_env, python

BACKUP_PASSPHRASE = "backup passphrase 备份口令 9f3k"


@dataclass
class Secrets:
    """Everything that must stay out of logs, messages and plain files."""

    texts: list[str]
    raw_keys: list[bytes]

    def add_key(self, raw: bytes) -> None:
        self.raw_keys.append(raw)
        self.texts += [raw.hex(), raw.hex().upper()]

    def add_recovery(self, recovery: str) -> None:
        self.texts += [recovery, recovery.replace("-", "")]

    def found_in_text(self, text: str) -> list[str]:
        return [f"secret #{n}" for n, s in enumerate(self.texts) if s and s in text]

    def found_in_bytes(self, data: bytes) -> list[str]:
        needles = [s.encode("utf-8") for s in self.texts] + self.raw_keys
        return [f"secret #{n}" for n, s in enumerate(needles) if s and s in data]


@pytest.fixture
def secrets() -> Secrets:
    return Secrets([PASSPHRASE, BACKUP_PASSPHRASE], [])


def _key_of(recovery: str) -> bytes:
    return keys.parse_recovery_key(recovery).raw


def _format(exc: BaseException) -> str:
    return "".join(traceback.format_exception(exc)) + str(exc) + repr(exc)


def _record_text(record: logging.LogRecord) -> str:
    text = record.getMessage()
    if record.exc_info:
        text += "".join(traceback.format_exception(*record.exc_info))
    return text + (record.exc_text or "") + (record.stack_info or "")


# --- logs, error messages, tracebacks -------------------------------------------------------


def _failures(tmp_path: Path, path: Path, recovery: str, backup: Path) -> Iterator[BaseException]:
    """Every way unlocking, backing up and restoring can fail, as the exception raised."""
    wrong_recovery = keys.format_recovery_key(keys.DataKey(os.urandom(32), keys.KeySource.RECOVERY))
    attempts = [
        lambda: open_register(path, passphrase=PASSPHRASE + "x"),
        lambda: open_register(path, recovery=wrong_recovery),
        lambda: open_register(path, recovery=recovery[:-1] + ("0" if recovery[-1] != "0" else "1")),
        lambda: restore(backup, tmp_path / "bad-restore.fdesk", backup_passphrase="wrong"),
        lambda: restore(backup, tmp_path / "bad-restore-2.fdesk", recovery=wrong_recovery),
    ]
    for attempt in attempts:
        with pytest.raises(Exception) as info:
            attempt()
        yield info.value
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    with open_register(path, passphrase=PASSPHRASE) as reg, pytest.raises(BackupFailed) as info:
        reg.backup_to(blocker / "sub" / "b.fdesk")
    yield info.value
    keyring.set_keyring(BrokenKeyring())
    with pytest.raises(KeyringUnavailable) as info:
        create_register(tmp_path / "keyring-mode.fdesk")
    yield info.value


def test_no_secret_in_log_records_errors_or_tracebacks(
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    secrets: Secrets,
    monkeypatch,
    capsys,
    memory_keyring: MemoryKeyring,
) -> None:
    caplog.set_level(logging.DEBUG)  # every library's debug output (SQLAlchemy, Alembic…)
    path = tmp_path / "secret.fdesk"
    created = create_register(path, passphrase=PASSPHRASE)
    secrets.add_recovery(created.recovery_key)
    secrets.add_key(_key_of(created.recovery_key))
    with created.register as reg:
        entity = reg.create_entity(name="保密测试有限公司")
        reg.add_attachment("entity", entity.id, "business_licence", "执照.pdf", b"%PDF-1.4 x")
        reg.backup_to(tmp_path / "plain-backup.fdesk")
        reg.backup_to(tmp_path / "own-pass-backup.fdesk", passphrase=BACKUP_PASSPHRASE)
    open_register(path, passphrase=PASSPHRASE).close()
    open_register(path, recovery=created.recovery_key).close()
    restore(tmp_path / "own-pass-backup.fdesk", tmp_path / "restored.fdesk", BACKUP_PASSPHRASE)
    for stored in memory_keyring.store.values():
        secrets.add_key(bytes.fromhex(stored))  # the restored copy's new key, in the keyring
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["--register", str(path), "check"]) == 0
    assert main(["--register", str(path), "backup", "-o", str(tmp_path / "cli.fdesk")]) == 0
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", PASSPHRASE + "wrong")
    assert main(["--register", str(path), "check"]) == WrongKey.exit_code
    monkeypatch.delenv("FILING_DESK_PASSPHRASE")
    errors = list(
        _failures(tmp_path, path, created.recovery_key, tmp_path / "own-pass-backup.fdesk")
    )
    out = capsys.readouterr()
    assert caplog.records, "nothing was logged: the capture is not working"
    leaks = [
        (record.name, found)
        for record in caplog.records
        for found in secrets.found_in_text(_record_text(record))
    ]
    assert leaks == [], "key material in log records"
    assert {type(e).__name__ for e in errors} >= {"WrongKey", "BackupFailed", "KeyringUnavailable"}
    for exc in errors:
        assert secrets.found_in_text(_format(exc)) == [], f"key material in {type(exc).__name__}"
    assert secrets.found_in_text(out.out + out.err) == []


def test_the_log_file_redacts_key_material(tmp_path: Path, secrets: Secrets) -> None:
    raw = os.urandom(32)
    secrets.add_key(raw)
    recovery = keys.format_recovery_key(keys.DataKey(raw, keys.KeySource.RECOVERY))
    secrets.add_recovery(recovery)
    logfile = log.setup_logging(tmp_path / "log", level=logging.DEBUG)
    log.register_secret(PASSPHRASE)
    log.register_secret(BACKUP_PASSPHRASE)
    logger = logging.getLogger("filing_desk.store.test")
    try:
        logger.debug("opening with %s", keys.DataKey(raw, keys.KeySource.PASSPHRASE).pragma)
        logger.info("raw key %s, upper %s", raw.hex(), raw.hex().upper())
        logger.warning("recovery key %s", recovery)
        logger.error("user typed %r and %s", PASSPHRASE, BACKUP_PASSPHRASE)
        try:
            raise RuntimeError(f"cannot key {raw.hex()} with {PASSPHRASE}")
        except RuntimeError:
            logger.exception("unlock failed")
        logger.info("an ordinary line: 主体 %s, audit %s", "北京示例", "ok")
        for handler in logging.getLogger().handlers:
            handler.flush()
        text = logfile.read_text(encoding="utf-8")
    finally:
        for handler in [h for h in logging.getLogger().handlers if h.get_name() == "filing-desk"]:
            logging.getLogger().removeHandler(handler)
            handler.close()
        log.forget_secret(PASSPHRASE)
        log.forget_secret(BACKUP_PASSPHRASE)
    assert secrets.found_in_text(text) == []
    assert text.count(log.REDACTED) >= 8
    assert (
        "unlock failed" in text
        and "RuntimeError" in text
        and "an ordinary line: 主体 北京示例" in text
    )
    assert oct(logfile.stat().st_mode & 0o777) == "0o600"


def test_redacting_filter_on_a_capture_handler(caplog: pytest.LogCaptureFixture) -> None:
    raw = os.urandom(32)
    caplog.handler.addFilter(log.RedactingFilter())
    caplog.set_level(logging.DEBUG)
    logging.getLogger("filing_desk").debug("PRAGMA key = \"x'%s'\"", raw.hex())
    assert raw.hex() not in caplog.text and log.REDACTED in caplog.text


# --- files: settings, temp folders, exports, backups ------------------------------------------


def _scan_tree(folder: Path, secrets: Secrets) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        hits = secrets.found_in_bytes(data)
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                for member in archive.namelist():
                    hits += secrets.found_in_bytes(archive.read(member))
        if hits:
            found[str(path)] = hits
    return found


def _plaintext(path: Path, raw: bytes) -> bytes:
    """Every value of every table of an encrypted register (or backup), decrypted."""
    conn = engine_mod.connect(path, keys.DataKey(raw, keys.KeySource.RECOVERY))
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        values = [
            v for name in names for row in conn.execute(f'SELECT * FROM "{name}"') for v in row
        ]
    finally:
        conn.close()
    assert len(values) > 100, "the plaintext scan read almost nothing"
    return b"\n".join(v if isinstance(v, bytes) else str(v).encode("utf-8") for v in values)


@pytest.mark.slow
def test_no_secret_in_settings_temp_files_exports_or_backups(
    tmp_path: Path, private_home: Path, secrets: Secrets, monkeypatch, capsys
) -> None:
    from filing_desk.ui.prefs import Prefs
    from filing_desk.ui.tempfiles import PrivateTempDir

    systemp = tmp_path / "system-temp"
    systemp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(systemp))
    monkeypatch.setenv("TMPDIR", str(systemp))
    monkeypatch.setenv("FILING_DESK_PASSPHRASE", PASSPHRASE)
    log.setup_logging(app_paths().log)
    try:
        assert main(["init"]) == 0
        recovery = capsys.readouterr().out.splitlines()[-1].strip()
        secrets.add_recovery(recovery)
        secrets.add_key(_key_of(recovery))
        assert main(["demo"]) == 0
        prefs = Prefs()
        prefs.language, prefs.idle_minutes, prefs.last_view = "zh_CN", 5, "dashboard"
        prefs.sync()
        exports = tmp_path / "exports"
        for fmt in ("xlsx", "csv", "json"):
            assert main(["export", "--format", fmt, "-o", str(exports / f"register.{fmt}")]) == 0
        assert main(["print", "--algorithm", "1", "--form", "algorithm-filing",
                     "-o", str(exports / "filing.pdf")]) == 0  # fmt: skip
        assert main(["backup"]) == 0
        monkeypatch.setenv("FILING_DESK_BACKUP_PASSPHRASE", BACKUP_PASSPHRASE)
        assert main(["backup", "-o", str(tmp_path / "backups" / "own-pass.fdesk")]) == 0
        restored = tmp_path / "restored.fdesk"
        assert (
            main(["restore", str(tmp_path / "backups" / "own-pass.fdesk"), "-o", str(restored)])
            == 0
        )
        with open_register(app_paths().default_register) as reg:
            info = reg.attachments("entity", reg.entities()[0].id)[0]
            _, content = reg.attachment_content(info.id)
        opened = PrivateTempDir()
        opened.write(info.filename, content)
        in_temp = _scan_tree(systemp, secrets)
        opened.wipe()
    finally:
        for handler in [h for h in logging.getLogger().handlers if h.get_name() == "filing-desk"]:
            logging.getLogger().removeHandler(handler)
            handler.close()
    capsys.readouterr()
    assert prefs.path.is_file() and prefs.path.is_relative_to(private_home)
    assert in_temp == {}, "key material in the temp folder"
    assert _scan_tree(private_home, secrets) == {}, "key material in settings, logs or data"
    assert _scan_tree(exports, secrets) == {}, "key material in an export"
    assert _scan_tree(tmp_path / "backups", secrets) == {}
    backups = sorted(app_paths().backups_for(app_paths().default_register).glob("*.fdesk"))
    assert backups
    key = _key_of(recovery)
    for copy in [app_paths().default_register, *backups]:
        assert secrets.found_in_bytes(_plaintext(copy, key)) == [], f"key inside {copy.name}"
    assert list(systemp.iterdir()) == [] or all(
        not p.name.startswith("filing-desk-") for p in systemp.iterdir()
    )


# --- opened attachments ----------------------------------------------------------------------


def test_wipe_overwrites_opened_files_with_zeros_before_removing_them(monkeypatch) -> None:
    from filing_desk.ui.tempfiles import PrivateTempDir

    folder = PrivateTempDir()
    files = [
        folder.write("自评估报告.pdf", b"%PDF-1.7 confidential " * 5000),
        folder.write("../../escape.docx", b"PK\x03\x04 secret"),
        folder.write("自评估报告.pdf", b"second copy"),
    ]
    assert all(f.parent == folder.path for f in files)
    assert oct(folder.path.stat().st_mode & 0o777) == "0o700"
    assert {oct(f.stat().st_mode & 0o777) for f in files} == {"0o600"}
    at_unlink: dict[str, bytes] = {}
    real_unlink = Path.unlink

    def spy(self: Path, *args, **kwargs) -> None:
        if self.is_file():
            at_unlink[self.name] = self.read_bytes()
        real_unlink(self, *args, **kwargs)

    monkeypatch.setattr(Path, "unlink", spy)
    root = folder.path
    folder.wipe()
    assert sorted(at_unlink) == sorted(f.name for f in files)
    for name, data in at_unlink.items():
        assert data and data == bytes(len(data)), f"{name} was not overwritten before removal"
    assert not root.exists() and folder.files() == []


def test_opened_files_are_gone_after_lock(qtbot, tmp_path: Path) -> None:
    from filing_desk.ui.main_window import MainWindow
    from filing_desk.ui.prefs import Prefs
    from filing_desk.ui.tempfiles import PrivateTempDir

    reg = create_register(tmp_path / "gui.fdesk", passphrase=PASSPHRASE).register
    entity = reg.create_entity(name="锁定测试有限公司")
    reg.add_attachment("entity", entity.id, "business_licence", "执照.pdf", b"%PDF-1.4 secret")
    temp_dir = PrivateTempDir()
    window = MainWindow(reg.path, Prefs(tmp_path / "prefs.ini"), temp_dir, register=reg)
    window.backup_on_exit = False
    qtbot.addWidget(window)
    info = reg.attachments("entity", entity.id)[0]
    opened = temp_dir.write(info.filename, reg.attachment_content(info.id)[1])
    assert opened.read_bytes() == b"%PDF-1.4 secret"
    window.lock()
    assert not opened.exists() and not opened.parent.exists()
    assert window.register is None
    window.shutdown()


EXIT_CHILD = """
from filing_desk.ui.tempfiles import PrivateTempDir
folder = PrivateTempDir()
print(folder.write("合同.pdf", b"%PDF-1.4 secret contract"), flush=True)
"""


def test_opened_files_are_gone_after_exit(tmp_path: Path) -> None:
    result = subprocess.run(
        [python(), "-c", EXIT_CHILD],
        cwd=ROOT,
        env=child_env(TMPDIR=str(tmp_path)),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    opened = Path(result.stdout.strip())
    assert opened.is_relative_to(tmp_path) and opened.name == "合同.pdf"
    assert not opened.exists() and not opened.parent.exists()
