"""Attachments as BLOBs inside the encrypted register: add, replace (keeping versions), read;
and ``read_attachment_file``, which reads a file to attach only once it is known to be a regular
file within the size limit (never a link followed silently, never a device or a pipe).

``AttachmentService`` writes each through the unit of work, one transaction per command (joining
one already open), with its audit event. File names are sanitised (``domain.filenames``);
content never leaves the register except through ``attachment_content`` for the caller to save
or open.
"""

from __future__ import annotations

import hashlib
import os
import stat
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, cast

from sqlalchemy import select

from filing_desk.domain.enums import AttachmentKind, OwnerType
from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.filenames import safe_filename
from filing_desk.domain.issues import Issue
from filing_desk.domain.records import AttachmentInfo
from filing_desk.store.rows import read_algorithm
from filing_desk.store.schema import AttachmentRow
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
            rows = s.execute(stmt.order_by(AttachmentRow.kind, AttachmentRow.version.desc()))
            return [_info(r) for r in rows]

    def attachment_content(self, attachment_id: int) -> tuple[AttachmentInfo, bytes]:
        with self._uow.session() as s:
            row = s.get(AttachmentRow, attachment_id)
            if row is None:
                raise _missing(attachment_id)
            return _info(row), bytes(row.content)

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
