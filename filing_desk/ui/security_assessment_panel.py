"""SecurityAssessmentPanel: the detail pane's "Security assessment" tab for one algorithm — where
its assessment under the 2018 rules stands (done, running with its due date, overdue, missing),
the assessments of the algorithm and of the products it is live on, and the actions: record a
new one, edit it, record a submission to the CAC or public security, print the art. 6 report;
and, for a product, its per-se categories and user numbers (``SecurityProductBox``).

No SQL and no rules here: the register decides (``store.security_*``), the domain derives the
state and the clock.

Signals:
    changed(): the register was written from this panel.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from filing_desk.domain.security_assessment import (
    SecurityAssessment,
    SecurityState,
    Standing,
    SubjectKind,
)
from filing_desk.store.security_assessments import security_service
from filing_desk.store.security_overview import security_overview
from filing_desk.ui.i18n import lang
from filing_desk.ui.security_cells import due_text, state_text
from filing_desk.ui.table_model import ROW_ROLE, Column, ReadOnlyTableModel


@dataclass(frozen=True)
class PanelRow:
    assessment: SecurityAssessment
    subject_name: str
    standing: Standing


class SecurityTableModel(ReadOnlyTableModel[PanelRow]):
    """The assessments of an algorithm and of its products."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, key=lambda r: r.assessment.id)
        self.set_columns(
            [
                Column(self.tr("Subject"), attrgetter("subject_name")),
                Column(
                    self.tr("Occasion"),
                    lambda r: f"({r.assessment.trigger.item}) {r.assessment.trigger.label(lang())}",
                ),
                Column(
                    self.tr("Date"),
                    lambda r: r.assessment.trigger_date.isoformat(),
                    sort=lambda r: r.assessment.trigger_date,
                ),
                Column(self.tr("Due"), lambda r: due_text(r.standing)),
                Column(self.tr("State"), lambda r: state_text(r.standing)),
            ]
        )


