"""The register: ``create_register`` and ``open_register``, and ``Register``, the facade the UI,
the command line, the transfer package and the use cases (``filing_desk.workflows``) call.

``Register`` composes the store: one unit of work (session, audit writer, clock) shared by small
services — records, products, procedures and the CAC's answers, the calendar, attachments, imports,
queries, the dashboard, history, settings, the CAC lists imported — each taking the unit of
work in its constructor. Its public methods are those services' methods, bound once when the
register opens; the facade itself only keeps the file's life cycle (close, backups, checks,
keys). Every write validates
with domain rules first, then writes rows and the audit event in one transaction;
``transaction()`` is re-entrant, so a use case wraps several commands in one. Opening and
creating the file is store.opening's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from filing_desk.store import backup, integrity, keys, migrate, opening, rekey
from filing_desk.store.approvals import FourEyes
from filing_desk.store.assessment_evidence import EvidenceService
from filing_desk.store.assessments import AssessmentService
from filing_desk.store.attachments import AttachmentService
from filing_desk.store.cac_lists import CacListService
from filing_desk.store.dashboard import DashboardService
from filing_desk.store.drafts import DraftService
from filing_desk.store.errors import RegisterError
from filing_desk.store.genai_services import ServiceRecords
from filing_desk.store.genai_steps import ServiceSteps
from filing_desk.store.history import HistoryService
from filing_desk.store.importer import ImportService
from filing_desk.store.lock import RegisterLock
from filing_desk.store.procedure_answers import AnswerService
from filing_desk.store.procedure_calendar import CalendarService
from filing_desk.store.procedure_changes import ChangeDetection
from filing_desk.store.procedure_rows import ProcedureRows
from filing_desk.store.procedures import ProcedureService
from filing_desk.store.products import ProductService
from filing_desk.store.queries import QueryService
from filing_desk.store.records import RecordService
from filing_desk.store.register_security import RowsWithSecurity
from filing_desk.store.settings import Settings
from filing_desk.store.unit_of_work import UnitOfWork
from filing_desk.store.unlock import UnlockedFile
from filing_desk.store.versions import VersionService

Clock = Callable[[], date]


@dataclass(frozen=True)
class Created:
    """What ``create_register`` hands back: the open register and its recovery key (shown once)."""

    register: Register
    recovery_key: str


class Register:
    """An open, unlocked register. Close it (or use it as a context manager) when done.

    Attributes:
        uow: the unit of work; ``transaction()`` and ``session()`` are its.
        today: the clock (``date.today`` unless the caller gave one).
    """

    roles: frozenset[str] | None = None  # a team register's desk roles (store.team); None: a file

    def __init__(
        self,
        path: Path,
        engine: Any,
        key: keys.DataKey,
        lock: RegisterLock | None,
        clock: Clock | None = None,
        *,
        register_id: str | None = None,  # a team register's (store.team) is not in a file
    ) -> None:
        self.path = path
        self.register_id = register_id or keys.register_id_of(path)
        self._engine = engine
        self._key = key
        self._lock = lock
        self.uow = uow = UnitOfWork(engine, clock or date.today)
        self.today: Clock = uow.today
        self.transaction = uow.transaction
        self.session = uow.session
        self._compose(uow)

    def _compose(self, uow: UnitOfWork) -> None:
        """Build the services and bind their public methods as the register's."""
        settings = Settings(uow)
        calendar = CalendarService(uow, settings)
        rows = ProcedureRows(uow, calendar)
        changes = ChangeDetection(uow, rows)
        records = RecordService(uow, changes)
        products = ProductService(uow, changes, records)  # the entity's products and links
        procedures = ProcedureService(uow, rows, records)
        answers = AnswerService(uow, rows, changes)
        attachments = AttachmentService(uow)
        imports = ImportService(uow, records, changes, products)
        queries = QueryService(uow, self.path, self.register_id)
        dashboard = DashboardService(uow, calendar, queries)
        history = HistoryService(uow)
        # settings and the calendar
        self.setting, self.set_setting = settings.setting, settings.set_setting
        self.annex_cadences, self.set_annex_cadences = (
            settings.annex_cadences,
            settings.set_annex_cadences,
        )
        self.calendar, self.conservative = calendar.calendar, calendar.conservative
        self.set_conservative = calendar.set_conservative
        self.set_calendar_days = calendar.set_calendar_days
        self.remove_calendar_year = calendar.remove_calendar_year
        # records
        self.create_entity, self.update_entity = records.create_entity, records.update_entity
        self.entity_step = records.entity_step
        self.create_algorithm = records.create_algorithm
        self.update_algorithm = records.update_algorithm
        self.create_product, self.update_product = products.create_product, products.update_product
        self.delete_product, self.add_product = products.delete_product, products.add_product
        self.link_product, self.update_link = products.link_product, products.update_link
        self.withdraw_link, self.unlink = products.withdraw_link, products.unlink
        self.products, self.linked_products = products.products, products.linked_products
        self.products_served = products.products_served
        self.create_model, self.update_model = records.create_model, records.update_model
        self.version = VersionService(uow).version  # to hand back with an edit (store.versions)
        # procedures: opening and ending them, the user's steps and the CAC's answers
        self.start_filing, self.record_change = procedures.start_filing, procedures.record_change
        self.terminate, self.abandon = procedures.terminate, procedures.abandon
        self.record_cac_action, self.redate = procedures.record_cac_action, procedures.redate
        self.save_draft, self.mark_ready = answers.save_draft, answers.mark_ready
        self.reopen, self.submit, self.withdraw = answers.reopen, answers.submit, answers.withdraw
        self.record_filed = answers.record_filed
        self.record_returned = answers.record_returned
        self.baseline = changes.baseline
        # attachments and imports
        self.add_attachment = attachments.add_attachment
        self.replace_attachment = attachments.replace_attachment
        self.attachments = attachments.attachments
        self.attachment_content = attachments.attachment_content
        self.missing_attachments = attachments.missing_attachments
        self.set_attachment_kind = attachments.set_attachment_kind
        self.remove_attachment = attachments.remove_attachment
        self.removed_attachments = attachments.removed_attachments
        self.purge_removed_attachments = attachments.purge_removed_attachments
        self.import_rows, self.import_snapshot = imports.import_rows, imports.import_snapshot
        self.is_empty = imports.is_empty
        lists = CacListService(uow)  # the CAC lists imported, kept as evidence
        self.record_cac_list, self.cac_lists = lists.record_cac_list, lists.cac_lists
        self.cac_list_by_hash, self.former_names = lists.cac_list_by_hash, lists.former_names
        # reads
        self.entities, self.entity = queries.entities, queries.entity
        self.algorithms, self.algorithm = queries.algorithms, queries.algorithm
        self.models = queries.models
        self.procedures, self.procedure = queries.procedures, queries.procedure
        self.register_rows, self.search = RowsWithSecurity(queries, self), queries.search
        self.deadlines, self.dashboard = dashboard.deadlines, dashboard.dashboard
        self.provisional_years = dashboard.provisional_years
        self.service_buckets = dashboard.service_buckets  # live without number, display duty
        self.form_context = queries.form_context
        self.audit_events = history.audit_events
        self.algorithm_history = history.algorithm_history
        self.verify_audit = history.verify_audit
        self._compose_assessments(uow, attachments)
        self._compose_services(uow, attachments)

    def _compose_assessments(self, uow: UnitOfWork, attachments: AttachmentService) -> None:
        """Checklist assessments (store.assessments) and their evidence files."""
        checks, evidence = AssessmentService(uow), EvidenceService(uow, attachments)
        self.assessments, self.assessment = checks.assessments, checks.assessment
        self.assessment_for = checks.assessment_for
        self.assessment_subject = checks.assessment_subject
        self.assessment_progress = checks.assessment_progress
        self.start_assessment, self.answer_item = checks.start_assessment, checks.answer_item
        self.confirm_review = checks.confirm_review
        self.upgrade_assessment = checks.upgrade_assessment
        self.evidence, self.attach_evidence = evidence.evidence, evidence.attach_evidence
        self.link_evidence, self.unlink_evidence = evidence.link_evidence, evidence.unlink_evidence
        eyes = FourEyes(uow, frozenset())  # four eyes holds a team register's roles only
        self.approve, self.approval_status = eyes.approve, eyes.status
        self.awaits_approval = eyes.awaits_approval
        drafts = DraftService(uow)  # unsaved input kept through auto-lock (issue 19.4)
        self.save_drafts, self.take_draft = drafts.save_drafts, drafts.take_draft
        self.drafts = drafts.drafts

    def _compose_services(self, uow: UnitOfWork, attachments: AttachmentService) -> None:
        """Generative-AI services (store.genai_services, store.genai_steps): the Register API
        of issue 17."""
        records = ServiceRecords(uow)
        steps = ServiceSteps(uow, attachments, self.setting)  # annexes, their cadences
        self.services, self.service = records.services, records.service
        self.create_service, self.update_service = records.create_service, records.update_service
        self.delete_service = records.delete_service
        self.services_of_product = records.services_of_product
        self.services_of_algorithm = records.services_of_algorithm
        self.step_service, self.service_steps = steps.step_service, steps.service_steps
        self.service_changes = steps.service_changes
        self.answer_service_change = steps.answer_service_change
        self.service_displays = steps.service_displays
        self.set_service_display = steps.set_service_display
        self.service_alerts, self.service_readiness = steps.service_alerts, steps.service_readiness

    # --- life cycle ------------------------------------------------------------------------

    @property
    def changed(self) -> bool:
        """Anything committed since the register was opened (for the backup on exit)."""
        return self.uow.changed

    @property
    def key_source(self) -> keys.KeySource:
        return self._key.source

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- integrity, backups and keys -------------------------------------------------------

    def cipher_check(self) -> list[str]:
        """SQLCipher's page HMAC check and SQLite's structure check; empty when all is well, else
        the first item names the failing pages. Damage is reported, never raised."""
        with self._engine.connect() as conn:
            return integrity.page_problems(conn.connection.dbapi_connection)

    def check(
        self,
        against: Path | None = None,
        backup_passphrase: str | None = None,
        printed_head: str | None = None,
    ) -> integrity.Report:
        """Everything ``filing-desk check`` verifies, one line per check (store.integrity)."""
        return integrity.run_check(self, self._key, against, backup_passphrase, printed_head)

    def schema_revision(self) -> str | None:
        with self._engine.connect() as conn:
            return migrate.current_revision(conn)

    def backup_to(
        self, target: Path, passphrase: str | None = None, *, replace: bool = False
    ) -> backup.BackupInfo:
        with self._engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            if raw.in_transaction:
                raw.commit()
            return backup.take_backup(
                raw, self.path, target, self._key, passphrase, replace=replace
            )

    def recovery_key(self) -> str:
        return keys.format_recovery_key(self._key)

    def change_passphrase(self, current: str, new: str) -> None:
        """Passphrase mode: re-key the file from ``current`` to ``new`` (store.rekey); audited."""
        self._key = rekey.change_passphrase(self._engine, self.path, self._key, current, new)
        with self.uow.transaction():
            self.uow.audit("register.passphrase_changed", "register", None)

    def new_data_key(self) -> str:
        """Re-key with a new random data key kept in the keyring (store.rekey); audited.
        Returns the NEW recovery key (shown once); backups keep their old key."""
        self._key = rekey.new_data_key(self._engine, self.path, self._key)
        with self.uow.transaction():
            self.uow.audit("register.rekeyed", "register", None, None, {"mode": "keyring"})
        return self.recovery_key()

    def remember_key(self) -> None:
        """Keep this register's key in this computer's keyring (after a recovery-key unlock on a
        new laptop), so it opens without a prompt from now on."""
        keys.store_in_keyring(self.register_id, keys.DataKey(self._key.raw, keys.KeySource.KEYRING))


