"""Wizard pages: one generated from a spec Section (fields, help, inline issues), and the summary.

A ``SpecPage`` lays out one editor per field (``editors.make_editor``), shows each field's help
with the article it cites, and shows the issues the forms package finds (``readiness.field_issues``:
the spec's field types and limits) under the field, in red text with an icon. It holds no rule of
its own and never writes: the wizard reads ``values()`` and applies them through the register.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from filing_desk.domain import changes as filed
from filing_desk.domain.deadlines import DueDate
from filing_desk.domain.enums import AttachmentKind
from filing_desk.domain.issues import Issue, Report
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
        show_issue_row(*row.issue_widgets, errors or warnings, error=bool(errors))

    def _blocking(self) -> list[FieldRow]:
        begun = {id(r.slot) for r in self.rows.values() if _given(r.editor.value())}
        return [
            r
            for r in self.rows.values()
            if r.editable
            and r.visible
            and (not r.slot.optional or id(r.slot) in begun)
            and any(i.is_error for i in r.issues)
        ]

    def _show_missing(self) -> None:
        blocking = self._blocking()
        names = ("、" if self.lang == "zh" else ", ").join(
            r.spec.label.get(self.lang) for r in blocking
        )
        text = self.tr("To continue, complete or correct: {fields}.").format(fields=names)
        self.missing_label.setText(text if blocking else "")

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
        show_issue_row(*self.message_widgets, [text] if text else [], error=error)


def _given(value: object) -> bool:
    """A value the user supplied (an unticked box is not one)."""
    return value is not False and not is_empty(value)


@dataclass(frozen=True)
class Summary:
    """What the last page shows; computed by the wizard from its answers."""

    due: DueDate | None
    decision_expected: date | None
    report: Report
    forms: tuple[tuple[str, str], ...]  # (form id, title)
    missing: tuple[AttachmentKind, ...] = ()


class SummaryPage(QWizardPage):
    """Due date, "decision expected by", readiness, missing materials, and the forms to print."""

    def __init__(self, lang: str, compute: Callable[[], Summary]) -> None:
        super().__init__()
        self.lang = lang
        self._compute = compute
        self.setTitle(self.tr("Due date, readiness and forms"))
        self.setFinalPage(True)
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # spare height below the rows, not between them
        self.due_label = wrapped_label("")
        self.decision_label = wrapped_label("")
        self.status_label = wrapped_label("")
        self.issue_list = QListWidget()
        self.issue_list.setMaximumHeight(150)
        self.missing_label = wrapped_label("")
        self.form_list = QListWidget()
        self.form_list.setMaximumHeight(110)
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        buttons = QHBoxLayout()
        for button in (self.print_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(self.tr("Due date:"), self.due_label)
        form.addRow(self.tr("Decision expected by:"), self.decision_label)
        form.addRow(self.tr("Readiness:"), self.status_label)
        form.addRow("", self.issue_list)
        form.addRow(self.tr("Materials:"), self.missing_label)
        form.addRow(self.tr("Forms to print:"), self.form_list)
        form.addRow(buttons)
        self.message_widgets = issue_row(self)
        form.addRow(self.message_widgets[0])
        self.summary: Summary | None = None

    def initializePage(self) -> None:
        self.set_message("")
        self.refresh()

    def refresh(self) -> None:
        self.summary = summary = self._compute()
        self.due_label.setText(self._due_text(summary.due))
        if summary.decision_expected is not None:
            self.decision_label.setText(summary.decision_expected.isoformat())
        else:
            self.decision_label.setText(
                self.tr(
                    "Known once the submission is recorded: the CAC decides within 30 working "
                    "days of a complete submission (Algorithm Provisions art. 25)."
                )
            )
        self._show_report(summary.report)
        kinds = ("、" if self.lang == "zh" else ", ").join(
            k.label(self.lang) for k in summary.missing
        )
        self.missing_label.setText(
            self.tr("Not attached yet: {kinds}.").format(kinds=kinds)
            if kinds
            else self.tr("Every material the procedure needs is attached.")
        )
        self.form_list.clear()
        for _form_id, title in summary.forms:
            self.form_list.addItem(title)

    def _due_text(self, due: DueDate | None) -> str:
        if due is None:
            return self.tr("Not known until the date that starts the clock is entered.")
        text = due.value.isoformat()
        if due.provisional:
            text = self.tr(
                "{date} (provisional: the official working-day calendar of that year is not "
                "known yet)"
            ).format(date=due.value.isoformat())
        if due.floor is not None:
            text += "\n" + self.tr(
                "Counted from {date}, when the {rule} took effect: no clock starts earlier."
            ).format(date=due.floor.in_force.isoformat(), rule=due.floor.label(self.lang))
        return text

    def _show_report(self, report: Report) -> None:
        if report.errors:
            text = self.tr("Not ready to submit: {count} items below need attention.")
            self.status_label.setText(text.format(count=len(report.errors)))
        elif report.warnings:
            self.status_label.setText(self.tr("Ready to submit; please read the warnings below."))
        else:
            self.status_label.setText(self.tr("Ready to submit: every form is complete."))
        self.issue_list.clear()
        style = self.style()
        for issue in report.issues:
            kind = "SP_MessageBoxCritical" if issue.is_error else "SP_MessageBoxWarning"
            icon = style.standardIcon(getattr(style.StandardPixmap, kind))
            self.issue_list.addItem(QListWidgetItem(icon, issue_text(issue)))
        self.issue_list.setVisible(bool(report.issues))

    def set_message(self, text: str, error: bool = True) -> None:
        show_issue_row(*self.message_widgets, [text] if text else [], error=error)


def filed_only(section: Section) -> Section:
    """The algorithm and product fields whose change calls for a modification."""
    keys = {k for k in filed.FILED_FIELDS if k.startswith("algorithm.")}
    keys |= {f"product.{name}" for name in filed.PRODUCT_FIELDS}
    return dataclasses.replace(section, fields=tuple(f for f in section.fields if f.key in keys))
