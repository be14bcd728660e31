"""Typed input kept through auto-lock: ``DraftKeeper`` saves the open editors' unsaved input as
drafts inside the register just before the window locks, and after unlock offers each back
("You were editing … when the register locked." — Continue / Discard).

Which editors take part, how each is described, and how each is opened again is this module's
table (``draft_of``, ``reopen``); an editor's contents are its own (``ProcedureWizard.texts``,
``ui.wizard.service_draft`` for the service wizard) or read generically
(``ui.unsaved.form_state``). The register keeps the drafts encrypted and audits each step
(``store.drafts``); nothing is written anywhere else — no temporary file, no setting.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from filing_desk.ui.i18n import lang
from filing_desk.ui.unsaved import form_state, restore_state

if TYPE_CHECKING:
    from filing_desk.store.drafts import Draft
    from filing_desk.ui.workspace import Workspace

# The domain and the store are imported where used: the main window makes a DraftKeeper before
# it is first shown, and nothing of the store loads before then (tests/ui/test_startup_path).

MainWindow = Any  # ui.main_window, which makes the keeper (not imported: no import cycle)

log = logging.getLogger(__name__)
PAGE_KEY, ASSESSMENT_KEY, NAME_KEY = "_page", "_assessment", "_name"


def draft_of(dialog: QDialog) -> Draft | None:
    """What an open editor holds, as a draft; None for a dialog that is not kept."""
    from filing_desk.domain.drafts import DraftKind
    from filing_desk.domain.security_assessment import SubjectKind
    from filing_desk.store.drafts import Draft
    from filing_desk.ui.dialogs.cac_answer import CacAnswerDialog
    from filing_desk.ui.dialogs.new_record import NewAlgorithmDialog, NewEntityDialog
    from filing_desk.ui.security_assessment_dialog import SecurityAssessmentDialog
    from filing_desk.ui.wizard.procedure_wizard import ProcedureWizard

    if isinstance(dialog, ProcedureWizard):
        texts = {**dialog.texts(), PAGE_KEY: str(max(dialog.currentId(), 0))}
        kind = f"wizard.{dialog.kind.value}"
        return Draft(kind, texts, "algorithm", dialog.algorithm_id)
    if isinstance(dialog, NewEntityDialog):
        return Draft(DraftKind.NEW_ENTITY.value, form_state(dialog))
    if isinstance(dialog, NewAlgorithmDialog):
        return Draft(DraftKind.NEW_ALGORITHM.value, form_state(dialog))
    if isinstance(dialog, CacAnswerDialog):
        return Draft(DraftKind.CAC_ANSWER.value, form_state(dialog), "procedure",
                     dialog.procedure.id)  # fmt: skip
    if isinstance(dialog, SecurityAssessmentDialog):
        kind, subject_id = dialog.subject
        assessment = dialog.assessment.id if dialog.assessment is not None else None
        extra = {NAME_KEY: dialog.subject_name, ASSESSMENT_KEY: str(assessment or "")}
        return Draft(DraftKind.SECURITY_ASSESSMENT.value, {**form_state(dialog), **extra},
                     SubjectKind(kind).value, subject_id)  # fmt: skip
    return _service_draft(dialog)


def _service_draft(dialog: QDialog) -> Draft | None:
    """The service wizard's answers: about its service, or its entity for a new one."""
    from filing_desk.domain.drafts import DraftKind
    from filing_desk.store.drafts import Draft
    from filing_desk.ui.wizard.service_draft import draft_texts
    from filing_desk.ui.wizard.service_wizard import ServiceWizard

    if not isinstance(dialog, ServiceWizard):
        return None
    service_id = dialog.original.id
    subject = ("service", service_id) if service_id else ("entity", dialog.entity.id)
    return Draft(DraftKind.SERVICE_WIZARD.value, draft_texts(dialog), *subject)


def open_editors(workspace: Workspace) -> list[QDialog]:
    """The editors open on the workspace whose user typed something not saved."""
    return [
        d
        for d in workspace.findChildren(QDialog)
        if d.isVisible() and hasattr(d, "unsaved") and d.unsaved.typed()
    ]


def reopen(window: MainWindow, draft: Draft) -> QWidget | None:
    """Open the draft's editor again as the user left it; None when its record is gone."""
    from filing_desk.domain.drafts import DraftKind
    from filing_desk.domain.enums import ProcedureKind

    ws, register, payload = window.workspace, window.register, draft.payload
    if ws is None or register is None:
        return None
    if draft.kind.startswith("wizard."):
        _show_algorithm(ws, int(draft.subject_id or 0))
        wizard = ws.detail.open_wizard(ProcedureKind(draft.kind.removeprefix("wizard.")))
        if wizard is not None:
            wizard.load_draft(payload)  # the wizard's own draft format: its texts and page
        return wizard
    dialog: Any = None
    if draft.kind == DraftKind.NEW_ENTITY:
        dialog = window.new_entity()
    elif draft.kind == DraftKind.NEW_ALGORITHM:
        dialog = window.new_algorithm()
    elif draft.kind == DraftKind.CAC_ANSWER:
        procedure = register.procedure(int(draft.subject_id or 0))
        _show_algorithm(ws, int(procedure.algorithm_id or 0))
        dialog = ws.detail.open_cac_answer()
    elif draft.kind == DraftKind.SECURITY_ASSESSMENT:
        dialog = _security_dialog(ws, register, draft)
    elif draft.kind == DraftKind.SERVICE_WIZARD:
        return _service_wizard(ws, draft)
    if dialog is not None:
        restore_state(dialog, {k: v for k, v in payload.items() if not k.startswith("_")})
    return dialog


