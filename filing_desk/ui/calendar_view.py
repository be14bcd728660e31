"""The working-day calendar: one year's holidays and make-up days (调休), where the year's days
come from (library / entered / provisional), and entering or importing a year's official days.

Entered days are text lines ``date,workday|holiday,note`` (typed, built with the helpers, or
imported from a CSV file), parsed by ``domain.workdays.parse_calendar_csv`` and written with
``register.set_calendar_days``, which re-dates the open procedures. No rules here.

Signals:
    calendar_changed(): days were entered or removed.
"""

from __future__ import annotations

from datetime import date, timedelta
from operator import attrgetter
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.workdays import DayInfo, YearSource, parse_calendar_csv
from filing_desk.ui.i18n import lang
from filing_desk.ui.icons import icon
from filing_desk.ui.messages import error_text
from filing_desk.ui.table_model import Column, ReadOnlyTableModel


class SpecialDaysModel(ReadOnlyTableModel[DayInfo]):
    """The year's days that differ from the plain Monday–Friday week."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, key=attrgetter("day"))
        workday, day_off = self.tr("Working day"), self.tr("Day off")
        self.set_columns(
            [
                Column(self.tr("Date"), lambda d: d.day.isoformat(), sort=attrgetter("day")),
                Column(
                    self.tr("Day"),
                    lambda d: workday if d.workday else day_off,
                    icon=lambda d: icon("state-filed" if d.workday else "state-cancelled"),
                ),
                Column(self.tr("Name"), lambda d: d.label(lang())),
            ]
        )

    def set_days(self, days: list[DayInfo]) -> None:
        self.set_rows([d for d in days if d.adjusted or d.festival or d.note])


class CalendarView(QWidget):
    """A month calendar with the year's marked days, the list of them, and entry actions."""

    calendar_changed = Signal()

    def __init__(self, register: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._register = register
        self.year = QSpinBox(self, minimum=2004, maximum=2099)
        self.year.setValue(register.today().year)
        self.year.valueChanged.connect(self._on_year_changed)
        self.source = QLabel(self)
        self.source.setWordWrap(True)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.currentPageChanged.connect(self._on_page_changed)
        self.days = SpecialDaysModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.days)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.enter_button = QPushButton(self.tr("Enter official days…"), self)
        self.enter_button.clicked.connect(self.open_entry_dialog)
        self.remove_button = QPushButton(self.tr("Remove entered days"), self)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self._layout()
        self._shown_year = 0

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:"), self))
        top.addWidget(self.year)
        top.addWidget(self.source, 1)
        top.addWidget(self.enter_button)
        top.addWidget(self.remove_button)
        body = QHBoxLayout()
        body.addWidget(self.calendar, 1)
        body.addWidget(self.table, 1)
        legend = QLabel(
            self.tr(
                "Bold dates are holidays; underlined bold dates are make-up working days (调休). "
                "The list names each of them."
            ),
            self,
        )
        legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(legend)

    def refresh(self) -> None:
        self.show_year(self.year.value())

    def show_year(self, year: int) -> None:
        if self.year.value() != year:
            self.year.setValue(year)  # → _on_year_changed → show_year
            return
        calendar = self._register.calendar()
        days = list(calendar.days_of_year(year))
        self.days.set_days(days)
        self.source.setText(self._source_text(calendar.year_status(year), year))
        self.remove_button.setEnabled(calendar.year_status(year) is YearSource.USER)
        self._mark(days)
        if self.calendar.yearShown() != year:
            self.calendar.setCurrentPage(year, 1)
        self._shown_year = year

    def _source_text(self, source: YearSource, year: int) -> str:
        if source is YearSource.LIBRARY:
            return self.tr("%1: official days from the State Council notice (built in).").replace(
                "%1", str(year)
            )
        if source is YearSource.USER:
            return self.tr("%1: official days entered by you.").replace("%1", str(year))
        return self.tr(
            "%1: PROVISIONAL — weekends and statutory holidays only, no make-up days. Due dates "
            "in this year are marked provisional until you enter the official days."
        ).replace("%1", str(year))

    def _mark(self, days: list[DayInfo]) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear all
        for info in days:
            if not (info.adjusted or info.festival):
                continue
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setToolTip(info.label(lang()))
            fmt.setFontUnderline(info.workday)
            d = info.day
            self.calendar.setDateTextFormat(QDate(d.year, d.month, d.day), fmt)

    @Slot(int)
    def _on_year_changed(self, year: int) -> None:
        self.show_year(year)

    @Slot(int, int)
    def _on_page_changed(self, year: int, _month: int) -> None:
        if year != self._shown_year and year != self.year.value():
            self.year.setValue(year)

    @Slot()
    def open_entry_dialog(self) -> CalendarEntryDialog:
        dialog = CalendarEntryDialog(self._register, self.year.value(), self)
        dialog.entered.connect(self._on_days_entered)
        dialog.open()
        return dialog

    @Slot()
    def _on_days_entered(self) -> None:
        self.refresh()
        self.calendar_changed.emit()

    @Slot()
    def _on_remove_clicked(self) -> None:
        year = self.year.value()
        answer = QMessageBox.question(
            self,
            self.tr("Remove entered days"),
            self.tr("Remove the days entered for %1? Its due dates become provisional.").replace(
                "%1", str(year)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._register.remove_calendar_year(year)
            self._on_days_entered()


class CalendarEntryDialog(QDialog):
    """Type, build or import ``date,workday|holiday,note`` lines for a year's official days."""

    entered = Signal()

    def __init__(self, register: Any, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._register = register
        self.setWindowTitle(self.tr("Official working days for %1").replace("%1", str(year)))
        self.setMinimumSize(560, 480)
        start = QDate(year, 1, 1)
        # PySide6 takes any Qt property as a keyword; its stubs list only some
        self.range_from = QDateEdit(start, self, calendarPopup=True, displayFormat="yyyy-MM-dd")  # type: ignore[call-overload]
        self.range_to = QDateEdit(start, self, calendarPopup=True, displayFormat="yyyy-MM-dd")  # type: ignore[call-overload]
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Name, e.g. 春节"))
        add_holidays = QPushButton(self.tr("Add holidays"), self)
        add_holidays.clicked.connect(lambda: self._add_lines(False))
        add_workday = QPushButton(self.tr("Add make-up working day(s)"), self)
        add_workday.clicked.connect(lambda: self._add_lines(True))
        import_button = QPushButton(self.tr("Import CSV…"), self)
        import_button.clicked.connect(self._on_import_clicked)
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText("2027-02-05,holiday,春节\n2027-02-14,workday,春节调休")
        self.issues = QLabel(self)
        self.issues.setWordWrap(True)
        self.issues.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for w in (self.range_from, QLabel("–", self), self.range_to, self.note):
            row.addWidget(w)
        actions = QHBoxLayout()
        for w in (add_holidays, add_workday, import_button):
            actions.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("One line per date: date,workday|holiday,note (from the notice)."), self)
        )
        layout.addLayout(row)
        layout.addLayout(actions)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.issues)
        layout.addWidget(buttons)

    def _add_lines(self, workday: bool) -> None:
        first, last = self.range_from.date().toPython(), self.range_to.date().toPython()
        kind = "workday" if workday else "holiday"
        note = self.note.text().strip().replace(",", " ")
        day, lines = first, []
        while day <= max(first, last):
            lines.append(f"{day.isoformat()},{kind},{note}")
            day += timedelta(days=1)
        self.text.appendPlainText("\n".join(lines))

    @Slot()
    def _on_import_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import CSV"), "", self.tr("CSV files (*.csv);;All files (*)")
        )
        if chosen:
            self.text.setPlainText(Path(chosen).read_text(encoding="utf-8-sig"))

    def days(self) -> dict[date, tuple[bool, str]]:
        return parse_calendar_csv(self.text.toPlainText())

    @Slot()
    def _on_accepted(self) -> None:
        try:
            self._register.set_calendar_days(self.days())
        except InvalidInput as exc:
            self.issues.setText(error_text(exc))
            return
        self.accept()
        self.entered.emit()
