"""Hostile import files (issue 13, item 8): forged xlsx dimensions, Big5 and NUL bytes in a CSV,
DTDs and entity declarations (billion laughs) in a .docx or .xlsx.

Each attack goes through the real CLI (``filing_desk.cli.main``, in this process or in a child
process under an address-space cap) against a real register; a refusal is one line on stderr, a
non-zero exit and nothing written. Memory is measured in the child: its own peak RSS.
"""

from __future__ import annotations

import re
import subprocess
import time
import tomllib
import zipfile
from pathlib import Path

import openpyxl
import pytest

from filing_desk.cli import main
from filing_desk.domain.enums import Role
from filing_desk.store.register import create_register, open_register
from filing_desk.transfer import tabular
from filing_desk.transfer.errors import FileTooLarge, TransferError
from filing_desk.transfer.limits import Limits
from tests.helpers.cac_lists import CAC_LISTS_DIR
from tests.helpers.processes import PASSPHRASE, ROOT, child_env, python
from tests.helpers.registers import make_register

CAP_BYTES = 1536 * 1024 * 1024  # RLIMIT_AS of the child: the old reader needs ~6 GB for 60k rows
PEAK_LIMIT_MB = 300  # "a 1 MB file never costs more than ~300 MB"
HEADERS = ["主体名称", "算法名称", "算法类别"]
CAPPED_CLI = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({cap}, {cap}))
from filing_desk.cli import main
code = main(sys.argv[1:])
# VmHWM is this process image's own peak; ru_maxrss would start from the forking parent's RSS
# (Linux carries it over exec), so a big test process would make every child look big.
try:
    with open("/proc/self/status", encoding="ascii") as status:
        peak = next(int(ln.split()[1]) for ln in status if ln.startswith("VmHWM:"))
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(f"peak_rss_kib={{peak}}", file=sys.stderr)
sys.exit(code)
"""


def _capped_cli(*argv: str) -> tuple[int, str, float, float]:
    """Run the CLI in a child under the address-space cap: (exit code, stderr, peak MB, seconds)."""
    started = time.monotonic()
    done = subprocess.run(
        [python(), "-c", CAPPED_CLI.format(cap=CAP_BYTES), *argv],
        cwd=ROOT,
        env=child_env(FILING_DESK_PASSPHRASE=PASSPHRASE),
        capture_output=True,
        text=True,
        timeout=300,
    )
    seconds = time.monotonic() - started
    peak = re.search(r"peak_rss_kib=(\d+)", done.stderr)
    assert peak, f"the child did not finish (exit {done.returncode}):\n{done.stderr[-2000:]}"
    return done.returncode, done.stderr[: peak.start()].strip(), int(peak.group(1)) / 1024, seconds


def _sheet(path: Path, rows: int, *, far_header: bool = False) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADERS)
    if far_header:
        sheet.cell(row=1, column=16384, value="备用")  # XFD1: the sheet is now 16,384 wide
    for n in range(rows):
        sheet.append([f"维度测试公司{n % 50:02d}", f"维度测试算法{n:05d}", "个性化推送类"])
    workbook.save(path)
    return path


def _patched(source: Path, target: Path, member: str, *changes: tuple[bytes, bytes]) -> Path:
    """A copy of the zip ``source`` with each (old, new) change made once in ``member``."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == member:
                for old, new in changes:
                    assert old in data, f"{old!r} not in {member}"
                    data = data.replace(old, new, 1)
            dst.writestr(info.filename, data)
    return target


