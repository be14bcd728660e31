"""Attachments on both backends (issue 20 item 4): a PDF and an image added, read back and
verified, in the SQLCipher file and in the team register's server alike; content changed behind
the app's back (an UPDATE by SQL, as someone with access to the server could) is refused on read
with the same message on both, and ``check`` names it; the size limit is the same."""

from __future__ import annotations

import hashlib
import io
import struct
import zlib

import pytest
from pypdf import PdfReader, PdfWriter

from filing_desk.domain.errors import InvalidInput
from filing_desk.store.attachments import MAX_ATTACHMENT_BYTES
from filing_desk.store.register import Register
from filing_desk.store.team.copying import engine_of

ENTITY = {"name": "北京示例科技有限公司", "legal_rep_name": "王建国", "officer_name": "李静"}
ALGORITHM = {"name": "附件测试算法", "algo_type": "02", "role": "provider", "main_use": "推荐"}


def a_pdf() -> bytes:
    """A one-page PDF whose title is Chinese (read back with pypdf below)."""
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_metadata({"/Title": "算法安全自评估报告"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def a_png(width: int = 3, height: int = 2) -> bytes:
    """A small RGB PNG (a seal's scan, say), made by hand."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\xc8\x10\x2e" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def _algorithm(reg: Register) -> int:
    return reg.create_algorithm(reg.create_entity(**ENTITY).id, **ALGORITHM).id


def _tamper(reg: Register, attachment_id: int, content: bytes) -> None:
    """Change the stored bytes by SQL, below the app (size and SHA-256 left as they were)."""
    from sqlalchemy import text

    with engine_of(reg).begin() as conn:
        conn.execute(
            text("UPDATE attachment SET content = :c WHERE id = :id"),
            {"c": content, "id": attachment_id},
        )


def test_a_pdf_and_an_image_come_back_as_added(register_backend: Register) -> None:
    reg = register_backend
    algorithm_id = _algorithm(reg)
    pdf, png = a_pdf(), a_png()
    added = [
        reg.add_attachment("algorithm", algorithm_id, "self_assessment", "自评估报告.pdf", pdf),
        reg.add_attachment("algorithm", algorithm_id, "other", "公章扫描.png", png),
    ]
    listed = {a.filename: a for a in reg.attachments("algorithm", algorithm_id, False)}
    assert {name: a.size for name, a in listed.items()} == {
        "自评估报告.pdf": len(pdf),
        "公章扫描.png": len(png),
    }
    assert listed["公章扫描.png"].sha256 == hashlib.sha256(png).hexdigest()
    info, read_pdf = reg.attachment_content(added[0].id)
    assert read_pdf == pdf
    assert info.sha256 == hashlib.sha256(pdf).hexdigest()
    reader = PdfReader(io.BytesIO(read_pdf))
    assert len(reader.pages) == 1
    assert reader.metadata is not None
    assert reader.metadata.title == "算法安全自评估报告"
    _, read_png = reg.attachment_content(added[1].id)
    assert read_png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", read_png[16:24]) == (3, 2)


def test_content_changed_on_the_server_is_refused_on_read(register_backend: Register) -> None:
    reg = register_backend
    algorithm_id = _algorithm(reg)
    pdf = a_pdf()
    info = reg.add_attachment("algorithm", algorithm_id, "self_assessment", "自评估报告.pdf", pdf)
    kept = reg.add_attachment("algorithm", algorithm_id, "other", "公章扫描.png", a_png())
    _tamper(reg, info.id, pdf.replace(b"842", b"841"))  # same size, other bytes
    with pytest.raises(InvalidInput) as caught:
        reg.attachment_content(info.id)
    assert [i.code for i in caught.value.issues] == ["attachment.damaged"]
    assert caught.value.issues[0].text == (
        f"自评估报告.pdf (attachment {info.id}) was changed outside Filing Desk: its SHA-256 "
        "does not match. It is not opened; attach the original again or restore the register "
        "from a backup."
    )
    assert reg.attachment_content(kept.id)[1] == a_png()  # the others still open
    lines = {line.name: line.text for line in reg.check().lines}
    assert f"attachment {info.id} (自评估报告.pdf)" in lines["attachments"]


def test_the_size_limit_is_the_same_and_nothing_is_written(register_backend: Register) -> None:
    reg = register_backend
    algorithm_id = _algorithm(reg)
    events = len(reg.audit_events())
    with pytest.raises(InvalidInput) as caught:
        reg.add_attachment(
            "algorithm", algorithm_id, "other", "录像.mp4", bytes(MAX_ATTACHMENT_BYTES + 1)
        )
    assert [i.code for i in caught.value.issues] == ["attachment.too_large"]
    assert "may be at most 100 MB" in caught.value.issues[0].text
    assert reg.attachments("algorithm", algorithm_id, True) == []
    assert len(reg.audit_events()) == events
    big = bytes(range(256)) * (4 * 4096)  # 4 MiB: a blob well past a page or a TOAST chunk
    info = reg.add_attachment("algorithm", algorithm_id, "other", "数据.bin", big)
    assert reg.attachment_content(info.id)[1] == big
