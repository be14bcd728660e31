"""RecordForm: the editable fields of an entity, algorithm, product or product link, with undo
and redo.

Each committed field edit is a ``FieldEditCommand`` on a shared QUndoStack: redo and undo call
the register's ``update_*`` command with the new or the old value. When the register refuses
(``InvalidInput``) the issue is shown under the field and the command is dropped. Which fields
appear, in which order, with which label and editor, comes from the field declarations
(``domain.fields``): every field a person edits, a line or a text box for text, a check box for
yes/no, a date editor, a list of choices. No SQL and no rules here.

Signals (RecordEditor):
    record_changed(str, int): a record of that kind and id was written.
    edit_refused(str, int, object): kind, id and the InvalidInput the register raised.
    edit_stale(str, int, object): kind, id and the values refused because someone else saved
        the record since the form showed it (``record.stale``): ui.conflict_dialog takes over.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from filing_desk.domain.enums import LabelledEnum
from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.fields.declare import Kind, declared, declared_field
from filing_desk.domain.records import Algorithm, Entity, Product, ProductLink
from filing_desk.ui import change_guard, conflict_dialog
from filing_desk.ui.focus import DateEdit
from filing_desk.ui.i18n import lang
from filing_desk.ui.messages import issue_text
from filing_desk.workflows.changes import ChangeDesk

RECORDS: dict[str, type] = {
    "entity": Entity,
    "algorithm": Algorithm,
    "product": Product,  # the entity's product (its own fields)
    "link": ProductLink,  # one algorithm on one product
}
_EDITORS = {
    Kind.TEXT: "line",
    Kind.NUMBER: "line",  # typed as text, read by the register (domain.fields.values)
    Kind.DATE: "date",
    Kind.BOOL: "bool",
    Kind.CHOICE: "choice",
}
FIELDS: dict[str, tuple[str, ...]] = {
    kind: tuple(d.name for d in declared(record) if d.decl.edited and d.shape.kind in _EDITORS)
    for kind, record in RECORDS.items()
}
"""Per record kind, the fields the form edits, in declaration order."""
NO_DATE = QDate(1900, 1, 1)


def editor_kind(kind: str, name: str) -> tuple[str, type[LabelledEnum] | None]:
    """``line``, ``text``, ``date``, ``bool`` or ``choice`` (with its enum) for a record field."""
    field = declared_field(RECORDS[kind], name)
    if field is None:
        return "line", None
    editor = _EDITORS.get(field.shape.kind, "line")
    if editor == "line" and field.decl.long:
        return "text", None
    return editor, field.shape.enum


class FieldEditCommand(QUndoCommand):
    """One field of one record, old value → new value, written through the register."""

    def __init__(
        self,
        editor: RecordEditor,
        kind: str,
        record_id: int,
        name: str,
        old,
        new,
        day=None,
        version: int | None = None,
    ):
        super().__init__()
        self._editor, self._kind, self._id = editor, kind, record_id
        self._name, self._old, self._new = name, old, new
        self._day = day  # the change date the user gave for a filed field (else None: today)
        self._version = version  # the record's version the form showed (first save only)
        self._opened: tuple[int, ...] = ()  # modifications the last redo opened
        text = QCoreApplication.translate("RecordEditor", "Edit %1")
        self.setText(text.replace("%1", field_label(kind, name)))

    def redo(self) -> None:
        version, self._version = self._version, None  # a redo after undo follows our own undo
        if not self._editor.write(self._kind, self._id, self._name, self._new, self._day, version):
            self.setObsolete(True)
        self._opened = self._editor.last_opened

    def undo(self) -> None:
        self._editor.write_back(self._kind, self._id, self._name, self._old, self._opened)


class RecordEditor(QObject):
    """Writes field edits through the register and keeps them on the undo stack."""

    record_changed = Signal(str, int)
    edit_refused = Signal(str, int, object)
    edit_stale = Signal(str, int, object)  # kind, id, the values refused as stale (record.stale)

    def __init__(self, register: Any, undo_stack: QUndoStack, parent: QObject | None = None):
        super().__init__(parent)
        self.register = register
        self.undo_stack = undo_stack
        self.desk = ChangeDesk(register)  # filed fields: say what opens, undo what it opened
        self.last_opened: tuple[int, ...] = ()
        self.confirm_dialog: QWidget | None = None  # asking for a change date (ui.change_guard)
        self.notice: QWidget | None = None  # what the last undo could not discard

    def edit(
        self,
        kind: str,
        record_id: int,
        name: str,
        old: Any,
        new: Any,
        parent: Any = None,
        version: int | None = None,
    ) -> None:
        """Push the edit (of the record's ``version`` the form showed, if known); a filed field
        first says which modification it opens or joins and asks the change date (Cancel
        writes nothing; the typed value stays in its editor)."""

        def push(day: date | None) -> None:
            self.undo_stack.push(
                FieldEditCommand(self, kind, record_id, name, old, new, day, version)
            )

        if not change_guard.may_open(RECORDS, kind, name):
            push(None)
            return
        try:
            self.confirm_dialog = change_guard.confirm_edit(
                self.desk, kind, record_id, {name: new}, parent, push
            )
        except InvalidInput as exc:
            self.edit_refused.emit(kind, record_id, exc)

    def write(
        self,
        kind: str,
        record_id: int,
        name: str,
        value: Any,
        day: date | None = None,
        version: int | None = None,
    ) -> bool:
        return self.save(kind, record_id, {name: value}, day, version)

    def save(
        self,
        kind: str,
        record_id: int,
        values: dict[str, Any],
        day: date | None = None,
        version: int | None = None,
    ) -> bool:
        """Write ``values`` as an edit of ``version`` (None: of what is stored now); a version
        no longer current is refused and said by ``edit_stale`` (nothing written)."""
        from filing_desk.store.versions import StaleRecord

        given = dict(values) if version is None else {**values, "expected_version": version}
        try:
            self.last_opened = self.desk.save(kind, record_id, given, day)
        except InvalidInput as exc:
            self.edit_refused.emit(kind, record_id, exc)
            return False
        except StaleRecord:
            self.edit_stale.emit(kind, record_id, dict(values))
            return False
        self.record_changed.emit(kind, record_id)
        return True

    def write_back(
        self, kind: str, record_id: int, name: str, value: Any, opened: tuple[int, ...]
    ) -> None:
        """Undo: the old value back, and the modifications the edit alone opened discarded."""
        try:
            kept = self.desk.undo(kind, record_id, {name: value}, opened)
        except InvalidInput as exc:
            self.edit_refused.emit(kind, record_id, exc)
            return
        self.record_changed.emit(kind, record_id)
        if kept:
            self.notice = change_guard.say_kept(self.desk, kept)


def field_label(kind: str, name: str) -> str:
    """A field's declared label in the UI language (its name if it is not declared)."""
    field = declared_field(RECORDS[kind], name)
    return field.label(lang()) if field is not None else name


class RecordForm(QWidget):
    """The fields of one record (``kind``: entity, algorithm, product or link), edited in place."""

    def __init__(self, kind: str, editor: RecordEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._editor = editor
        self._record: Any = None
        self._widgets: dict[str, QWidget] = {}
        self._issues: dict[str, QLabel] = {}
        self._loading = False
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in FIELDS[kind]:
            form.addRow(field_label(kind, name), self._field_box(name))
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addStretch(1)
        editor.record_changed.connect(self._on_record_changed)
        editor.edit_refused.connect(self._on_edit_refused)
        editor.edit_stale.connect(self._on_edit_stale)
        self._version: int | None = None  # the shown record's version, handed back on save
        self.conflict: QWidget | None = None  # the last stale save's dialog (ui.conflict_dialog)
        self.setEnabled(False)

    def _field_box(self, name: str) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        widget = self._make_editor(name)
        issue = QLabel(box)
        issue.setWordWrap(True)
        issue.setStyleSheet("color: #b00020;")
        issue.hide()
        layout.addWidget(widget)
        layout.addWidget(issue)
        self._widgets[name], self._issues[name] = widget, issue
        return box

    def _make_editor(self, name: str) -> QWidget:
        kind, enum = editor_kind(self.kind, name)
        commit = lambda *_a, n=name: self._commit(n)  # noqa: E731
        w: QWidget
        if kind == "choice":
            w = combo = QComboBox(self)
            for member in enum:  # type: ignore[union-attr]
                combo.addItem(member.label(lang()), member)
            combo.activated.connect(commit)
        elif kind == "bool":
            w = QCheckBox(self)
            w.clicked.connect(commit)
        elif kind == "date":
            # PySide6 takes any Qt property as a keyword; its stubs list only some
            w = edit = DateEdit(self, calendarPopup=True, displayFormat="yyyy-MM-dd")  # type: ignore[call-overload]
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText(self.tr("(no date)"))
            edit.editingFinished.connect(commit)
        elif kind == "text":
            w = QPlainTextEdit(self)
            w.setTabChangesFocus(True)
            w.setFixedHeight(64)
            w.installEventFilter(self)
        else:
            w = QLineEdit(self)
            w.editingFinished.connect(commit)
        w.setObjectName(f"{self.kind}.{name}")
        return w

    # --- values -------------------------------------------------------------------------

    def record(self) -> Any:
        return self._record

    def editor_for(self, name: str) -> QWidget:
        return self._widgets[name]

    def set_record(self, record: Any) -> None:
        """Show ``record`` (None clears every field and disables the form)."""
        self._record = record
        self._version = conflict_dialog.version_of(self._editor.register, self.kind, record)
        self._loading = True
        for name, widget in self._widgets.items():
            _set_value(widget, getattr(record, name) if record is not None else None)
            self._issues[name].clear()
            self._issues[name].hide()
        self._loading = False
        self.setEnabled(record is not None)

    def _commit(self, name: str) -> None:
        if self._loading or self._record is None:
            return
        old, new = getattr(self._record, name), _get_value(self._widgets[name])
        shown = "" if old is None else str(old) if isinstance(old, int | str) else None
        if old == new or (shown is not None and shown.strip() == (new or "")):
            return
        self._issues[name].hide()
        args = (self.kind, self._record.id, name, old, new, self.window(), self._version)
        self._editor.edit(*args)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            self._commit(watched.objectName().partition(".")[2])
        return super().eventFilter(watched, event)

    # --- slots --------------------------------------------------------------------------

    def _on_record_changed(self, kind: str, record_id: int) -> None:
        if kind != self.kind or self._record is None or self._record.id != record_id:
            return
        self.set_record(self.fetch(record_id))

    def _on_edit_stale(self, kind: str, record_id: int, mine: dict[str, Any]) -> None:
        if kind != self.kind or self._record is None or self._record.id != record_id:
            return
        self.conflict = conflict_dialog.resolve(
            self, self._editor, self._record, mine, FIELDS[kind], lambda n: field_label(kind, n)
        )

    def fetch(self, record_id: int) -> Any:
        """The record as the register holds it now."""
        fetch = {
            "entity": self._editor.register.entity,
            "algorithm": self._editor.register.algorithm,
            "product": lambda pid: next(
                p
                for p in self._editor.register.products(entity_id=self._record.entity_id)
                if p.id == pid
            ),
            "link": lambda lid: next(
                p.link
                for p in self._editor.register.linked_products(self._record.algorithm_id)
                if p.id == lid
            ),
        }[self.kind]
        return fetch(record_id)

    def _on_edit_refused(self, kind: str, record_id: int, exc: InvalidInput) -> None:
        if kind != self.kind or self._record is None or self._record.id != record_id:
            return
        self.set_record(self._record)  # back to the stored values
        for issue in exc.issues:
            name = issue.field.partition(".")[2]
            label = self._issues.get(name)
            if label is not None:
                label.setText(issue_text(issue))
                label.show()


def _set_value(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(widget.findData(value), 0) if value is not None else 0)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QDateEdit):
        widget.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
    elif isinstance(widget, QPlainTextEdit):
        if widget.toPlainText() != (value or ""):  # the same text: no re-layout, no repaint
            widget.setPlainText(value or "")
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
        widget.setCursorPosition(0)


def _get_value(widget: QWidget) -> Any:
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QDateEdit):
        d = widget.date()
        return None if d == NO_DATE else date(d.year(), d.month(), d.day())
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    return None
