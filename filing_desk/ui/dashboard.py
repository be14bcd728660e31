"""The dashboard: overdue, due within 5 working days, awaiting the CAC, products without their
filing number (art. 26), provisional calendar years, undecided triage; and the checklist items
not conforming, with evidence expiring within 30 days, or due for review. Security assessments
under the 2018 rules join the overdue, due-soon and later sections; products whose user numbers
jumped have their own (``ui.security_dashboard``). Generative-AI services live without a number
head the dashboard, beside the products not showing the model name and number
(``ui.genai_dashboard``); their annexes to renew (a practice reminder) come last; their
entries open the service.

Each entry is clickable: an algorithm entry selects it in the register, a year opens the
calendar, a checklist finding opens the checklist view on its item. Every section shows an icon
and a text heading (never colour alone). The buckets come from ``register.dashboard()``; no
rules here. An empty register (no entity, no algorithm) shows the getting-started panel
(``ui.getting_started``) in place of the sections; the main window wires its buttons.

Signals:
    algorithm_activated(int): an entry of that algorithm was clicked.
    year_activated(int): a provisional year was clicked.
    checklist_activated(object): a checklist finding was clicked (its target's tuple).
    service_activated(int): a generative-AI service's entry was clicked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListView,
    QScrollArea,
    QWidget,
)

from filing_desk.domain.enums import ProcedureState
from filing_desk.ui import genai_dashboard, security_dashboard
from filing_desk.ui.getting_started import GettingStarted
from filing_desk.ui.i18n import lang
from filing_desk.ui.icons import icon, state_icon
from filing_desk.ui.table_model import KEY_ROLE, Column, ReadOnlyTableModel

if TYPE_CHECKING:
    from filing_desk.store.dashboard import Dashboard, DeadlineRow

TARGET_ROLE = KEY_ROLE  # an entry's target


@dataclass(frozen=True)
class Entry:
    text: str
    icon: QIcon
    target: tuple[str, Any]  # ("algorithm", id), ("year", year) or ("checklist", (…))


class EntryListModel(ReadOnlyTableModel[Entry]):
    """A section's entries in one column (a list view shows it); ``TARGET_ROLE`` is the target."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, key=attrgetter("target"))
        self.set_columns([Column("", attrgetter("text"), icon=attrgetter("icon"))])

    def set_entries(self, entries: Sequence[Entry]) -> None:
        self.set_rows(entries)

    def texts(self) -> list[str]:
        return [e.text for e in self.rows()]


class DashboardSection(QGroupBox):
    """A titled list with an icon, its count, and a line shown when it is empty."""

    activated = Signal(object)

    def __init__(self, title: str, icon_name: str, empty: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._title = title
        self.heading = QLabel(self)
        self.heading.setPixmap(icon(icon_name).pixmap(20, 20))
        self.title_label = QLabel(self)
        self.title_label.setStyleSheet("font-weight: bold;")
        self.empty = QLabel(empty, self)
        self.empty.setEnabled(False)
        self.model = EntryListModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setMinimumHeight(110)
        self.view.setWordWrap(True)
        self.view.clicked.connect(lambda index: self.activated.emit(index.data(TARGET_ROLE)))
        self.view.activated.connect(lambda index: self.activated.emit(index.data(TARGET_ROLE)))
        grid = QGridLayout(self)
        grid.addWidget(self.heading, 0, 0)
        grid.addWidget(self.title_label, 0, 1)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.empty, 1, 0, 1, 2)
        grid.addWidget(self.view, 2, 0, 1, 2)

    def set_entries(self, entries: Sequence[Entry]) -> None:
        self.model.set_entries(entries)
        self.title_label.setText(f"{self._title} ({len(entries)})")
        self.empty.setVisible(not entries)
        self.view.setVisible(bool(entries))


