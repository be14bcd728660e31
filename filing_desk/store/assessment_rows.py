"""Reading assessments on a session the caller holds: rows → ``domain.assessments`` records, the
evidence linked to each answer (followed to the attachment's current version), and the
``Subject`` a library is applied to, described from the register's rows.

Plain functions: no transactions, no audit events, no rules (``store.assessments`` writes and
``domain.assessments`` decides). An algorithm is described by its own attributes plus the track
(备案 / 登记) of the models it uses; a product by the union of its live algorithms'; an entity by
the union of all its algorithms'; a generative-AI service by its decided track
(``genai_tracks.decide_track``), its own modalities and its linked algorithms' attributes — always
生成合成类 and, with no algorithm linked, a service provider's role.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from filing_desk.domain.assessments import Answer, Assessment, AssessmentError, Result
from filing_desk.domain.checklists import Library, Subject
from filing_desk.domain.enums import AlgorithmType, ModelTrack, Role
from filing_desk.domain.genai_services import GenAIService
from filing_desk.domain.genai_tracks import decide_track
from filing_desk.domain.records import Algorithm
from filing_desk.store import convert, genai_service_io, product_rows
from filing_desk.store.genai_service_rows import GenAIServiceRow
from filing_desk.store.rows import not_found
from filing_desk.store.schema import (
    AlgorithmModelRow,
    AlgorithmRow,
    AssessmentAnswerRow,
    AssessmentEvidenceRow,
    AssessmentRow,
    AttachmentRow,
    EntityRow,
    ModelRow,
    ProductRow,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def assessment_row(s: Session, assessment_id: int) -> AssessmentRow:
    row = s.get(AssessmentRow, assessment_id)
    if row is None:
        raise not_found("assessment", assessment_id)
    return row


def answer_rows(s: Session, assessment_id: int) -> dict[str, AssessmentAnswerRow]:
    stmt = select(AssessmentAnswerRow).where(AssessmentAnswerRow.assessment_id == assessment_id)
    return {r.item_id: r for r in s.scalars(stmt)}


def find_answer(s: Session, assessment_id: int, item_id: str) -> AssessmentAnswerRow | None:
    stmt = select(AssessmentAnswerRow).where(
        AssessmentAnswerRow.assessment_id == assessment_id, AssessmentAnswerRow.item_id == item_id
    )
    return s.scalars(stmt).first()


def current_version(s: Session, attachment_id: int) -> AttachmentRow | None:
    """The attachment's newest version (a replaced file is followed to its replacement)."""
    row = s.get(AttachmentRow, attachment_id)
    seen: set[int] = set()
    while row is not None and row.superseded_by is not None and row.id not in seen:
        seen.add(row.id)
        row = s.get(AttachmentRow, row.superseded_by)
    return row


def evidence_ids(s: Session, answer_ids: list[int]) -> dict[int, tuple[int, ...]]:
    """Answer row id → the ids of its evidence (current versions, oldest link first)."""
    if not answer_ids:
        return {}
    stmt = (
        select(AssessmentEvidenceRow.answer_id, AssessmentEvidenceRow.attachment_id)
        .where(AssessmentEvidenceRow.answer_id.in_(answer_ids))
        .order_by(AssessmentEvidenceRow.attachment_id)
    )
    out: dict[int, list[int]] = {}
    for answer_id, attachment_id in s.execute(stmt):
        current = current_version(s, attachment_id)
        ids = out.setdefault(answer_id, [])
        if current is not None and current.id not in ids:
            ids.append(current.id)
    return {k: tuple(v) for k, v in out.items()}


def answer_of(row: AssessmentAnswerRow, evidence: tuple[int, ...] = ()) -> Answer:
    return Answer(
        item_id=row.item_id,
        result=Result(row.result),
        note=row.note,
        figure=row.figure,
        owner=row.owner,
        effective=row.effective,
        next_review=row.next_review,
        evidence=evidence,
        item_hash=row.item_hash,
        to_review=row.to_review,
    )


def assessment_of(s: Session, row: AssessmentRow) -> Assessment:
    rows = answer_rows(s, row.id)
    evidence = evidence_ids(s, [r.id for r in rows.values()])
    answers = {i: answer_of(r, evidence.get(r.id, ())) for i, r in sorted(rows.items())}
    return Assessment(
        id=row.id,
        library_id=row.library_id,
        library_version=row.library_version,
        subject_kind=row.subject_kind,
        subject_id=row.subject_id,
        created=row.created_at,
        answers=answers,
    )


def answer_values(ans: Answer) -> dict[str, object]:
    """An answer's stored values, for writing and for the audit trail."""
    return {
        "item": ans.item_id,
        "result": ans.result.value,
        "note": ans.note,
        "figure": ans.figure,
        "owner": ans.owner,
        "effective": ans.effective,
        "next_review": ans.next_review,
        "to_review": ans.to_review,
    }


# --- subjects ------------------------------------------------------------------------------


