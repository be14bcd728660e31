"""Unsaved input kept through auto-lock: the ``ui_draft`` table and ``DraftService``.

When the register locks while a wizard or an editing dialog is open, what the user typed is kept
here, inside the encrypted register (never in a temporary file or the settings), and offered back
after unlock. A draft names the editor that held it (``kind``, e.g. ``wizard.modification``), the
record it was about (``subject_kind``/``subject_id``; none for a new record's dialog) and the
editor's contents as a JSON object of strings. Saving, continuing and discarding are each one
transaction with their audit events (``draft.saved``, ``draft.restored``, ``draft.discarded``),
which record the editor and the record, never the text typed: the draft is gone once taken.

It must not know any dialog: what ``payload`` means is the UI's (``ui.drafts``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Integer, String, Text, select
from sqlalchemy.orm import Mapped, mapped_column

from filing_desk.store.schema import Base
from filing_desk.store.unit_of_work import UnitOfWork

OBJECT = "draft"  # the audit events' object type
SUBJECT_KEYS = {  # the record a draft was about, as the audit event names it
    "algorithm": "algorithm_id",
    "entity": "entity_id",
    "product": "product_id",
    "procedure": "procedure_id",
    "service": "service_id",
}


class UiDraftRow(Base):
    """One editor's unsaved contents, kept when the register locked."""

    __tablename__ = "ui_draft"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    subject_kind: Mapped[str] = mapped_column(
        String(16), nullable=False, default="", server_default=""
    )
    subject_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    payload_json: Mapped[str] = mapped_column(Text, nullable=False)
    saved_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


@dataclass(frozen=True)
class Draft:
    """What an editor held: its kind, the record it was about and its contents."""

    kind: str
    payload: dict[str, str] = field(default_factory=dict)
    subject_kind: str = ""
    subject_id: int | None = None
    id: int | None = None
    saved_at: datetime | None = None

    def event_values(self) -> dict[str, object]:
        """What the audit event keeps: the editor and the record, never the text."""
        values: dict[str, object] = {"editor": self.kind}
        key = SUBJECT_KEYS.get(self.subject_kind)
        if key is not None and self.subject_id is not None:
            values[key] = self.subject_id
        elif self.subject_kind:
            values["subject_kind"], values["subject_id"] = self.subject_kind, self.subject_id
        return values


def _checked(draft: Draft) -> Draft:
    """Refuse a draft that could not be offered back: a programming error (the UI makes the
    drafts from its editors, never from what the user types), so a ValueError, not a code."""
    if not draft.kind or len(draft.kind) > 40 or len(draft.subject_kind) > 16:
        raise ValueError(f"A draft needs a short editor kind, not {draft.kind!r}.")
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in draft.payload.items()):
        raise ValueError("A draft's contents are text: names and values must be strings.")
    return draft


def _draft(row: UiDraftRow) -> Draft:
    payload: Any = json.loads(row.payload_json)
    return Draft(
        kind=row.kind,
        payload={str(k): str(v) for k, v in dict(payload).items()},
        subject_kind=row.subject_kind,
        subject_id=row.subject_id,
        id=row.id,
        saved_at=row.saved_at,
    )


class DraftService:
    """Keep, list and take back the drafts saved at lock time."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def save_drafts(self, drafts: Iterable[Draft]) -> list[Draft]:
        """Keep every draft, each with its ``draft.saved`` event, in one transaction; all are
        checked before anything is written."""
        checked = [_checked(d) for d in drafts]
        if not checked:
            return []
        saved: list[Draft] = []
        now = datetime.now(UTC).replace(tzinfo=None)
        with self._uow.transaction() as s:
            for draft in checked:
                row = UiDraftRow(
                    kind=draft.kind,
                    subject_kind=draft.subject_kind,
                    subject_id=draft.subject_id,
                    payload_json=json.dumps(draft.payload, ensure_ascii=False, sort_keys=True),
                    saved_at=now,
                )
                s.add(row)
                s.flush()
                self._uow.audit("draft.saved", OBJECT, row.id, None, draft.event_values())
                saved.append(_draft(row))
        return saved

    def drafts(self) -> list[Draft]:
        """The drafts kept, oldest first."""
        with self._uow.session() as s:
            rows = s.scalars(select(UiDraftRow).order_by(UiDraftRow.id)).all()
            return [_draft(r) for r in rows]

    def take_draft(self, draft_id: int, *, restored: bool) -> Draft | None:
        """Remove the draft — the user continues with it (``restored``) or discards it — with
        its event; None when it is already gone (nothing written)."""
        with self._uow.transaction() as s:
            row = s.get(UiDraftRow, draft_id)
            if row is None:
                return None
            draft = _draft(row)
            s.delete(row)
            action = "draft.restored" if restored else "draft.discarded"
            self._uow.audit(action, OBJECT, draft_id, draft.event_values(), None)
            return draft