class DashboardView(QScrollArea):
    """The sections in two columns."""

    algorithm_activated = Signal(int)
    year_activated = Signal(int)
    checklist_activated = Signal(object)  # (subject kind, subject id, library id, item id)
    service_activated = Signal(int)  # a generative-AI service's entry

    def __init__(self, register: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._register = register
        self.setWidgetResizable(True)
        body = QWidget(self)
        grid = QGridLayout(body)
        none = self.tr("Nothing here.")
        self.live_services = DashboardSection(  # the most severe bucket: first
            self.tr("Generative-AI services live without a number"), "overdue", none, body
        )
        self.display_duty = DashboardSection(
            self.tr("Products not showing the model name and number"), "product", none, body
        )
        self.overdue = DashboardSection(self.tr("Overdue"), "overdue", none, body)
        self.due_soon = DashboardSection(
            self.tr("Due within 5 working days"), "due-soon", none, body
        )
        self.later = DashboardSection(
            self.tr("Other open procedures and their due dates"), "state-pending", none, body
        )
        self.awaiting = DashboardSection(
            self.tr("Awaiting the CAC's decision"), "awaiting", none, body
        )
        self.products = DashboardSection(
            self.tr("Products not yet showing their filing number (art. 26)"), "product", none, body
        )
        self.years = DashboardSection(
            self.tr("Calendar years still provisional"), "provisional", none, body
        )
        self.undecided = DashboardSection(
            self.tr("Filing not yet decided (triage)"), "triage", none, body
        )
        # checklist assessments (issue 16): 不符合 answers, evidence running out, reviews due
        self.nonconforming = DashboardSection(
            self.tr("Checklist items not conforming"), "overdue", none, body
        )
        self.expiring = DashboardSection(
            self.tr("Checklist evidence expiring within 30 days"), "due-soon", none, body
        )
        self.reviews_due = DashboardSection(
            self.tr("Checklist reviews due"), "view-checklists", none, body
        )
        self.security_growth = DashboardSection(  # 2018 rules art. 3(3)
            self.tr("User numbers jumped: security assessment (trigger 3)?"), "due-soon", none, body
        )
        self.annexes_to_renew = DashboardSection(  # a practice reminder: the last section
            self.tr("GenAI annexes to renew (practice cadence, not a legal duty)"),
            "due-soon",
            none,
            body,
        )
        self.getting_started = GettingStarted(body)  # an empty register: first steps
        self.getting_started.hide()
        grid.addWidget(self.getting_started, 0, 0, 1, 2)
        for n, section in enumerate(self.sections()):
            grid.addWidget(section, 1 + n // 2, n % 2)
            section.activated.connect(self._on_section_activated)
        grid.setRowStretch(1 + (len(self.sections()) + 1) // 2, 1)
        self.setWidget(body)

    def sections(self) -> tuple[DashboardSection, ...]:
        return (
            self.live_services,
            self.display_duty,
            self.overdue,
            self.due_soon,
            self.later,
            self.awaiting,
            self.products,
            self.years,
            self.undecided,
            self.nonconforming,
            self.expiring,
            self.reviews_due,
            self.security_growth,
            self.annexes_to_renew,
        )

    def refresh(self) -> None:
        board = self._register.dashboard()
        self.show_dashboard(board, board.open_procedures)
        self.show_getting_started(self._register.is_empty())

    def show_getting_started(self, empty: bool) -> None:
        """No entity and no algorithm: the first steps instead of empty sections."""
        self.getting_started.setVisible(empty)
        for section in self.sections():
            section.setVisible(not empty)

    def show_dashboard(self, board: Dashboard, deadlines: Sequence[DeadlineRow] = ()) -> None:
        # security assessments (2018 rules) sit in the same buckets, after the procedures
        overdue, soon, later, growth = security_dashboard.entries(board.security, Entry)
        self.overdue.set_entries([*(self._deadline_entry(d) for d in board.overdue), *overdue])
        self.due_soon.set_entries([*(self._deadline_entry(d) for d in board.due_soon), *soon])
        shown = {d.procedure.id for d in (*board.overdue, *board.due_soon)}
        self.later.set_entries(
            [*(self._deadline_entry(d) for d in deadlines if d.procedure.id not in shown), *later]
        )
        self.security_growth.set_entries(growth)
        live, not_shown, renew = genai_dashboard.entries(board.services, Entry)
        self.live_services.set_entries(live)
        self.display_duty.set_entries(not_shown)
        self.annexes_to_renew.set_entries(renew)
        self.awaiting.set_entries([self._awaiting_entry(d) for d in board.awaiting_cac])
        self.products.set_entries(
            [
                Entry(
                    self.tr("%1 — uses %2").replace("%1", p.name).replace("%2", algo_name),
                    icon("product"),
                    ("algorithm", int(p.algorithm_id or 0)),
                )
                for p, algo_name in board.products_without_number
            ]
        )
        self.years.set_entries(
            [
                Entry(
                    self.tr("%1: official working days not entered yet").replace("%1", str(y)),
                    icon("provisional"),
                    ("year", y),
                )
                for y in board.provisional_years
            ]
        )
        self.undecided.set_entries(
            [
                Entry(f"{r.name} — {r.entity_name}", icon("triage"), ("algorithm", r.algorithm_id))
                for r in board.undecided
            ]
        )
        self._show_checklists(board)

    def _show_checklists(self, board: Dashboard) -> None:
        from filing_desk.ui.checklist_findings import finding_target, finding_text

        buckets = board.checklists
        for section, bucket, icon_name in (
            (self.nonconforming, "nonconforming", "overdue"),
            (self.expiring, "evidence_expiring", "due-soon"),
            (self.reviews_due, "reviews_due", "view-checklists"),
        ):
            entries = [
                Entry(finding_text(f, bucket, lang()), icon(icon_name), finding_target(f))
                for f in getattr(buckets, bucket)
            ]
            section.set_entries(entries)

    def _due_words(self, d: DeadlineRow) -> str:
        due = d.procedure.due_date.isoformat() if d.procedure.due_date else "—"
        text = self.tr("due %1").replace("%1", due)
        if d.procedure.due_provisional:
            text += " " + self.tr("(provisional)")
        left = d.working_days_left
        if left is None:
            return text
        if left < 0:
            count = self.tr("%n working day(s) overdue", "", -left)
        else:
            count = self.tr("%n working day(s) left", "", left)
        return self.tr("%1, %2").replace("%1", text).replace("%2", count)

    def _deadline_entry(self, d: DeadlineRow) -> Entry:
        text = (
            self.tr("%1 — %2, %3 (%4)")
            .replace("%1", d.algorithm_name)
            .replace("%2", d.procedure.kind.label(lang()))
            .replace("%3", self._due_words(d))
            .replace("%4", d.entity_name)
        )
        icon_name = "overdue" if d.overdue else "due-soon"
        if not d.overdue and (d.working_days_left is None or d.working_days_left > 5):
            icon_name = "state-pending"
        return Entry(text, icon(icon_name), ("algorithm", int(d.procedure.algorithm_id or 0)))

    def _awaiting_entry(self, d: DeadlineRow) -> Entry:
        p = d.procedure
        text = self.tr("%1 — %2 submitted %3, decision expected by %4").replace(
            "%1", d.algorithm_name
        )
        text = (
            text.replace("%2", p.kind.label(lang()))
            .replace("%3", p.submitted_date.isoformat() if p.submitted_date else "—")
            .replace("%4", p.decision_expected.isoformat() if p.decision_expected else "—")
        )
        return Entry(text, state_icon(ProcedureState.SUBMITTED), ("algorithm", p.algorithm_id or 0))

    def all_texts(self) -> list[str]:
        return [text for section in self.sections() for text in section.model.texts()]

    def _on_section_activated(self, target: object) -> None:
        if not isinstance(target, tuple):
            return
        kind, value = target
        if kind == "year":
            self.year_activated.emit(int(value))
        elif kind == "checklist":
            self.checklist_activated.emit(value)
        elif kind == "service":
            self.service_activated.emit(int(value))
        elif value:
            self.algorithm_activated.emit(int(value))
