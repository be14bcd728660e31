"""``check``: every way a register can be found damaged or edited behind the app's back.

``run_check`` verifies an open register, one ``Line`` per check, each failure with its own exit
code: SQLCipher's page check (the failing pages named), the schema revision, the audit chain, the
records against their last audit event (an edit that bypassed the app: object, id, field), every
attachment against its stored SHA-256, and optionally heads seen elsewhere that this register's
chain must extend (``store.anchors``: a backup, opened read-only; a head printed on a register
summary). A check that cannot read the file (damaged pages) says so instead of raising. The exit
codes are the constants below (README and ``check --help`` list them).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import select

from filing_desk.domain import audit
from filing_desk.domain.codes import normalise_filing_number
from filing_desk.store import anchors, audit_log, damage, keys
from filing_desk.store.errors import BackupFailed, RegisterError
from filing_desk.store.genai_service_rows import GenAIServiceRow
from filing_desk.store.migrate import HEAD
from filing_desk.store.schema import (
    AlgorithmModelRow,
    AlgorithmRow,
    AssessmentRow,
    AttachmentRow,
    EntityRow,
    ModelRow,
    ProcedureRow,
    ProductLinkRow,
    ProductRow,
    SecurityAssessmentRow,
    SettingRow,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

CHAIN_BROKEN = 1  # as before this module: scripts test for it (13: BackupFailed, an anchor)
PAGES_DAMAGED = 30  # (31 is errors.DamagedHeader: page 1 damaged, the register does not open)
SCHEMA_OUTDATED = 32
RECORDS_CHANGED = 33
ATTACHMENTS_CHANGED = 34
ROLLED_BACK = 35

# Records whose writes put each field's new value in the event's ``after``.
RECORDS = {
    "entity": EntityRow,
    "algorithm": AlgorithmRow,
    "product": ProductRow,
    "product_link": ProductLinkRow,
    "model": ModelRow,
    "attachment": AttachmentRow,
    "service": GenAIServiceRow,
}
# Every row has at least its creation event (checklist and security assessments: their answers
# and submissions are events of the assessment, so the assessment row is what is counted).
EVENTED = {
    **RECORDS,
    "procedure": ProcedureRow,
    "assessment": AssessmentRow,
    "security": SecurityAssessmentRow,
}
# Moved by steps whose events describe the procedure, not the algorithm: not compared.
UNAUDITED = {("algorithm", "state"), ("algorithm", "termination_date")}
SHOWN = 3  # findings named on the line; the rest are counted


@dataclass(frozen=True)
class Line:
    """One check's result: ``name: text``; ``exit_code`` 0 when it passed."""

    name: str
    text: str
    exit_code: int = 0

    def __str__(self) -> str:
        return f"{self.name}: {self.text}"


@dataclass(frozen=True)
class Report:
    lines: tuple[Line, ...]

    @property
    def exit_code(self) -> int:
        """The first failing line's code (the lines are in order of severity), else 0."""
        return next((line.exit_code for line in self.lines if line.exit_code), 0)


class Checked(Protocol):
    """What ``run_check`` needs of a ``Register``."""

    def cipher_check(self) -> list[str]: ...

    def session(self) -> AbstractContextManager[Session]: ...


def run_check(
    reg: Checked,
    key: keys.DataKey,
    against: Path | None = None,
    passphrase: str | None = None,
    printed_head: str | None = None,
) -> Report:
    """Every check on an open register; ``against``: a backup whose chain this register's must
    extend (``passphrase``: the backup's own); ``printed_head``: a head printed earlier."""
    lines = [_guarded("encryption", lambda: _encryption(reg))]
    schema = _guarded("schema", lambda: _schema(reg), SCHEMA_OUTDATED)
    lines += [schema, _guarded("audit chain", lambda: _chain(reg), CHAIN_BROKEN)]
    if schema.exit_code:
        lines += [Line(n, "not checked (see the schema line)") for n in ("records", "attachments")]
    else:
        lines += [_guarded("records", lambda: _records(reg), RECORDS_CHANGED)]
        lines += [_guarded("attachments", lambda: _attachments(reg), ATTACHMENTS_CHANGED)]
    if against is not None:
        name = f"against {against.name}"
        lines.append(_guarded(name, lambda: _anchored(reg, name, against, key, passphrase)))
    if printed_head is not None:
        name = "against the printed head"
        lines.append(_guarded(name, lambda: _anchored(reg, name, printed_head, key, None)))
    return Report(tuple(lines))


