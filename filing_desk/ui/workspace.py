"""Workspace: the navigation list and the seven views (dashboard, register with its detail pane,
entities, generative-AI services, calendar, audit log, checklists) over one open register, and
the refresh after every write (the Services view's wiring lives in ``ui.service_wiring``).

It exists only while the register is unlocked: MainWindow destroys it on lock, so no widget or
model holding register data outlives the lock. No SQL and no rules here.

Signals:
    counts_changed(int, int, int): rows shown, rows in the register, overdue rows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from filing_desk.ui.icons import icon
from filing_desk.ui.refresh import Change, Refresher, record_change
from filing_desk.ui.register_view import RegisterView
from filing_desk.ui.views import VIEWS, view_titles

FIRST_PAGE = 500  # rows shown at once; a larger register's rest follows on the next turn
NAV_WIDTH = (110, 170)  # the navigation list's least and largest width
NAV_PADDING = 44  # the icon, the item's margins and the list's frame


def nav_width(nav: QListWidget) -> int:
    """As wide as the longest view title needs, within ``NAV_WIDTH`` (the views keep the rest
    of a small screen)."""
    metrics = nav.fontMetrics()
    texts = (nav.item(row).text() for row in range(nav.count()))
    longest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
    return min(max(longest + NAV_PADDING, NAV_WIDTH[0]), NAV_WIDTH[1])


class Workspace(QWidget):
    """Navigation list and the six views over one open register.

    Built in two steps: the constructor makes the navigation and the register table (which needs
    no register, only rows), so the first rows can be shown while the store is still loading;
    ``attach(register)`` then builds the other views and the detail pane, which read the register
    themselves. The navigation list is disabled until then.
    """

    counts_changed = Signal(int, int, int)  # shown, total, overdue

    def __init__(self, temp_dir: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register: Any = None
        self.temp_dir = temp_dir
        self._partial = False
        self._first_rows_shown = False
        self._views_filled = False
        self.undo_stack = QUndoStack(self)
        self.register_view = RegisterView(self)
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.split.addWidget(self.register_view)
        self.split.addWidget(QWidget(self))  # the detail pane's room, so the table keeps its size
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setSizes([3000, 2000])  # 3 : 2, whatever the window's height
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.split)
        self._pages: dict[str, QWidget] = {"register": self.split}
        self.nav = QListWidget(self)
        self.nav.setIconSize(QSize(20, 20))
        for name, text in zip(VIEWS, view_titles(), strict=True):
            QListWidgetItem(icon(f"view-{name}"), text, self.nav)
        self.nav.setFixedWidth(nav_width(self.nav))
        self.nav.setEnabled(False)
        self.nav.currentRowChanged.connect(self._on_nav_row_changed)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.nav)
        box.addWidget(self.stack, 1)
        self.register_view.counts_changed.connect(self._emit_counts)

    def attach(self, register: Any) -> None:
        """Build the views that read ``register`` (each imports the store, so only now)."""
        from filing_desk.ui.audit_view import AuditView
        from filing_desk.ui.calendar_view import CalendarView
        from filing_desk.ui.dashboard import DashboardView
        from filing_desk.ui.detail_pane import DetailPane
        from filing_desk.ui.entities_view import EntitiesView
        from filing_desk.ui.record_form import RecordEditor

        self.register = register
        self.refresher = Refresher(self)
        self.editor = RecordEditor(register, self.undo_stack, self)
        self.dashboard = DashboardView(register, self)
        self.detail = DetailPane(register, self.editor, self.temp_dir, self)
        self.entities = EntitiesView(register, self.editor, self.temp_dir, self)
        self.calendar = CalendarView(register, self)
        self.audit = AuditView(register, self)
        from filing_desk.ui.checklist_view import ChecklistView

        self.checklists = ChecklistView(register, self)  # reads the libraries on first show
        from filing_desk.ui.services_view import ServicesView

        self.services = ServicesView(register, self.temp_dir, self)  # filled when first shown
        self.refresher.stale.add("services")
        sizes = self.split.sizes()
        room = self.split.replaceWidget(1, self.detail)
        assert room is not None  # the detail pane's room, added in __init__
        room.deleteLater()
        if self.split.isVisible() and all(sizes):
            self.split.setSizes(sizes)  # the table does not jump when the detail pane arrives
        else:  # attached before the window showed: share the room once it is laid out
            self.split.installEventFilter(self)
        self._pages.update(
            dashboard=self.dashboard,
            entities=self.entities,
            calendar=self.calendar,
            audit=self.audit,
            checklists=self.checklists,
            services=self.services,
        )
        for index, name in enumerate(VIEWS):  # the stack in the navigation's order
            if self.stack.indexOf(self._pages[name]) != index:
                self.stack.insertWidget(index, self._pages[name])
        self.nav.setEnabled(True)
        if self.nav.currentRow() >= 0:  # a view chosen before attaching now has its page
            self._on_nav_row_changed(self.nav.currentRow())
        self._wire()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Watches the splitter while the detail pane waits for room (see ``attach``)."""
        if watched is self.split and event.type() == QEvent.Type.Resize:
            height = self.split.height()
            if height > 2 * self.detail.minimumSizeHint().height():  # its first real size
                self.split.removeEventFilter(self)  # once; later sizes are the user's
                self.split.setSizes([height * 3 // 5, height - height * 3 // 5])  # 3 : 2
        return False

    def _wire(self) -> None:
        self.register_view.algorithm_selected.connect(self.detail.show_algorithm)
        self.register_view.algorithm_opened.connect(lambda _id: self.detail.focus_details())
        self.detail.changed.connect(self._on_detail_written)
        self.editor.record_changed.connect(self._on_record_changed)
        self.dashboard.algorithm_activated.connect(self.show_algorithm)
        self.dashboard.year_activated.connect(self._on_year_activated)
        self.calendar.calendar_changed.connect(self.refresh_data)
        self.entities.entity_changed.connect(
            lambda e: self.apply(Change.of(entities=[e], deadlines=True))
        )
        self.audit.verify_button.clicked.connect(self.audit.refresh)
        self.checklists.changed.connect(lambda: self.apply(Change(deadlines=True)))
        self.detail.checklists_requested.connect(self.show_checklists)
        self.dashboard.checklist_activated.connect(lambda f: self.show_checklists(*f))
        from filing_desk.ui.service_wiring import wire_services

        wire_services(self)

    def apply(self, change: Change, *, detail_done: bool = False) -> None:
        """Bring the views up to date with what one write changed (``ui.refresh``)."""
        self.refresher.apply(change, detail_done=detail_done)
        self.refresher.mark("services")  # names, products and alerts a write may have moved

    @Slot(str, int)
    def _on_record_changed(self, kind: str, record_id: int) -> None:
        self.apply(record_change(self.register, kind, record_id, self.detail.algorithm_id()))

    @Slot()
    def _on_detail_written(self) -> None:  # the pane has reloaded itself already
        self.apply(Change.of([self.detail.algorithm_id()], deadlines=True), detail_done=True)

    def refresh_data(self, *_args: Any) -> None:
        """Reload rows and every view (a write that cannot be narrowed: an import, settings,
        new working days)."""
        self.register_view.set_entities(self.register.entities())
        self.register_view.apply_rows(self.register.register_rows())
        self.dashboard.refresh()
        self.entities.refresh()
        if self.detail.algorithm_id():
            self.detail.refresh()
        self.refresher.stale -= {"dashboard", "entities"}
        self.refresher.mark("audit", "calendar", "services")  # now if on screen, else when shown

    def show_first_rows(self, rows: list[Any]) -> None:
        """The register table's first page, read before the register is attached."""
        self._first_rows_shown = True
        self._partial = len(rows) >= FIRST_PAGE
        self.register_view.set_rows(rows)

    def load(self) -> None:
        """The register table first (what the user waits for); the other views on the next
        turn of the event loop, so the rows paint before the dashboard's queries run."""
        if not self._first_rows_shown:
            first = self.register.register_rows(limit=FIRST_PAGE)
            self._partial = len(first) >= FIRST_PAGE
            self.register_view.set_rows(first)
            if self._partial and self.register_view.isVisible():
                self.register_view.table.viewport().repaint()  # the first rows on screen now
        self.register_view.set_entities(self.register.entities())
        QTimer.singleShot(0, self, self.load_other_views)  # dropped if the workspace is gone

    @property
    def fully_loaded(self) -> bool:
        """Every row of the register is in the table and every view has been filled."""
        return not self._partial and self._views_filled

    @Slot()
    def load_other_views(self) -> None:
        """The rest of a large register's rows; then the dashboard, then the entities and the
        calendar, each on a turn of the event loop of its own, so the table answers scrolling
        and clicks in between (together they block the window for about half a second)."""
        if self._partial:  # the rest of a large register, keeping the user's selection
            self._partial = False
            self.register_view.apply_rows(self.register.register_rows())
            self.register_view.emit_counts()
        QTimer.singleShot(0, self, self._fill_dashboard)

    @Slot()
    def _fill_dashboard(self) -> None:
        self.dashboard.refresh()
        QTimer.singleShot(0, self, self._fill_lists)

    @Slot()
    def _fill_lists(self) -> None:
        self.entities.refresh()
        self.calendar.refresh()
        self._views_filled = True

    def current_view(self) -> str:
        return VIEWS[max(self.nav.currentRow(), 0)]

    def show_view(self, name: str) -> None:
        self.nav.setCurrentRow(VIEWS.index(name) if name in VIEWS else 0)

    def show_algorithm(self, algorithm_id: int) -> None:
        self.show_view("register")
        self.register_view.select_algorithm(algorithm_id)

    def show_checklists(
        self, kind: str, subject_id: int, library_id: str | None = None, item_id: str = ""
    ) -> None:
        """The checklist view on a subject (``kind``: entity, algorithm or product)."""
        self.show_view("checklists")
        self.checklists.show_subject(kind, subject_id, library_id, item_id)

    def _emit_counts(self, shown: int, total: int) -> None:
        if self._partial:  # "500 of 500" would be wrong while the rest is still being read
            return
        overdue = self.register_view.model.overdue_count()
        self.counts_changed.emit(shown, total, overdue)

    @Slot(int)
    def _on_nav_row_changed(self, row: int) -> None:
        page = self._pages.get(VIEWS[max(row, 0)])
        if page is None:  # not attached yet: only the register table exists
            return
        self.stack.setCurrentWidget(page)
        if self.register is not None and page is self.audit:
            self.audit.refresh()
            self.refresher.stale.discard("audit")
        elif self.register is not None:
            self.refresher.shown(VIEWS[max(row, 0)])  # a view left stale while hidden

    @Slot(int)
    def _on_year_activated(self, year: int) -> None:
        self.show_view("calendar")
        self.calendar.show_year(year)
