"""Which materials (attachments) a filing needs. Pure rule, no Qt, no I/O.

Domain.md Part A item 11 and Part B §4.2–4.3: the business licence, ID copies, the commitment
letter, the statement on algorithm-security responsibility, the self-assessment report and the
public-disclosure text; plus labelling materials for generation/synthesis services from the day
the Labeling Measures took effect (art. 12, in force 2025-09-01).
"""

from __future__ import annotations

from datetime import date

from filing_desk.domain.enums import AlgorithmType, AttachmentKind
from filing_desk.domain.records import Algorithm

LABELLING_FROM = date(2025, 9, 1)  # Labeling Measures, in force

BASE_MATERIALS = (
    AttachmentKind.BUSINESS_LICENCE,
    AttachmentKind.ID_COPY,
    AttachmentKind.COMMITMENT_LETTER,
    AttachmentKind.RESPONSIBILITY_STATEMENT,
    AttachmentKind.SELF_ASSESSMENT,
    AttachmentKind.PUBLIC_DISCLOSURE,
)


def needed_attachments(algorithm: Algorithm) -> tuple[AttachmentKind, ...]:
    """The materials a filing of ``algorithm`` needs, in the portal's order."""
    labelling = algorithm.algo_type is AlgorithmType.GENERATION and (
        algorithm.launch_date is None or algorithm.launch_date >= LABELLING_FROM
    )
    return (*BASE_MATERIALS, AttachmentKind.LABELLING) if labelling else BASE_MATERIALS
