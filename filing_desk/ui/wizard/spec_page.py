"""Wizard pages generated from a spec Section (fields, help, inline issues).

A ``SpecPage`` lays out one editor per field (``editors.make_editor``), shows each field's help
with the article it cites, and shows the issues the forms package finds (``readiness.field_issues``:
the spec's field types and limits) under the field, in red text with an icon. With
``changes_only`` (a modification) a record's field holds the page up only once the user changed
it: the change needs nothing else, and what the printed forms still lack is shown as a warning
here and listed on the summary. It holds no rule of its own and never writes: the wizard reads
``values()`` and applies them through the register. The summary page is ``summary_page``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from filing_desk.domain.issues import Issue
from filing_desk.domain.records import FormContext
from filing_desk.forms.fieldtypes import is_empty
from filing_desk.forms.readiness import field_issues
from filing_desk.forms.spec import FieldSpec, Section, holds
from filing_desk.ui.messages import issue_text
from filing_desk.ui.wizard.editors import (
    HINT_COLOUR,
    FieldEditor,
    help_text,
    issue_row,
    make_editor,
    show_issue_row,
    wrapped_label,
)
from filing_desk.ui.wizard.page_plan import numbered


@dataclass
class PageSlot:
    """One set of a section's fields: the section itself, or one item of a repeated section."""

    prefix: str = ""  # "" or the item's key prefix, e.g. "product[3]" or "product[new]"
    item: object | None = None
    title: str = ""
    optional: bool = False  # a blank new item: its required fields count only once begun


def answer_key(spec_key: str, section: Section, slot: PageSlot) -> str:
    """``product.name`` in slot ``product[3]`` → ``product[3].name``; other keys unchanged."""
    prefix = section.item_prefix
    if prefix and slot.prefix and spec_key.startswith(f"{prefix}."):
        return slot.prefix + spec_key[len(prefix) :]
    return spec_key


@dataclass
class FieldRow:
    """One field on a page: its spec, answer key, editor and the widgets around it."""

    spec: FieldSpec
    key: str
    slot: PageSlot
    editor: FieldEditor
    editable: bool
    label: QLabel
    box: QWidget
    issue_widgets: tuple[QWidget, QLabel, QLabel]
    touched: bool = False
    visible: bool = True
    loaded: object = None  # the record's value, as the editor showed it when loaded
    issues: list[Issue] = field(default_factory=list)


