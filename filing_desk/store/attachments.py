"""Attachments as BLOBs inside the encrypted register: add, replace (keeping versions), read,
correct the kind, remove (kept in history) and purge what was removed; and
``read_attachment_file``, which reads a file to attach only once it is known to be a regular file
within the size limit (never a link followed silently, never a device or a pipe).

``AttachmentService`` writes each through the unit of work, one transaction per command (joining
one already open), with its audit event. File names are sanitised (``domain.filenames``);
content never leaves the register except through ``attachment_content`` for the caller to save
or open.

A removed attachment is marked as superseded by itself (no version replaces it): it and its older
versions leave the lists but keep their content, as history, until ``purge_removed_attachments``
deletes them (with a ``.delete`` event each, so ``check`` accounts for every row gone).
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, Protocol, TypeVar, cast

from sqlalchemy import select, text
from sqlalchemy.orm import defer

from filing_desk.domain.enums import AttachmentKind, OwnerType
from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.filenames import safe_filename
from filing_desk.domain.issues import Issue
from filing_desk.domain.records import AttachmentInfo
from filing_desk.store import attachment_digest
from filing_desk.store.rows import read_algorithm
from filing_desk.store.schema import AssessmentEvidenceRow, AttachmentRow
from filing_desk.store.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from sqlalchemy import Row
    from sqlalchemy.orm import Session

MIB = 1024 * 1024
MAX_ATTACHMENT_BYTES = 100 * MIB
_NOFOLLOW, _NONBLOCK = getattr(os, "O_NOFOLLOW", 0), getattr(os, "O_NONBLOCK", 0)
_BINARY = getattr(os, "O_BINARY", 0)


def _info(row: AttachmentRow | Row[Any]) -> AttachmentInfo:
    return AttachmentInfo(
        id=row.id,
        owner_type=OwnerType(row.owner_type),
        owner_id=row.owner_id,
        kind=AttachmentKind(row.kind),
        filename=row.filename,
        size=row.size,
        sha256=row.sha256,
        version=row.version,
        superseded=row.superseded_by is not None,
        added_at=row.added_at,
    )


def _meta(row: AttachmentRow) -> dict[str, Any]:
    return {
        k: getattr(row, k)
        for k in ("owner_type", "owner_id", "kind", "filename", "size", "sha256", "version")
    }


def _missing(attachment_id: int) -> InvalidInput:
    return InvalidInput(
        [Issue("attachment.not_found", "attachment.id", text=f"No attachment {attachment_id}")]
    )


class AttachmentService:
    """Attachment commands and reads."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def add_attachment(
        self,
        owner_type: OwnerType | str,
        owner_id: int,
        kind: AttachmentKind | str,
        filename: str,
        content: bytes,
    ) -> AttachmentInfo:
        # ``parse`` is typed on the base class; it returns a member of the class it is called on
        owner = cast(OwnerType, OwnerType.parse(str(owner_type)))
        kind = cast(AttachmentKind, AttachmentKind.parse(str(kind)))
        _check_size(filename, len(content))
        with self._uow.transaction() as s:
            row = _new_attachment(s, owner, owner_id, kind, filename, content, 1)
            self._uow.audit("attachment.add", "attachment", row.id, None, _meta(row))
            return _info(row)

    def replace_attachment(
        self, attachment_id: int, filename: str, content: bytes
    ) -> AttachmentInfo:
        """A new version; the older one is kept and listed as superseded."""
        _check_size(filename, len(content))
        with self._uow.transaction() as s:
            old = s.get(AttachmentRow, attachment_id)
            if old is None:
                raise _missing(attachment_id)
            if old.superseded_by is not None:
                raise InvalidInput(
                    [
                        Issue(
                            "attachment.superseded",
                            "attachment.id",
                            text="Only the current version can be replaced",
                        )
                    ]
                )
            row = _new_attachment(
                s,
                OwnerType(old.owner_type),
                old.owner_id,
                AttachmentKind(old.kind),
                filename,
                content,
                old.version + 1,
            )
            old.superseded_by = row.id
            self._uow.audit("attachment.replace", "attachment", row.id, _meta(old), _meta(row))
            return _info(row)

    def attachments(
        self, owner_type: OwnerType | str, owner_id: int, include_superseded: bool = True
    ) -> list[AttachmentInfo]:
        owner = OwnerType.parse(str(owner_type))
        cols = [c for c in AttachmentRow.__table__.c if c.name != "content"]
        with self._uow.session() as s:
            stmt = select(*cols).where(
                AttachmentRow.owner_type == owner.value, AttachmentRow.owner_id == owner_id
            )
            if not include_superseded:
                stmt = stmt.where(AttachmentRow.superseded_by.is_(None))
            rows = s.execute(stmt.order_by(AttachmentRow.kind, AttachmentRow.version.desc())).all()
            gone = _removed_ids(rows) if include_superseded else set()
            return [_info(r) for r in rows if r.id not in gone]

    def set_attachment_kind(self, attachment_id: int, kind: AttachmentKind | str) -> AttachmentInfo:
        """Say what the file is (every version of it: the kind belongs to the document)."""
        kind = cast(AttachmentKind, AttachmentKind.parse(str(kind)))
        with self._uow.transaction() as s:
            current = _current(s, attachment_id)
            for row in _versions(_owner_rows(s, _owner_of(current)), current):
                if row.kind != kind.value:
                    before = {"kind": row.kind}
                    row.kind = kind.value
                    self._uow.audit(
                        "attachment.update", "attachment", row.id, before, {"kind": kind.value}
                    )
            return _info(current)

    def remove_attachment(self, attachment_id: int) -> AttachmentInfo:
        """Take a wrong file off its record; its content stays in the register (history) until
        ``purge_removed_attachments``. Refused for a file given as checklist evidence."""
        with self._uow.transaction() as s:
            current = _current(s, attachment_id)
            _refuse_evidence(s, _versions(_owner_rows(s, _owner_of(current)), current))
            current.superseded_by = current.id
            self._uow.audit("attachment.remove", "attachment", current.id, None, {"removed": True})
            return _info(current)

    def removed_attachments(
        self, owner_type: OwnerType | str, owner_id: int
    ) -> list[AttachmentInfo]:
        """The removed files (and their older versions) a purge would delete, oldest first."""
        owner = OwnerType.parse(str(owner_type))
        with self._uow.session() as s:
            rows = _owner_rows(s, (owner.value, owner_id))
            gone = _removed_ids(rows)
            return [_info(r) for r in rows if r.id in gone]

    def purge_removed_attachments(
        self, owner_type: OwnerType | str, owner_id: int
    ) -> list[AttachmentInfo]:
        """Delete the removed files of one record for good, content and all (the pages they
        used are zeroed); each with an ``attachment.delete`` event naming what it was."""
        owner = OwnerType.parse(str(owner_type))
        with self._uow.transaction() as s:
            rows = _owner_rows(s, (owner.value, owner_id))
            gone = _removed_ids(rows)
            doomed = [r for r in rows if r.id in gone]  # oldest first: no row points at one gone
            purged = [_info(r) for r in doomed]
            _refuse_evidence(s, doomed)
            sqlite = s.get_bind().dialect.name == "sqlite"  # a team register's server has no pragma
            was = s.execute(text("PRAGMA secure_delete")).scalar() if sqlite else None
            if sqlite:
                s.execute(text("PRAGMA secure_delete = ON"))
            try:
                for row in doomed:
                    self._uow.audit("attachment.delete", "attachment", row.id, _meta(row), None)
                    s.delete(row)
                    s.flush()  # one by one: a newer version is deleted after those pointing at it
            finally:
                if sqlite:
                    s.execute(text(f"PRAGMA secure_delete = {1 if was else 0}"))
            return purged

    def attachment_content(
        self, attachment_id: int, *, verify: bool = True
    ) -> tuple[AttachmentInfo, bytes]:
        """The attachment and its content, checked against its SHA-256 (``verify`` False: the
        caller checks and reports it itself, as the evidence list does)."""
        with self._uow.session() as s:
            row = s.get(AttachmentRow, attachment_id)
            if row is None:
                raise _missing(attachment_id)
            info, content = _info(row), bytes(row.content)
        return info, attachment_digest.verified(info, content) if verify else content

    def missing_attachments(
        self, algorithm_id: int, needed: tuple[AttachmentKind, ...]
    ) -> list[AttachmentKind]:
        """The kinds in ``needed`` that neither the algorithm nor its entity holds (current
        versions only)."""
        with self._uow.session() as s:
            algo = read_algorithm(s, algorithm_id)
            have = {a.kind for a in self.attachments(OwnerType.ALGORITHM, algorithm_id, False)}
            if algo.entity_id is not None:
                entity = self.attachments(OwnerType.ENTITY, algo.entity_id, False)
                have |= {a.kind for a in entity}
        return [k for k in needed if k not in have]


