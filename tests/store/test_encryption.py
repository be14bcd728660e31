"""Nothing of the register is readable without its key: not in the file, WAL, SHM or backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from filing_desk.domain.enums import AttachmentKind, OwnerType
from tests.helpers.registers import make_register, register_files

MARKERS = ("机密标记字符串甲乙丙", "ZEBRA-MARKER-9f3c71", "算法秘密原理XYZ")


def _encodings(marker: str) -> list[bytes]:
    return [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.encode("gb18030")]


@pytest.mark.parametrize("passphrase", [None, "correct horse battery"])
def test_markers_appear_in_no_file(tmp_path: Path, passphrase: str | None) -> None:
    folder = tmp_path / "reg"
    reg = make_register(folder / "register.fdesk", passphrase=passphrase)
    entity = reg.create_entity(
        name=f"{MARKERS[0]}有限公司", notes=MARKERS[1], officer_name=MARKERS[2]
    )
    algo = reg.create_algorithm(
        entity.id,
        name=MARKERS[2],
        algo_type="02",
        role="provider",
        principle=MARKERS[0],
        summary=MARKERS[1],
    )
    reg.add_attachment(
        OwnerType.ALGORITHM,
        algo.id,
        AttachmentKind.OTHER,
        "note.txt",
        f"{MARKERS[0]} {MARKERS[1]}".encode(),
    )
    reg.backup_to(folder / "backups" / "b1.fdesk")
    # While open: the WAL and SHM exist and must hold no plaintext either.
    files = register_files(folder)
    assert any(p.name.endswith("-wal") for p in files)
    reg.close()
    files = register_files(folder)
    assert len(files) >= 2
    for path in files:
        data = path.read_bytes()
        for marker in MARKERS:
            for encoded in _encodings(marker):
                assert encoded not in data, f"{marker!r} readable in {path.name}"
        assert not data.startswith(b"SQLite format 3")


def test_stdlib_sqlite_cannot_read_it(tmp_path: Path) -> None:
    path = tmp_path / "register.fdesk"
    reg = make_register(path)
    reg.create_entity(name="北京示例科技有限公司")
    reg.close()
    conn = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()


def test_register_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "register.fdesk"
    make_register(path).close()
    assert path.stat().st_mode & 0o077 == 0
