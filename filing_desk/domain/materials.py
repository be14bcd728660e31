"""Which materials (attachments) a filing needs. Pure rule, no Qt, no I/O.

Domain.md Part A item 11 and Part B §4.2–4.3: the business licence, ID copies, the commitment
letter, the statement on algorithm-security responsibility, the self-assessment report and the
public-disclosure text; plus labelling materials for generation/synthesis algorithms in every
filing or modification **submitted** on or after the day the Labelling Measures took effect
(art. 12 attaches to the act of filing, not to go-live; in force 2025-09-01).
"""

from __future__ import annotations

from datetime import date

from filing_desk.domain.deadlines import Rule
from filing_desk.domain.enums import AlgorithmType, AttachmentKind
from filing_desk.domain.records import Algorithm

LABELLING_FROM = Rule.LABELLING_MEASURES.in_force

BASE_MATERIALS = (
    AttachmentKind.BUSINESS_LICENCE,
    AttachmentKind.ID_COPY,
    AttachmentKind.COMMITMENT_LETTER,
    AttachmentKind.RESPONSIBILITY_STATEMENT,
    AttachmentKind.SELF_ASSESSMENT,
    AttachmentKind.PUBLIC_DISCLOSURE,
)


def labelling_required(algorithm: Algorithm, submitted: date | None = None) -> bool:
    """A 生成合成类 algorithm's procedure submitted on or after 2025-09-01 carries labelling
    materials; ``submitted`` None is a procedure not submitted yet (so from today on)."""
    return algorithm.algo_type is AlgorithmType.GENERATION and (
        submitted is None or submitted >= LABELLING_FROM
    )


def needed_attachments(
    algorithm: Algorithm, submitted: date | None = None
) -> tuple[AttachmentKind, ...]:
    """The materials a filing of ``algorithm`` submitted on ``submitted`` (None: not yet)
    needs, in the portal's order."""
    if labelling_required(algorithm, submitted):
        return (*BASE_MATERIALS, AttachmentKind.LABELLING)
    return BASE_MATERIALS
