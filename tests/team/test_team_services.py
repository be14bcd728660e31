"""Generative-AI services on a team register (PostgreSQL, migration 0014 run by ``team init``):
created, stepped to approval, displayed and read back by a second desk on the same server, the
alerts and the audit chain as on a file; deleting one cascades to its rows there too."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from filing_desk.domain.enums import ServiceState
from filing_desk.domain.genai_alerts import AlertKind, ProductDisplay
from filing_desk.store import migrate
from filing_desk.store.team_register import (
    TeamRegister,
    init_team,
    open_team,
    pull_to_file,
    push_to_team,
)
from tests.helpers.fixture_registers import SERVICE_TABLES
from tests.helpers.genai_services import REGISTRATION_NUMBER, called_service, own_service, world
from tests.helpers.postgres import TeamDatabase
from tests.helpers.registers import TODAY, make_register


@pytest.fixture
def team(team_db: TeamDatabase) -> Iterator[TeamRegister]:
    with init_team(team_db.url, clock=lambda: TODAY) as register:
        yield register


def test_a_service_is_created_stepped_and_read_back_by_another_desk(
    team: TeamRegister, team_db: TeamDatabase
) -> None:
    assert team.schema_revision() == migrate.HEAD
    w = world(team)
    made = team.create_service(called_service(w, go_live_date=date(2026, 11, 1)))
    assert [a.kind for a in team.service_alerts()[made.id]] == [AlertKind.LIVE_WITHOUT_NUMBER]
    for move in ("prepare", "submit"):
        team.step_service(made.id, move)
    team.step_service(made.id, "approve", number=REGISTRATION_NUMBER, on=date(2026, 11, 20))
    with open_team(team_db.url, clock=lambda: TODAY) as other:
        service = other.service(made.id)
        assert (service.state, service.number, service.approved_date) == (
            ServiceState.APPROVED,
            REGISTRATION_NUMBER,
            date(2026, 11, 20),
        )
        assert service.models == made.models
        assert [e.step.value for e in other.service_steps(made.id)] == [
            "prepare",
            "submit",
            "approve",
        ]
        [duty] = other.service_alerts()[made.id]
        assert duty.kind is AlertKind.DISPLAY_DUTY
        shown = ProductDisplay(w.product_ids[0], "示例写作助手", True, date(2026, 11, 21), "首页")
        other.set_service_display(made.id, shown)
    assert team.service_displays(made.id)[0] == shown
    assert made.id not in team.service_alerts()
    assert team.verify_audit().ok


def test_deleting_a_service_on_the_server_takes_its_rows(team: TeamRegister) -> None:
    w = world(team)
    made = team.create_service(own_service(w))
    team.step_service(made.id, "withdraw")
    team.delete_service(made.id)
    assert team.services() == []
    with team.session() as s:
        counts = [s.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in SERVICE_TABLES]
    assert counts == [0] * len(SERVICE_TABLES)
    assert len(team.products()) == 2


def test_services_go_to_the_server_and_back_with_push_and_pull(
    tmp_path: Path, team_db: TeamDatabase
) -> None:
    with make_register(tmp_path / "desk.fdesk") as desk:
        w = world(desk)
        made = desk.create_service(own_service(w))
        desk.step_service(made.id, "prepare")
        with push_to_team(desk, team_db.url) as team:
            assert team.service(made.id) == desk.service(made.id)
            assert team.service_steps(made.id) == desk.service_steps(made.id)
            second = team.create_service(called_service(w))  # ids go on after the copied ones
            assert second.id == made.id + 1
            pulled = pull_to_file(team, tmp_path / "travel.fdesk").register
    with pulled:
        assert [s.name for s in pulled.services()] == [made.name, second.name]
        assert pulled.verify_audit().ok
