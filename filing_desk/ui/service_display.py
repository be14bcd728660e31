"""DisplayDutyPanel: per product of a generative-AI service, whether it shows the model's name
with its 备案号 (or the service's 上线编号), since when, where, and the screenshot proving it.

A table of the service's products (``register.service_displays``) with the flagged ones marked,
and an editor for the selected product's display: "Shows it" with the day since, where it is
shown, "Attach screenshot…" (an ordinary attachment of the service, kind SCREENSHOT, so it also
appears among the service's attachments) and Save (``register.set_service_display``). The
warnings of ``domain.genai_alerts.display_issues`` are shown under the editor. No rules here.

Signals:
    changed(): a display or its screenshot was written.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from operator import attrgetter
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from filing_desk.domain.enums import AttachmentKind, OwnerType
from filing_desk.domain.errors import DomainError
from filing_desk.domain.genai_alerts import ProductDisplay, display_issues
from filing_desk.store.attachments import read_attachment_file
from filing_desk.store.errors import RegisterError
from filing_desk.ui.messages import error_text, issue_text
from filing_desk.ui.screen_fit import wrapped_label
from filing_desk.ui.table_model import Column, ReadOnlyTableModel, record_table
from filing_desk.ui.wizard.editors import issue_row, show_issue_row


class DisplayTableModel(ReadOnlyTableModel[ProductDisplay]):
    """One row per product of the service; ``flagged`` holds the products raising an alert."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, key=attrgetter("product_id"))
        self.flagged: set[str] = set()
        yes, no = self.tr("Yes"), self.tr("No")
        self.set_columns(
            [
                Column(self.tr("Product"), attrgetter("product_name")),
                Column(self.tr("Shows the number"), lambda d: yes if d.shows_number else no),
                Column(
                    self.tr("Since"),
                    lambda d: d.shown_since.isoformat() if d.shown_since else "",
                    sort=attrgetter("shown_since"),
                ),
                Column(self.tr("Where"), attrgetter("where")),
                Column(self.tr("Screenshot"), lambda d: yes if d.screenshot_id else no),
                Column(
                    self.tr("Alert"),
                    lambda d: self.tr("Not shown") if d.product_name in self.flagged else "",
                ),
            ]
        )


class DisplayDutyPanel(QWidget):
    """The service's products and what each shows; the selected one's display edited here."""

    changed = Signal()

    def __init__(self, register: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._register = register
        self._service_id = 0
        self.read_only = False  # a viewer of a team register (set_read_only)
        self.must_show = wrapped_label("", self)
        self.model = DisplayTableModel(self)
        self.table = record_table(self.model, self)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.shows_box = QCheckBox(self.tr("Shows the model name and number"), self)
        self.since_edit = QDateEdit(self)
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat("yyyy-MM-dd")
        self.where_edit = QLineEdit(self)
        self.where_edit.setPlaceholderText(self.tr("e.g. the footer of the home page, or a URL"))
        self.screenshot_button = QPushButton(self.tr("Attach screenshot…"), self)
        self.screenshot_button.clicked.connect(self._on_screenshot_clicked)
        self.save_button = QPushButton(self.tr("Save display"), self)
        self.save_button.clicked.connect(self.save)
        self.message = issue_row(self)
        form = QFormLayout()
        form.addRow("", self.shows_box)
        form.addRow(self.tr("Shown since"), self.since_edit)
        form.addRow(self.tr("Where"), self.where_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.screenshot_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.must_show)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message[0])

    def set_read_only(self, read_only: bool) -> None:
        """No save, no screenshot, the editors disabled (``ui.role_gate``); the table stays."""
        self.read_only = read_only
        self.screenshot_button.setVisible(not read_only)
        self.save_button.setVisible(not read_only)
        self._on_row_changed()

    def show_service(self, service: Any, flagged: set[str], must_show: str) -> None:
        """Show ``service``'s products (None: nothing), keeping the selected product."""
        current = self.selected()
        keep = current.product_id if current is not None else None
        self._service_id = int(service.id) if service is not None else 0
        displays = self._register.service_displays(self._service_id) if service else []
        self.model.flagged = flagged
        self.model.set_rows(displays)
        self.must_show.setText(
            self.tr("Each product must show: %1").replace("%1", must_show) if must_show else ""
        )
        row = next((n for n, d in enumerate(displays) if d.product_id == keep), 0)
        if displays:
            self.table.selectRow(row)
        self._on_row_changed()

    def selected(self) -> ProductDisplay | None:
        return self.model.record_at(self.table.currentIndex())

    @Slot()
    def _on_row_changed(self, *_args: Any) -> None:
        display = self.selected()
        writable = display is not None and not self.read_only
        for widget in (self.shows_box, self.since_edit, self.where_edit):
            widget.setEnabled(writable)
        self.screenshot_button.setEnabled(writable)
        self.save_button.setEnabled(writable)
        if display is None:
            show_issue_row(*self.message, [], False)
            return
        self.shows_box.setChecked(display.shows_number)
        since = display.shown_since or self._register.today()
        self.since_edit.setDate(QDate(since.year, since.month, since.day))
        self.where_edit.setText(display.where)
        show_issue_row(*self.message, [issue_text(i) for i in display_issues(display)], False)

    def edited(self) -> ProductDisplay | None:
        """The selected product's display as the editor now says."""
        display = self.selected()
        if display is None:
            return None
        shows = self.shows_box.isChecked()
        day = self.since_edit.date()
        since = date(day.year(), day.month(), day.day()) if shows else None
        return dataclasses.replace(
            display, shows_number=shows, shown_since=since, where=self.where_edit.text().strip()
        )

    @Slot()
    def save(self) -> bool:
        """Write the selected product's display as the editor says."""
        return self._save(None)

    def _save(self, screenshot_id: int | None) -> bool:
        display = self.edited()
        if display is None or self.read_only:
            return False
        if screenshot_id is not None:
            display = dataclasses.replace(display, screenshot_id=screenshot_id)
        try:
            self._register.set_service_display(self._service_id, display)
        except (DomainError, RegisterError) as exc:
            show_issue_row(*self.message, error_text(exc).splitlines(), True)
            return False
        self.changed.emit()
        return True

    def attach_screenshot(self, path: Path) -> bool:
        """Attach ``path`` as the selected product's screenshot and save its display."""
        if self.selected() is None or self.read_only:
            return False
        try:
            info = self._register.add_attachment(
                OwnerType.SERVICE,
                self._service_id,
                AttachmentKind.SCREENSHOT,
                path.name,
                read_attachment_file(path),
            )
        except (DomainError, RegisterError, OSError) as exc:
            show_issue_row(*self.message, error_text(exc).splitlines(), True)
            return False
        return self._save(int(info.id))

    @Slot()
    def _on_screenshot_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Screenshot"), "", self.tr("Images (*.png *.jpg *.jpeg);;All files (*)")
        )
        if name:
            self.attach_screenshot(Path(name))
