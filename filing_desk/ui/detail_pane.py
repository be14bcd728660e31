"""DetailPane: the selected algorithm in tabs — overview (editable, undoable), products,
procedures and their history, attachments, and the algorithm's audit events.

It opens the guided procedures (ProcedureWizard) and the CAC-answer dialog for the algorithm
and reports every write with ``changed`` so the window refreshes the table and the dashboard.
Which buttons are enabled follows the domain's lifecycle tables; no SQL and no rules here.

Signals:
    changed(): the register was written from this pane (wizard, CAC answer, products).
    checklists_requested(str, int): "Checklists…" was clicked for the algorithm.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from filing_desk.domain.codes import format_filing_number
from filing_desk.domain.enums import OwnerType, ProcedureKind
from filing_desk.domain.lifecycle import PRE_FILING_STATES, AlgorithmStep, allowed_algorithm_steps
from filing_desk.domain.records import Algorithm, Procedure
from filing_desk.store.procedures import FILED_STATES, LIVE_STATES
from filing_desk.ui.audit_tab import StaleAudit
from filing_desk.ui.audit_view import (
    AUDIT_LIMIT,
    AuditTableModel,
    make_audit_table,
    register_namer,
)
from filing_desk.ui.discard_action import ask_discard, discardable
from filing_desk.ui.focus import focus_first
from filing_desk.ui.i18n import lang
from filing_desk.ui.icons import state_icon
from filing_desk.ui.messages import field_label
from filing_desk.ui.record_form import RecordEditor, RecordForm


def _scrolled(widget: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class DetailPane(QTabWidget):
    """Tabs for one algorithm; empty and disabled while nothing is selected."""

    changed = Signal()
    checklists_requested = Signal(str, int)  # subject kind, id: open the checklist view

    def __init__(
        self, register: Any, editor: RecordEditor, temp_dir: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._register = register
        self._editor = editor
        self._algorithm: Algorithm | None = None
        self._procedures: list[Procedure] = []
        self._dialogs: list[QWidget] = []
        self._build_overview()
        self._build_products()
        self._build_procedures()
        self._build_security()
        self._build_attachments(temp_dir)
        self.audit_model = AuditTableModel(self, register_namer(register))
        self.addTab(make_audit_table(self, self.audit_model), self.tr("Audit events"))
        self.audit_tab = StaleAudit(self)  # after an edit, read when shown (ui.audit_tab)
        self.show_algorithm(0)

    # --- building -----------------------------------------------------------------------

    def _button(self, text: str, slot: Any, parent: QWidget) -> QPushButton:
        button = QPushButton(text, parent)
        button.clicked.connect(slot)
        return button

    def _build_overview(self) -> None:
        page = QWidget(self)
        self.title = QLabel(page)
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.state_icon = QLabel(page)
        self.summary = QLabel(page)
        self.summary.setWordWrap(True)
        self.filing_button = self._button(self.tr("Start filing"), self._on_filing, page)
        self.change_button = self._button(self.tr("Record a change"), self._on_change, page)
        self.terminate_button = self._button(self.tr("Terminate service"), self._on_end, page)
        self.answer_button = self._button(self.tr("Record the CAC's answer"), self._on_cac, page)
        self._form: RecordForm | None = None  # built when an algorithm is first shown
        self._overview_page = page
        head = QHBoxLayout()
        head.addWidget(self.state_icon)
        head.addWidget(self.title, 1)
        actions = QHBoxLayout()
        for b in (self.filing_button, self.change_button, self.terminate_button):
            actions.addWidget(b)
        actions.addWidget(self.answer_button)
        self.checklists_button = self._button(self.tr("Checklists…"), self._on_checklists, page)
        actions.addWidget(self.checklists_button)
        actions.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(head)
        layout.addWidget(self.summary)
        layout.addLayout(actions)
        self._overview_layout = layout
        self.addTab(page, self.tr("Overview"))

    @property
    def form(self) -> RecordForm:
        """The algorithm's editable fields (50-odd editors): built on first use, not at start-up."""
        if self._form is None:
            self._form = RecordForm("algorithm", self._editor, self._overview_page)
            self._overview_layout.addWidget(_scrolled(self._form, self._overview_page), 1)
        return self._form

    def _build_products(self) -> None:
        from filing_desk.ui.product_links import ProductLinksPanel

        self.products = ProductLinksPanel(self._register, self._editor, self, opener=self._open)
        self.products.changed.connect(self._on_written)
        self.add_product_button = self.products.add_product_button
        self.product_form = self.products.product_form  # the selected product's own fields
        self.addTab(_scrolled(self.products, self), self.tr("Products"))

    def _build_procedures(self) -> None:
        page = QWidget(self)
        self.history = QTextBrowser(page)
        self.history.setOpenLinks(False)
        self.print_button = self._button(self.tr("Print forms…"), self.print_packet, page)
        self.continue_button = self._button(
            self.tr("Continue in the wizard"), self._on_continue, page
        )
        self.answer_button2 = self._button(self.tr("Record the CAC's answer"), self._on_cac, page)
        self.discard_button = self._button(
            self.tr("Discard modification…"), self.discard_modification, page
        )
        self.discard_button.setToolTip(
            self.tr("A modification opened by mistake, nothing submitted: remove its deadline")
        )
        bar = QHBoxLayout()
        shown = (self.continue_button, self.answer_button2, self.discard_button)
        for b in (*shown, self.print_button):
            bar.addWidget(b)
        bar.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.history, 1)
        self.addTab(page, self.tr("Procedures"))

    def _build_security(self) -> None:
        """The 2018 rules' security assessments (loaded when the tab is first shown)."""
        from filing_desk.ui.security_assessment_panel import SecurityAssessmentPanel

        self.security = SecurityAssessmentPanel(self._register, self)
        self.security.changed.connect(self._on_written)
        self.addTab(_scrolled(self.security, self), self.tr("Security assessment"))

    def _build_attachments(self, temp_dir: Any) -> None:
        from filing_desk.ui.attachments_panel import AttachmentsPanel

        self.attachments = AttachmentsPanel(temp_dir, self)
        self.attachments.changed.connect(self._on_written)
        self.addTab(self.attachments, self.tr("Attachments"))

    # --- showing ------------------------------------------------------------------------

    def focus_details(self) -> None:
        """Enter on the register: the overview, the focus in its first field (else button)."""
        self.setCurrentIndex(0)
        focus_first(self._overview_page, self._form) or focus_first(self._overview_page)

    def algorithm_id(self) -> int:
        return _stored_id(self._algorithm.id) if self._algorithm is not None else 0

    def show_algorithm(self, algorithm_id: int) -> None:
        """Show an algorithm (0: nothing — every tab is emptied)."""
        self._algorithm = self._register.algorithm(algorithm_id) if algorithm_id else None
        self.refresh()

    def refresh(self) -> None:
        algo = self._algorithm
        if algo is not None:
            algo = self._algorithm = self._register.algorithm(_stored_id(algo.id))
        self._procedures = self._register.procedures(algo.id) if algo else []
        if algo is not None or self._form is not None:
            self.form.set_record(algo)
        self._show_header(algo)
        self._show_products()
        self.security.show_algorithm(self.algorithm_id())
        self.history.setHtml(self._history_html())
        if algo is None:
            self.attachments.clear()
            self.audit_model.clear()
        else:
            self.attachments.set_owner(self._register, OwnerType.ALGORITHM, int(algo.id))
            self.audit_model.set_events(self._audit_events(int(algo.id)))
        self._enable_actions()

    def refresh_record(self) -> None:
        """After an edit of the algorithm's own fields: the record, its procedures (an edit can
        open a modification) and its audit events; its products, security assessments and
        attachments cannot have changed, so they are not read again."""
        if self._algorithm is None:
            return
        algo = self._algorithm = self._register.algorithm(self.algorithm_id())
        self._procedures = self._register.procedures(algo.id)
        self.form.set_record(algo)
        self._show_header(algo)
        self.history.setHtml(self._history_html())
        self.audit_tab.mark()
        self._enable_actions()

    def _show_header(self, algo: Algorithm | None) -> None:
        if algo is None:
            self.title.setText(self.tr("Select an algorithm in the register."))
            self.state_icon.clear()
            self.summary.clear()
            return
        self.title.setText(algo.name)
        self.state_icon.setPixmap(state_icon(algo.state).pixmap(22, 22))
        parts = [self.tr("State: %1").replace("%1", algo.state.label(lang()))]
        if algo.filing_number:
            parts.append(format_filing_number(algo.filing_number))
        if algo.list_batch:  # the CAC list it first appeared in (公示批次, 公示日期)
            listed = self.tr("Listed: %1").replace("%1", algo.list_batch)
            if algo.list_published:
                listed += f" ({algo.list_published.isoformat()})"
            parts.append(listed)
        live = self.live_procedure()
        if live is not None and live.due_date is not None:
            due = self.tr("%1 due %2").replace("%1", live.kind.label(lang()))
            due = due.replace("%2", live.due_date.isoformat())
            if live.due_provisional:
                due += " " + self.tr("(provisional)")
            parts.append(due)
        self.summary.setText(" · ".join(parts))

    def _show_products(self) -> None:
        self.products.show_algorithm(self.algorithm_id())

    def _audit_events(self, algorithm_id: int) -> list[Any]:
        """The algorithm's whole history (its products, procedures, attachments), newest first."""
        return self._register.algorithm_history(algorithm_id, limit=AUDIT_LIMIT)

    def _history_html(self) -> str:
        if not self._procedures:
            return "<p>" + html.escape(self.tr("No procedures yet.")) + "</p>"
        return "".join(self._procedure_html(p) for p in reversed(self._procedures))

    def _procedure_html(self, p: Procedure) -> str:
        def row(label: str, value: object) -> str:
            if value in (None, ""):
                return ""
            return (
                f"<tr><td><b>{html.escape(label)}</b></td><td>{html.escape(str(value))}</td></tr>"
            )

        due = p.due_date.isoformat() if p.due_date else ""
        if due and p.due_provisional:
            due += " " + self.tr("(provisional)")
        number = format_filing_number(p.filing_number) if p.filing_number else ""
        changes = "; ".join(f"{field_label(c.field)}: {c.old} → {c.new}" for c in p.changes)
        rows = [
            row(self.tr("State"), p.state.label(lang())),
            row(self.tr("Triggered on"), p.trigger_date),
            row(self.tr("Due"), due),
            row(self.tr("Submitted"), p.submitted_date),
            row(self.tr("Decision expected by"), p.decision_expected),
            row(self.tr("Decision"), p.decision_date),
            row(self.tr("Filing number"), number),
            row(self.tr("Reason"), p.reason),
            row(self.tr("Returned because"), p.return_reason),
            row(self.tr("Changes (old → new)"), changes),
        ]
        title = html.escape(f"{p.kind.label(lang())} #{p.id}")
        return f"<h3>{title}</h3><table cellspacing='4'>{''.join(rows)}</table>"

    def live_procedure(self, kind: ProcedureKind | None = None) -> Procedure | None:
        live = [p for p in self._procedures if p.state in LIVE_STATES]
        if kind is not None:
            live = [p for p in live if p.kind is kind]
        return live[-1] if live else None

    def _enable_actions(self) -> None:
        algo = self._algorithm
        state = algo.state if algo else None
        self.setTabEnabled(1, algo is not None)
        self.filing_button.setEnabled(bool(algo) and state in PRE_FILING_STATES)
        self.change_button.setEnabled(bool(algo) and state in FILED_STATES)
        self.terminate_button.setEnabled(
            algo is not None and AlgorithmStep.TERMINATE in allowed_algorithm_steps(algo.state)
        )
        live = self.live_procedure()
        for b in (self.answer_button, self.answer_button2):
            b.setEnabled(live is not None)
        self.continue_button.setEnabled(live is not None)
        self.discard_button.setEnabled(discardable(self.live_procedure(ProcedureKind.MODIFICATION)))
        self.print_button.setEnabled(algo is not None)
        self.checklists_button.setEnabled(algo is not None)

    # --- actions ------------------------------------------------------------------------

    def open_wizard(self, kind: ProcedureKind) -> QWidget | None:
        """The guided procedure of ``kind`` for the shown algorithm (opens a draft where left)."""
        if self._algorithm is None:
            return None
        from filing_desk.ui.wizard.procedure_wizard import ProcedureWizard

        wizard = ProcedureWizard(self._register, kind, self.algorithm_id(), self)
        wizard.procedure_saved.connect(self._on_written)
        return self._open(wizard)

    def open_cac_answer(self) -> QWidget | None:
        live = self.live_procedure()
        if live is None:
            return None
        from filing_desk.ui.dialogs.cac_answer import CacAnswerDialog

        dialog = CacAnswerDialog(self._register, _stored_id(live.id), self)
        dialog.answered.connect(self._on_written)
        return self._open(dialog)

    def discard_modification(self) -> QWidget | None:
        """Ask for the reason, then discard the open modification opened by mistake."""
        live = self.live_procedure(ProcedureKind.MODIFICATION)
        if self._algorithm is None or not discardable(live):
            return None
        assert live is not None
        done = self._on_written
        return self._open(ask_discard(self._editor.desk, live, self._algorithm.name, self, done))

    def _open(self, dialog: Any) -> Any:
        self._dialogs = [d for d in self._dialogs if d.isVisible()] + [dialog]
        dialog.open()
        return dialog

    def print_packet(self) -> None:
        """Render the packet of the live procedure (else of the algorithm's current one, as
        ``filing-desk print --algorithm ID --packet`` does) and preview it."""
        if self._algorithm is None:
            return
        from filing_desk.ui import print_preview

        live = self.live_procedure()
        kwargs = (
            {"procedure_id": _stored_id(live.id)} if live else {"algorithm_id": self.algorithm_id()}
        )
        print_preview.render_forms(
            self, self._register, None, kwargs, lang(),
            lambda docs: self._dialogs.append(print_preview.preview_pdfs(self, docs)),
        )  # fmt: skip

    @Slot()
    def _on_filing(self) -> None:
        self.open_wizard(ProcedureKind.FILING)

    @Slot()
    def _on_change(self) -> None:
        self.open_wizard(ProcedureKind.MODIFICATION)

    @Slot()
    def _on_end(self) -> None:
        self.open_wizard(ProcedureKind.CANCELLATION)

    @Slot()
    def _on_cac(self) -> None:
        self.open_cac_answer()

    @Slot()
    def _on_checklists(self) -> None:
        if self._algorithm is not None:
            self.checklists_requested.emit("algorithm", self.algorithm_id())

    @Slot()
    def _on_continue(self) -> None:
        live = self.live_procedure()
        if live is not None:
            self.open_wizard(live.kind)

    @Slot()
    def _on_written(self, *_args: Any) -> None:
        self.refresh()
        self.changed.emit()


def _stored_id(record_id: int | None) -> int:
    """The id of a record read from the register (so stored, so it has one)."""
    assert record_id is not None
    return int(record_id)