def _anchored(
    reg: Checked, name: str, anchor: Path | str, key: keys.DataKey, passphrase: str | None
) -> Line:
    """This register's chain against a backup's head (a path) or a printed head (text)."""
    try:
        if isinstance(anchor, Path):
            seen = anchors.from_backup(anchor, key, passphrase)
        else:
            seen = anchors.from_printed(anchor)
    except RegisterError as exc:
        return Line(name, f"NOT CHECKED: {exc}", BackupFailed.exit_code)
    except ValueError as exc:  # a mistyped printed head
        return Line(name, f"NOT CHECKED: {exc}", 2)
    with reg.session() as s:
        extends, text = anchors.compare(s, seen)
    return Line(name, text, 0 if extends else ROLLED_BACK)


def _guarded(name: str, check: Callable[[], Line], code: int = PAGES_DAMAGED) -> Line:
    """The check's line; a file that does not read back, or a value that does not read as its
    column's type (written outside the app), is a line too, never a traceback."""
    import sqlcipher3
    from sqlalchemy.exc import DBAPIError

    try:
        return check()
    except (sqlcipher3.DatabaseError, DBAPIError) as exc:
        reason = getattr(exc, "orig", None) or exc
        return Line(name, f"NOT CHECKED: the file does not read back ({reason})", PAGES_DAMAGED)
    except (ValueError, TypeError, KeyError) as exc:
        return Line(name, f"NOT CHECKED: a stored value does not read back ({exc})", code)


def page_problems(conn: Any) -> list[str]:
    """SQLCipher's HMAC check of every page, then SQLite's structure check, on a raw keyed
    connection; empty when all is well, else the first item says what failed. Never raises."""
    import sqlcipher3

    try:
        pages, other = damage.integrity_report(conn)
    except sqlcipher3.DatabaseError as exc:
        return [f"SQLCipher's page check cannot run ({exc})"]
    if pages:
        verb = "fails its" if len(pages) == 1 else "fail their"
        return [
            f"{damage.pages_named(pages)} {verb} HMAC check (changed on disk after being "
            "written); restore the register from a backup",
            *other,
        ]
    if other:
        return other
    try:
        found = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlcipher3.DatabaseError as exc:
        return [f"SQLite's structure check cannot read the file ({exc})"]
    return [] if found == ["ok"] else [f"SQLite's structure check: {'; '.join(found[:3])}"]


def _encryption(reg: Checked) -> Line:
    problems = reg.cipher_check()
    if problems:
        return Line("encryption", f"DAMAGED: {problems[0]}", PAGES_DAMAGED)
    return Line("encryption", "ok")


def _schema(reg: Checked) -> Line:
    from filing_desk.store.migrate import current_revision

    with reg.session() as s:
        revision = current_revision(s.connection())
    if revision == HEAD:
        return Line("schema", f"{revision} (current)")
    return Line("schema", f"{revision} (needs upgrade to {HEAD})", SCHEMA_OUTDATED)


def _chain(reg: Checked) -> Line:
    with reg.session() as s:
        chain = audit_log.verify(s)
        head = audit_log.head(s)
    if chain.ok:
        return Line("audit chain", f"ok ({chain.checked} events), head {head.short()}")
    return Line(
        "audit chain", f"BROKEN at event {chain.first_bad_id}: {chain.reason}", CHAIN_BROKEN
    )


def _found(kind: str, findings: list[str]) -> str:
    more = f" (and {len(findings) - SHOWN} more)" if len(findings) > SHOWN else ""
    return f"{kind}: " + "; ".join(findings[:SHOWN]) + more


def _records(reg: Checked) -> Line:
    with reg.session() as s:
        checked, findings = record_findings(s)
    if findings:
        what = "DIFFER FROM THE AUDIT LOG (changed outside the app, or events removed)"
        return Line("records", _found(what, findings), RECORDS_CHANGED)
    return Line("records", f"ok ({checked} records and settings match their last audit event)")


def _attachments(reg: Checked) -> Line:
    with reg.session() as s:
        checked, findings = attachment_findings(s)
    if findings:
        return Line("attachments", _found("CHANGED", findings), ATTACHMENTS_CHANGED)
    return Line("attachments", f"ok ({checked} match their SHA-256)")


# --- records against their last audit event ----------------------------------------------------


