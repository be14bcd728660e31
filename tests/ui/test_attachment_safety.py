"""Hostile files at the attachments panel: a huge file is refused before it is read, a link is
never followed silently, a program or script is not opened without asking, and a spoofed or
overlong name is made safe. Real register, real panel (offscreen), real temp folder.
"""

from __future__ import annotations

import builtins
import io
import os
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from filing_desk.domain.enums import OwnerType
from filing_desk.domain.errors import InvalidInput
from filing_desk.ui.attachments_panel import AttachmentsPanel

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.fixture
def panel(qtbot, english, register, temp_dir) -> AttachmentsPanel:
    entity = register.create_entity(name="北京示例科技有限公司")
    widget = AttachmentsPanel(temp_dir)
    qtbot.addWidget(widget)
    widget.set_owner(register, OwnerType.ENTITY, entity.id)
    widget.show()
    return widget


@pytest.fixture
def questions(monkeypatch):
    """Every QMessageBox.question asked: (title, text, default button); answers from ``replies``."""
    asked: list[tuple[str, str, object]] = []
    replies: list[QMessageBox.StandardButton] = []

    def question(_parent, title, text, _buttons=None, default=None):
        asked.append((title, text, default))
        return replies.pop(0) if replies else NO

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked, replies


@pytest.fixture
def opened(monkeypatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def message(panel: AttachmentsPanel) -> str:
    return panel.message[2].text() if panel.message[0].isVisibleTo(panel) else ""


def forbid_reading(monkeypatch, path: Path) -> None:
    """Any open or read of ``path`` fails the test (``stat`` is allowed)."""
    target = os.path.realpath(path)

    def guard(real):
        def spy(file, *args, **kwargs):
            if isinstance(file, str | os.PathLike) and os.path.realpath(file) == target:
                raise AssertionError(f"{path.name} was opened")
            return real(file, *args, **kwargs)

        return spy

    for module, name in ((builtins, "open"), (io, "open"), (os, "open"), (Path, "read_bytes")):
        monkeypatch.setattr(module, name, guard(getattr(module, name)))


# --- size ----------------------------------------------------------------------------------------


def test_attack_huge_sparse_file_is_refused_before_a_byte_is_read(panel, register, monkeypatch):
    """Reproduction: ``truncate -s 101M huge.pdf`` (a sparse file: no disk used), then Add… it.
    Before: the panel read all 101 MB into memory (``Path.read_bytes``), then the store refused
    it. After: the size is taken from ``stat`` and the file is refused unopened, with a message
    naming the file, its size and the 100 MB limit; nothing is attached."""
    huge = Path(register.path).parent / "营业执照扫描件.pdf"
    subprocess.run(["truncate", "-s", "101M", str(huge)], check=True)
    assert huge.stat().st_size == 101 * 1024 * 1024
    forbid_reading(monkeypatch, huge)
    assert panel.add_files([huge]) == 0
    text = message(panel)
    assert "营业执照扫描件.pdf" in text and "101.0 MB" in text and "100 MB" in text
    assert register.attachments(*panel.owner) == []


def test_attack_file_growing_past_the_limit_is_still_refused(tmp_path, monkeypatch):
    """A file that is small when checked but grows before it is read: reading stops at the
    limit + 1 byte and the content is refused, so memory stays bounded."""
    from filing_desk.store import attachments
    from filing_desk.store.attachments import read_attachment_file

    monkeypatch.setattr(attachments, "MAX_ATTACHMENT_BYTES", 10)
    grows = tmp_path / "grows.pdf"
    grows.write_bytes(b"x" * 10)
    assert read_attachment_file(grows) == b"x" * 10
    grows.write_bytes(b"x" * 11)
    with pytest.raises(InvalidInput) as caught:
        read_attachment_file(grows)
    assert caught.value.issues[0].code == "attachment.too_large"


def test_attack_device_or_pipe_is_refused_unread(tmp_path):
    """A FIFO (or /dev/zero) would block or never end: refused because it is not a regular file."""
    from filing_desk.store.attachments import read_attachment_file

    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    with pytest.raises(InvalidInput) as caught:
        read_attachment_file(fifo)
    assert caught.value.issues[0].code == "attachment.not_a_file"


# --- links ---------------------------------------------------------------------------------------


def test_attack_symlink_is_not_followed_without_asking(panel, register, questions, tmp_path):
    """Reproduction: a folder holds ``营业执照.pdf``, a link to a private file elsewhere (here a
    stand-in for ``~/.ssh/id_rsa``); drop it on the panel. Before: the private file's content
    was attached silently under the harmless name. After: the user is asked, shown where the
    link points, No by default; No attaches nothing; Yes attaches the target under its own name.
    """
    asked, replies = questions
    private = tmp_path / "secret" / "id_rsa"
    private.parent.mkdir()
    private.write_bytes(b"-----BEGIN OPENSSH PRIVATE KEY-----")
    link = tmp_path / "营业执照.pdf"
    link.symlink_to(private)
    assert panel.add_files([link]) == 0
    [(title, text, default)] = asked
    assert "link" in title.lower() and str(private) in text and "营业执照.pdf" in text
    assert default == NO
    assert register.attachments(*panel.owner) == []
    replies.append(YES)
    assert panel.add_files([link]) == 1
    [info] = register.attachments(*panel.owner)
    assert info.filename == "id_rsa"
    assert register.attachment_content(info.id)[1] == private.read_bytes()


def test_store_refuses_a_link_it_is_handed(tmp_path):
    """Below the panel, ``read_attachment_file`` never follows a link either, and names its
    target."""
    from filing_desk.store.attachments import read_attachment_file

    target = tmp_path / "real.pdf"
    target.write_bytes(b"%PDF-1.4")
    link = tmp_path / "link.pdf"
    link.symlink_to(target)
    with pytest.raises(InvalidInput) as caught:
        read_attachment_file(link)
    issue = caught.value.issues[0]
    assert issue.code == "attachment.symlink" and issue.params["target"] == str(target)


# --- opening programs ----------------------------------------------------------------------------


def select(panel: AttachmentsPanel, row: int = 0) -> None:
    panel.view.selectRow(row)


def test_attack_executable_is_not_opened_without_asking(
    panel, register, temp_dir, questions, opened
):
    """Reproduction: attach ``invoice\u202egpj.exe`` (shown as ``invoiceexe.jpg``), click Open.
    Before: it was decrypted to disk and handed to the desktop, which runs an .exe. After: the
    name shows its real extension; Open asks first, No by default; No decrypts and writes
    nothing (the temp folder is not even made); Yes opens it."""
    asked, replies = questions
    register.add_attachment(*panel.owner, "business_licence", "invoice\u202egpj.exe", b"MZ\x90")
    panel.reload()
    assert panel.model.index(0, 1).data() == "invoicegpj.exe"
    select(panel)
    assert panel._on_open_clicked() is None
    [(title, text, default)] = asked
    assert "program" in title.lower() and "invoicegpj.exe" in text and default == NO
    assert opened == [] and temp_dir.files() == [] and not temp_dir.exists
    replies.append(YES)
    path = panel._on_open_clicked()
    assert path is not None and path.read_bytes() == b"MZ\x90"
    assert opened == [QUrl.fromLocalFile(str(path))] and path.name == "invoicegpj.exe"


def test_documents_open_without_a_question(panel, register, temp_dir, questions, opened):
    register.add_attachment(*panel.owner, "business_licence", "营业执照.pdf", b"%PDF-1.4")
    panel.reload()
    select(panel)
    path = panel._on_open_clicked()
    assert questions[0] == [] and path is not None and temp_dir.files() == [path]


# --- names ---------------------------------------------------------------------------------------


def test_attack_long_chinese_name_is_stored_short_enough_to_open(panel, register, opened):
    """Reproduction: attach a file whose name is 200 Chinese characters + ``.pdf`` (604 UTF-8
    bytes, allowed on some systems through a longer path or an archive). Before: it was stored
    as is, and Open failed with "File name too long". After: it is stored within 200 bytes,
    keeps ``.pdf``, and opens."""
    name = "算" * 200 + ".pdf"
    info = register.add_attachment(*panel.owner, "business_licence", name, b"%PDF-1.4 long")
    assert info.filename.endswith(".pdf") and len(info.filename.encode("utf-8")) <= 200
    panel.reload()
    select(panel)
    path = panel._on_open_clicked()
    assert path is not None and path.read_bytes() == b"%PDF-1.4 long"
    assert message(panel) == ""


def test_attack_reserved_windows_name_is_stored_safely(panel, register):
    """``CON.txt`` or ``nul`` cannot be created on Windows (they open a device): stored with
    a ``_`` prefix, bidi and zero-width characters dropped."""
    for name in ("CON.txt", "nul", "a\u200bb\u202e.pdf"):
        register.add_attachment(*panel.owner, "business_licence", name, b"x")
    names = {info.filename for info in register.attachments(*panel.owner)}
    assert names == {"_CON.txt", "_nul", "ab.pdf"}
