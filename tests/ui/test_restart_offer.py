"""Changing the language offers "Restart now?": Restart closes the usual way (a changed
register backed up and closed), starts the same command again and quits; Later keeps the
language for the next start and changes nothing else."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QCoreApplication, QProcess, Qt
from PySide6.QtWidgets import QDialogButtonBox

from filing_desk.paths import app_paths
from filing_desk.ui.restart import RestartOffer


@dataclass
class Launches:
    started: list[tuple[str, list[str]]] = field(default_factory=list)
    quits: int = 0


@pytest.fixture
def launched(monkeypatch) -> Launches:
    """QProcess.startDetached and QCoreApplication.quit, recorded instead of done."""
    seen = Launches()

    def start(program: str, arguments: list[str], *_rest: object) -> tuple[bool, int]:
        seen.started.append((program, list(arguments)))
        return True, 4242

    def quit_() -> None:
        seen.quits += 1

    monkeypatch.setattr(QProcess, "startDetached", staticmethod(start))
    monkeypatch.setattr(QCoreApplication, "quit", staticmethod(quit_))
    return seen


def choose_chinese(main_window, qtbot) -> RestartOffer:
    settings = main_window.open_settings()
    settings.language.setCurrentIndex(settings.language.findData("zh_CN"))
    ok = settings.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    offer = settings.restart_offer
    assert isinstance(offer, RestartOffer) and offer.isVisible()
    assert offer.windowTitle() == "Restart now?"
    return offer


def test_restart_now_closes_the_usual_way_and_starts_again(
    main_window, qtbot, register, prefs, launched
):
    main_window.backup_on_exit = True
    register.create_entity(name="重启备份有限公司")
    offer = choose_chinese(main_window, qtbot)
    qtbot.mouseClick(offer.restart_button, Qt.MouseButton.LeftButton)
    assert launched.started == [(sys.executable, sys.orig_argv[1:])]
    assert launched.quits == 1
    assert not main_window.isVisible()
    assert main_window.register is None and register._engine is None  # closed before the start
    assert len(list(app_paths().backups_for(register.path).glob("*.fdesk"))) == 1
    assert prefs.language == "zh_CN"


def test_later_keeps_the_setting_for_the_next_start(main_window, qtbot, register, prefs, launched):
    offer = choose_chinese(main_window, qtbot)
    qtbot.mouseClick(offer.later_button, Qt.MouseButton.LeftButton)
    assert launched.started == [] and launched.quits == 0
    assert main_window.register is register
    assert prefs.language == "zh_CN"


def test_no_offer_when_the_language_stays(main_window, qtbot, launched):
    settings = main_window.open_settings()
    ok = settings.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert getattr(settings, "restart_offer", None) is None
    assert main_window.findChild(RestartOffer) is None
