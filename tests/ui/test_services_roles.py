"""The Services view hides what the role cannot do, on a team register on a real throwaway
PostgreSQL cluster: a viewer sees the services, their state and display duty but is offered no
write (new service, edit, steps, display save, screenshot, change answer, annex files); an editor
is offered all of them."""

from __future__ import annotations

import pytest

from filing_desk.domain.genai_states import ServiceStep, allowed_steps
from filing_desk.domain.genai_tracks import decide_track
from filing_desk.store.team import password
from filing_desk.ui.main_window import MainWindow
from filing_desk.ui.services_view import ServicesView
from tests.helpers.genai_services import called_service, world
from tests.helpers.gui import make_window
from tests.helpers.network import NetworkGuard
from tests.helpers.postgres import Cluster, TeamDatabase
from tests.helpers.team_logins import open_as, team_with_people

SERVICE = "示例智能客服"  # called_service's name


@pytest.fixture
def team(
    pg_cluster: Cluster, monkeypatch: pytest.MonkeyPatch, no_network: NetworkGuard
) -> tuple[TeamDatabase, dict[str, str]]:
    """A team register whose editor recorded a 登记 service with a product."""
    database = pg_cluster.new_database()
    no_network.allow(*database.address)
    monkeypatch.setenv(password.PASSWORD_ENV, database.password)
    people = team_with_people(database)
    with open_as(database, people["editor"]) as reg:
        reg.create_service(called_service(world(reg)))
    return database, people


def _window(qtbot, team, who: str, prefs, temp_dir) -> MainWindow:
    database, people = team
    window = make_window(qtbot, open_as(database, people[who]), prefs, temp_dir)
    workspace = window.workspace
    assert workspace is not None
    workspace.show_view("services")
    view = workspace.services
    qtbot.waitUntil(lambda: view.detail.service_id() != 0)
    return window


def _view(window: MainWindow) -> ServicesView:
    assert window.workspace is not None  # a register is open
    return window.workspace.services


def _writes(window: MainWindow) -> dict[str, bool]:
    """Whether each write the Services view offers is there to click."""
    view = _view(window)
    detail = view.detail
    display, files = detail.display, detail.annexes.attachments
    return {
        "new service": not view.new_button.isHidden(),
        "edit": not detail.edit_button.isHidden(),
        "steps": bool(detail.step_buttons),
        "display save": not display.save_button.isHidden(),
        "attach screenshot": not display.screenshot_button.isHidden(),
        "display editable": display.where_edit.isEnabled(),
        "change answer": not detail.changes.answer_button.isHidden(),
        "annex add": not files.add_button.isHidden(),
        "annex replace": not files.replace_button.isHidden(),
        "annex drop": files.acceptDrops(),
    }


def test_a_viewer_reads_services_but_is_offered_no_write(
    qtbot, english, prefs, temp_dir, team
) -> None:
    window = _window(qtbot, team, "viewer", prefs, temp_dir)
    try:
        assert _writes(window) == dict.fromkeys(_writes(window), False)
        view = _view(window)
        assert view.detail.title.text() == SERVICE  # reading stays
        assert view.model.index(0, 0).data() == SERVICE
        assert view.detail.display.model.rowCount() == 1
        assert not view.detail.annexes.attachments.open_button.isHidden()
        assert view.open_wizard() is None and view.wizard is None
        steps = _steps(window)
        assert steps and view.detail.open_step(steps[0]) is None  # a step exists, not offered
    finally:
        window.shutdown()


def test_an_editor_is_offered_every_write(qtbot, english, prefs, temp_dir, team) -> None:
    window = _window(qtbot, team, "editor", prefs, temp_dir)
    try:
        assert _writes(window) == dict.fromkeys(_writes(window), True)
    finally:
        window.shutdown()


def _steps(window: MainWindow) -> list[ServiceStep]:
    """The steps the service's state allows (the same for any role)."""
    service = _view(window).detail.service
    assert service is not None
    track = decide_track(service).track
    assert track is not None
    return list(allowed_steps(track, service.state))