def _new_attachment(
    s: Session,
    owner: OwnerType,
    owner_id: int,
    kind: AttachmentKind,
    filename: str,
    content: bytes,
    version: int,
) -> AttachmentRow:
    row = AttachmentRow(
        owner_type=owner.value,
        owner_id=owner_id,
        kind=kind.value,
        filename=safe_filename(filename),
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        content=content,
        version=version,
        added_at=datetime.now(UTC),
    )
    s.add(row)
    s.flush()
    return row


class _Linked(Protocol):
    """What the version walk reads of a row (an ``AttachmentRow`` or a selected ``Row``)."""

    id: int
    superseded_by: int | None


def _current(s: Session, attachment_id: int) -> AttachmentRow:
    """The attachment, content not read; refused when it is gone or not the current version."""
    row = s.get(AttachmentRow, attachment_id, options=[defer(AttachmentRow.content)])
    if row is None:
        raise _missing(attachment_id)
    if row.superseded_by is not None:  # replaced, or removed (superseded by itself)
        _refuse(
            "attachment.not_current",
            "Only the current version of an attachment can be changed or removed.",
        )
    return row


def _owner_of(row: AttachmentRow) -> tuple[str, int]:
    return row.owner_type, row.owner_id


def _owner_rows(s: Session, owner: tuple[str, int]) -> list[AttachmentRow]:
    """Every attachment row of the record, oldest first, content not read."""
    stmt = select(AttachmentRow).options(defer(AttachmentRow.content))
    stmt = stmt.where(AttachmentRow.owner_type == owner[0], AttachmentRow.owner_id == owner[1])
    return list(s.scalars(stmt.order_by(AttachmentRow.id)))


