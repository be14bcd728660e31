"""A generative-AI service's 备案 / 登记 as the register keeps it: the steps (through
``domain.genai_states.step``, refused with its issues), the state history, the material changes
and the user's answers to them, each product's display of the model name and number, the
readiness check and the dashboard's alerts.

``ServiceSteps`` runs each command in one transaction with its audit event (object ``service``):
``service.step``, ``service.change_answer`` and ``service.display``. Nothing is written when a
step is refused or a display is not the service's. Rules are the domain's (genai_states,
genai_tracks, genai_alerts, genai_annex_findings); counting an annex's spreadsheet is the
caller's (a ``counter`` handed to ``service_readiness``: the transfer package is above the store),
and so is reading the GB/T 45654-2025 library that judges whether the service's assessment, which
stands as annex 1, is complete (a ``library`` handed to it; without one it is not judged).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from filing_desk.domain.checklists import Library
from filing_desk.domain.enums import ModelTrack, OwnerType
from filing_desk.domain.errors import InvalidInput
from filing_desk.domain.genai_alerts import Alert, ProductDisplay, service_alerts
from filing_desk.domain.genai_annex_findings import (
    AnnexCounter,
    annex_findings,
    cadences_from_settings,
)
from filing_desk.domain.genai_annex_one import LIBRARY_ID, AnnexAssessment, annex_assessment
from filing_desk.domain.genai_changes import Rerun
from filing_desk.domain.genai_history import ServiceChange, ServiceEvent
from filing_desk.domain.genai_services import GenAIService
from filing_desk.domain.genai_states import ServiceStep, step
from filing_desk.domain.genai_tracks import decide_track, track_issues
from filing_desk.domain.issues import Issue
from filing_desk.store import assessment_rows
from filing_desk.store import genai_history_rows as history
from filing_desk.store import genai_service_io as io
from filing_desk.store.attachments import AttachmentService
from filing_desk.store.genai_service_rows import GenAIServiceRow
from filing_desk.store.rows import invalid
from filing_desk.store.schema import AssessmentRow
from filing_desk.store.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class ServiceSteps:
    """Steps, history, changes, displays, readiness and alerts of services."""

    def __init__(
        self,
        uow: UnitOfWork,
        attachments: AttachmentService,
        setting: Callable[[str, str], str],
    ) -> None:
        self._uow = uow
        self._attachments = attachments  # the service's annexes (owner ``service``)
        self._setting = setting  # the register's settings: the annexes' cadences

    # --- steps -------------------------------------------------------------------------------

    def step_service(
        self,
        service_id: int,
        move: ServiceStep | str,
        *,
        on: date | None = None,
        number: str = "",
        reasons: Sequence[str] = (),
        note: str = "",
    ) -> GenAIService:
        """Take a step (dated ``on``, else today). APPROVE records ``number`` and the date;
        RETURN the CAC's ``reasons``. A refused step raises InvalidInput with the domain's
        issues (``genai_state.*``, or the readiness errors of a hand-over step)."""
        what = _step_of(move)
        day = on or self._uow.today()
        kept = tuple(r.strip() for r in reasons if r.strip())
        with self._uow.transaction() as s:
            row = io.service_row(s, service_id)
            service = io.read(s, row)
            readiness = self._readiness(s, service)
            # no model yet: no track derived; the filing table's first steps are the same
            track = decide_track(service).track or ModelTrack.FILING
            outcome = step(
                track, service.state, what, number=number.strip(), reasons=kept,
                readiness=readiness,
            )  # fmt: skip
            if not outcome.ok:
                raise InvalidInput([i for i in outcome.issues if i.is_error])
            before = {"state": service.state.value, **_granted(row)}
            row.state = outcome.state.value
            if what is ServiceStep.APPROVE:
                row.number, row.approved_date = number.strip(), day
            if what is ServiceStep.RETURN:
                row.returned_json = json.dumps(list(kept), ensure_ascii=False)
            event = history.add_event(s, service, what, outcome.state, day, number, kept, note)
            # the row's state, number and date after the step, as `check` compares them
            after = {**history.event_values(event), "state": outcome.state.value, **_granted(row)}
            self._uow.audit("service.step", io.OBJECT, service_id, before, after)
            return io.read(s, row)

    def service_steps(self, service_id: int) -> list[ServiceEvent]:
        """The service's steps, oldest first."""
        with self._uow.session() as s:
            io.service_row(s, service_id)
            return history.events(s, service_id)

    # --- material changes --------------------------------------------------------------------

    def service_changes(self, service_id: int) -> list[ServiceChange]:
        """The material changes recorded after submission, oldest first."""
        with self._uow.session() as s:
            io.service_row(s, service_id)
            return history.changes(s, service_id)

    def answer_service_change(self, change_id: int, rerun: Rerun | str, note: str = "") -> None:
        """The user's answer whether the change makes the track run again (may be revised)."""
        try:
            answer = Rerun(rerun)
        except ValueError:
            issue = Issue("service.rerun", "service_change.rerun", params={"value": str(rerun)})
            raise InvalidInput([issue]) from None
        with self._uow.transaction() as s:
            row = history.change_row(s, change_id)
            before = {"rerun": row.rerun, "note": row.note}
            row.rerun, row.note = answer.value, note.strip()
            after = {"change_id": change_id, "rerun": answer.value, "note": row.note}
            self._uow.audit("service.change_answer", io.OBJECT, row.service_id, before, after)

    # --- displays ----------------------------------------------------------------------------

    def service_displays(self, service_id: int) -> list[ProductDisplay]:
        """One per product of the service, in product id order."""
        with self._uow.session() as s:
            io.service_row(s, service_id)
            return history.displays(s, [service_id])[service_id]

    def set_service_display(self, service_id: int, display: ProductDisplay) -> None:
        """Record how one of the service's products shows the model name and number."""
        with self._uow.transaction() as s:
            io.service_row(s, service_id)
            target = history.display_row(s, service_id, display.product_id)
            if display.screenshot_id is not None:
                history.check_screenshot(s, display.screenshot_id)
            before = history.display_values(target)
            target.shows_number, target.shown_since = display.shows_number, display.shown_since
            target.where_shown, target.screenshot_id = display.where.strip(), display.screenshot_id
            after = history.display_values(target)
            if after != before:
                self._uow.audit("service.display", io.OBJECT, service_id, before, after)

    # --- readiness and alerts ----------------------------------------------------------------

    def service_readiness(
        self,
        service_id: int,
        *,
        counter: AnnexCounter | None = None,
        library: Library | None = None,
    ) -> list[Issue]:
        """What stands between the service and 'materials ready' (errors) or should be seen
        (warnings): the track's issues, then the annexes' (missing, stale and, given a
        ``counter`` such as ``transfer.annex_count.count_annex``, short of the thresholds —
        the store cannot count spreadsheets itself). A GB/T 45654-2025 assessment of the
        service stands as annex 1; given the shipped ``library`` its completeness is judged."""
        with self._uow.session() as s:
            service = io.read(s, io.service_row(s, service_id))
            found = annex_one(s, service_id, library)
            return self._readiness(s, service, counter, found)

    def _readiness(
        self,
        s: Session,
        service: GenAIService,
        counter: AnnexCounter | None = None,
        assessment: AnnexAssessment | None = None,
    ) -> list[Issue]:
        del s  # the attachments and settings join the session open in this thread
        found = self._attachments.attachments(OwnerType.SERVICE, int(service.id or 0))
        annexes = annex_findings(
            found,
            lambda info: self._attachments.attachment_content(info.id)[1],
            self._uow.today(),
            cadences_from_settings(self._setting),
            track=decide_track(service).track,
            counter=counter,
            assessment=assessment,
        )
        return [*track_issues(service), *annexes]

    def service_alerts(self, today: date | None = None) -> dict[int, list[Alert]]:
        """Service id → its alerts (live without a number, display duty), as of ``today``
        (else the register's today); services without alerts are left out."""
        day = today or self._uow.today()
        with self._uow.session() as s:
            found = io.read_rows(s, list(s.scalars(select(GenAIServiceRow))))
            shown = history.displays(s, [x.id for x in found if x.id is not None])
        out: dict[int, list[Alert]] = {}
        for service in found:
            alerts = service_alerts(service, shown.get(int(service.id or 0), []), day)
            if alerts:
                out[int(service.id or 0)] = alerts
        return out


def annex_one(s: Session, service_id: int, library: Library | None) -> AnnexAssessment | None:
    """The service's GB/T 45654-2025 assessment as annex 1 (judged when ``library`` is the
    shipped GB/T 45654 library), or None when it has none."""
    row = s.scalars(
        select(AssessmentRow).where(
            AssessmentRow.library_id == LIBRARY_ID,
            AssessmentRow.subject_kind == "service",
            AssessmentRow.subject_id == service_id,
        )
    ).first()
    if row is None:
        return None
    found = assessment_rows.assessment_of(s, row)
    if library is None or library.id != LIBRARY_ID:
        return annex_assessment(found)
    return annex_assessment(found, library, assessment_rows.subject_of(s, "service", service_id))


def _step_of(move: ServiceStep | str) -> ServiceStep:
    try:
        return ServiceStep(move)
    except ValueError:
        raise invalid("service.step_unknown", "service.state", f"No step {move!r}") from None


def _granted(row: GenAIServiceRow) -> dict[str, Any]:
    """The number and approval date a service row holds, as its audit events record them."""
    day = row.approved_date
    return {"number": row.number, "approved_date": day.isoformat() if day else None}
