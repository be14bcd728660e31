"""One editor widget per spec field type (typed get/set, the draft's text form) and issue lines.

No validation here: whether a value is acceptable is decided by the spec's field types and the
readiness check (``filing_desk.forms``); editors only show and return values. Typed values are
those of the domain records: ``str``, ``date | None``, an enum member or None, a tuple of enum
members, ``bool``. The text form (``text``/``set_text``) is what a procedure draft stores.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from datetime import date

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QStyle,
    QToolButton,
    QWidget,
)

from filing_desk.domain.enums import ENUMS, LabelledEnum
from filing_desk.domain.issues import Issue
from filing_desk.domain.records import LinkedProduct
from filing_desk.forms.spec import FieldSpec
from filing_desk.ui.focus import DateEdit
from filing_desk.workflows.wizard import NEW_PRODUCT, record_fields

ERROR_COLOUR = "#b00020"
WARNING_COLOUR = "#8a5a00"
HINT_COLOUR = "#555555"
EMPTY_DATE = QDate(1900, 1, 1)  # shown blank: QDateEdit has no null state of its own
LINE_TYPES = ("text", "uscc", "filing_no", "email", "phone", "number", "fieldref", "attachment")


class FieldEditor(QObject):
    """Base editor: a widget, a ``changed`` signal and typed get/set.

    Signals:
        changed(): the user (or ``set_value``) changed the value.
    """

    changed = Signal()

    def __init__(self, spec: FieldSpec, lang: str) -> None:
        super().__init__()
        self.spec = spec
        self.lang = lang
        self.widget: QWidget = self._build()

    def _build(self) -> QWidget:
        raise NotImplementedError

    def value(self) -> object:
        raise NotImplementedError

    def set_value(self, value: object) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        self.widget.setEnabled(not read_only)

    def text(self) -> str:
        """The value as the draft stores it."""
        return _to_text(self.value())

    def set_text(self, text: str) -> None:
        self.set_value(text)


def _to_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, LabelledEnum):
        return value.value
    if isinstance(value, tuple | list):
        return ",".join(_to_text(v) for v in value)
    return str(value)


class LineEditor(FieldEditor):
    """text, uscc, filing_no, email, phone: a QLineEdit."""

    def _build(self) -> QWidget:
        self.line = QLineEdit()
        self.line.textChanged.connect(self.changed)
        return self.line

    def value(self) -> object:
        return self.line.text().strip()

    def set_value(self, value: object) -> None:
        self.line.setText("" if value is None else str(value))

    def set_read_only(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)


class LongTextEditor(FieldEditor):
    """longtext: a QPlainTextEdit a few lines high; Tab moves on to the next field."""

    def _build(self) -> QWidget:
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 4 + 14)
        self.edit.textChanged.connect(self.changed)
        return self.edit

    def value(self) -> object:
        return self.edit.toPlainText().strip()

    def set_value(self, value: object) -> None:
        self.edit.setPlainText("" if value is None else str(value))

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)


class DateEditor(FieldEditor):
    """date: a QDateEdit with a calendar popup, blank when empty, and a clear button."""

    def _build(self) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = DateEdit()  # Tab leaves a blank date
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(EMPTY_DATE)
        self.edit.setSpecialValueText(" ")
        self.edit.setDate(EMPTY_DATE)
        self.edit.dateChanged.connect(self.changed)
        self.clear_button = QToolButton()
        self.clear_button.setText("×")
        self.clear_button.setToolTip(self.tr("Clear the date"))
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        layout.addWidget(self.edit)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        return box

    def value(self) -> object:
        day = self.edit.date()
        return None if day == EMPTY_DATE else date(day.year(), day.month(), day.day())

    def set_value(self, value: object) -> None:
        if isinstance(value, str):
            value = date.fromisoformat(value) if value.strip() else None
        if isinstance(value, date):
            if self.edit.calendarWidget() is not None:
                self.edit.calendarWidget().setSelectedDate(QDate(value.year, value.month, 1))
            self.edit.setDate(QDate(value.year, value.month, value.day))
        else:
            self.edit.setDate(EMPTY_DATE)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.clear_button.setVisible(not read_only)


class ChoiceEditor(FieldEditor):
    """choice: a QComboBox of the enum's labels; the first, blank entry means "not chosen"."""

    def _build(self) -> QWidget:
        self.enum = ENUMS[self.spec.choices or ""]
        self.combo = QComboBox()
        self.combo.addItem("", "")
        for member in self.enum:
            self.combo.addItem(member.label(self.lang), member.value)
        self.combo.currentIndexChanged.connect(self.changed)
        return self.combo

    def value(self) -> object:
        code = self.combo.currentData()
        return self.enum(code) if code else None

    def set_value(self, value: object) -> None:
        code = _to_text(value)
        index = self.combo.findData(code) if code else 0
        self.combo.setCurrentIndex(max(index, 0))