def _with_doctype(source: Path, target: Path, member: str, doctype: bytes, text: bytes) -> Path:
    """``source`` with ``doctype`` just before the root element of ``member`` and ``text`` (an
    entity reference) at the start of its first text run (``<w:t>`` in Word, ``<t>`` in Excel)."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == member:
                root = re.search(rb"<[A-Za-z]", data)
                assert root is not None
                data = data[: root.start()] + doctype + data[root.start() :]
                run = b"<w:t>" if b"<w:t>" in data else b"<t>"
                assert run in data or not text, f"no text run in {member}"
                data = data.replace(run, run + text, 1)
            dst.writestr(info.filename, data)
    return target


def _passphrase_register(tmp_path: Path) -> Path:
    path = tmp_path / "reg" / "hostile-files.fdesk"
    with create_register(path, passphrase=PASSPHRASE).register as reg:
        entity = reg.create_entity(name="恶意文件测试有限公司")
        reg.create_algorithm(entity.id, name="恶意文件测试算法", algo_type="02", role=Role.PROVIDER)
    return path


def _algorithms(path: Path, passphrase: str | None = None) -> int:
    with open_register(path, passphrase=passphrase) as reg:
        assert reg.verify_audit().ok
        return len(reg.algorithms())


# --- xlsx: forged dimensions ------------------------------------------------------------------


def test_attack_forged_dimension_xlsx_imports_under_a_memory_cap(tmp_path: Path, figures) -> None:
    """Reproduce: save a 20,000-row sheet with openpyxl, change ``<dimension ref="A1:C20001"/>``
    in xl/worksheets/sheet1.xml to ``A1:XFD60001``, then ``filing-desk import FILE --dry-run``.
    Before: openpyxl padded every row to 16,384 cells (2.6 GB here; 6 GB for 60,000 rows) and the
    import died of MemoryError. After: the claim is ignored; the rows import within 300 MB."""
    register = _passphrase_register(tmp_path)
    honest = _sheet(tmp_path / "honest.xlsx", 20_000)
    forged = _patched(
        honest,
        tmp_path / "forged.xlsx",
        "xl/worksheets/sheet1.xml",
        (b'<dimension ref="A1:C20001"/>', b'<dimension ref="A1:XFD60001"/>'),
    )
    code, err, peak_mb, seconds = _capped_cli(
        "--register", str(register), "import", str(forged), "--dry-run"
    )
    figures("forged_dimension_peak_rss_mb", round(peak_mb))
    figures("forged_dimension_seconds", round(seconds, 1))
    assert code == 0, err
    assert "Traceback" not in err
    assert peak_mb < PEAK_LIMIT_MB


def test_attack_header_cell_in_the_last_column_is_refused_under_a_memory_cap(
    tmp_path: Path,
) -> None:
    """Reproduce: a 20,000-row sheet whose header row also has a cell in column XFD (so the
    file's own dimension honestly reads A1:XFD20001); ``filing-desk import FILE --dry-run``.
    Before: every row was padded to 16,384 cells and the import died of MemoryError. After: one
    line says the header has 16384 columns, more than an import reads; exit 1, low memory."""
    register = _passphrase_register(tmp_path)
    wide = _sheet(tmp_path / "wide.xlsx", 20_000, far_header=True)
    code, err, peak_mb, _ = _capped_cli(
        "--register", str(register), "import", str(wide), "--dry-run"
    )
    assert code == 1
    assert err.count("\n") == 0 and "Traceback" not in err, err
    assert "16384 columns" in err
    assert peak_mb < PEAK_LIMIT_MB
    assert _algorithms(register, PASSPHRASE) == 1


def test_attack_rows_padded_to_a_wide_header_stop_at_the_cell_budget(tmp_path: Path) -> None:
    """Reproduce: a sheet whose header is 200 columns wide and whose 50 rows each fill column
    200 too, read with an import limit of 100 rows (so a budget of 100 × 64 cells).
    Before: every padded cell was kept, however many. After: FileTooLarge names the cell budget,
    so what a sheet may cost is bounded by the row limit, not by how far right it writes."""
    path = tmp_path / "far.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append([*HEADERS, *[f"列{n}" for n in range(4, 201)]])
    for n in range(50):
        sheet.append([f"公司{n}", f"算法{n}", "个性化推送类"])
        sheet.cell(row=n + 2, column=200, value="远")
    workbook.save(path)
    with pytest.raises(FileTooLarge, match="more than 6,400 cells"):
        tabular.read_table(path, Limits(max_rows=100))


# --- CSV: encodings and NUL ---------------------------------------------------------------------


TRADITIONAL = "Entity,Algorithm name,Type\n北京網易傳媒有限公司,網易傳媒資訊推送算法,02\n"


@pytest.fixture
def keyring_register(tmp_path: Path) -> Path:
    path = tmp_path / "reg" / "csv.fdesk"
    reg = make_register(path)
    entity = reg.create_entity(name="编码测试有限公司")
    reg.create_algorithm(entity.id, name="编码测试算法", algo_type="02", role=Role.PROVIDER)
    reg.close()
    return path


def _import(register: Path, file: Path, capsys) -> tuple[int, str]:
    code = main(["--register", str(register), "import", str(file)])
    return code, capsys.readouterr().err.strip()


def test_attack_big5_csv_is_refused_naming_the_encoding(
    keyring_register: Path, tmp_path: Path, capsys
) -> None:
    """Reproduce: save a CSV with Traditional Chinese text as Big5 (Excel on a Taiwanese or Hong
    Kong Windows does), then ``filing-desk import FILE``.
    Before: GB18030 decoded it without error: 北京網易傳媒有限公司 went into the register as
    ㄊ呼肚碈Τそ with private-use characters between.
    After: one line says the file is not UTF-8, is probably Big5, and to save it as CSV UTF-8;
    nothing is written. The same text saved as GBK still imports."""
    big5 = tmp_path / "big5.csv"
    big5.write_bytes(TRADITIONAL.encode("big5"))
    code, err = _import(keyring_register, big5, capsys)
    assert code == 1
    assert err.count("\n") == 0 and "Traceback" not in err, err
    assert "Big5" in err and "UTF-8" in err
    assert _algorithms(keyring_register) == 1
    gbk = tmp_path / "gbk.csv"
    gbk.write_bytes(TRADITIONAL.encode("gbk"))
    code, err = _import(keyring_register, gbk, capsys)
    assert code == 0, err
    assert _algorithms(keyring_register) == 2


def test_attack_nul_byte_in_csv_is_refused_naming_row_3_column_2(
    keyring_register: Path, tmp_path: Path, capsys
) -> None:
    """Reproduce: a UTF-8 CSV whose row 3, column 2 (算法名称) holds a NUL byte (a damaged file, or
    one made to truncate values downstream), then ``filing-desk import FILE``.
    Before: the NUL went into the register's algorithm name. After: one line names row 3 and
    column 2 (算法名称); exit 1; nothing is written."""
    path = tmp_path / "nul.csv"
    path.write_bytes(
        "主体名称,算法名称,算法类别\n甲公司,推荐算法,个性化推送类\n乙公司,排\x00序算法,排序精选类\n".encode()
    )
    code, err = _import(keyring_register, path, capsys)
    assert code == 1
    assert err.count("\n") == 0 and "Traceback" not in err, err
    assert "row 3, column 2 (算法名称)" in err and "NUL" in err
    assert _algorithms(keyring_register) == 1


# --- DTDs and entities in .docx and .xlsx --------------------------------------------------------

LIST = CAC_LISTS_DIR / "algorithm-list-2022-08.docx"
ENTITY = '<!DOCTYPE x [<!ENTITY e "某某科技有限公司">]>'.encode()
LAUGHS = (
    b'<!DOCTYPE w:document [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
        for n in range(1, 10)
    )
    + b"]>"
)


def test_attack_docx_with_entity_declarations_is_refused_in_one_line(
    keyring_register: Path, tmp_path: Path, capsys
) -> None:
    """Reproduce: unzip a CAC list .docx, add ``<!DOCTYPE x [<!ENTITY e "…">]>`` to
    word/document.xml and ``&e;`` to a cell, zip it, then ``filing-desk import FILE --dry-run``
    and ``filing-desk check-list FILE``.
    Before: python-docx parsed it and silently dropped the entity's text. After: one line names
    the part and the DTD; exit 1; nothing is written."""
    path = _with_doctype(LIST, tmp_path / "dtd.docx", "word/document.xml", ENTITY, b"&e;")
    for command in (["import", str(path), "--dry-run"], ["check-list", str(path)]):
        code = main(["--register", str(keyring_register), *command])
        err = capsys.readouterr().err.strip()
        assert code == 1, (command, err)
        assert err.count("\n") == 0 and "Traceback" not in err, err
        assert "word/document.xml" in err and "DTD" in err
    assert _algorithms(keyring_register) == 1


def test_attack_docx_dtd_behind_a_gb18030_xml_declaration_is_refused(
    keyring_register: Path, tmp_path: Path, capsys
) -> None:
    """Reproduce: as above, but word/document.xml re-encoded as GB18030 and declared so
    (``<?xml … encoding="GB18030"?>``): expat cannot read it, lxml (python-docx) can, so a check
    that skipped what it cannot read would let the DTD through; ``filing-desk import FILE
    --dry-run``. Before: read without complaint, the entity's text silently dropped. After: one
    line says the part is in an encoding other than UTF-8 or UTF-16 (Office XML must use one)."""
    path = tmp_path / "gb18030.docx"
    with zipfile.ZipFile(LIST) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                text = data.decode("utf-8").replace('encoding="UTF-8"', 'encoding="GB18030"', 1)
                text = text.replace("<w:document ", ENTITY.decode() + "<w:document ", 1)
                data = text.replace("<w:t>", "<w:t>&e;", 1).encode("gb18030")
            dst.writestr(info.filename, data)
    code = main(["--register", str(keyring_register), "import", str(path), "--dry-run"])
    err = capsys.readouterr().err.strip()
    assert code == 1
    assert err.count("\n") == 0 and "Traceback" not in err, err
    assert "word/document.xml" in err and "UTF-8 or UTF-16" in err


def test_attack_billion_laughs_docx_is_refused_fast_with_low_memory(tmp_path: Path) -> None:
    """Reproduce: the CAC list .docx with the classic billion-laughs DTD (lol1 … lol9, each ten of
    the one before: 10⁹ "lol"s) in word/document.xml and ``&lol9;`` in a cell; then
    ``filing-desk import FILE --dry-run`` under a 1.5 GB address-space cap.
    Before: lxml stopped at its amplification limit and the CLI printed an XMLSyntaxError
    traceback. After: one line, exit 1, in well under a second of reading and low memory."""
    register = _passphrase_register(tmp_path)
    path = _with_doctype(LIST, tmp_path / "laughs.docx", "word/document.xml", LAUGHS, b"&lol9;")
    code, err, peak_mb, seconds = _capped_cli(
        "--register", str(register), "import", str(path), "--dry-run"
    )
    assert code == 1
    assert err.count("\n") == 0 and "Traceback" not in err, err
    assert "DTD" in err
    assert peak_mb < PEAK_LIMIT_MB
    assert seconds < 30  # the whole child: start, open the register, refuse


@pytest.mark.parametrize("member", ["xl/workbook.xml", "xl/worksheets/sheet1.xml"])
def test_attack_xlsx_with_entity_declarations_is_refused_in_one_line(
    keyring_register: Path, tmp_path: Path, capsys, member: str
) -> None:
    """Reproduce: save a small sheet with openpyxl, add ``<!DOCTYPE x [<!ENTITY e "…">]>`` to
    ``member``, then ``filing-desk import FILE``.
    Before: in xl/workbook.xml the DTD passed unnoticed (lxml drops the entity); in a sheet expat
    expanded it (without defusedxml) or openpyxl's three-line "could not read worksheets" error
    came out. After: one line names the part and the DTD; exit 1; nothing is written."""
    honest = _sheet(tmp_path / "honest.xlsx", 3)
    text = b"&e;" if "worksheets" in member else b""
    path = _with_doctype(honest, tmp_path / "entities.xlsx", member, ENTITY, text)
    code, err = _import(keyring_register, path, capsys)
    assert code == 1
    assert err.count("\n") == 0 and "Traceback" not in err, err
    assert member in err and "DTD" in err
    assert _algorithms(keyring_register) == 1


def test_attack_entities_past_our_check_meet_defusedxml_in_openpyxl(
    tmp_path: Path, monkeypatch
) -> None:
    """Reproduce: declare ``defusedxml`` in pyproject (openpyxl then parses sheets with it), put an
    entity declaration and reference in a sheet and read it with our own DTD check switched off.
    Before: defusedxml was not a dependency, so a fresh install let expat expand the entity into
    the register. After: it is one, and openpyxl's refusal is a clear import error."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert any(re.match(r"defusedxml\b", d) for d in project["dependencies"])
    assert openpyxl.DEFUSEDXML is True
    honest = _sheet(tmp_path / "honest.xlsx", 3)
    sheet = "xl/worksheets/sheet1.xml"
    path = _with_doctype(honest, tmp_path / "entities.xlsx", sheet, ENTITY, b"&e;")
    monkeypatch.setattr(tabular, "check_xml_parts", lambda _path: None, raising=False)
    with pytest.raises(TransferError, match="EntitiesForbidden") as refused:
        tabular.read_table(path)
    assert refused.value.code == "transfer.xml_dtd"
    assert "\n" not in str(refused.value)
