"""The one file-name sanitiser (store, transfer, opened attachments) and the executable types.

Each row is an attack or an accident a name from outside can carry: a spoofed extension through
bidi controls, invisible zero-width characters, a name too long for the file system in UTF-8, a
Windows device name, path parts.
"""

from __future__ import annotations

import pytest

from filing_desk.domain import filenames
from filing_desk.domain.filenames import (
    FALLBACK_NAME,
    MAX_NAME_BYTES,
    is_executable_name,
    safe_filename,
)
from filing_desk.store import attachments
from filing_desk.transfer import limits

LONG_CHINESE = "算法备案自评估报告" * 23  # 207 characters, 621 UTF-8 bytes


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # bidi controls: "invoice\u202egpj.exe" is shown as "invoiceexe.jpg"
        ("invoice\u202egpj.exe", "invoicegpj.exe"),
        ("\u202b报告\u202c.pdf", "报告.pdf"),
        ("a\u2066b\u2067c\u2068d\u2069.txt", "abcd.txt"),
        ("\u200e左\u200f右\u061c.pdf", "左右.pdf"),
        # zero-width characters
        ("营\u200b业\u200c执\u200d照\u2060.pdf\ufeff", "营业执照.pdf"),
        ("\ufeffreport.docx", "report.docx"),
        # control characters, line separators
        ("evil\0name\x07.pdf", "evilname.pdf"),
        ("line\u2028break.pdf", "line break.pdf"),
        # Windows device names, any case, any extension
        ("CON.txt", "_CON.txt"),
        ("nul", "_nul"),
        ("Aux.tar.gz", "_Aux.tar.gz"),
        ("com1.pdf", "_com1.pdf"),
        ("LPT9", "_LPT9"),
        ("COM¹.txt", "_COM¹.txt"),
        ("con .pdf", "_con .pdf"),
        ("CONSOLE.txt", "CONSOLE.txt"),
        ("COM10.txt", "COM10.txt"),
        # path parts and characters Windows forbids
        ("../../etc/passwd", "passwd"),
        ("..\\..\\windows\\system32\\营业执照.pdf", "营业执照.pdf"),
        ("C:\\Users\\me\\承诺书.pdf", "承诺书.pdf"),
        ("C:承诺书.pdf", "承诺书.pdf"),
        ("a<b>c:d|e?.pdf", "a_b_c_d_e_.pdf"),
        ('"quoted"*.pdf', "_quoted__.pdf"),
        # edges: hidden names, trailing dots and blanks, nothing left
        (".bashrc", "bashrc"),
        ("report.pdf. . ", "report.pdf"),
        ("\u3000营业执照 扫描件.pdf\u3000", "营业执照 扫描件.pdf"),
        ("..", FALLBACK_NAME),
        ("", FALLBACK_NAME),
        ("\u202e\u200b", FALLBACK_NAME),
    ],
)
def test_attack_hostile_names_are_made_safe(name: str, expected: str) -> None:
    assert safe_filename(name) == expected


def test_attack_long_chinese_name_keeps_its_extension_and_fits_the_file_system() -> None:
    """200 Chinese characters + ``.pdf`` is 604 UTF-8 bytes: over the 255 a file system allows.
    The safe name keeps ``.pdf``, fits in 255 bytes with a margin, and cuts whole characters."""
    name = safe_filename("很" * 200 + ".pdf")
    assert name.endswith(".pdf") and name.startswith("很很")
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES < 255
    assert set(name.removesuffix(".pdf")) == {"很"}


@pytest.mark.parametrize(
    "name",
    [
        LONG_CHINESE + ".docx",
        "a" * 300 + ".pdf",
        "é" * 300,  # no extension
        "x" * 250 + "." + "y" * 40,  # an "extension" too long to be one
        "report" + ". final version of the report for the filing" * 8,
        "𝔘" * 100 + ".xlsx",  # four bytes a character
    ],
)
def test_long_names_fit_in_bytes_and_keep_a_real_extension(name: str) -> None:
    safe = safe_filename(name)
    assert 0 < len(safe.encode("utf-8")) <= MAX_NAME_BYTES
    short_suffix = name.rpartition(".")[2] if len(name.rpartition(".")[2]) <= 16 else None
    if short_suffix and " " not in short_suffix:
        assert safe.endswith("." + short_suffix)
    assert safe == safe_filename(safe)


@pytest.mark.parametrize(
    "name",
    ["invoice\u202egpj.exe", "CON.txt", LONG_CHINESE + ".pdf", "../a/b.pdf", "营业执照.pdf", ""],
)
def test_sanitising_twice_changes_nothing(name: str) -> None:
    assert safe_filename(safe_filename(name)) == safe_filename(name)


def test_one_sanitiser_for_the_store_and_for_transfer() -> None:
    """Two sanitisers drifted apart (the store's kept bidi controls and cut by characters)."""
    assert limits.safe_filename is filenames.safe_filename
    assert attachments.safe_filename is filenames.safe_filename
    assert limits.FALLBACK_NAME == FALLBACK_NAME


@pytest.mark.parametrize(
    ("name", "executable"),
    [
        ("setup.exe", True),
        ("INSTALL.BAT", True),
        ("run.cmd", True),
        ("invoice\u202egpj.exe", True),  # looks like a .jpg, is an .exe
        ("report.pdf.exe", True),
        ("start.exe. ", True),  # Windows drops the trailing dot and blank
        ("macro.js", True),
        ("payload.vbs", True),
        ("script.ps1", True),
        ("install.sh", True),
        ("Tool.app", True),
        ("tool.jar", True),
        ("launcher.desktop", True),
        ("App.AppImage", True),
        ("shortcut.lnk", True),
        ("营业执照.pdf", False),
        ("自评估报告.docx", False),
        ("screenshot.png", False),
        ("data.xlsx", False),
        ("exe", False),
        (".sh", False),  # a hidden file named "sh": sanitised to "sh", no extension
    ],
)
def test_executable_types_are_recognised(name: str, executable: bool) -> None:
    assert is_executable_name(name) is executable
