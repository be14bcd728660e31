"""The one table from error and issue codes to translated sentences.

Domain and store return codes (``Issue.code``, ``RegisterError.code``, ``DomainError.code``) with
English text; this module turns them into a sentence in the UI language. An unknown code falls
back to the English text the rule gave, so nothing is ever shown blank.

Every code the domain, store, forms, transfer and workflows can raise or report has an entry, and
each entry names only the params its code passes: tests/test_messages.py reads the packages'
source to check both. The import and export entries live in ``ui/transfer_messages.py``, the
checklist ones in ``ui/checklist_messages.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from filing_desk.domain.enums import AttachmentKind
from filing_desk.domain.errors import DomainError, InvalidInput
from filing_desk.domain.issues import Issue
from filing_desk.forms import checklist_loader
from filing_desk.forms.errors import ChecklistErrors, UnknownLibrary
from filing_desk.ui.change_messages import CHANGE_SENTENCES
from filing_desk.ui.checklist_messages import CHECKLIST_SENTENCES
from filing_desk.ui.genai_messages import GENAI_SENTENCES
from filing_desk.ui.i18n import QT_TRANSLATE_NOOP, lang
from filing_desk.ui.licence_messages import LICENCE_SENTENCES
from filing_desk.ui.number_messages import NUMBER_SENTENCES
from filing_desk.ui.product_messages import PRODUCT_SENTENCES
from filing_desk.ui.role_messages import ROLE_SENTENCES
from filing_desk.ui.security_messages import SECURITY_SENTENCES
from filing_desk.ui.transfer_messages import TRANSFER_SENTENCES

_CONTEXT = "messages"

SENTENCES: dict[str, str] = {
    # register (store.errors)
    "register.not_found": QT_TRANSLATE_NOOP("messages", "The register file does not exist."),
    "register.not_encrypted": QT_TRANSLATE_NOOP(
        "messages", "This file is not an encrypted Filing Desk register."
    ),
    "register.truncated": QT_TRANSLATE_NOOP(
        "messages", "The register file is truncated or damaged; restore it from a backup."
    ),
    "register.not_a_database": QT_TRANSLATE_NOOP(
        "messages", "This file is not a Filing Desk register."
    ),
    "register.wrong_key": QT_TRANSLATE_NOOP(
        "messages", "The passphrase or recovery key does not open this register."
    ),
    "register.keyring_unavailable": QT_TRANSLATE_NOOP(
        "messages",
        "The system keyring cannot be reached. Unlock with the passphrase or the recovery key.",
    ),
    "register.passphrase_not_current": QT_TRANSLATE_NOOP(
        "messages", "The current passphrase is not right; the passphrase was not changed."
    ),
    "register.key_not_found": QT_TRANSLATE_NOOP(
        "messages",
        "No key for this register is in the system keyring. Unlock it with its passphrase or "
        "its recovery key.",
    ),
    "register.newer_version": QT_TRANSLATE_NOOP(
        "messages", "This register was made by a newer version of Filing Desk; please update."
    ),
    "register.locked": QT_TRANSLATE_NOOP(
        "messages", "Another Filing Desk window has this register open."
    ),
    "register.exists": QT_TRANSLATE_NOOP("messages", "A file of that name already exists."),
    "register.backup_failed": QT_TRANSLATE_NOOP("messages", "The backup could not be made."),
    "register.storage": QT_TRANSLATE_NOOP(
        "messages",
        "The register could not be written (the disk is full or read-only); nothing was changed.",
    ),
    "register.damaged_header": QT_TRANSLATE_NOOP(
        "messages",
        "The register file is damaged: its first page (the header) fails its check, although the "
        "key is right. Restore the register from a backup.",
    ),
    "recovery.invalid": QT_TRANSLATE_NOOP(
        "messages",
        "A recovery key has 17 groups of four digits 0-9 and letters A-F; check each group.",
    ),
    # opening or creating a register in the desktop app (ui.dialogs.unlock, create_register)
    "register.error": QT_TRANSLATE_NOOP(
        "messages", "The register could not be opened. The log file has the details."
    ),
    # a team register on the firm's PostgreSQL server (store.team)
    "team.bad_address": QT_TRANSLATE_NOOP(
        "messages", "The team register's address is not a valid postgresql:// address."
    ),
    "team.password_missing": QT_TRANSLATE_NOOP(
        "messages", "No password was given for the team register's server."
    ),
    "team.password_refused": QT_TRANSLATE_NOOP(
        "messages", "The server refused the password for the team register."
    ),
    "team.unreachable": QT_TRANSLATE_NOOP(
        "messages", "The team register's server could not be reached."
    ),
    "team.not_initialised": QT_TRANSLATE_NOOP(
        "messages", "The database holds no register yet: run “filing-desk team init” first."
    ),
    "team.not_empty": QT_TRANSLATE_NOOP(
        "messages", "The database is not empty: a team register is made in a new, empty database."
    ),
    "team.refused": QT_TRANSLATE_NOOP(
        "messages", "A team register does not do this; the server's administrator does."
    ),
    **ROLE_SENTENCES,  # team.viewer_cannot_write, team.role_refused, approval.* (own module)
    "keyring.unavailable_create": QT_TRANSLATE_NOOP(
        "messages",
        "This computer's system keyring cannot be used, so the new register will be protected "
        "by a passphrase that you choose.",
    ),
    # restoring a backup (workflows.restoring)
    "restore.no_backup": QT_TRANSLATE_NOOP("messages", "Choose a backup file."),
    "restore.no_target": QT_TRANSLATE_NOOP("messages", "Choose the new file to restore into."),
    "restore.open_register": QT_TRANSLATE_NOOP(
        "messages",
        "Refused: that is the open register. Restore into a new file; the open register is never "
        "overwritten.",
    ),
    "restore.onto_backup": QT_TRANSLATE_NOOP(
        "messages", "Refused: restore into a new file, not onto the backup itself."
    ),
    "restore.exists": QT_TRANSLATE_NOOP(
        "messages", "Refused: {path} already exists. Choose a new file name."
    ),
    # a new passphrase (domain.passphrase, store.errors.WeakPassphrase)
    "passphrase.too_short": QT_TRANSLATE_NOOP(
        "messages",
        "A new passphrase needs at least 12 characters. Use four or more unrelated words, or a "
        "sentence only you know (Chinese works too).",
    ),
    "passphrase.common": QT_TRANSLATE_NOOP(
        "messages",
        "This passphrase is a common password or made of common words or names, which are "
        "tried first. Use four or more unrelated words, or a sentence only you know (Chinese "
        "works too).",
    ),
    "passphrase.keyboard": QT_TRANSLATE_NOOP(
        "messages",
        "This passphrase follows keys next to each other on the keyboard, which is easy to "
        "guess. Use four or more unrelated words, or a sentence only you know (Chinese works "
        "too).",
    ),
    "passphrase.repeat": QT_TRANSLATE_NOOP(
        "messages",
        "This passphrase repeats characters or words, which adds little. Use four or more "
        "unrelated words, or a sentence only you know (Chinese works too).",
    ),
    "passphrase.sequence": QT_TRANSLATE_NOOP(
        "messages",
        "This passphrase is a sequence like abc or 6543, which is easy to guess. Use four or "
        "more unrelated words, or a sentence only you know (Chinese works too).",
    ),
    "passphrase.date": QT_TRANSLATE_NOOP(
        "messages",
        "This passphrase is built on a date or a year, which is easy to guess. Use four or more "
        "unrelated words, or a sentence only you know (Chinese works too).",
    ),
    "passphrase.weak": QT_TRANSLATE_NOOP(
        "messages",
        "This passphrase is too easy to guess. Use four or more unrelated words, or a sentence "
        "only you know (Chinese works too).",
    ),
    # validation (domain.validation, domain.codes, store.convert)
    "field.required": QT_TRANSLATE_NOOP("messages", "{label} is required."),
    "field.type": QT_TRANSLATE_NOOP("messages", "{label}: the value has the wrong form."),
    "field.unknown": QT_TRANSLATE_NOOP("messages", "{label} cannot be set here."),
    "invalid_input": QT_TRANSLATE_NOOP("messages", "Some values are not valid."),
    "email.format": QT_TRANSLATE_NOOP("messages", "{label}: not an e-mail address."),
    "phone.format": QT_TRANSLATE_NOOP("messages", "{label}: not a phone number."),
    "date.order": QT_TRANSLATE_NOOP("messages", "{label} is before the launch date."),
    "date.future": QT_TRANSLATE_NOOP("messages", "{label}: the date is in the future."),
    **CHANGE_SENTENCES,  # filed-field edits and discarding a modification (own module)
    **NUMBER_SENTENCES,  # filing numbers, USCC, model numbers, ID numbers (own module)
    **LICENCE_SENTENCES,  # the entity's licence, ICP number, user scale (their own module)
    "supporter.service_method": QT_TRANSLATE_NOOP(
        "messages", "A technical supporter describes its technical service method."
    ),
    "role.supporter_type": QT_TRANSLATE_NOOP(
        "messages",
        "Only a generation / synthesis algorithm has a technical supporter (Deep Synthesis "
        "Provisions arts. 19(2), 23).",
    ),
    # readiness gates (domain.gates, workflows.readiness)
    "materials.missing": QT_TRANSLATE_NOOP(
        "messages", "{label} is not attached: the procedure cannot be marked ready without it."
    ),
    "materials.outdated": QT_TRANSLATE_NOOP(
        "messages", "{label} predates the change of {since}: attach the updated version."
    ),
    "materials.overridden": QT_TRANSLATE_NOOP(
        "messages", "{label} is missing or out of date; marked ready by an override."
    ),
    "override.reason": QT_TRANSLATE_NOOP(
        "messages", "Marking ready without the materials needs a reason."
    ),
    # procedures (store.procedures, domain.lifecycle)
    "filing.state": QT_TRANSLATE_NOOP(
        "messages", "A filing can only start for a draft or returned algorithm."
    ),
    "filing.exists": QT_TRANSLATE_NOOP(
        "messages", "This algorithm already has a filing in progress."
    ),
    "change.not_filed": QT_TRANSLATE_NOOP(
        "messages", "Only a filed algorithm has changes to report."
    ),
    "terminate.not_filed": QT_TRANSLATE_NOOP(
        "messages", "Only a filed algorithm is cancelled; abandon a draft instead."
    ),
    "lifecycle.illegal": QT_TRANSLATE_NOOP(
        "messages", "That step is not possible in the current state."
    ),
    "lifecycle.entity_not_approved": QT_TRANSLATE_NOOP(
        "messages", "Approve the entity's filing before submitting its algorithms."
    ),
    "cac_action.unknown": QT_TRANSLATE_NOOP(
        "messages", "Only a revocation or a cancellation by the CAC can be recorded here."
    ),
    "redate.filing": QT_TRANSLATE_NOOP(
        "messages", "A filing's deadline counts from the launch date: change the launch date."
    ),
    "redate.submitted": QT_TRANSLATE_NOOP(
        "messages", "The date of a submitted procedure can no longer be changed."
    ),
    "calendar.empty": QT_TRANSLATE_NOOP("messages", "No days to enter."),
    "calendar.columns": QT_TRANSLATE_NOOP(
        "messages", "Line {line}: expected date,workday|holiday[,note]."
    ),
    "calendar.date": QT_TRANSLATE_NOOP("messages", "Line {line}: not a YYYY-MM-DD date."),
    "calendar.kind": QT_TRANSLATE_NOOP("messages", "Line {line}: not workday or holiday."),
    "calendar.duplicate": QT_TRANSLATE_NOOP("messages", "Line {line}: the date appears twice."),
    "attachment.too_large": QT_TRANSLATE_NOOP(
        "messages",
        "{file} is {size} MB; an attachment may be at most {limit} MB. Nothing was attached.",
    ),
    "attachment.symlink": QT_TRANSLATE_NOOP(
        "messages",
        "{file} is a link to {target}; links are not followed. Attach the file it points to.",
    ),
    "attachment.not_a_file": QT_TRANSLATE_NOOP(
        "messages",
        "{file} is not a regular file (a folder, device or pipe); nothing was attached.",
    ),
    "attachment.not_found": QT_TRANSLATE_NOOP("messages", "The attachment no longer exists."),
    "attachment.damaged": QT_TRANSLATE_NOOP(
        "messages",
        "{file} (attachment {id}) was changed outside Filing Desk: its SHA-256 does not match. "
        "It is not opened; attach the original again or restore the register from a backup.",
    ),
    "algorithm.not_found": QT_TRANSLATE_NOOP("messages", "The algorithm no longer exists."),
    "entity.not_found": QT_TRANSLATE_NOOP("messages", "The entity no longer exists."),
    **PRODUCT_SENTENCES,  # the product registry: products, links (their own module)
    "procedure.not_found": QT_TRANSLATE_NOOP("messages", "The procedure no longer exists."),
    "model.not_found": QT_TRANSLATE_NOOP("messages", "The model no longer exists."),
    "record.stale": QT_TRANSLATE_NOOP(  # store.versions: an edit of a version no longer current
        "messages", "Someone else changed this record since you opened it; nothing was saved."
    ),
    "attachment.superseded": QT_TRANSLATE_NOOP(
        "messages", "Only the current version of an attachment can be replaced."
    ),
    "attachment.not_current": QT_TRANSLATE_NOOP(
        "messages", "Only the current version of an attachment can be changed or removed."
    ),
    "attachment.in_use": QT_TRANSLATE_NOOP(
        "messages",
        "{file} is evidence for a checklist item; take it off there first. Nothing was removed.",
    ),
    # readiness (forms.readiness, forms.fieldtypes)
    "form.required": QT_TRANSLATE_NOOP("messages", "{label} is required."),
    "form.too_short": QT_TRANSLATE_NOOP(
        "messages", "{label} needs at least {limit} characters; it has {length}."
    ),
    "form.too_long": QT_TRANSLATE_NOOP(
        "messages", "{label} allows at most {limit} characters; it has {length}."
    ),
    "form.pattern": QT_TRANSLATE_NOOP("messages", "{label} does not have the expected form."),
    "form.type": QT_TRANSLATE_NOOP("messages", "{label}: the value has the wrong kind."),
    "form.min_items": QT_TRANSLATE_NOOP(
        "messages", "{label}: at least {min} needed, {count} given."
    ),
    # form specs (forms.errors): shipped with the app, so a bad one means a damaged install
    "forms.spec": QT_TRANSLATE_NOOP(
        "messages", "A form description shipped with Filing Desk is damaged; reinstall Filing Desk."
    ),
    "forms.specs": QT_TRANSLATE_NOOP(
        "messages", "A form description shipped with Filing Desk is damaged; reinstall Filing Desk."
    ),
    "forms.unknown": QT_TRANSLATE_NOOP("messages", "There is no form of that name."),
    "forms.no_assessment": QT_TRANSLATE_NOOP(
        "messages", "No checklist assessment to print this from: start one in the checklist view."
    ),
    # audit chain (domain.audit ChainCheck.code; shown after "broken at event #N:")
    "audit.missing": QT_TRANSLATE_NOOP(
        "messages", "events from this one on were deleted from the log."
    ),
    "audit.link": QT_TRANSLATE_NOOP("messages", "it does not link to the event before it."),
    "audit.altered": QT_TRANSLATE_NOOP("messages", "it was altered after it was written."),
    "audit.head": QT_TRANSLATE_NOOP(
        "messages", "the log's recorded last event does not match: events were removed at the end."
    ),
    "audit.no_head": QT_TRANSLATE_NOOP(
        "messages", "the log's record of its last event is missing: events were removed at the end."
    ),
    "audit.empty": QT_TRANSLATE_NOOP(
        "messages", "the log is empty although the register holds records: its events were deleted."
    ),
    # import and export: transfer.*, import.*, json.*, products.*, cac_list.* (their own module)
    **TRANSFER_SENTENCES,
    # checklists: assessment.*, materials.checklist* (their own module)
    **CHECKLIST_SENTENCES,
    **SECURITY_SENTENCES,  # security.*: the 2018 rules' assessments (their own module)
    **GENAI_SENTENCES,  # genai_*: generative-AI services' tracks, states, alerts (their own module)
}


def field_label(key: str) -> str:
    """The label the form specs give a dotted field key, in the UI language."""
    from filing_desk.forms import loader  # the specs: read when a message first names a field

    if key.startswith("attachment."):  # a material (domain.gates.material_key)
        kind = key.partition(".")[2]
        if kind in {k.value for k in AttachmentKind}:
            return AttachmentKind(kind).label(lang())
    label = loader.label_for(key, lang())
    return label if label != key else key.rpartition(".")[2].replace("_", " ")


def sentence(code: str, params: Mapping[str, object] | None = None, fallback: str = "") -> str:
    """The translated sentence for ``code``; the English ``fallback`` when there is none."""
    source = SENTENCES.get(code)
    if source is None:
        return fallback or code
    text = QCoreApplication.translate(_CONTEXT, source)
    try:
        return text.format(**{k: _shown(k, v) for k, v in (params or {}).items()})
    except (KeyError, IndexError, ValueError):
        return fallback or text


# Stored codes some sentences name ({subject}, {kind}, {library}), shown in the UI language.
_SUBJECTS = {
    "entity": ("主体", "entity"),
    "algorithm": ("算法", "algorithm"),
    "product": ("产品", "product"),
    "service": ("生成式人工智能服务", "generative-AI service"),
}


def _shown(key: str, value: object) -> object:
    zh = lang() == "zh"
    if key in ("subject", "kind") and isinstance(value, str) and value in _SUBJECTS:
        return _SUBJECTS[value][0 if zh else 1]
    if key == "library" and isinstance(value, str):
        try:
            return checklist_loader.get(value).title.get("zh" if zh else "en")
        except (UnknownLibrary, ChecklistErrors):
            return value
    return value


def issue_text(issue: Issue) -> str:
    """The translated sentence for one issue (the rule's English text when there is none).

    Besides the issue's params a sentence may name ``{label}`` (the field's label) and
    ``{field}`` (the field's dotted key as the rule gave it, e.g. a path in an imported file)."""
    label = field_label(issue.field) if issue.field else ""
    params = {"label": label, "field": issue.field, **dict(issue.params)}
    return sentence(issue.code, params, issue.text or issue.message)


def error_text(exc: BaseException) -> str:
    """One sentence (or one per issue) for any error the register or the rules raise."""
    if isinstance(exc, InvalidInput):
        return "\n".join(issue_text(i) for i in exc.issues) or str(exc)
    code = getattr(exc, "code", "")
    if lang() == "en" and str(exc):
        return str(exc)  # the rule's or the store's own sentence, exact
    if isinstance(exc, DomainError):
        params = exc.params
        if code == "transfer.malformed" and params.get("row") is not None:
            code = "transfer.malformed_cell" if params.get("column") else "transfer.malformed_row"
        return sentence(code, params, str(exc))
    if code and code in SENTENCES:
        return QCoreApplication.translate(_CONTEXT, SENTENCES[code])
    return str(exc)


def chain_text(check: Any) -> str:
    """A broken audit chain (``ChainCheck``) in the UI language, by its ``code``."""
    return sentence(check.code, {"id": check.first_bad_id}, check.reason)
