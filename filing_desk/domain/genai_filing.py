"""What the online-filing form (生成式人工智能（大语言模型）上线备案表) prints beside the service
record itself: the track and its explanation, whether the service is built on a filed model, the
linked 生成合成类 algorithms and products, and one row per annex slot (附件1–5, the test account).
附件1 is the service's GB/T 45654-2025 assessment report where one was started
(``genai_annex_one``); a report attached as a file as well is listed after it as a second 附件1.

Owns ``ServiceFiling`` and ``AnnexRow`` (views, like ``records.RegisterRow``) and the pure
functions that build them from records the store has read. Must not read the register, render
or format anything: ``workflows.genai_printing`` gathers the inputs and ``forms`` prints them.
The user's override reason is internal (audit log only) and never enters this view.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from filing_desk.domain.enums import AttachmentKind, ModelTrack, OwnerType
from filing_desk.domain.fields.algorithm import Algorithm
from filing_desk.domain.fields.product import Product
from filing_desk.domain.genai_annex_one import AnnexAssessment, report_title
from filing_desk.domain.genai_services import GenAIService
from filing_desk.domain.genai_tracks import decide_track, derive_track
from filing_desk.domain.local_time import local_date


class AttachedFile(Protocol):
    """What an annex row reads of an attachment (``records.AttachmentInfo`` has it; records
    imports this module, so the shape is named here instead)."""

    @property
    def owner_type(self) -> OwnerType: ...
    @property
    def owner_id(self) -> int: ...
    @property
    def kind(self) -> AttachmentKind: ...
    @property
    def filename(self) -> str: ...
    @property
    def version(self) -> int: ...
    @property
    def superseded(self) -> bool: ...
    @property
    def added_at(self) -> datetime: ...


ANNEX_SLOTS: tuple[tuple[int | None, AttachmentKind], ...] = (
    (1, AttachmentKind.GENAI_ASSESSMENT),
    (2, AttachmentKind.SERVICE_AGREEMENT),
    (3, AttachmentKind.ANNOTATION_RULES),
    (4, AttachmentKind.KEYWORD_LIST),
    (5, AttachmentKind.TEST_QUESTIONS),
    (None, AttachmentKind.TEST_ACCOUNT),
)
"""The annexes of the online-filing form in print order: 附件 number (None: the test account)."""

_OVERRIDDEN = {
    "zh": "办理方式由申报单位确定。",
    "en": "The provider chose this track.",
}


@dataclass(frozen=True)
class AnnexRow:
    """One annex slot: the latest attached version's file name, version and date, or none."""

    number: int | None
    kind: AttachmentKind
    filename: str = ""
    version: int | None = None
    attached_on: date | None = None


@dataclass(frozen=True)
class ServiceFiling:
    """The derived and linked facts the online-filing form prints for one service."""

    track: ModelTrack | None
    explanation: str  # in the print language; never the override reason
    on_filed_model: bool
    algorithms: tuple[Algorithm, ...] = ()
    products: tuple[Product, ...] = ()
    annexes: tuple[AnnexRow, ...] = ()


def annex_rows(
    attachments: Iterable[AttachedFile],
    service_id: int | None,
    assessment: AnnexAssessment | None = None,
    lang: str = "zh",
) -> tuple[AnnexRow, ...]:
    """One row per annex slot from the service's attachments: the newest current version;
    with an ``assessment``, 附件1 is its report (dated by its newest answer), then any file."""
    latest: dict[AttachmentKind, AttachedFile] = {}
    for info in attachments:
        if info.owner_type is not OwnerType.SERVICE or info.owner_id != service_id:
            continue
        if info.superseded:
            continue
        known = latest.get(info.kind)
        if known is None or (info.version, info.added_at) > (known.version, known.added_at):
            latest[info.kind] = info
    rows = []
    for number, kind in ANNEX_SLOTS:
        found = latest.get(kind)
        if assessment is not None and kind is AttachmentKind.GENAI_ASSESSMENT:
            title = report_title(assessment, lang)
            rows.append(AnnexRow(number, kind, title, None, assessment.as_of))
            if found is None:
                continue
        if found is None:
            rows.append(AnnexRow(number, kind))
        else:
            rows.append(
                AnnexRow(number, kind, found.filename, found.version, local_date(found.added_at))
            )
    return tuple(rows)


def explanation(service: GenAIService, lang: str = "zh") -> str:
    """Why the service takes its track, for the regulator: the derivation from its models, or
    a plain statement where the user overrode it (the reason stays internal)."""
    decision = decide_track(service)
    if decision.overridden:
        return _OVERRIDDEN["zh" if lang.startswith("zh") else "en"]
    return derive_track(service.models).explain(lang)


def on_filed_model(service: GenAIService) -> bool:
    """Built on a filed model: it calls a third-party model that carries a 备案号."""
    return any(m.is_third_party and m.filing_number.strip() for m in service.models)


def service_filing(
    service: GenAIService,
    algorithms: Sequence[Algorithm] = (),
    products: Sequence[Product] = (),
    attachments: Iterable[AttachedFile] = (),
    lang: str = "zh",
    assessment: AnnexAssessment | None = None,
) -> ServiceFiling:
    """The form's view of a service, from the records linked to it (``assessment``: its
    GB/T 45654-2025 assessment, annex 1)."""
    return ServiceFiling(
        track=decide_track(service).track,
        explanation=explanation(service, lang),
        on_filed_model=on_filed_model(service),
        algorithms=tuple(algorithms),
        products=tuple(products),
        annexes=annex_rows(attachments, service.id, assessment, lang),
    )