class SecurityAssessmentPanel(QWidget):
    """Assessments of one algorithm (0: none shown) and of the products it is live on."""

    changed = Signal()

    def __init__(self, register: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.algorithm_id = 0
        self._stale = True
        self._dialogs: list[QWidget] = []
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setStyleSheet("font-weight: bold;")
        self.subject = QComboBox(self)
        self.model = SecurityTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.new_button = self._button(self.tr("New assessment…"), self.open_new)
        self.edit_button = self._button(self.tr("Edit…"), self.open_edit)
        self.submit_button = self._button(self.tr("Record submission…"), self.open_submission)
        self.print_button = self._button(self.tr("Print report…"), self.print_report)
        from filing_desk.ui.security_product_box import SecurityProductBox

        self.product_box = SecurityProductBox(register, self)
        self.product_box.changed.connect(self._on_written)
        self.subject.currentIndexChanged.connect(self._on_subject_changed)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Subject:"), self))
        bar.addWidget(self.subject, 1)
        for b in (self.new_button, self.edit_button, self.submit_button, self.print_button):
            bar.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.product_box)
        self.show_algorithm(0)

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        return button

    # --- showing ------------------------------------------------------------------------

    def show_algorithm(self, algorithm_id: int) -> None:
        """Show an algorithm (0: none); read when the tab is on screen, else when it is next
        shown (selecting rows in the register must not read every assessment each time)."""
        self.algorithm_id = algorithm_id
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: Any) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        """Read the algorithm's assessments and its products' from the register."""
        algorithm_id, self._stale = self.algorithm_id, False
        before = self.subject.currentData()  # kept across a reload of the same algorithm
        self.subject.blockSignals(True)
        self.subject.clear()
        self._names: dict[str, str] = {}
        rows: list[PanelRow] = []
        if algorithm_id:
            algorithm = self.register.algorithm(algorithm_id)
            subjects = [(SubjectKind.ALGORITHM, algorithm_id, algorithm.name)]
            products = self.register.linked_products(algorithm_id)
            subjects += [
                (SubjectKind.PRODUCT, int(p.product_id), p.name) for p in products if p.live
            ]
            overview = security_overview(
                self.register.uow, self.register.calendar, self.register.conservative
            )
            service = security_service(self.register)
            for kind, ident, name in subjects:
                label = f"{kind.label(lang())}: {name}"
                self.subject.addItem(label, f"{kind.value}:{ident}")
                self._names[f"{kind.value}:{ident}"] = name
                for found in service.security_assessments(kind, ident):
                    rows.append(PanelRow(found, name, service.standing_of(found)))
            self._show_status(overview.algorithm_standings([algorithm_id]).get(algorithm_id))
        else:
            self.status.setText(self.tr("Select an algorithm in the register."))
        kept = self.subject.findData(before)
        self.subject.setCurrentIndex(max(kept, 0))
        self.subject.blockSignals(False)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self._on_subject_changed()

    def _show_status(self, standing: Standing | None) -> None:
        if standing is None:
            text = self.tr("No security assessment needed so far (no public-opinion attributes).")
        elif standing.state is SecurityState.COMPLETE:
            text = self.tr("Security assessment: complete.")
        else:
            text = self.tr("Security assessment: %1, %2.")
            text = text.replace("%1", state_text(standing)).replace("%2", due_text(standing))
        self.status.setText(text)

    def chosen_subject(self) -> tuple[SubjectKind, int, str] | None:
        data = self.subject.currentData()
        if data is None:
            return None
        kind, _, ident = str(data).partition(":")
        return SubjectKind(kind), int(ident), self._names.get(str(data), "")

    def selected(self) -> PanelRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    @Slot()
    def _on_subject_changed(self) -> None:
        chosen = self.chosen_subject()
        if chosen is not None and chosen[0] is SubjectKind.PRODUCT:
            self.product_box.show_product(chosen[1], chosen[2])
        else:
            self.product_box.show_product(None, "")
        self._enable()

    @Slot()
    def _enable(self) -> None:
        picked = self.selected() is not None
        self.new_button.setEnabled(self.chosen_subject() is not None)
        for b in (self.edit_button, self.submit_button, self.print_button):
            b.setEnabled(picked)

    # --- actions ------------------------------------------------------------------------

    def open_new(self) -> QWidget | None:
        chosen = self.chosen_subject()
        if chosen is None:
            return None
        from filing_desk.ui.security_assessment_dialog import SecurityAssessmentDialog

        kind, ident, name = chosen
        dialog = SecurityAssessmentDialog(self.register, kind, ident, name, parent=self)
        dialog.saved.connect(self._on_written)
        return self._open(dialog)

    def open_edit(self) -> QWidget | None:
        row = self.selected()
        if row is None:
            return None
        from filing_desk.ui.security_assessment_dialog import SecurityAssessmentDialog

        a = row.assessment
        dialog = SecurityAssessmentDialog(
            self.register, a.subject_kind, a.subject_id, row.subject_name, a.id, parent=self
        )
        dialog.saved.connect(self._on_written)
        return self._open(dialog)

    def open_submission(self) -> QWidget | None:
        row = self.selected()
        if row is None:
            return None
        from filing_desk.ui.security_submission_dialog import SecuritySubmissionDialog

        dialog = SecuritySubmissionDialog(self.register, int(row.assessment.id or 0), self)
        dialog.recorded.connect(self._on_written)
        return self._open(dialog)

    def print_report(self) -> QWidget | None:
        row = self.selected()
        if row is None:
            return None
        from filing_desk.ui import print_preview
        from filing_desk.workflows.security_printing import print_security_report

        data = print_security_report(self.register, int(row.assessment.id or 0), lang())
        return self._remember(
            print_preview.preview_pdfs(self, [("security-assessment-report", data)])
        )

    def _open(self, dialog: Any) -> Any:
        dialog.open()
        return self._remember(dialog)

    def _remember(self, dialog: Any) -> Any:
        self._dialogs = [d for d in self._dialogs if d.isVisible()] + [dialog]
        return dialog

    @Slot()
    def _on_written(self, *_args: Any) -> None:
        self.reload()
        self.changed.emit()
