"""Checklist assessments in the register: start one, answer its items, confirm a review, move it
to a new library version; and read them back with their subject and progress.

``AssessmentService`` writes each command in one transaction (joining one already open) with
its audit event (object ``assessment``): ``assessment.start``, ``assessment.answer`` (before and
after: item, result, note, figure, owner, dates), ``assessment.review`` and
``assessment.upgrade`` (what was kept, flagged and added; the dropped answers' last values and
evidence ids stay in that event, which is their history). The rules are
``domain.assessments``'; the caller passes the ``Library`` (this layer reads no library files:
``forms.checklist_loader.get`` does). Evidence files are ``store.assessment_evidence``'s.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from filing_desk.domain import assessments as rules
from filing_desk.domain.assessments import Answer, Assessment, AssessmentError, Progress, Result
from filing_desk.domain.checklists import Library, Subject
from filing_desk.store import assessment_rows as rows
from filing_desk.store.schema import AssessmentAnswerRow, AssessmentRow
from filing_desk.store.unit_of_work import UnitOfWork


class AssessmentService:
    """Assessment commands and reads."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    # --- reads -------------------------------------------------------------------------------

    def assessments(
        self, subject_kind: str | None = None, subject_id: int | None = None
    ) -> list[Assessment]:
        """Every assessment (of one subject, when given), in library id order."""
        with self._uow.session() as s:
            stmt = select(AssessmentRow).order_by(AssessmentRow.library_id, AssessmentRow.id)
            if subject_kind is not None:
                stmt = stmt.where(AssessmentRow.subject_kind == subject_kind)
            if subject_id is not None:
                stmt = stmt.where(AssessmentRow.subject_id == subject_id)
            return [rows.assessment_of(s, r) for r in s.scalars(stmt)]

    def assessment(self, assessment_id: int) -> Assessment:
        with self._uow.session() as s:
            return rows.assessment_of(s, rows.assessment_row(s, assessment_id))

    def assessment_for(
        self, library_id: str, subject_kind: str, subject_id: int
    ) -> Assessment | None:
        """The subject's assessment against the library, or None when none was started."""
        with self._uow.session() as s:
            row = s.scalars(
                select(AssessmentRow).where(
                    AssessmentRow.library_id == library_id,
                    AssessmentRow.subject_kind == subject_kind,
                    AssessmentRow.subject_id == subject_id,
                )
            ).first()
            return rows.assessment_of(s, row) if row is not None else None

    def assessment_subject(self, subject_kind: str, subject_id: int) -> Subject:
        """The subject as applicability sees it (its type, roles, modalities, track…)."""
        with self._uow.session() as s:
            return rows.subject_of(s, subject_kind, subject_id)

    def assessment_progress(self, assessment_id: int, library: Library) -> Progress:
        with self._uow.session() as s:
            row = rows.assessment_row(s, assessment_id)
            rows.check_library(row, library)
            subject = rows.subject_of(s, row.subject_kind, row.subject_id)
            return rules.progress(rows.assessment_of(s, row), library, subject)

    # --- writes ------------------------------------------------------------------------------

    def start_assessment(self, library: Library, subject_kind: str, subject_id: int) -> Assessment:
        """Apply the library's version to the subject; one assessment per library and subject."""
        rules.new_assessment(library, subject_kind, subject_id)  # the kind is known and covered
        with self._uow.transaction() as s:
            rows.subject_of(s, subject_kind, subject_id)  # it exists
            if self.assessment_for(library.id, subject_kind, subject_id) is not None:
                raise AssessmentError(
                    f"this {subject_kind} already has an assessment against {library.id!r}",
                    code="assessment.exists",
                    library=library.id,
                    kind=subject_kind,
                )
            row = AssessmentRow(
                library_id=library.id,
                library_version=library.version,
                subject_kind=subject_kind,
                subject_id=subject_id,
                created_at=rows.now(),
            )
            s.add(row)
            s.flush()
            self._uow.audit(
                "assessment.start",
                "assessment",
                row.id,
                None,
                {"library": library.id, "version": library.version, "subject": subject_kind}
                | {"subject_id": subject_id},
            )
            return rows.assessment_of(s, row)

    def answer_item(
        self,
        assessment_id: int,
        library: Library,
        item_id: str,
        result: Result | str,
        *,
        note: str = "",
        figure: float | None = None,
        owner: str = "",
        effective: date | None = None,
    ) -> Answer:
        """Set an item's answer (all of it: result, note, figure, owner, effective date); its
        evidence stays. Checked by ``domain.assessments.answer`` before anything is written."""
        with self._uow.transaction() as s:
            row = rows.assessment_row(s, assessment_id)
            rows.check_library(row, library)
            subject = rows.subject_of(s, row.subject_kind, row.subject_id)
            ans = rules.answer(
                library,
                item_id,
                result,
                today=self._uow.today(),
                note=note,
                figure=figure,
                owner=owner,
                effective=effective,
                subject=subject,
            )
            old = rows.find_answer(s, assessment_id, item_id)
            before = rows.answer_values(rows.answer_of(old)) if old is not None else None
            target = old or AssessmentAnswerRow(assessment_id=assessment_id, item_id=item_id)
            rows.write_answer(target, ans)
            if old is None:
                s.add(target)
            s.flush()
            self._uow.audit(
                "assessment.answer", "assessment", assessment_id, before, rows.answer_values(ans)
            )
            return rows.read_answer(s, target)

    def confirm_review(self, assessment_id: int, library: Library, item_id: str) -> Answer:
        """An answer flagged by a library upgrade is still right for the item's new wording."""
        with self._uow.transaction() as s:
            row = rows.assessment_row(s, assessment_id)
            rows.check_library(row, library)
            target = rows.answer_row(s, assessment_id, item_id)
            reviewed = rules.review(library, rows.answer_of(target))
            target.to_review, target.item_hash = False, reviewed.item_hash
            target.updated_at = rows.now()
            self._uow.audit(
                "assessment.review", "assessment", assessment_id, {"item": item_id}, None
            )
            return rows.read_answer(s, target)

    def upgrade_assessment(self, assessment_id: int, old: Library, new: Library) -> rules.Upgrade:
        """Move the assessment to ``new`` (``domain.assessments.upgrade``): unchanged answers
        kept, changed and new items flagged to review, answers of removed items deleted (their
        values stay in the audit event)."""
        with self._uow.transaction() as s:
            row = rows.assessment_row(s, assessment_id)
            rows.check_library(row, old)
            subject = rows.subject_of(s, row.subject_kind, row.subject_id)
            moved = rules.upgrade(rows.assessment_of(s, row), old, new, subject)
            existing = rows.answer_rows(s, assessment_id)
            for item_id in (*moved.changed, *moved.added):
                target = existing.get(item_id)
                if target is None:
                    target = AssessmentAnswerRow(assessment_id=assessment_id, item_id=item_id)
                    s.add(target)
                rows.write_answer(target, moved.assessment.answers[item_id])
            for gone in moved.dropped:
                s.delete(existing[gone.item_id])
            row.library_version = new.version
            s.flush()
            self._uow.audit(
                "assessment.upgrade",
                "assessment",
                assessment_id,
                {
                    "version": old.version,
                    "dropped": [
                        {**rows.answer_values(a), "evidence": list(a.evidence)}
                        for a in moved.dropped
                    ],
                },
                {
                    "version": new.version,
                    "kept": list(moved.kept),
                    "changed": list(moved.changed),
                    "added": list(moved.added),
                },
            )
            return moved
