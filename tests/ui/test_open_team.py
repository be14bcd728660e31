"""File ▸ Open team register… against a real throwaway PostgreSQL cluster: the pasted URL fills
the fields, the typed password opens the register in the same window (and is kept in the keyring
only when asked), the URL appears in Open recent without password, a failure is said in plain
words that never hold the password, and Unlock after a lock asks the server again."""

from __future__ import annotations

import keyring
import keyring.errors
import pytest

from filing_desk.store.team import password
from filing_desk.store.team_register import TeamRegister, init_team
from tests.helpers.network import NetworkGuard
from tests.helpers.postgres import Cluster, TeamDatabase

ENTITY = {"name": "北京示例科技有限公司", "legal_rep_name": "王建国", "officer_name": "李静"}
ALGORITHM = {"name": "团队推荐算法", "algo_type": "02", "role": "provider", "main_use": "推荐"}


@pytest.fixture
def team_db(
    pg_cluster: Cluster, monkeypatch: pytest.MonkeyPatch, no_network: NetworkGuard
) -> TeamDatabase:
    """A team register holding one algorithm; afterwards no password in the environment (the
    dialog's password is the one that counts)."""
    database = pg_cluster.new_database()
    no_network.allow(*database.address)
    monkeypatch.setenv(password.PASSWORD_ENV, database.password)
    with init_team(database.url) as reg:
        reg.create_algorithm(reg.create_entity(**ENTITY).id, **ALGORITHM)
    monkeypatch.delenv(password.PASSWORD_ENV)
    return database


def _dialog(window, qtbot, url: str):
    window.team.action.trigger()
    dialog = window.team.dialog
    qtbot.keyClicks(dialog.url, url)
    return dialog


def _open(qtbot, dialog, typed: str) -> None:
    """Type the password and press Open; wait until the connection attempt is over."""
    dialog.password.setText(typed)
    dialog.open_button.click()
    assert not dialog.busy.isHidden()  # the busy bar shows while it connects
    qtbot.waitUntil(dialog.busy.isHidden, timeout=20_000)


def test_a_pasted_url_opens_the_team_register_in_the_window(
    main_window, qtbot, team_db: TeamDatabase
) -> None:
    dialog = _dialog(main_window, qtbot, team_db.url + "?sslmode=disable")
    assert dialog.host.text() == "127.0.0.1"
    assert dialog.port.value() == team_db.cluster.port
    assert (dialog.database.text(), dialog.user.text()) == (team_db.name, team_db.user)
    assert dialog.sslmode.currentText() == "disable"
    dialog.remember.setChecked(True)
    _open(qtbot, dialog, team_db.password)
    qtbot.waitUntil(lambda: isinstance(main_window.register, TeamRegister), timeout=5000)
    display = f"{team_db.user}@127.0.0.1:{team_db.cluster.port}/{team_db.name}"
    assert main_window.file_label.text() == display
    assert "1 of 1 algorithm" in main_window.counts_label.text()
    assert [a.name for a in main_window.register.algorithms()] == ["团队推荐算法"]
    assert main_window.register.address.options == (("sslmode", "disable"),)
    server = f"127.0.0.1:{team_db.cluster.port}"
    assert keyring.get_password("filing-desk", f"postgresql:{team_db.user}@{server}") == (
        team_db.password
    )
    main_window.registers.recent_menu.aboutToShow.emit()
    texts = [a.text() for a in main_window.registers.recent_menu.actions()]
    assert f"postgresql://{display}?sslmode=disable" in texts
    assert not any(team_db.password in t for t in texts)
    assert team_db.password not in main_window.prefs.path.read_text(encoding="utf-8")
    assert display not in str(main_window.prefs.current_register or "")


def test_a_wrong_password_is_said_and_the_open_register_stays(
    main_window, qtbot, team_db: TeamDatabase
) -> None:
    before = main_window.register
    dialog = _dialog(main_window, qtbot, team_db.url)
    wrong = "wrong-horse-battery-紫"
    _open(qtbot, dialog, wrong)
    text = dialog.message.text()
    assert "refused the password" in text
    assert team_db.user in text
    assert wrong not in text
    assert dialog.isVisible()
    assert main_window.register is before
    server = f"127.0.0.1:{team_db.cluster.port}"
    assert keyring.get_password("filing-desk", f"postgresql:{team_db.user}@{server}") is None


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("postgresql://alice:s3cret-pw@db.firm.cn/desk", "holds a password"),
        ("postgresql://alice@db.firm.cn/desk?host=elsewhere", "host are not accepted"),
    ],
)
def test_a_bad_address_is_said_before_any_connection(main_window, qtbot, url, says) -> None:
    dialog = _dialog(main_window, qtbot, url)
    assert says in dialog.message.text()
    assert "s3cret" not in dialog.message.text()


def test_empty_fields_are_refused_with_what_is_missing(main_window, qtbot) -> None:
    main_window.team.action.trigger()
    dialog = main_window.team.dialog
    dialog.host.setText("db.firm.cn")
    dialog.open_button.click()
    assert "lacks a user and a database" in dialog.message.text()
    assert dialog.busy.isHidden()


def test_unlock_after_a_lock_asks_the_server_again(
    main_window, qtbot, team_db: TeamDatabase
) -> None:
    dialog = _dialog(main_window, qtbot, team_db.url)
    _open(qtbot, dialog, team_db.password)
    qtbot.waitUntil(lambda: isinstance(main_window.register, TeamRegister), timeout=5000)
    main_window.lock()
    assert main_window.register is None
    main_window.unlock()
    again = main_window.team.dialog
    assert again is not dialog
    assert again.database.text() == team_db.name
    _open(qtbot, again, team_db.password)
    qtbot.waitUntil(lambda: isinstance(main_window.register, TeamRegister), timeout=5000)


def test_a_keyring_that_refuses_is_said_and_the_register_opens(
    main_window, qtbot, team_db: TeamDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_: object) -> None:
        raise keyring.errors.KeyringError("locked")

    monkeypatch.setattr(password, "remember", refuse)
    dialog = _dialog(main_window, qtbot, team_db.url)
    dialog.remember.setChecked(True)
    _open(qtbot, dialog, team_db.password)
    qtbot.waitUntil(lambda: isinstance(main_window.register, TeamRegister), timeout=5000)
    assert "could not be kept" in main_window.statusBar().currentMessage()
