"""Record versions on a team register (issue 20.2): the same counting and the same stale-edit
refusal as on a file (tests/store/test_versions.py), on PostgreSQL — migration 0011 ran there
through ``team init`` — including two registers open at once on one server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from filing_desk.store.team_register import TeamRegister, init_team, open_team
from filing_desk.store.versions import StaleRecord
from tests.helpers.postgres import TeamDatabase
from tests.helpers.versioned import EDITS, make_records


@pytest.fixture
def team(team_db: TeamDatabase) -> Iterator[TeamRegister]:
    with init_team(team_db.url) as register:
        yield register


@pytest.mark.parametrize("kind", list(EDITS))
def test_versions_count_and_a_stale_edit_is_refused_on_the_server(
    team: TeamRegister, kind: str
) -> None:
    ids = make_records(team)
    update, field, theirs, mine = EDITS[kind]
    assert team.version(kind, ids[kind]) == 1
    update(team)(ids[kind], expected_version=1, **{field: theirs})
    assert team.version(kind, ids[kind]) == 2
    events = len(team.audit_events())
    with pytest.raises(StaleRecord) as refused:
        update(team)(ids[kind], expected_version=1, **{field: mine})
    assert refused.value.code == "record.stale"
    assert len(team.audit_events()) == events
    assert team.version(kind, ids[kind]) == 2
    update(team)(ids[kind], **{field: mine})  # read and written in one transaction: no check
    assert team.version(kind, ids[kind]) == 3


def test_a_second_desk_on_the_server_refuses_the_first_desks_stale_edit(
    team: TeamRegister, team_db: TeamDatabase
) -> None:
    ids = make_records(team)
    read = team.version("algorithm", ids["algorithm"])
    with open_team(team_db.url) as other:
        other.update_algorithm(ids["algorithm"], expected_version=read, name="他们的名称")
    with pytest.raises(StaleRecord):
        team.update_algorithm(ids["algorithm"], expected_version=read, name="我的名称")
    assert team.algorithm(ids["algorithm"]).name == "他们的名称"
    assert team.verify_audit().ok
