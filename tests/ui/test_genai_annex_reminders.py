"""The dashboard's "annexes to renew" section on a real register: a keyword list and a test bank
past their cadences show as entries naming the service, the version's date, its age and the
cadence, the section says it is practice, not a legal duty, and clicking an entry opens the
service; a fresh annex shows nothing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from filing_desk.domain.enums import AttachmentKind, OwnerType
from filing_desk.store import attachments
from tests.helpers.genai_services import called_service, own_service, world
from tests.helpers.registers import TODAY  # the register's today: 2026-11-23

OLD = datetime(2026, 10, 1, 8, 0, tzinfo=UTC)  # 53 days before TODAY
FRESH = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)  # 3 days before TODAY


@pytest.fixture
def attach_at(monkeypatch: pytest.MonkeyPatch):
    """``attach_at(register, service id, kind, when)``: an annex whose ``added_at`` is ``when``."""
    wall = {"now": OLD}

    class Wall(datetime):
        @classmethod
        def now(cls, tz=None):  # type: ignore[no-untyped-def, override]
            return wall["now"]

    monkeypatch.setattr(attachments, "datetime", Wall)

    def attach(register, service_id: int, kind: AttachmentKind, when: datetime) -> None:
        wall["now"] = when
        register.add_attachment(OwnerType.SERVICE, service_id, kind, "附件.xlsx", b"PK")

    return attach


@pytest.fixture
def ids(register, attach_at) -> dict[str, int]:
    w = world(register)
    stale = register.create_service(called_service(w))
    fresh = register.create_service(own_service(w, go_live_date=None))
    attach_at(register, stale.id, AttachmentKind.KEYWORD_LIST, OLD)
    attach_at(register, stale.id, AttachmentKind.TEST_QUESTIONS, OLD)
    attach_at(register, fresh.id, AttachmentKind.KEYWORD_LIST, FRESH)
    return {"stale": int(stale.id), "fresh": int(fresh.id)}


def test_annexes_to_renew_are_listed_and_open_the_service(main_window, register, ids):
    age = (TODAY - OLD.date()).days  # 53
    ws = main_window.workspace
    ws.refresh_data()
    ws.show_view("dashboard")
    section = ws.dashboard.annexes_to_renew
    assert ws.dashboard.sections()[-1] is section  # a practice reminder: after every duty
    assert section.title_label.text() == (
        "GenAI annexes to renew (practice cadence, not a legal duty) (2)"
    )
    entity = register.entities()[0].name
    assert section.model.texts() == [
        f"示例智能客服 — keyword list of 2026-10-01, {age} days old: practice is to renew it every "
        f"7 days ({entity})",
        f"示例智能客服 — test question bank of 2026-10-01, {age} days old: practice is to renew it "
        f"every 30 days ({entity})",
    ]
    view = section.view
    view.clicked.emit(view.model().index(1, 0))
    assert ws.current_view() == "services"
    assert ws.services.selected_id() == ids["stale"]
