"""Any name opens exactly the named file: every CLI command on registers (and their backups,
exports, PDFs and lists) whose names hold URI-special characters, spaces or Chinese.

Issue 13 item 2: ``file:{path}?mode=rw`` was built without escaping, so a register named
``Reg #2.fdesk`` opened (or created) a different, empty file ``Reg `` and the commands worked on
that stray file while reporting success. After each command the folder holds only the files the
user named (and a register's own ``-wal``/``-shm``/``.lock``), and the named register is the one
that holds the data.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sys
from pathlib import Path

import pytest

from filing_desk.cli import main
from filing_desk.store.register import open_register
from tests.helpers.cac_lists import CAC_LISTS_DIR

CAC_LIST = CAC_LISTS_DIR / "algorithm-list-2025-11.docx"
COMPANIONS = ("-wal", "-shm", ".lock")

NAMES = [
    pytest.param("Reg #2", id="hash"),
    pytest.param(
        "what?mode=rwc&cache=shared",
        id="question-ampersand-equals",
        marks=pytest.mark.skipif(sys.platform == "win32", reason="'?' is not allowed on Windows"),
    ),
    pytest.param("100% sure %41%2e", id="percent-escapes"),
    pytest.param("登记簿 第2本 & 附件=1 #新", id="chinese-and-specials"),
]


def _strays(folder: Path, named: set[str], registers: set[str]) -> list[str]:
    """Files in ``folder`` nobody asked for (a register's companions are allowed)."""
    allowed = named | {r + c for r in registers for c in COMPANIONS}
    return sorted(p.name for p in folder.iterdir() if p.name not in allowed)


def _fingerprint(register: Path) -> str:
    """sha256 over the register and its WAL: what a write changes."""
    digest = hashlib.sha256()
    for p in (register, Path(f"{register}-wal")):
        if p.exists():
            digest.update(p.read_bytes())
    return digest.hexdigest()


def _run(register: str, *args: str) -> None:
    assert main(["--register", register, *args]) == 0, (register, args)


def _events(capsys: pytest.CaptureFixture[str], register: str) -> int:
    """``check``'s count of audit events: proves which file was opened."""
    capsys.readouterr()
    _run(register, "check")
    out = capsys.readouterr().out
    assert re.search(r"^encryption: ok", out, re.MULTILINE), out
    found = re.search(r"^audit chain: ok \((\d+) events\)", out, re.MULTILINE)
    assert found, out
    return int(found.group(1))


def _names(register: Path) -> list[str]:
    with open_register(register) as opened:
        return sorted(a.name for a in opened.algorithms())


@pytest.mark.parametrize("token", NAMES)
def test_attack_uri_special_register_names_open_exactly_the_named_file(
    token: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Reproduction: in a folder, ``filing-desk --register "Reg #2.fdesk" init``, then ``demo``,
    ``check``, ``deadlines``, ``due``, ``print``, ``export``, ``import`` into a second register of
    such a name, ``backup -o``, ``restore -o`` and ``check-list`` on a list with such a name. Before
    the fix, init left a stray ``Reg `` (and failed or filled the wrong file); now every command
    exits 0, works on the named file and leaves no other file behind."""
    folder = tmp_path / "work"
    folder.mkdir()
    monkeypatch.chdir(folder)  # relative names, as a user types them
    reg, other = f"{token}.fdesk", f"{token} B.fdesk"
    bak, restored = f"{token}-bak.fdesk", f"{token} restored.fdesk"
    export, pdf, docx = f"{token} x.json", f"{token} out.pdf", f"{token} 清单.docx"
    registers = {reg}
    named: set[str] = {reg}

    def assert_only_named() -> None:
        assert _strays(folder, named, registers) == []
        assert all((folder / name).is_file() for name in named)

    _run(reg, "init")
    assert_only_named()

    before = _fingerprint(folder / reg)
    _run(reg, "demo")
    assert_only_named()
    assert _fingerprint(folder / reg) != before, "demo wrote somewhere else"
    events = _events(capsys, reg)
    assert events > 0
    assert_only_named()

    capsys.readouterr()
    _run(reg, "deadlines")
    assert "No open procedures." not in capsys.readouterr().out  # the demo data, not an empty file
    _run(reg, "due", "--procedure", "filing", "--from", "2026-03-02")
    assert_only_named()

    named.add(pdf)
    _run(reg, "print", "--algorithm", "1", "--form", "algorithm-filing", "-o", pdf)
    assert (folder / pdf).read_bytes().startswith(b"%PDF-")
    named.add(export)
    _run(reg, "export", "--format", "json", "-o", export)
    assert_only_named()
    names = _names(folder / reg)
    assert names and sorted(str(a["name"]) for a in _algorithms(folder / export)) == names

    named.add(other)
    registers.add(other)
    _run(other, "init")
    before = _fingerprint(folder / other)
    _run(other, "import", export)
    assert_only_named()
    assert _fingerprint(folder / other) != before, "import wrote somewhere else"
    assert _names(folder / other) == names

    named.add(bak)
    _run(reg, "backup", "-o", bak)
    assert_only_named()
    named.add(restored)
    registers.add(restored)
    _run(reg, "restore", bak, "-o", restored)
    assert_only_named()
    assert _names(folder / restored) == names  # the restored copy is the demo register

    shutil.copyfile(CAC_LIST, folder / docx)
    named.add(docx)
    capsys.readouterr()
    _run(reg, "check-list", docx)
    assert capsys.readouterr().out.strip()
    assert_only_named()
    assert _events(capsys, reg) == events  # still the one register, untouched by the reads


def _algorithms(export: Path) -> list[dict[str, object]]:
    data = json.loads(export.read_text(encoding="utf-8"))
    algorithms: list[dict[str, object]] = data["algorithms"]
    return algorithms
