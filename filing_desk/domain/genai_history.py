"""What the register keeps of a generative-AI service's past: each step of its 备案 / 登记
(``ServiceEvent``) and each material change with the user's answer whether the track must be
run again (``ServiceChange``).

Pure records: no Qt, no database. The store writes and reads them (store.genai_services); the
states and steps are ``genai_states``', the findings of a change ``genai_changes``'.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from filing_desk.domain.enums import ModelTrack, ServiceState
from filing_desk.domain.genai_changes import MaterialKind, Rerun
from filing_desk.domain.genai_states import ServiceStep


@dataclass(frozen=True)
class ServiceEvent:
    """One step taken: from which state to which, on which day, and what the CAC gave."""

    id: int
    service_id: int
    step: ServiceStep
    from_state: ServiceState
    to_state: ServiceState
    on: date
    number: str = ""  # the number an approval granted
    reasons: tuple[str, ...] = ()  # the CAC's reasons of a return
    note: str = ""


@dataclass(frozen=True)
class ServiceChange:
    """A material change after submission, and whether the track is to be run again.

    ``suggested`` is the domain's finding (``MaterialChange.rerun``); ``rerun`` is the user's
    answer (None until given)."""

    id: int
    service_id: int
    on: date
    kinds: tuple[MaterialKind, ...]
    details: tuple[str, ...]
    track_before: ModelTrack | None
    track_after: ModelTrack | None
    suggested: Rerun
    rerun: Rerun | None = None
    note: str = ""

    @property
    def findings(self) -> str:
        """The findings as text, one a line (the model or modality concerned); ``kinds`` says
        what sort of change they are."""
        return "\n".join(self.details)

    @property
    def answered(self) -> bool:
        return self.rerun is not None
