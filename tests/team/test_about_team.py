"""The About box on a team register names the server and what protects it, not a data key or
a register file (a team register has neither)."""

from __future__ import annotations

from filing_desk.store.team_register import init_team
from filing_desk.ui.dialogs.about import AboutDialog
from tests.helpers.gui import about_value
from tests.helpers.postgres import TeamDatabase


def test_about_names_the_server_and_what_protects_it(qtbot, team_db: TeamDatabase) -> None:
    with init_team(team_db.url) as register:
        dialog = AboutDialog(register, register.path)
        qtbot.addWidget(dialog)
        assert about_value(dialog, "Team register:") == register.address.display
        assert team_db.password not in about_value(dialog, "Team register:")
        assert "not encrypted with SQLCipher" in about_value(dialog, "Protected by:")
        assert about_value(dialog, "Register id:") == register.register_id
