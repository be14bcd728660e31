"""Locking and unlocking a window in draft tests, and the audit actions a draft leaves."""

from __future__ import annotations

from PySide6.QtCore import Qt


def lock_and_unlock(qtbot, window) -> None:
    window.lock()
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        qtbot.mouseClick(window.lock_screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace.fully_loaded)


def actions(register) -> list[str]:
    return [e.action for e in register.audit_events()[:2]][::-1]