def _tracks(s: Session, algorithm_ids: list[int]) -> dict[int, str]:
    """Algorithm id → the track of the models it uses (备案 before 登记; none left out)."""
    stmt = (
        select(AlgorithmModelRow.algorithm_id, ModelRow.__table__.c.track)
        .join(ModelRow, AlgorithmModelRow.model_id == ModelRow.id)
        .where(AlgorithmModelRow.algorithm_id.in_(algorithm_ids))
    )
    out: dict[int, str] = {}
    for algorithm_id, track in s.execute(stmt):
        if track == ModelTrack.FILING.value or (
            track == ModelTrack.REGISTRATION.value and algorithm_id not in out
        ):
            out[algorithm_id] = track
    return out


def _union(kind: str, parts: list[Subject]) -> Subject:
    return Subject(
        kind=kind,
        algo_types=frozenset().union(*(p.algo_types for p in parts)),
        roles=frozenset().union(*(p.roles for p in parts)),
        modalities=frozenset().union(*(p.modalities for p in parts)),
        track=next((p.track for p in parts if p.track == "filing"), None)
        or next((p.track for p in parts if p.track), None),
        public_opinion=any(p.public_opinion for p in parts),
        platforms=frozenset().union(*(p.platforms for p in parts)),
    )


def _algorithms(s: Session, ids: list[int]) -> list[Subject]:
    if not ids:
        return []
    tracks = _tracks(s, ids)
    found = s.scalars(select(AlgorithmRow).where(AlgorithmRow.id.in_(ids)))
    return [
        replace(Subject.of_algorithm(convert.to_record(row, Algorithm)), track=tracks.get(row.id))
        for row in found
    ]


def _service(s: Session, service: GenAIService) -> Subject:
    """A service as applicability sees it: 生成合成类 by what it is, plus its algorithms'."""
    linked = _union("service", _algorithms(s, list(service.algorithm_ids)))
    track = decide_track(service).track
    own = (*service.input_modalities, *service.output_modalities)
    return replace(
        linked,
        algo_types=linked.algo_types | {AlgorithmType.GENERATION.value},
        roles=linked.roles or frozenset({Role.PROVIDER.value}),
        modalities=linked.modalities | {m.value for m in own},
        track=track.value if track in (ModelTrack.FILING, ModelTrack.REGISTRATION) else None,
    )


def subject_of(s: Session, kind: str, subject_id: int) -> Subject:
    """The subject as the applicability rules see it; refused when it is not in the register."""
    if kind == "algorithm":
        found = _algorithms(s, [subject_id])
        if not found:
            raise not_found("algorithm", subject_id)
        return found[0]
    if kind == "product":
        product_rows.product_row(s, subject_id)
        return _union(kind, _algorithms(s, product_rows.live_algorithms(s, subject_id)))
    if kind == "entity":
        if s.get(EntityRow, subject_id) is None:
            raise not_found("entity", subject_id)
        ids = s.scalars(select(AlgorithmRow.id).where(AlgorithmRow.entity_id == subject_id))
        return _union(kind, _algorithms(s, sorted(ids)))
    if kind == "service":
        return _service(s, genai_service_io.read(s, genai_service_io.service_row(s, subject_id)))
    raise AssessmentError(
        f"unknown subject kind {kind!r}",
        code="assessment.subject_kind",
        kind=kind,
    )


def subject_name(s: Session, kind: str, subject_id: int) -> str:
    """The subject's name for lists and the dashboard ("" when it is gone)."""
    row: EntityRow | AlgorithmRow | ProductRow | GenAIServiceRow | None = None
    if kind == "entity":
        row = s.get(EntityRow, subject_id)
    elif kind == "algorithm":
        row = s.get(AlgorithmRow, subject_id)
    elif kind == "product":
        row = s.get(ProductRow, subject_id)
    elif kind == "service":
        row = s.get(GenAIServiceRow, subject_id)
    return row.name if row is not None else ""


# --- answers ------------------------------------------------------------------------------


def now() -> datetime:
    return datetime.now(UTC)


def check_library(row: AssessmentRow, library: Library) -> None:
    """Refuse a library other than the version the assessment is against."""
    if library.id != row.library_id or library.version != row.library_version:
        raise AssessmentError(
            f"assessment {row.id} is against {row.library_id!r} v{row.library_version}, "
            f"not {library.id!r} v{library.version}: upgrade it first",
            code="assessment.library_version",
            library=row.library_id,
            version=row.library_version,
        )


def answer_row(s: Session, assessment_id: int, item_id: str) -> AssessmentAnswerRow:
    """The item's stored answer; refused when it has none."""
    assessment_row(s, assessment_id)
    target = find_answer(s, assessment_id, item_id)
    if target is None:
        raise AssessmentError(
            f"item {item_id!r} has no answer in assessment {assessment_id}",
            code="assessment.no_answer",
            item=item_id,
        )
    return target


def read_answer(s: Session, target: AssessmentAnswerRow) -> Answer:
    return answer_of(target, evidence_ids(s, [target.id]).get(target.id, ()))


def write_answer(target: AssessmentAnswerRow, ans: Answer) -> None:
    """Set the row's columns from the answer (its evidence links are kept apart)."""
    target.result = ans.result.value
    target.note = ans.note
    target.figure = ans.figure
    target.owner = ans.owner
    target.effective = ans.effective
    target.next_review = ans.next_review
    target.item_hash = ans.item_hash
    target.to_review = ans.to_review
    target.updated_at = now()
