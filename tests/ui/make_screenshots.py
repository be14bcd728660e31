"""Screenshots for the README: the main window (zh and en, demo data), the dashboard, the
calendar, the Services view (1024×600), the unlock dialog, the welcome page and the procedure
wizard, saved under docs/screenshots/.

Run: ``.venv/bin/python -m tests.ui.make_screenshots`` (offscreen by default; under Xvfb with
``QT_QPA_PLATFORM=xcb xvfb-run -a …``). Uses a throw-away register in a temp folder and an
in-memory keyring, so nothing on this machine is touched.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.helpers.screenshots import save as _save
from tests.helpers.screenshots import settle as _settle
from tests.helpers.screenshots import shoot_demo
from tests.helpers.screenshots import window as _shots_window

SIZE = (1440, 900)


def _window(register, prefs, temp_dir, app):
    return _shots_window(register, prefs, temp_dir, app, SIZE)


def _shoot_language(language: str, register, home: Path, app) -> None:
    from filing_desk.ui import i18n
    from filing_desk.ui.prefs import Prefs
    from filing_desk.ui.tempfiles import PrivateTempDir

    suffix = "zh" if language == "zh_CN" else "en"
    translators = i18n.install(app, language)
    prefs = Prefs(home / f"prefs-{suffix}.ini")
    prefs.language = language
    temp_dir = PrivateTempDir()
    window = _window(register, prefs, temp_dir, app)
    ws = window.workspace
    ws.show_view("register")
    ws.register_view.table.selectRow(2)
    _save(window, f"main-window-{suffix}.png", app)
    ws.show_view("dashboard")
    _save(window, f"dashboard-{suffix}.png", app)
    ws.show_view("calendar")
    ws.calendar.show_year(2026)
    ws.calendar.calendar.setCurrentPage(2026, 10)
    _save(window, f"calendar-{suffix}.png", app)
    if suffix == "zh":
        _shoot_wizard(window, app)
    shoot_services(window, suffix, app)
    window.shutdown()
    window.close()
    temp_dir.wipe()
    i18n.remove(app, translators)


def _shoot_wizard(window, app) -> None:
    from filing_desk.domain.enums import AlgorithmState, ProcedureKind

    register = window.register
    draft = next(a for a in register.algorithms() if a.state is AlgorithmState.DRAFT)
    ws = window.workspace
    ws.show_algorithm(int(draft.id))
    wizard = ws.detail.open_wizard(ProcedureKind.FILING)
    wizard.resize(900, 720)
    _settle(app)
    wizard.next()
    _save(wizard, "wizard-zh.png", app)
    wizard.reject()


def shoot_services(window, suffix: str, app) -> None:
    """The Services view at 1024×600 (the smallest screen we fit), the live service without a
    number selected, its detail pane on the overview."""
    ws = window.workspace
    size = window.size()
    window.resize(1024, 600)
    ws.show_view("services")
    view = ws.services
    view.refresh()
    if view.model.rowCount():
        view.table.selectRow(0)  # live-without-number rows come first
    view.detail.setCurrentIndex(0)
    _save(window, f"services-{suffix}.png", app)
    window.resize(size)


def _shoot_services_only(language: str, register, home: Path, app) -> None:
    """``make_screenshots services``: only the Services view's shots."""
    from filing_desk.ui import i18n
    from filing_desk.ui.prefs import Prefs
    from filing_desk.ui.tempfiles import PrivateTempDir

    suffix = "zh" if language == "zh_CN" else "en"
    translators = i18n.install(app, language)
    prefs = Prefs(home / f"prefs-services-{suffix}.ini")
    prefs.language = language
    temp_dir = PrivateTempDir()
    window = _window(register, prefs, temp_dir, app)
    shoot_services(window, suffix, app)
    window.shutdown()
    window.close()
    temp_dir.wipe()
    i18n.remove(app, translators)


def _shoot_unlock(register_path: Path, app) -> None:
    from filing_desk.store.errors import KeyNotFound
    from filing_desk.ui import i18n
    from filing_desk.ui.dialogs.unlock import UnlockDialog

    for language, suffix in (("zh_CN", "zh"), ("en", "en")):
        translators = i18n.install(app, language)
        reason = KeyNotFound(
            "No key for this register was found in the system keyring. Unlock it with its "
            "passphrase (set FILING_DESK_PASSPHRASE) or with its recovery key."
        )
        dialog = UnlockDialog(register_path, reason)
        dialog.show()
        _save(dialog, f"unlock-{suffix}.png", app)
        dialog.close()
        i18n.remove(app, translators)


def _shoot_welcome(home: Path, app) -> None:
    """The first run's welcome page in the window (no register yet), at 1024×640."""
    from filing_desk.ui import i18n
    from filing_desk.ui.main_window import MainWindow
    from filing_desk.ui.prefs import Prefs
    from filing_desk.ui.tempfiles import PrivateTempDir

    for language, suffix in (("zh_CN", "zh"), ("en", "en")):
        translators = i18n.install(app, language)
        prefs = Prefs(home / f"welcome-{suffix}.ini")
        prefs.language = language
        temp_dir = PrivateTempDir()
        window = MainWindow(home / "none" / "register.fdesk", prefs, temp_dir)
        window.resize(1024, 640)
        window.show()
        window.registers.show_welcome()
        _save(window, f"welcome-{suffix}.png", app)
        window.shutdown()
        window.close()
        temp_dir.wipe()
        i18n.remove(app, translators)


def main() -> int:
    if sys.argv[1:] == ["services"]:
        shoot_demo(_shoot_services_only)
        return 0
    path, home, app = shoot_demo(_shoot_language)
    _shoot_unlock(path, app)
    _shoot_welcome(home, app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
