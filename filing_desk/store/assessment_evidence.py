"""Evidence for assessment answers: files given as evidence for an item, kept in the attachment
store as the subject's attachments (entity, algorithm, product or generative-AI service),
versioned like any other.

``EvidenceService`` links and unlinks them in one transaction (joining one already open) with
an audit event (``assessment.evidence`` / ``assessment.evidence_removed``: item, attachment id,
SHA-256), and lists them re-hashed so a file whose content no longer matches its recorded
SHA-256 shows as unverified. A link always shows the attachment's current version. It must not
judge answers (``store.assessments`` and ``domain.assessments`` do).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from filing_desk.domain.assessments import Answer, AssessmentError
from filing_desk.domain.checklists import Library
from filing_desk.domain.enums import AttachmentKind, OwnerType
from filing_desk.domain.records import AttachmentInfo
from filing_desk.store import assessment_rows as rows
from filing_desk.store.attachments import AttachmentService
from filing_desk.store.schema import (
    AssessmentAnswerRow,
    AssessmentEvidenceRow,
    AssessmentRow,
    AttachmentRow,
)
from filing_desk.store.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

OWNERS = {
    "entity": OwnerType.ENTITY,
    "algorithm": OwnerType.ALGORITHM,
    "product": OwnerType.PRODUCT,
    "service": OwnerType.SERVICE,
}
"""Subject kind → the attachment owner its evidence files belong to."""


@dataclass(frozen=True)
class Evidence:
    """An attachment given as evidence for an item (its current version), and whether its
    content still matches the SHA-256 recorded when it was added."""

    item_id: str
    info: AttachmentInfo
    verified: bool


class EvidenceService:
    """Evidence commands and reads."""

    def __init__(self, uow: UnitOfWork, attachments: AttachmentService) -> None:
        self._uow = uow
        self._attachments = attachments

    def evidence(self, assessment_id: int, item_id: str | None = None) -> list[Evidence]:
        """The evidence of every answer (or of one item) in item order, each file re-hashed."""
        with self._uow.session() as s:
            assessment = rows.assessment_of(s, rows.assessment_row(s, assessment_id))
            out = []
            for ans in assessment.answers.values():
                if item_id is not None and ans.item_id != item_id:
                    continue
                for attachment_id in ans.evidence:
                    info, content = self._attachments.attachment_content(
                        attachment_id,
                        verify=False,  # a damaged file is listed, flagged below
                    )
                    ok = hashlib.sha256(content).hexdigest() == info.sha256
                    out.append(Evidence(ans.item_id, info, ok))
            return out

    def attach_evidence(
        self,
        assessment_id: int,
        library: Library,
        item_id: str,
        filename: str,
        content: bytes,
        kind: AttachmentKind | str = AttachmentKind.OTHER,
    ) -> AttachmentInfo:
        """Add a file to the subject's attachments and give it as evidence for the item (an
        item not answered yet gets a 未评估 answer to hold it)."""
        with self._uow.transaction() as s:
            row = self._checked(s, assessment_id, library, item_id)
            info = self._attachments.add_attachment(
                owner_of(row), row.subject_id, kind, filename, content
            )
            self._link(s, row, library, item_id, info.id)
            return info

    def link_evidence(
        self, assessment_id: int, library: Library, item_id: str, attachment_id: int
    ) -> Answer:
        """Give one of the subject's attachments (already in the register) as evidence."""
        with self._uow.transaction() as s:
            row = self._checked(s, assessment_id, library, item_id)
            owner = owner_of(row)
            found = s.get(AttachmentRow, attachment_id)
            if found is None or (found.owner_type, found.owner_id) != (owner.value, row.subject_id):
                raise AssessmentError(
                    f"attachment {attachment_id} is not one of this {row.subject_kind}'s "
                    "attachments",
                    code="assessment.evidence_owner",
                    attachment=attachment_id,
                )
            return self._link(s, row, library, item_id, attachment_id)

    def unlink_evidence(self, assessment_id: int, item_id: str, attachment_id: int) -> Answer:
        """No longer give the attachment (any of its versions) as evidence; the file stays."""
        with self._uow.transaction() as s:
            target = rows.answer_row(s, assessment_id, item_id)
            current = rows.current_version(s, attachment_id)
            linked = s.scalars(
                select(AssessmentEvidenceRow).where(AssessmentEvidenceRow.answer_id == target.id)
            )
            gone = [
                e
                for e in linked
                if current is not None
                and (cur := rows.current_version(s, e.attachment_id)) is not None
                and cur.id == current.id
            ]
            if not gone:
                raise AssessmentError(
                    f"attachment {attachment_id} is not evidence for item {item_id!r}",
                    code="assessment.evidence_not_linked",
                    attachment=attachment_id,
                    item=item_id,
                )
            for e in gone:
                s.delete(e)
            s.flush()
            self._uow.audit(
                "assessment.evidence_removed",
                "assessment",
                assessment_id,
                {"item": item_id, "attachment": attachment_id},
                None,
            )
            return rows.read_answer(s, target)

    @staticmethod
    def _checked(s: Session, assessment_id: int, library: Library, item_id: str) -> AssessmentRow:
        row = rows.assessment_row(s, assessment_id)
        rows.check_library(row, library)
        owner_of(row)
        if item_id not in {it.id for it in library.requirements}:
            raise AssessmentError(
                f"library {library.id!r} v{library.version} has no item {item_id!r} "
                "that takes a result",
                code="assessment.unknown_item",
                library=library.id,
                item=item_id,
            )
        return row

    def _link(
        self, s: Session, row: AssessmentRow, library: Library, item_id: str, attachment_id: int
    ) -> Answer:
        target = rows.find_answer(s, row.id, item_id)
        if target is None:
            target = AssessmentAnswerRow(assessment_id=row.id, item_id=item_id)
            rows.write_answer(target, Answer(item_id, item_hash=library.item(item_id).content_hash))
            s.add(target)
            s.flush()
        if s.get(AssessmentEvidenceRow, (target.id, attachment_id)) is None:
            s.add(AssessmentEvidenceRow(answer_id=target.id, attachment_id=attachment_id))
            s.flush()
        found = s.get(AttachmentRow, attachment_id)
        self._uow.audit(
            "assessment.evidence",
            "assessment",
            row.id,
            None,
            {
                "item": item_id,
                "attachment": attachment_id,
                "filename": found.filename if found is not None else "",
                "sha256": found.sha256 if found is not None else "",
            },
        )
        return rows.read_answer(s, target)


def owner_of(row: AssessmentRow) -> OwnerType:
    """The attachment owner of the assessment's subject; refused for a kind with no records."""
    owner = OWNERS.get(row.subject_kind)
    if owner is None:
        raise AssessmentError(
            f"a {row.subject_kind} cannot hold evidence yet",
            code="assessment.subject_kind",
            kind=row.subject_kind,
        )
    return owner
