"""ServiceAnnexesPanel: the annex slots of a generative-AI service's online filing — 附件1 安全评估
报告, 附件2 模型服务协议, 附件3 语料标注规则, 附件4 拦截关键词列表, 附件5 评估测试题集 and the test
account — each with its current version and date, over the service's attachments panel.

The files are ordinary attachments of the service (``OwnerType.SERVICE``), added, replaced (every
version kept with its date) and opened in the ``AttachmentsPanel`` below the slots. No rules here:
what an attached keyword list or test bank counts is the annex checks' business.

Signals:
    changed(): an attachment of the service was written.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from filing_desk.domain.enums import AttachmentKind, OwnerType
from filing_desk.domain.records import AttachmentInfo
from filing_desk.ui.attachments_panel import AttachmentsPanel
from filing_desk.ui.i18n import lang
from filing_desk.ui.screen_fit import wrapped_label

ANNEX_SLOTS: tuple[tuple[str, AttachmentKind], ...] = (
    ("1", AttachmentKind.GENAI_ASSESSMENT),
    ("2", AttachmentKind.SERVICE_AGREEMENT),
    ("3", AttachmentKind.ANNOTATION_RULES),
    ("4", AttachmentKind.KEYWORD_LIST),
    ("5", AttachmentKind.TEST_QUESTIONS),
    ("", AttachmentKind.TEST_ACCOUNT),
)
# The attachments panel's buttons that write (hidden for a viewer, as ui.role_gate does).
_WRITE_BUTTONS = ("add_button", "replace_button", "kind_button", "remove_button", "purge_button")


class ServiceAnnexesPanel(QWidget):
    """The annex slots' state, then the service's attachments."""

    changed = Signal()

    def __init__(self, temp_dir: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slots = wrapped_label("", self)
        self.attachments = AttachmentsPanel(temp_dir, self)
        self.attachments.changed.connect(self._on_attachments_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.slots)
        layout.addWidget(self.attachments, 1)

    def set_read_only(self, read_only: bool) -> None:
        """Hide the attachments' writes and refuse dropped files (``ui.role_gate``); opening and
        saving a copy stay."""
        panel = self.attachments
        for button in _WRITE_BUTTONS:
            getattr(panel, button).setVisible(not read_only)
        panel.drop_hint.setVisible(not read_only)
        panel.setAcceptDrops(not read_only)

    def show_service(self, register: Any, service_id: int) -> None:
        if not service_id:
            self.attachments.clear()
            self.slots.clear()
            return
        self.attachments.set_owner(register, OwnerType.SERVICE, service_id)
        self._show_slots()

    def slot_lines(self) -> list[str]:
        """One line per annex: its current file's version and date, or that it is missing."""
        current: dict[AttachmentKind, AttachmentInfo] = {
            a.kind: a for a in self.attachments.model.rows() if not a.superseded
        }
        lines = []
        for number, kind in ANNEX_SLOTS:
            name = kind.label(lang())
            title = self.tr("Annex %1 %2").replace("%1", number).replace("%2", name)
            title = title if number else name
            info = current.get(kind)
            if info is None:
                lines.append(self.tr("%1: not attached").replace("%1", title))
                continue
            added = info.added_at.date().isoformat()
            state = self.tr("%1: version %2 of %3").replace("%1", title)
            lines.append(state.replace("%2", str(info.version)).replace("%3", added))
        return lines

    def _show_slots(self) -> None:
        self.slots.setText("\n".join(self.slot_lines()))

    def _on_attachments_changed(self) -> None:
        self._show_slots()
        self.changed.emit()
