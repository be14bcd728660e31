"""What an attacker (or a failing disk) does to a closed register file: demo registers to attack,
plain SQL through the real key, byte flips on a page, the printed audit head of a PDF."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from filing_desk.store import engine as engine_mod
from filing_desk.store import keys
from tests.helpers.registers import make_register

PASSPHRASE = "tamper test passphrase 篡改测试"
PAGE = 4096
HEAD_REPOINT = (
    "UPDATE setting SET value = (SELECT id || ':' || hash FROM audit_event ORDER BY id DESC "
    "LIMIT 1) WHERE key = 'audit.head'"
)


def make_demo(path: Path, passphrase: str = PASSPHRASE) -> Path:
    """A passphrase-mode register filled by the demo, closed (its WAL folded into the file)."""
    from filing_desk import demo

    reg = make_register(path, passphrase=passphrase)
    with reg:
        demo.fill(reg)
    wal = Path(f"{path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "the WAL was not folded on close"
    return path


def copy_register(template: Path, target: Path) -> Path:
    shutil.copyfile(template, target)
    return target


def sql(path: Path, *statements: str, passphrase: str = PASSPHRASE) -> None:
    """Run plain SQL on the closed register with its real key, as a side door would."""
    conn = engine_mod.connect(path, keys.key_for(path, passphrase))
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def scalar(path: Path, query: str, passphrase: str = PASSPHRASE) -> object:
    conn = engine_mod.connect(path, keys.key_for(path, passphrase))
    try:
        return conn.execute(query).fetchone()[0]
    finally:
        conn.close()


def flip_byte(path: Path, page: int, offset: int) -> None:
    """Flip the lowest bit of one byte of ``page`` (1-based), as a failing disk would."""
    with path.open("r+b") as fh:
        fh.seek((page - 1) * PAGE + offset)
        byte = fh.read(1)[0]
        fh.seek((page - 1) * PAGE + offset)
        fh.write(bytes([byte ^ 0x01]))


def pages(path: Path) -> int:
    return path.stat().st_size // PAGE


def printed_head(pdf: Path) -> str:
    """The audit head (``#158 · 3f5a…``) printed on a register summary or recovery sheet."""
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    found = re.search(r"#\d+ · [0-9a-f]{16}", text)
    assert found is not None, "no audit head printed"
    return found.group(0)