def _register(opened: opening.Opened, clock: Clock | None) -> Register:
    return Register(opened.path, opened.engine, opened.key, opened.lock, clock)


def create_register(
    path: Path,
    passphrase: str | None = None,
    clock: Clock | None = None,
    *,
    use_keyring: bool | None = None,
) -> Created:
    """A new register at ``path``: passphrase mode when a passphrase is given, else keyring.
    ``Register.path`` is the resolved path (absolute, symlinks followed): the file SQLite opens."""
    register = _register(opening.create_file(path, passphrase, use_keyring=use_keyring), clock)
    return Created(register, register.recovery_key())


def open_register(
    path: Path,
    passphrase: str | None = None,
    recovery: str | None = None,
    clock: Clock | None = None,
    *,
    lock: bool = True,
    upgrade: bool = True,
    unlocked: UnlockedFile | None = None,
) -> Register:
    """Open and unlock ``path``; every failure is its own RegisterError and changes nothing.

    ``unlocked``: the file already checked, keyed and locked by ``store.unlock.unlock_file``.
    ``Register.path`` is the resolved path (absolute, symlinks followed): the file SQLite opens."""
    opened = opening.open_file(
        path, passphrase, recovery, lock=lock, upgrade=upgrade, unlocked=unlocked
    )
    return _register(opened, clock)


__all__ = ["Created", "Register", "RegisterError", "create_register", "open_register"]
