"""Each way a register can fail to open has its own exception, and the file is never touched."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import keyring
import pytest

from filing_desk.cli import main
from filing_desk.store import errors
from filing_desk.store.migrate import HEAD
from filing_desk.store.register import open_register
from tests.helpers.memory_keyring import BrokenKeyring
from tests.helpers.registers import make_register, sha256_of


@pytest.fixture
def made(tmp_path: Path) -> Path:
    path = tmp_path / "register.fdesk"
    reg = make_register(path)
    entity = reg.create_entity(name="北京示例科技有限公司")
    for i in range(60):  # enough rows for several pages
        reg.create_algorithm(entity.id, name=f"算法{i}" * 20, algo_type="02", role="provider")
    reg.close()
    return path


def _assert_refused(path: Path, exc_type: type[Exception], match: str, **kwargs: object) -> None:
    before = sha256_of(path) if path.exists() else None
    with pytest.raises(exc_type, match=match) as info:
        open_register(path, **kwargs)
    assert type(info.value) is exc_type
    if before is not None:
        assert sha256_of(path) == before


def test_missing_file(tmp_path: Path) -> None:
    _assert_refused(tmp_path / "nowhere.fdesk", errors.RegisterNotFound, "No register at")
    assert not (tmp_path / "nowhere.fdesk").exists()


def test_wrong_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "p.fdesk"
    make_register(path, passphrase="the right one").close()
    _assert_refused(
        path, errors.WrongKey, "passphrase or recovery key is wrong", passphrase="a wrong one"
    )


def test_wrong_recovery_key(made: Path) -> None:
    from filing_desk.store.keys import DataKey, KeySource, format_recovery_key

    other = format_recovery_key(DataKey(b"\x01" * 32, KeySource.RECOVERY))
    _assert_refused(made, errors.WrongKey, "wrong", recovery=other)


def test_plain_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "plain.fdesk"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (a)")
    conn.commit()
    conn.close()
    _assert_refused(path, errors.NotEncrypted, "plain, unencrypted SQLite")


def test_truncated_mid_page(made: Path) -> None:
    data = made.read_bytes()
    made.write_bytes(data[: len(data) // 2 + 123])
    _assert_refused(made, errors.TruncatedRegister, "cut off")


def test_truncated_at_page_boundary(made: Path) -> None:
    data = made.read_bytes()
    assert len(data) >= 4 * 4096
    made.write_bytes(data[: 2 * 4096])
    _assert_refused(made, errors.TruncatedRegister, "cut off")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.fdesk"
    path.write_bytes(b"")
    _assert_refused(path, errors.TruncatedRegister, "empty")


@pytest.mark.parametrize(
    ("content", "what"),
    [
        (b"%PDF-1.7\n" + os.urandom(5000), "PDF"),
        ("备案清单\n".encode() * 900, "text"),
        (b"PK\x03\x04" + os.urandom(4092), "ZIP"),
    ],
)
def test_not_a_database(tmp_path: Path, content: bytes, what: str) -> None:
    path = tmp_path / "other.fdesk"
    path.write_bytes(content)
    _assert_refused(path, errors.NotADatabase, what)


def test_random_bytes_with_no_key(tmp_path: Path) -> None:
    path = tmp_path / "noise.fdesk"
    path.write_bytes(os.urandom(8192))
    _assert_refused(path, errors.KeyNotFound, "No key for this register")


def test_keyring_unavailable(made: Path) -> None:
    keyring.set_keyring(BrokenKeyring())
    _assert_refused(made, errors.KeyringUnavailable, "recovery key")


def test_keyring_unavailable_then_recovery_key_opens(tmp_path: Path) -> None:
    from filing_desk.store.register import create_register

    created = create_register(tmp_path / "r.fdesk")
    created.register.close()
    keyring.set_keyring(BrokenKeyring())
    with open_register(tmp_path / "r.fdesk", recovery=created.recovery_key) as reg:
        assert reg.schema_revision() == HEAD


def test_each_failure_has_its_own_cli_exit_code(made: Path, tmp_path: Path, capsys) -> None:
    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("CREATE TABLE t (a)").connection.commit()
    codes = {
        main(["--register", str(tmp_path / "missing.fdesk"), "check"]),
        main(["--register", str(plain), "check"]),
    }
    keyring.set_keyring(BrokenKeyring())
    codes.add(main(["--register", str(made), "check"]))
    err = capsys.readouterr().err
    assert len(codes) == 3 and 0 not in codes
    assert "No register at" in err and "unencrypted" in err and "keyring" in err
    assert all(line.startswith("filing-desk: ") for line in err.strip().splitlines())


def test_second_process_lock_is_refused(made: Path) -> None:
    with open_register(made), pytest.raises(errors.RegisterLocked, match="open in another"):
        open_register(made)
    # released on close: opens again
    open_register(made).close()


@pytest.mark.parametrize("first", [b"{", b"%", b"P", b"\x89", b"\xff\xd8\xff\x00", b"\x00"])
def test_a_register_whose_salt_starts_like_another_format_is_not_refused(
    tmp_path: Path, first: bytes
) -> None:
    """The first 16 bytes are a random salt: any prefix can happen (a "{" one time in 256)."""
    from filing_desk.store.engine import check_file

    path = tmp_path / "salt.fdesk"
    path.write_bytes(first + os.urandom(4 * 4096 - len(first)))
    check_file(path)  # raises nothing: only the key decides from here on
