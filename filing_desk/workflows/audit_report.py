"""The audit trail in words, read from the register: names for the events the audit view shows,
and the audit report (``print --audit [--algorithm ID]``, the audit view's Export button).

The report is for the whole register, or for one algorithm (its own events and those of its
products, procedures and attachments). The register report holds everything, counsel's
reasoning included, and is marked 内部 / Internal on every page. A one-algorithm report is meant
to be shown to a regulator: the privileged analysis (triage answer and reason, public-opinion
findings, override reasons) is left out and the report says how many events that dropped. It
writes nothing and decides no file names.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from filing_desk.domain import audit_text
from filing_desk.domain.audit_text import NameBook
from filing_desk.domain.records import AuditEvent
from filing_desk.store import audit_log
from filing_desk.store.audit_names import name_book

if TYPE_CHECKING:
    from filing_desk.forms.audit_report import AuditReport
    from filing_desk.store.register import Register

FORM_ID = "audit-report"


def names_for(register: Register, events: Sequence[AuditEvent]) -> NameBook:
    """The register's names for the records ``events`` are about."""
    with register.uow.session() as s:
        return name_book(s, audit_text.refs(events))


def report_data(
    register: Register, algorithm_id: int | None = None, lang: str = "zh"
) -> AuditReport:
    """What the report prints, read in one session (events oldest first)."""
    from filing_desk.forms.audit_report import AuditReport, chain_words

    with register.uow.session() as s:
        if algorithm_id is None:
            events = list(reversed(register.audit_events()))
            scope = "台账全部记录" if lang.startswith("zh") else "The whole register"
            omitted = 0
        else:
            algorithm = register.algorithm(algorithm_id)  # NotFound for an unknown id
            events, omitted = audit_text.shareable(
                reversed(register.algorithm_history(algorithm_id))
            )
            own = NameBook({("algorithm", algorithm_id): algorithm.name})
            scope = audit_text.record_name("algorithm", algorithm_id, lang, own)
        names = name_book(s, audit_text.refs(events))
        head = audit_log.head(s)
        check = register.verify_audit()
    rows = [
        (
            audit_text.when_text(e.at.astimezone(), lang),
            e.os_user,
            audit_text.sentence(e, lang, names, limit=None),
            audit_text.record_name(e.object_type, e.object_id, lang, names, e),
        )
        for e in events
    ]
    entities = register.entities()
    return AuditReport(
        scope=scope,
        owner=entities[0].name if len(entities) == 1 else "",
        rows=rows,
        omitted=omitted,
        internal=algorithm_id is None,
        chain=chain_words(check, lang),
        head=head.short(),
        total=head.count,
        generated=datetime.now().astimezone().date(),
    )


def print_audit_report(
    register: Register, algorithm_id: int | None = None, lang: str = "zh"
) -> bytes:
    """The audit report's PDF."""
    from filing_desk.forms import loader
    from filing_desk.forms.audit_report import render_audit_report

    data = report_data(register, algorithm_id, lang)
    return render_audit_report(loader.get(FORM_ID), data, lang)