def _plain(value: object, name: str = "") -> object:
    """A value as the audit log stores it (JSON), filing numbers in their normal form."""
    value = json.loads(json.dumps(value, sort_keys=True, ensure_ascii=False, default=str))
    if name == "filing_number" and isinstance(value, str):
        return normalise_filing_number(value) or value
    return value


def _short(value: object) -> str:
    if isinstance(value, str) and len(value) > 32:
        value = value[:31] + "…"
    return json.dumps(value, ensure_ascii=False)


def record_findings(s: Session) -> tuple[int, list[str]]:
    """(records and settings compared, what differs from the log), table by table."""
    state = audit.audited_state(audit_log.events(s))
    findings: list[str] = []
    checked = 0
    for kind, table in EVENTED.items():
        columns = [c for c in table.__table__.c if c.name != "content"]
        listed = s.execute(select(*columns).order_by(table.__table__.c.id))
        rows = {r.id: dict(r._mapping) for r in listed}
        checked += len(rows)
        findings += _existence(kind, rows, state)
        if kind == "algorithm":
            for algo_id, model_id in s.execute(
                select(AlgorithmModelRow.algorithm_id, AlgorithmModelRow.model_id)
            ):
                if algo_id in rows:
                    rows[algo_id].setdefault("model_ids", []).append(model_id)
            for row in rows.values():
                row["model_ids"] = sorted(row.get("model_ids", []))
        if kind in RECORDS:
            findings += _field_findings(kind, rows, state)
    settings = {r.key: r.value for r in s.scalars(select(SettingRow))}
    settings.pop(audit_log.HEAD_KEY, None)
    checked += len(settings.keys() | state.settings.keys())
    findings += [f"setting {k} has no audit event" for k in settings if k not in state.settings]
    for key, (logged, eid) in state.settings.items():
        if settings.get(key) != logged:
            findings.append(
                f"setting {key} is {_short(settings.get(key))}, its last audit event "
                f"(#{eid}) says {_short(logged)}"
            )
    return checked, findings


def _existence(kind: str, rows: dict[int, dict[str, Any]], state: audit.AuditedState) -> list[str]:
    """Rows no event wrote (beyond what whole-register imports account for), rows an event
    deleted, and rows that are gone without a deleting event."""
    quiet = [i for i in rows if (kind, i) not in state.seen]
    found = [f"{kind} {i} has no audit event" for i in quiet[state.imported[kind] :]]
    for (otype, ident), eid in state.deleted.items():
        if otype == kind and ident in rows:
            found.append(f"{kind} {ident} exists, but event #{eid} deleted it")
    for otype, ident in sorted(state.seen - state.deleted.keys()):
        if otype == kind and ident not in rows:
            found.append(f"{kind} {ident} was deleted without an event")
    return found


def _field_findings(
    kind: str, rows: dict[int, dict[str, Any]], state: audit.AuditedState
) -> list[str]:
    found = []
    for (otype, ident), fields in state.fields.items():
        if otype != kind or ident not in rows:
            continue
        for name, (logged, eid) in fields.items():
            if name not in rows[ident] or (kind, name) in UNAUDITED:
                continue
            if name == "model_ids" and isinstance(logged, list):
                logged = sorted(logged)
            now = _plain(rows[ident][name])
            if _plain(now, name) != _plain(logged, name):
                found.append(
                    f"{kind} {ident} field {name} is {_short(now)}, its last audit event "
                    f"(#{eid}) says {_short(logged)}"
                )
    return found


# --- attachments against their SHA-256 ---------------------------------------------------------


def attachment_findings(s: Session) -> tuple[int, list[str]]:
    """(attachments read, those whose content no longer matches its size and SHA-256)."""
    findings: list[str] = []
    listed = s.execute(
        select(
            AttachmentRow.id, AttachmentRow.filename, AttachmentRow.size, AttachmentRow.sha256
        ).order_by(AttachmentRow.id)
    ).all()
    for ident, filename, size, sha256 in listed:
        content = s.execute(
            select(AttachmentRow.content).where(AttachmentRow.id == ident)
        ).scalar_one()
        data = bytes(content) if isinstance(content, bytes | bytearray | memoryview) else None
        if data is None or len(data) != size or hashlib.sha256(data).hexdigest() != sha256:
            findings.append(
                f"attachment {ident} ({filename}): its content does not match its stored SHA-256"
            )
    return len(listed), findings
