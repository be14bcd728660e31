"""Hostile files are refused before anything is unpacked; attachment names are made safe."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from filing_desk.transfer.cac_list import parse_cac_list
from filing_desk.transfer.errors import FileTooLarge, MalformedFile, ZipBomb
from filing_desk.transfer.limits import FALLBACK_NAME, Limits, check_file, safe_filename
from filing_desk.transfer.tabular import read_table

CHUNK = b"\0" * (1 << 20)


def make_zip_bomb(path: Path, megabytes: int = 500) -> Path:
    """A zip holding one member of ``megabytes`` MiB of zeros, written chunk by chunk (≈0.5 MB)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            for _ in range(megabytes):
                member.write(CHUNK)
    return path


@pytest.fixture(scope="module")
def zip_bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_zip_bomb(tmp_path_factory.mktemp("bomb") / "register.xlsx")


def test_zip_bomb_xlsx_is_refused_before_unpacking(zip_bomb: Path, monkeypatch) -> None:
    assert zip_bomb.stat().st_size < 2 * 1024 * 1024  # small on disk

    def no_unpacking(*args: object, **kwargs: object) -> None:
        raise AssertionError("a member was opened")

    monkeypatch.setattr(zipfile.ZipFile, "open", no_unpacking)
    with pytest.raises(ZipBomb, match=r"would unpack to 500\.0 MiB"):
        check_file(zip_bomb)
    with pytest.raises(ZipBomb):
        read_table(zip_bomb)


def test_high_ratio_member_is_refused(zip_bomb: Path) -> None:
    limits = Limits(max_unpacked_bytes=10**12)
    with pytest.raises(ZipBomb, match="times its packed size"):
        check_file(zip_bomb, limits)


def test_zip_bomb_named_docx_is_refused(tmp_path: Path) -> None:
    bomb = make_zip_bomb(tmp_path / "list.docx", megabytes=300)
    with pytest.raises(ZipBomb, match="refused without unpacking"):
        parse_cac_list(bomb)


def test_too_many_members(tmp_path: Path) -> None:
    path = tmp_path / "many.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for i in range(20):
            archive.writestr(f"part{i}.xml", "x")
    with pytest.raises(ZipBomb, match="20 parts"):
        check_file(path, Limits(max_members=10))


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_bytes(b"a,b\n" * 1000)
    with pytest.raises(FileTooLarge, match=r"big\.csv is 0\.0 MiB, more than"):
        read_table(path, Limits(max_file_bytes=1000))
    assert check_file(path, Limits(max_file_bytes=4000)) == 4000


def test_too_many_rows(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("主体名称\n" + "甲\n" * 50, encoding="utf-8")
    with pytest.raises(FileTooLarge, match="more than 10 rows"):
        read_table(path, Limits(max_rows=10))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(MalformedFile, match="cannot read"):
        check_file(tmp_path / "nope.xlsx")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("..\\..\\windows\\system32\\营业执照.pdf", "营业执照.pdf"),
        ("/abs/path/自评估报告.docx", "自评估报告.docx"),
        ("C:\\Users\\me\\承诺书.pdf", "承诺书.pdf"),
        ("C:承诺书.pdf", "承诺书.pdf"),
        ("evil\0name\x07.pdf", "evilname.pdf"),
        ("..", FALLBACK_NAME),
        ("", FALLBACK_NAME),
        ("../", FALLBACK_NAME),
        ("\x00\x01", FALLBACK_NAME),
        ("a<b>c:d|e?.pdf", "a_b_c_d_e_.pdf"),
        ("CON.txt", "_CON.txt"),
        ("  营业执照 扫描件.pdf  ", "营业执照 扫描件.pdf"),
    ],
)
def test_safe_filename(name: str, expected: str) -> None:
    assert safe_filename(name) == expected


def test_safe_filename_shortens_long_names_and_keeps_extension() -> None:
    name = safe_filename("很长" * 200 + ".pdf")
    assert len(name) <= 200 and name.endswith(".pdf")


def test_limits_from_settings_reads_megabytes_and_rows_and_keeps_defaults() -> None:
    from filing_desk.transfer.limits import DEFAULT_LIMITS, MIB, limits_from_settings

    stored = {"import.max_file_mb": "2", "import.max_rows": "not a number"}
    limits = limits_from_settings(lambda key, default: stored.get(key, default))
    assert limits.max_file_bytes == 2 * MIB
    assert limits.max_rows == DEFAULT_LIMITS.max_rows
    assert limits.max_unpacked_bytes == DEFAULT_LIMITS.max_unpacked_bytes
