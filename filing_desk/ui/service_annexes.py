"""ServiceAnnexesPanel: the annex slots of a generative-AI service's online filing — 附件1 安全评估
报告, 附件2 模型服务协议, 附件3 语料标注规则, 附件4 拦截关键词列表, 附件5 评估测试题集 and the test
account — each with its current version and date, over the service's attachments panel. Where
the service has a GB/T 45654-2025 checklist assessment, slot 1 shows its progress (answered of
applicable, complete or not, as ``domain.genai_annex_one`` judges it for readiness and the form)
and a button opens it in the checklist view; without one the button offers to start it (not to a
viewer, ``set_read_only``).

The files are ordinary attachments of the service (``OwnerType.SERVICE``), added, replaced (every
version kept with its date) and opened in the ``AttachmentsPanel`` below the slots. No rules here:
what an attached keyword list or test bank counts is the annex checks' business.

Signals:
    changed(): an attachment of the service was written.
    assessment_requested(int, bool): open the service's GB/T 45654-2025 assessment in the
    checklist view (service id; True: start it first, there is none yet).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from filing_desk.domain.enums import AttachmentKind, OwnerType
from filing_desk.domain.genai_annex_one import LIBRARY_ID, AnnexAssessment, annex_assessment
from filing_desk.domain.local_time import local_date
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
    assessment_requested = Signal(int, bool)

    def __init__(self, temp_dir: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._register: Any = None
        self._service_id = 0
        self.read_only = False
        self.assessment: AnnexAssessment | None = None  # the service's GB/T 45654 one, if any
        self.slots = wrapped_label("", self)
        self.assessment_button = QPushButton(self)
        self.assessment_button.clicked.connect(self._on_assessment_clicked)
        self.attachments = AttachmentsPanel(temp_dir, self)
        self.attachments.changed.connect(self._on_attachments_changed)
        bar = QHBoxLayout()
        bar.addWidget(self.assessment_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.slots)
        layout.addLayout(bar)
        layout.addWidget(self.attachments, 1)

    def set_read_only(self, read_only: bool) -> None:
        """Hide the attachments' writes and refuse dropped files (``ui.role_gate``); opening and
        saving a copy stay."""
        panel = self.attachments
        for button in _WRITE_BUTTONS:
            getattr(panel, button).setVisible(not read_only)
        panel.drop_hint.setVisible(not read_only)
        panel.setAcceptDrops(not read_only)
        self.read_only = read_only
        self._show_button()

    def show_service(self, register: Any, service_id: int) -> None:
        self._register, self._service_id = register, service_id
        self.assessment = self._read_assessment() if service_id else None
        self._show_button()
        if not service_id:
            self.attachments.clear()
            self.slots.clear()
            return
        self.attachments.set_owner(register, OwnerType.SERVICE, service_id)
        self._show_slots()

    def _read_assessment(self) -> AnnexAssessment | None:
        """The service's GB/T 45654-2025 assessment, judged against the shipped checklist."""
        from filing_desk.forms import checklist_loader

        found = self._register.assessment_for(LIBRARY_ID, "service", self._service_id)
        if found is None:
            return None
        subject = self._register.assessment_subject("service", self._service_id)
        return annex_assessment(found, checklist_loader.get(LIBRARY_ID), subject)

    def _show_button(self) -> None:
        """The button opens the assessment when there is one, else starts it (not a viewer's)."""
        button, exists = self.assessment_button, self.assessment is not None
        button.setText(
            self.tr("Open the GB/T 45654 assessment")
            if exists
            else self.tr("Start the GB/T 45654 assessment")
        )
        button.setVisible(bool(self._service_id) and (exists or not self.read_only))

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
            if kind is AttachmentKind.GENAI_ASSESSMENT and self.assessment is not None:
                lines.append(self._assessment_line(title, self.assessment))
                if info is None:
                    continue
            if info is None:
                lines.append(self.tr("%1: not attached").replace("%1", title))
                continue
            added = local_date(info.added_at).isoformat()
            state = self.tr("%1: version %2 of %3").replace("%1", title)
            lines.append(state.replace("%2", str(info.version)).replace("%3", added))
        return lines

    def _assessment_line(self, title: str, found: AnnexAssessment) -> str:
        if found.complete:
            text = self.tr(
                "%1: the GB/T 45654 assessment, %2 of %3 applicable items answered, complete"
            )
        else:
            text = self.tr(
                "%1: the GB/T 45654 assessment, %2 of %3 applicable items answered, not complete"
            )
        text = text.replace("%1", title).replace("%2", str(found.answered))
        return text.replace("%3", str(found.total))

    def _show_slots(self) -> None:
        self.slots.setText("\n".join(self.slot_lines()))

    @Slot()
    def _on_attachments_changed(self) -> None:
        self._show_slots()
        self.changed.emit()

    @Slot()
    def _on_assessment_clicked(self) -> None:
        start = self.assessment is None
        if self._service_id and not (start and self.read_only):
            self.assessment_requested.emit(self._service_id, start)