def _show_algorithm(ws: Workspace, algorithm_id: int) -> None:
    ws.show_algorithm(algorithm_id)
    if ws.detail.algorithm_id() != algorithm_id:  # the table has not read its row yet
        ws.detail.show_algorithm(algorithm_id)


def _service_wizard(ws: Workspace, draft: Draft) -> QWidget | None:
    """The service wizard again, on the Services view, with the draft's answers (None when its
    service or entity is gone)."""
    from filing_desk.domain.errors import DomainError
    from filing_desk.ui.wizard.service_draft import load_draft

    ws.show_view("services")
    subject = int(draft.subject_id or 0)
    try:
        if draft.subject_kind == "service":
            wizard = ws.services.open_wizard(subject)
        else:
            wizard = ws.services.open_wizard(entity_id=subject)
    except DomainError:
        return None
    if wizard is not None:
        load_draft(wizard, draft.payload)
    return wizard  # type: ignore[no-any-return]


def _security_dialog(ws: Workspace, register: Any, draft: Draft) -> QDialog:
    from filing_desk.domain.security_assessment import SubjectKind
    from filing_desk.ui.security_assessment_dialog import SecurityAssessmentDialog

    panel = ws.detail.security
    assessment = draft.payload.get(ASSESSMENT_KEY, "")
    dialog = SecurityAssessmentDialog(
        register, SubjectKind(draft.subject_kind), int(draft.subject_id or 0),
        draft.payload.get(NAME_KEY, ""), int(assessment) if assessment else None, parent=panel,
    )  # fmt: skip
    dialog.saved.connect(panel._on_written)
    return panel._open(dialog)


def describe(register: Any, draft: Draft) -> str:
    """The editor and its record, for the offer: 登记变更向导（示例推荐算法）."""
    from filing_desk.domain.drafts import DraftKind
    from filing_desk.domain.errors import DomainError

    known = draft.kind in {k.value for k in DraftKind}
    words = DraftKind(draft.kind).label(lang()) if known else draft.kind
    name = draft.payload.get(NAME_KEY, "")
    try:
        if draft.subject_kind == "algorithm" and draft.subject_id:
            name = register.algorithm(draft.subject_id).name
        elif draft.subject_kind == "procedure" and draft.subject_id:
            procedure = register.procedure(draft.subject_id)
            name = register.algorithm(int(procedure.algorithm_id or 0)).name
        elif draft.subject_kind == "service" and draft.subject_id:
            name = register.service(draft.subject_id).name
        elif draft.subject_kind == "entity" and draft.subject_id:
            name = register.entity(draft.subject_id).name
    except DomainError:
        name = ""  # the record is gone; the editor's name alone
    if not name:
        return words
    return f"{words}（{name}）" if lang() == "zh" else f"{words} ({name})"


class DraftOffer(QMessageBox):
    """You were editing … when the register locked. — Continue / Discard."""

    def __init__(self, what: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Unsaved input"))
        self.setText(self.tr("You were editing %1 when the register locked.").replace("%1", what))
        self.setInformativeText(self.tr("Continue where you left off, or discard what you typed?"))
        self.continue_button = self.addButton(
            self.tr("Continue"), QMessageBox.ButtonRole.AcceptRole
        )
        self.discard_button = self.addButton(
            self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.setDefaultButton(self.continue_button)


class DraftKeeper(QObject):
    """Saves the open editors' input when ``window`` locks; offers it back when it unlocks."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.offer: DraftOffer | None = None  # the offer shown, for tests
        self.reopened: QWidget | None = None  # the editor opened again by Continue
        window.unlocked.connect(self.offer_next)

    def keep(self) -> list[Draft]:
        """Before the register closes: every open editor's typed input, kept as a draft (one
        transaction). On a failure the lock still goes ahead: the register must close."""
        from filing_desk.domain.errors import DomainError
        from filing_desk.store.errors import RegisterError

        window = self._window
        if window.register is None or window.workspace is None:
            return []
        drafts = [d for d in map(draft_of, open_editors(window.workspace)) if d is not None]
        try:
            return list(window.register.save_drafts(drafts))
        except (ValueError, DomainError, RegisterError) as exc:
            log.error("unsaved input could not be kept at lock: %s", exc.__class__.__name__)
            return []

    @Slot()
    def offer_next(self) -> None:
        """Offer the oldest draft kept (the next one once this one is answered)."""
        window = self._window
        if window.register is None or window.workspace is None:
            return
        drafts = window.register.drafts()
        if not drafts:
            return
        draft = drafts[0]
        offer = DraftOffer(describe(window.register, draft), window.workspace)
        offer.continue_button.clicked.connect(lambda: self._answer(draft, restored=True))
        offer.discard_button.clicked.connect(lambda: self._answer(draft, restored=False))
        self.offer = offer
        offer.open()

    def _answer(self, draft: Draft, restored: bool) -> None:
        window = self._window
        if window.register is None or draft.id is None:
            return
        taken = window.register.take_draft(draft.id, restored=restored)
        if taken is not None and restored:
            self.reopened = reopen(window, taken)
        self.offer_next()