_R = TypeVar("_R", bound=_Linked)


def _versions(rows: Sequence[_R], current: _R) -> list[_R]:
    """``current`` and every older version it replaced (directly or through others)."""
    older: dict[int, list[_R]] = {}
    for row in rows:
        if row.superseded_by is not None and row.superseded_by != row.id:
            older.setdefault(row.superseded_by, []).append(row)
    found, todo = [], [current]
    while todo:
        row = todo.pop()
        found.append(row)
        todo += older.get(row.id, [])
    return found


def _removed_ids(rows: Sequence[_Linked]) -> set[int]:
    """The removed rows (superseded by themselves) and their older versions."""
    removed = [r for r in rows if r.superseded_by == r.id]
    return {v.id for r in removed for v in _versions(rows, r)}


def _refuse_evidence(s: Session, rows: Sequence[AttachmentRow]) -> None:
    """Refuse when one of the rows is given as evidence in a checklist assessment."""
    ids = [r.id for r in rows]
    used = select(AssessmentEvidenceRow.attachment_id).where(
        AssessmentEvidenceRow.attachment_id.in_(ids)
    )
    linked = s.execute(used.limit(1)).scalar()
    if linked is not None:
        name = next(r.filename for r in rows if r.id == linked)
        _refuse(
            "attachment.in_use",
            f"{name} is evidence for a checklist item; take it off there first. "
            "Nothing was removed.",
            file=name,
        )


def read_attachment_file(path: Path) -> bytes:
    """The content of the file at ``path``, to attach; refused before a byte is read when it is
    a link (the caller asks the user and passes the link's target), not a regular file, or larger
    than ``MAX_ATTACHMENT_BYTES``. A file swapped or grown while it is read is refused too.

    Raises:
        InvalidInput: ``attachment.symlink``, ``attachment.not_a_file`` or
            ``attachment.too_large``, naming the file (and the limit).
        OSError: the file cannot be read (missing, no permission).
    """
    path = Path(path)
    name = safe_filename(path.name)
    info = os.lstat(path)
    if stat.S_ISLNK(info.st_mode):
        target = os.readlink(path)
        _refuse(
            "attachment.symlink",
            f"{name} is a link to {target}; links are not followed. Attach the file it points to.",
            file=name,
            target=target,
        )
    _check_regular(name, info)
    flags = os.O_RDONLY | _NOFOLLOW | _NONBLOCK | _BINARY  # a pipe swapped in cannot block us
    with os.fdopen(os.open(path, flags), "rb") as fh:
        _check_regular(name, os.fstat(fh.fileno()))  # the file opened is the one checked
        content = fh.read(MAX_ATTACHMENT_BYTES + 1)
    _check_size(name, len(content))
    return content


def _check_regular(name: str, info: os.stat_result) -> None:
    if not stat.S_ISREG(info.st_mode):
        _refuse(
            "attachment.not_a_file",
            f"{name} is not a regular file (a folder, device or pipe); nothing was attached.",
            file=name,
        )
    _check_size(name, info.st_size)


def _check_size(filename: str, size: int) -> None:
    if size > MAX_ATTACHMENT_BYTES:
        limit, filename = MAX_ATTACHMENT_BYTES // MIB, safe_filename(filename)
        _refuse(
            "attachment.too_large",
            f"{filename} is {size / MIB:.1f} MB; an attachment may be at most {limit} MB. "
            "Nothing was attached.",
            file=filename,
            size=f"{size / MIB:.1f}",
            limit=limit,
        )


def _refuse(code: str, text: str, **params: object) -> NoReturn:
    raise InvalidInput([Issue(code, "", params=params, text=text)])