class MultiChoiceEditor(FieldEditor):
    """multichoice: a checkable list of the enum's labels."""

    def _build(self) -> QWidget:
        self.enum = ENUMS[self.spec.choices or ""]
        self.list = QListWidget()
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for member in self.enum:
            item = QListWidgetItem(member.label(self.lang))
            item.setData(Qt.ItemDataRole.UserRole, member.value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * 2 + 10)
        self.list.itemChanged.connect(self.changed)
        return self.list

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def value(self) -> object:
        return tuple(
            self.enum(item.data(Qt.ItemDataRole.UserRole))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        )

    def set_value(self, value: object) -> None:
        if isinstance(value, str):
            value = [v for v in value.split(",") if v]
        chosen = value or ()
        assert isinstance(chosen, Iterable)  # codes or enums
        codes = {_to_text(v) for v in chosen}
        self.list.blockSignals(True)
        for item in self._items():
            checked = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self.changed.emit()


class BoolEditor(FieldEditor):
    """bool: a QCheckBox."""

    def _build(self) -> QWidget:
        self.box = QCheckBox(self.tr("Yes"))
        self.box.toggled.connect(self.changed)
        return self.box

    def value(self) -> object:
        return self.box.isChecked()

    def set_value(self, value: object) -> None:
        if isinstance(value, str):
            value = value.strip() in ("1", "true", "True", "yes")
        self.box.setChecked(bool(value))


def issue_row(parent: QWidget | None = None) -> tuple[QWidget, QLabel, QLabel]:
    """An initially hidden line: an icon and a coloured sentence (never colour alone)."""
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    icon, text = QLabel(), QLabel()
    text.setWordWrap(True)
    text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(text, 1)
    row.hide()
    return row, icon, text


def show_issue_row(
    row: QWidget, icon: QLabel, text: QLabel, lines: list[str], error: bool, info: bool = False
) -> None:
    """Show ``lines`` as an error, a warning, or (``info``, not an error) information: each
    with its own icon, so information never wears an error's or a warning's icon."""
    row.setVisible(bool(lines))
    if not lines:
        return
    pixmap, colour = QStyle.StandardPixmap.SP_MessageBoxWarning, WARNING_COLOUR
    if error:
        pixmap, colour = QStyle.StandardPixmap.SP_MessageBoxCritical, ERROR_COLOUR
    elif info:
        pixmap, colour = QStyle.StandardPixmap.SP_MessageBoxInformation, HINT_COLOUR
    icon.setPixmap(row.style().standardIcon(pixmap).pixmap(16, 16))
    text.setStyleSheet(f"color: {colour};")
    text.setText("\n".join(lines))


def show_issue_list(issues_list: QListWidget, issues: Sequence[Issue]) -> None:
    """``issues`` in the list, one line each with the error's or the warning's icon; the list
    hidden when there are none."""
    from filing_desk.ui.messages import issue_text

    issues_list.clear()
    style = issues_list.style()
    for issue in issues:
        pixmap = QStyle.StandardPixmap.SP_MessageBoxWarning
        if issue.is_error:
            pixmap = QStyle.StandardPixmap.SP_MessageBoxCritical
        issues_list.addItem(QListWidgetItem(style.standardIcon(pixmap), issue_text(issue)))
    issues_list.setVisible(bool(issues))


def help_text(spec: FieldSpec, lang: str) -> str:
    help_text = spec.help.get(lang)
    if not spec.cite:
        return help_text
    cited = spec.cite.get(lang)
    return f"{help_text}（{cited}）" if lang == "zh" else f"{help_text} ({cited})"


def wrapped_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


_EDITORS: dict[str, type[FieldEditor]] = {
    "longtext": LongTextEditor,
    "date": DateEditor,
    "choice": ChoiceEditor,
    "multichoice": MultiChoiceEditor,
    "bool": BoolEditor,
    **dict.fromkeys(LINE_TYPES, LineEditor),
}


def make_editor(spec: FieldSpec, lang: str) -> FieldEditor:
    """The editor for a field's type (a line edit for any type without its own)."""
    return _EDITORS.get(spec.type, LineEditor)(spec, lang)


def preview_products(
    products: Sequence[LinkedProduct], values: dict[str, object], algorithm_id: int | None
) -> tuple[LinkedProduct, ...]:
    """The algorithm's products with the wizard's answers applied, plus the new product when
    any of its fields was filled in (nothing is written)."""
    changed = [
        dataclasses.replace(p, **record_fields(p, values, f"product[{p.id}].")) for p in products
    ]
    new = record_fields(LinkedProduct(), values, f"{NEW_PRODUCT}.")
    if any(v not in ("", None, False) for v in new.values()):
        changed.append(dataclasses.replace(LinkedProduct(algorithm_id=algorithm_id), **new))
    return tuple(changed)