class SpecPage(QWizardPage):
    """A page generated from one Section; repeated sections show one group per item (slot)."""

    def __init__(
        self,
        section: Section,
        lang: str,
        slots: list[PageSlot],
        editable: Callable[[str], bool],
        preview: Callable[[], FormContext],
    ) -> None:
        super().__init__()
        self.section = section
        self.lang = lang
        self.slots = slots
        self.enforce = True  # the wizard lifts this while replaying a draft's pages
        self.changes_only = False  # a record's field blocks only once changed (modification)
        self._editable = editable
        self._preview = preview
        self.rows: dict[str, FieldRow] = {}
        self.setTitle(section.title.get(lang))
        self._build()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        body = QVBoxLayout(inner)
        if self.section.text is not None:
            body.addWidget(wrapped_label(self.section.text.get(self.lang)))
        for slot in self.slots:
            body.addWidget(self._slot_widget(slot))
        if not self.slots:
            body.addWidget(wrapped_label(self.tr("There is nothing to fill in on this page.")))
        body.addStretch(1)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)
        self.missing_label = wrapped_label("")
        self.missing_label.setStyleSheet(f"color: {HINT_COLOUR};")
        outer.addWidget(self.missing_label)
        self.message_widgets = issue_row(self)
        outer.addWidget(self.message_widgets[0])

    def _slot_widget(self, slot: PageSlot) -> QWidget:
        box = QGroupBox(slot.title) if slot.title else QWidget()
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in self.section.fields:
            if spec.key:
                self._add_row(form, spec, slot)
        return box

    def _add_row(self, form: QFormLayout, spec: FieldSpec, slot: PageSlot) -> None:
        key = answer_key(spec.key, self.section, slot)
        editor = make_editor(spec, self.lang)
        editable = self._editable(key)
        editor.set_read_only(not editable)
        label = QLabel(spec.label.get(self.lang) + (" *" if spec.required and editable else ""))
        label.setBuddy(editor.widget)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor.widget)
        help_label = wrapped_label(help_text(spec, self.lang))
        help_label.setStyleSheet(f"color: {HINT_COLOUR};")
        column.addWidget(help_label)
        issue_widgets = issue_row()
        column.addWidget(issue_widgets[0])
        tip = help_text(spec, self.lang)
        for widget in (label, editor.widget):
            widget.setToolTip(tip)
        form.addRow(label, box)
        row = FieldRow(spec, key, slot, editor, editable, label, box, issue_widgets)
        self.rows[key] = row
        editor.changed.connect(lambda r=row: self._on_editor_changed(r))

    def values(self) -> dict[str, object]:
        """Typed values of the editable fields, by answer key."""
        return {k: r.editor.value() for k, r in self.rows.items() if r.editable}

    def texts(self) -> dict[str, str]:
        """The editable fields in the draft's text form."""
        return {k: r.editor.text() for k, r in self.rows.items() if r.editable}

    def load(self, values: dict[str, object], texts: bool = False) -> None:
        """Set editors from typed values (or draft texts); unknown keys are ignored."""
        for key, value in values.items():
            row = self.rows.get(key)
            if row is None:
                continue
            if texts:
                row.editor.set_text(str(value))
            else:
                row.editor.set_value(value)
                row.loaded = row.editor.value()
            row.touched = False

    def rekey(self, old_prefix: str, new_prefix: str, item: object) -> None:
        """A new item was stored: its fields now answer for the stored item."""
        for slot in (s for s in self.slots if s.prefix == old_prefix):
            slot.prefix, slot.item, slot.optional = new_prefix, item, False
        for key in [k for k in self.rows if k.startswith(f"{old_prefix}.")]:
            row = self.rows.pop(key)
            row.key = new_prefix + key[len(old_prefix) :]
            self.rows[row.key] = row

    def applies(self, context: FormContext) -> bool:
        """Whether the section's ``when`` holds (e.g. products only for service providers)."""
        return holds(self.section.when, context)

    def initializePage(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Re-evaluate field conditions and issues against the wizard's current answers."""
        context = self._preview()
        algo_type = context.algorithm.algo_type if context.algorithm else None
        for row in self.rows.values():
            visible = row.visible = holds(row.spec.when, context)
            row.label.setVisible(visible)
            row.box.setVisible(visible)
            value = row.editor.value()
            row.issues = field_issues(row.spec, value, row.spec.key, algo_type) if visible else []
            self._show_row_issues(row, value)
        self._show_missing()
        self.completeChanged.emit()

    def _on_editor_changed(self, row: FieldRow) -> None:
        row.touched = True
        self.refresh()

    def _show_row_issues(self, row: FieldRow, value: object) -> None:
        shown = row.touched or not is_empty(value) or not row.editable
        errors = [issue_text(i) for i in row.issues if i.is_error] if shown else []
        warnings = [issue_text(i) for i in row.issues if not i.is_error] if shown else []
        blocks = bool(errors) and self._enforced(row)  # else the forms' need, not the change's
        show_issue_row(*row.issue_widgets, errors or warnings, error=blocks)

    def _enforced(self, row: FieldRow) -> bool:
        """Whether the row's errors hold the page up: always, except a record's field the user
        has not changed in a modification (the change does not touch it)."""
        if not self.changes_only or row.key.startswith("procedure."):
            return True
        return row.editor.value() != row.loaded

    def _blocking(self) -> list[FieldRow]:
        begun = {id(r.slot) for r in self.rows.values() if _given(r.editor.value())}
        return [
            r
            for r in self.rows.values()
            if r.editable
            and r.visible
            and (not r.slot.optional or id(r.slot) in begun)
            and any(i.is_error for i in r.issues)
            and self._enforced(r)
        ]

    def _show_missing(self) -> None:
        blocking = self._blocking()
        names = ("、" if self.lang == "zh" else ", ").join(self._name(r) for r in blocking)
        text = self.tr("To continue, complete or correct: {fields}.").format(fields=names)
        self.missing_label.setText(text if blocking else "")

    def _name(self, row: FieldRow) -> str:
        """The field's label, and its item's name on a page of several: 访问地址（就业在线）."""
        label, item = row.spec.label.get(self.lang), row.slot.title
        if len(self.slots) < 2 or not item:
            return label
        return f"{label}（{item}）" if self.lang == "zh" else f"{label} ({item})"

    def isComplete(self) -> bool:
        return not self.enforce or not self._blocking()

    def validatePage(self) -> bool:
        if not self.enforce:
            return True
        for row in self.rows.values():
            row.touched = True
        self.refresh()
        return not self._blocking()

    def show_issues(self, issues: list[Issue]) -> bool:
        """Show register issues under the fields they name; True if any field matched."""
        matched = False
        for issue in issues:
            row = self.rows.get(issue.field)
            if row is not None:
                show_issue_row(*row.issue_widgets, [issue_text(issue)], error=issue.is_error)
                matched = True
        return matched

    def set_message(self, text: str, error: bool = True) -> None:
        """An error, else information (information icon)."""
        show_issue_row(*self.message_widgets, [text] if text else [], error=error, info=not error)


def _given(value: object) -> bool:
    """A value the user supplied (an unticked box is not one)."""
    return value is not False and not is_empty(value)


def number_titles(pages: list[SpecPage], shown: list[SpecPage]) -> None:
    """Title each page by its section, the ``shown`` ones numbered by their place among them."""
    for page in pages:
        title = page.section.title.get(page.lang)
        if page in shown:
            title = numbered(title, shown.index(page) + 1, page.lang)
        page.setTitle(title)
