"""The attachments panel forgives mistakes (issue 19 item 10): the kind is asked after the file is
picked, guessed from its name; a wrong kind is corrected and a wrong file removed, then purged
only after a question that lists it; a file no program opens is said so, with "Show in folder".
Real register, real panel (offscreen), real private temp folder.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from filing_desk.domain.enums import AttachmentKind, OwnerType
from filing_desk.ui.attachments_panel import AttachmentsPanel
from tests.helpers.attachments_panel import answer_kinds, cells, kinds_shown, select_row


@pytest.fixture
def panel(qtbot, english, register, temp_dir) -> AttachmentsPanel:
    entity = register.create_entity(name="北京示例科技有限公司", uscc="91110000600037341L")
    widget = AttachmentsPanel(temp_dir)
    qtbot.addWidget(widget)
    widget.set_owner(register, OwnerType.ENTITY, entity.id)
    widget.show()
    return widget


def pick(qtbot, monkeypatch, panel, tmp_path: Path, *names: str) -> None:
    paths = []
    for name in names:
        (tmp_path / name).write_bytes(name.encode())
        paths.append(str(tmp_path / name))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (paths, ""))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)


def test_kinds_are_asked_after_picking_with_the_guess_preset(qtbot, monkeypatch, panel, tmp_path):
    pick(qtbot, monkeypatch, panel, tmp_path, "营业执照.pdf", "法人身份证.jpg", "notes.txt")
    dialog = panel.kinds_dialog
    assert kinds_shown(dialog) == [
        AttachmentKind.BUSINESS_LICENCE,
        AttachmentKind.ID_COPY,
        AttachmentKind.OTHER,
    ]
    assert panel.model.rowCount() == 0  # nothing attached before the user confirms
    answer_kinds(qtbot, panel, AttachmentKind.BUSINESS_LICENCE, AttachmentKind.ID_COPY)
    assert sorted(cells(panel, r)[:2] for r in range(3)) == [
        ["Business licence", "营业执照.pdf"],
        ["ID copy", "法人身份证.jpg"],
        ["Other", "notes.txt"],
    ]


def test_cancelling_the_kinds_attaches_nothing(qtbot, monkeypatch, panel, tmp_path, register):
    pick(qtbot, monkeypatch, panel, tmp_path, "营业执照.pdf")
    panel.kinds_dialog.reject()
    assert panel.model.rowCount() == 0
    assert not [e for e in register.audit_events() if e.action == "attachment.add"]


def test_change_kind_later(qtbot, monkeypatch, panel, tmp_path, register):
    pick(qtbot, monkeypatch, panel, tmp_path, "scan.pdf")
    answer_kinds(qtbot, panel)
    select_row(panel, "scan.pdf", 1)
    assert panel.kind_button.isEnabled()
    dialog = panel._on_kind_clicked()
    assert kinds_shown(dialog) == [AttachmentKind.OTHER]
    combo = dialog.combos[0]
    combo.setCurrentIndex(combo.findData(AttachmentKind.COMMITMENT_LETTER.value))
    with qtbot.waitSignal(panel.changed, timeout=2000):
        dialog.accept()
    assert cells(panel, 0)[0] == "Commitment letter"
    [event] = [e for e in register.audit_events() if e.action == "attachment.update"]
    assert (event.before, event.after) == ({"kind": "other"}, {"kind": "commitment_letter"})


def test_remove_then_purge_after_a_question_that_lists_the_files(
    qtbot, monkeypatch, panel, tmp_path, register
):
    pick(qtbot, monkeypatch, panel, tmp_path, "wrong.pdf", "right.pdf")
    answer_kinds(qtbot, panel)
    assert not panel.purge_button.isEnabled()  # nothing removed yet
    select_row(panel, "wrong.pdf", 1)
    ask = panel._on_remove_clicked()
    assert "wrong.pdf" in ask.text() and "Purge removed files" in ask.text()
    assert ask.defaultButton() is ask.close_button  # Enter does not remove
    with qtbot.waitSignal(panel.changed, timeout=2000):
        ask.act_button.click()
    assert [info.filename for info in panel.model.rows()] == ["right.pdf"]
    wrong_id = register.removed_attachments(OwnerType.ENTITY, panel.owner[1])[0].id
    assert register.attachment_content(wrong_id)[1] == b"wrong.pdf"  # still in the register
    assert panel.purge_button.isEnabled()

    ask = panel._on_purge_clicked()
    assert "wrong.pdf (version 1)" in ask.text() and "cannot be undone" in ask.text()
    ask.close_button.click()  # the first time: Cancel
    assert register.attachment_content(wrong_id)[1] == b"wrong.pdf"
    ask = panel._on_purge_clicked()
    with qtbot.waitSignal(panel.changed, timeout=2000):
        ask.act_button.click()
    assert not panel.purge_button.isEnabled()
    assert register.removed_attachments(OwnerType.ENTITY, panel.owner[1]) == []
    assert register.check().exit_code == 0


def test_no_viewer_says_so_and_offers_the_folder(qtbot, monkeypatch, panel, tmp_path, temp_dir):
    pick(qtbot, monkeypatch, panel, tmp_path, "材料.xyz")
    answer_kinds(qtbot, panel)
    asked: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: asked.append(url) and False)
    select_row(panel, "材料.xyz", 1)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    [copy] = temp_dir.files()
    box = panel.viewer_box
    assert box.isVisible()
    assert "No program on this computer opened “材料.xyz”" in box.text()
    assert box.act_button.text() == "Show in folder"
    box.act_button.click()
    assert asked == [QUrl.fromLocalFile(str(copy)), QUrl.fromLocalFile(str(copy.parent))]
    temp_dir.wipe()  # the copy goes with the folder, as every opened file does
    assert not copy.exists()
