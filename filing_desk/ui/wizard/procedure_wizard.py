"""The guided procedures: filing (备案), recording a change (变更), terminating a service (注销).

``ProcedureWizard`` builds one page per spec section (``SpecPage``), keeps unfinished answers as
the procedure's draft (with the page reached, under ``_page``), and on Finish hands the answers
to ``workflows.wizard.finish``, which applies them, clears the draft and marks the procedure ready
when its forms pass — in one transaction, so a failure leaves the register as it was. No SQL, no
rule of its own: which fields are filed is ``domain.changes`` (measured against the register's
``baseline``); which forms are needed is ``forms.packet``, their readiness ``forms.printing``;
due dates are ``domain.deadlines``; which sections are pages and their numbers, ``page_plan``.
A filing asks the entity's fields the register lacks (written with the answers, in the same
transaction), and so does a modification of an algorithm imported from a CAC list (the blanks
the list left: completing them is no change); a modification's pages block only on what the user
changed, and a page of it with nothing to fill in is not shown.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget, QWizard

from filing_desk.domain import changes as filed
from filing_desk.domain import gates
from filing_desk.domain.deadlines import DEADLINE_FOR, DueDate, due_date, rule_for
from filing_desk.domain.enums import AttachmentKind, ProcedureKind, Role
from filing_desk.domain.errors import DomainError, InvalidInput
from filing_desk.domain.issues import Report
from filing_desk.domain.lifecycle import OPEN_STATES
from filing_desk.domain.materials import needed_attachments
from filing_desk.domain.records import FormContext, LinkedProduct, Procedure
from filing_desk.forms import loader, packet
from filing_desk.forms.printing import packet_report
from filing_desk.forms.spec import Section, value_of
from filing_desk.store.errors import RegisterError
from filing_desk.ui.i18n import lang
from filing_desk.ui.messages import error_text
from filing_desk.ui.print_preview import preview_pdfs, render_forms, save_pdfs
from filing_desk.ui.screen_fit import fit_size
from filing_desk.ui.unsaved import UnsavedInput
from filing_desk.ui.wizard.editors import preview_products
from filing_desk.ui.wizard.page_plan import is_blank, sections_for
from filing_desk.ui.wizard.spec_page import PageSlot, SpecPage, number_titles
from filing_desk.ui.wizard.summary_page import Summary, SummaryPage
from filing_desk.workflows import readiness
from filing_desk.workflows import wizard as workflow
from filing_desk.workflows.wizard import NEW_PRODUCT, record_fields

PAGE_KEY = "_page"

if TYPE_CHECKING:
    from filing_desk.store.register import Register


class ProcedureWizard(QWizard):
    """One procedure of one algorithm, page by page, from the form specs.

    Signals:
        procedure_saved(int): the procedure id, after "Save as draft" and after Finish.
    """

    procedure_saved = Signal(int)

    def __init__(
        self,
        register: Register,
        kind: ProcedureKind,
        algorithm_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.register = register
        self.kind = ProcedureKind(kind)
        self.algorithm_id = algorithm_id
        self.lang = lang()
        self.finished_notice: QMessageBox | None = None  # what Finish did, said after it closed
        self.procedure: Procedure | None = self._open_procedure()
        self.imported = workflow.imported_baseline(register, algorithm_id)
        self.base = self._base_context()
        self.pages: list[SpecPage] = []
        self._build()
        self._load_records()
        if self.procedure is not None and self.procedure.draft:
            self.load_draft(self.procedure.draft)
        self.renumber()
        self.unsaved = UnsavedInput(self)  # Cancel/Esc ask first when something was typed
        self.procedure_saved.connect(self.unsaved.mark_saved)

    def reject(self) -> None:
        self.unsaved.confirm_close(super().reject)

    def _open_procedure(self) -> Procedure | None:
        procedures = reversed(self.register.procedures(self.algorithm_id))
        return next((p for p in procedures if p.kind is self.kind and p.state in OPEN_STATES), None)

    def _base_context(self) -> FormContext:
        if self.procedure is not None:
            return self.register.form_context(procedure_id=self.procedure.id)
        return self.register.form_context(algorithm_id=self.algorithm_id)

    def _build(self) -> None:
        titles = {
            ProcedureKind.FILING: self.tr("Start filing"),
            ProcedureKind.MODIFICATION: self.tr("Record a change"),
            ProcedureKind.CANCELLATION: self.tr("Terminate service"),
        }
        self.setWindowTitle(titles[self.kind])
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Save as draft"))
        self.customButtonClicked.connect(self._on_custom_button_clicked)
        for section in sections_for(self.kind, self.imported):
            page = SpecPage(section, self.lang, self._slots(section), self._editable, self.preview)
            page.changes_only = self.kind is ProcedureKind.MODIFICATION
            self.pages.append(page)
            self.addPage(page)
        self.summary = SummaryPage(self.lang, self.compute_summary)
        self.summary.print_button.clicked.connect(self._on_print_clicked)
        self.summary.save_button.clicked.connect(self._on_save_clicked)
        self.addPage(self.summary)
        fit_size(self, 820, 680)  # pages scroll: Next and Finish stay on a small screen

    def _slots(self, section: Section) -> list[PageSlot]:
        if section.repeat == "products":
            slots = [
                PageSlot(f"product[{p.id}]", p, p.name or self.tr("Product {n}").format(n=n))
                for n, p in enumerate(self.base.products, start=1)
            ]
            return slots or [
                PageSlot(NEW_PRODUCT, LinkedProduct(), self.tr("New product"), optional=True)
            ]
        if section.repeat == "models":
            return [PageSlot(f"model[{m.id}]", m, m.name) for m in self.base.models]
        return [PageSlot()]

    def _editable(self, key: str) -> bool:
        if key.startswith("entity."):  # filled in here only where the register has nothing
            asks = self.kind is ProcedureKind.FILING or self.imported
            return asks and is_blank(value_of(self.base, key))
        if key == "procedure.trigger_date":
            return self.procedure is None or self.kind is not ProcedureKind.CANCELLATION
        if key.startswith(("procedure.", "product[")):
            return True  # a modification's pages hold only the filed product fields
        return key.startswith("algorithm.") and key != "algorithm.filing_number"

    def _load_records(self) -> None:
        for page in self.pages:
            values = {}
            for key, row in page.rows.items():
                slot = next((s for s in page.slots if key.startswith(s.prefix)), PageSlot())
                values[key] = value_of(self.base, row.spec.key, slot.item)
            page.load(values)

    def load_draft(self, draft: dict[str, str]) -> None:
        """Put back a draft's typed texts and go to its page (``ui.drafts`` after unlock)."""
        for page in self.pages:
            page.load({k: v for k, v in draft.items() if k != PAGE_KEY}, texts=True)
        target = int(draft.get(PAGE_KEY, "0") or 0)
        self.restart()
        for page in self.pages:
            page.enforce = False
        while self.currentId() != target and self.nextId() != -1 and target in self.pageIds():
            self.next()
        for page in self.pages:
            page.enforce = True
            page.refresh()

    def values(self) -> dict[str, object]:
        return {k: v for page in self.pages for k, v in page.values().items()}

    def texts(self) -> dict[str, str]:
        return {k: v for page in self.pages for k, v in page.texts().items()}

    def preview(self) -> FormContext:
        """The register's context with the answers applied (nothing is written)."""
        values = self.values()
        algorithm = self.base.algorithm
        assert algorithm is not None
        algorithm = dataclasses.replace(algorithm, **record_fields(algorithm, values, "algorithm."))
        entity = dataclasses.replace(self.base.entity, **self._entity_answers(values))
        procedure = self.procedure or Procedure(algorithm_id=self.algorithm_id, kind=self.kind)
        procedure = dataclasses.replace(procedure, **record_fields(procedure, values, "procedure."))
        products = preview_products(self.base.products, values, self.algorithm_id)
        context = dataclasses.replace(
            self.base, entity=entity, algorithm=algorithm, procedure=procedure, products=products
        )
        if self.kind is ProcedureKind.MODIFICATION:
            changes = self._preview_changes(context)
            context = dataclasses.replace(
                context, procedure=dataclasses.replace(procedure, changes=changes)
            )
        return context

    def _preview_changes(self, context: FormContext) -> tuple:
        """The changes the answers make, measured against the register's own baseline."""
        baseline = self.register.baseline(self.algorithm_id)
        if baseline is None or context.algorithm is None:
            return context.procedure.changes if context.procedure else ()
        stored = [p for p in context.products if p.id is not None]
        now = filed.snapshot(context.entity, context.algorithm, stored, context.models)
        return filed.diff(baseline, now)

    def compute_summary(self) -> Summary:
        context = self.preview()
        algorithm, procedure = context.algorithm, context.procedure
        assert algorithm is not None and procedure is not None
        trigger = (
            algorithm.launch_date if self.kind is ProcedureKind.FILING else procedure.trigger_date
        )
        due: DueDate | None = None
        if isinstance(trigger, date):
            due = due_date(
                DEADLINE_FOR[self.kind],
                trigger,
                self.register.calendar(),
                conservative=self.register.conservative(),
                rule=rule_for(algorithm.algo_type, algorithm.role),
            )
        forms = packet.forms_for(self.kind, algorithm.role or Role.PROVIDER, algorithm.algo_type)
        missing: tuple[AttachmentKind, ...] = ()
        if self.kind is ProcedureKind.FILING:
            missing = tuple(
                self.register.missing_attachments(self.algorithm_id, needed_attachments(algorithm))
            )
        return Summary(
            due=due,
            decision_expected=self.procedure.decision_expected if self.procedure else None,
            report=packet_report(forms, context),
            forms=tuple((f, loader.get(f).title.get(self.lang)) for f in forms),
            missing=missing,
        )

    @Slot()
    def _on_print_clicked(self) -> None:
        self._render(lambda documents: preview_pdfs(self, documents))

    @Slot()
    def _on_save_clicked(self) -> None:
        self._render(lambda documents: save_pdfs(self, documents))

    def _render(self, then: Callable[[list[tuple[str, bytes]]], object]) -> None:
        """Render what the register holds (saved answers; Finish or save a draft first): this
        wizard's procedure, or the algorithm alone while the procedure is not saved yet."""
        forms = [form_id for form_id, _title in self.compute_summary().forms]
        where: dict[str, object] = {"algorithm_id": self.algorithm_id, "current": False}
        if self.procedure is not None and self.procedure.id is not None:
            where = {"procedure_id": self.procedure.id}
        render_forms(self, self.register, forms, where, self.lang, then)

    def _entity_answers(self, values: dict[str, object]) -> dict[str, Any]:
        """The entity's fields answered here (only those the register left blank)."""
        return record_fields(self.base.entity, values, "entity.", only_different=True)

    def _shown(self, page: object, context: FormContext) -> bool:
        """A spec page is shown when its section applies and it has something to fill in (in a
        modification: something the user may change or complete)."""
        if not isinstance(page, SpecPage):
            return True
        asks = self.kind is not ProcedureKind.MODIFICATION or any(
            r.editable for r in page.rows.values()
        )
        return bool(page.slots) and page.applies(context) and asks

    def nextId(self) -> int:
        ids = self.pageIds()
        current = self.currentId()
        context = self.preview()
        for page_id in ids[ids.index(current) + 1 :] if current in ids else ids:
            if self._shown(self.page(page_id), context):
                return page_id
        return -1

    def initializePage(self, page_id: int) -> None:
        self.renumber()
        super().initializePage(page_id)

    def renumber(self) -> None:
        """Number the pages shown 1, 2, 3… (一、二、三…) as the printed forms do: none skipped."""
        context = self.preview()
        number_titles(self.pages, [p for p in self.pages if self._shown(p, context)])

    @Slot(int)
    def _on_custom_button_clicked(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.save_draft()

    def save_draft(self) -> int | None:
        """Keep the answers (and the page reached) as the procedure's draft; nothing applied."""
        procedure_id = self.procedure.id if self.procedure is not None else None
        texts = {**self.texts(), PAGE_KEY: str(max(self.currentId(), 0))}
        try:
            self.procedure = workflow.save_draft(
                self.register, self.kind, self.algorithm_id, procedure_id, self.values(), texts
            )
        except (DomainError, RegisterError) as exc:
            self._show_error(exc)
            return None
        assert self.procedure.id is not None  # a stored procedure
        self._current_message(self.tr("The draft is saved; you can continue later."), error=False)
        self.procedure_saved.emit(self.procedure.id)
        return self.procedure.id

    def accept(self) -> None:
        """Finish: apply the answers, then mark ready if the forms pass, else keep the draft.
        All in one transaction: on a failure nothing is applied and the answers stay here."""
        procedure_id = self.procedure.id if self.procedure is not None else None
        values = self.values()
        entity = self._entity_answers(values)
        try:
            with self.register.transaction():  # the entity's answers too, or nothing
                if entity and self.base.entity.id is not None:
                    self.register.update_entity(self.base.entity.id, **entity)
                finished = workflow.finish(
                    self.register, self.kind, self.algorithm_id, procedure_id, values
                )
        except (DomainError, RegisterError) as exc:
            self._show_error(exc)
            return
        self.procedure = finished.procedure
        assert self.procedure.id is not None  # a stored procedure
        if finished.new_product_id is not None:
            self._rekey_new_product(finished.new_product_id)
        self.base = self._base_context()
        self.procedure_saved.emit(self.procedure.id)
        if finished.report.is_valid or self._override(finished.report):
            super().accept()
            self._say_finished()
            return
        self.summary.refresh()
        self.summary.set_message(
            self.tr(
                "Your answers are saved. The procedure stays a draft until the items listed "
                "are complete."
            ),
            error=False,  # information, not an error (issue 19.5)
        )

    def _say_finished(self) -> None:
        """After Finish closed the wizard: what happened, in words (never an error icon)."""
        if self.procedure is None:
            return
        due = self.procedure.due_date
        text = self.tr("{kind} of {name} marked ready; due {due}.").format(
            kind=self.procedure.kind.label(self.lang),
            name=self.register.algorithm(self.algorithm_id).name,
            due=due.isoformat() if due else "—",
        )
        box = QMessageBox(QMessageBox.Icon.Information, self.windowTitle(), text)
        box.setParent(self.parentWidget() or self, box.windowFlags())
        self.finished_notice = box
        box.open()

    def _override(self, report: Report) -> bool:
        """Only materials keep the procedure from ready: mark it ready anyway when the user
        gives a reason (audited; printed on no form). False when not asked or not given."""
        materials = gates.overridable(report)
        if not materials or len(materials) != len(report.errors) or self.procedure is None:
            return False
        kinds = ("、" if self.lang == "zh" else ", ").join(k.label(self.lang) for k in materials)
        reason, given = QInputDialog.getMultiLineText(
            self,
            self.tr("Mark ready without the materials"),
            self.tr(
                "Not attached or out of date: {kinds}.\nTo mark the procedure ready anyway, "
                "give the reason. It is kept in the audit log and printed on no form."
            ).format(kinds=kinds),
        )
        if not given or not reason.strip() or self.procedure.id is None:
            return False
        try:
            self.procedure = readiness.mark_ready(self.register, self.procedure.id, reason)
        except (DomainError, RegisterError) as exc:
            self._show_error(exc)
            return False
        return True

    def _rekey_new_product(self, product_id: int) -> None:
        """The new product's answers now belong to the stored product."""
        linked = self.register.linked_products(self.algorithm_id)
        product = next(p for p in linked if p.id == product_id)
        for page in self.pages:
            page.rekey(NEW_PRODUCT, f"product[{product_id}]", product)

    def _show_error(self, exc: BaseException) -> None:
        if isinstance(exc, InvalidInput):
            for page in self.pages:
                page.show_issues(list(exc.issues))
        self._current_message(error_text(exc), error=True)

    def _current_message(self, text: str, error: bool) -> None:
        page = self.currentPage()
        if hasattr(page, "set_message"):
            page.set_message(text, error=error)
