"""Attachments as BLOBs inside the encrypted register: add, replace (keeping versions), read.

A mixin of ``Register``. File names are sanitised (no path parts); content never leaves the
register except through ``attachment_content`` for the caller to save or open.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import select

from filing_desk.domain.enums import AttachmentKind, OwnerType
from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.issues import Issue
from filing_desk.domain.records import AttachmentInfo
from filing_desk.store.host import RegisterHost
from filing_desk.store.schema import AttachmentRow

if TYPE_CHECKING:
    from sqlalchemy import Row
    from sqlalchemy.orm import Session

MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"|?*]')


def safe_filename(name: str) -> str:
    """The last path part of ``name``, without control or reserved characters; never empty."""
    name = unicodedata.normalize("NFC", name).replace("\\", "/")
    name = name.rsplit("/", 1)[-1]
    name = _UNSAFE.sub("_", name).strip(" .")
    return name[:200] or "attachment"


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


class AttachmentCommands(RegisterHost):
    """Attachment commands (mixed into Register)."""

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
        _check_size(content)
        with self.transaction() as s:
            row = self._new_attachment(s, owner, owner_id, kind, filename, content, 1)
            self.audit(s, "attachment.add", "attachment", row.id, None, _meta(row))
            return _info(row)

    def replace_attachment(
        self, attachment_id: int, filename: str, content: bytes
    ) -> AttachmentInfo:
        """A new version; the older one is kept and listed as superseded."""
        _check_size(content)
        with self.transaction() as s:
            old = s.get(AttachmentRow, attachment_id)
            if old is None:
                raise InvalidInput(
                    [
                        Issue(
                            "attachment.not_found",
                            "attachment.id",
                            text=f"No attachment {attachment_id}",
                        )
                    ]
                )
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
            row = self._new_attachment(
                s,
                OwnerType(old.owner_type),
                old.owner_id,
                AttachmentKind(old.kind),
                filename,
                content,
                old.version + 1,
            )
            old.superseded_by = row.id
            self.audit(s, "attachment.replace", "attachment", row.id, _meta(old), _meta(row))
            return _info(row)

    def _new_attachment(
        self,
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

    def attachments(
        self, owner_type: OwnerType | str, owner_id: int, include_superseded: bool = True
    ) -> list[AttachmentInfo]:
        owner = OwnerType.parse(str(owner_type))
        cols = [c for c in AttachmentRow.__table__.c if c.name != "content"]
        with self.session() as s:
            stmt = select(*cols).where(
                AttachmentRow.owner_type == owner.value, AttachmentRow.owner_id == owner_id
            )
            if not include_superseded:
                stmt = stmt.where(AttachmentRow.superseded_by.is_(None))
            rows = s.execute(stmt.order_by(AttachmentRow.kind, AttachmentRow.version.desc()))
            return [_info(r) for r in rows]

    def attachment_content(self, attachment_id: int) -> tuple[AttachmentInfo, bytes]:
        with self.session() as s:
            row = s.get(AttachmentRow, attachment_id)
            if row is None:
                raise InvalidInput(
                    [
                        Issue(
                            "attachment.not_found",
                            "attachment.id",
                            text=f"No attachment {attachment_id}",
                        )
                    ]
                )
            return _info(row), bytes(row.content)

    def missing_attachments(
        self, algorithm_id: int, needed: tuple[AttachmentKind, ...]
    ) -> list[AttachmentKind]:
        algo = self.algorithm(algorithm_id)
        have = {a.kind for a in self.attachments(OwnerType.ALGORITHM, algorithm_id, False)}
        if algo.entity_id is not None:
            have |= {a.kind for a in self.attachments(OwnerType.ENTITY, algo.entity_id, False)}
        return [k for k in needed if k not in have]


def _check_size(content: bytes) -> None:
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise InvalidInput(
            [
                Issue(
                    "attachment.too_large",
                    "attachment.content",
                    text=f"Attachments are limited to {MAX_ATTACHMENT_BYTES // (1024 * 1024)} MB",
                )
            ]
        )
