"""The main window's view names and translated titles; imports no view, so start-up stays cheap."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

VIEWS = ("dashboard", "register", "entities", "services", "calendar", "audit", "checklists")


def view_titles() -> tuple[str, ...]:
    translate = QCoreApplication.translate
    return (
        translate("MainWindow", "Dashboard"),
        translate("MainWindow", "Register"),
        translate("MainWindow", "Entities"),
        translate("MainWindow", "Services"),
        translate("MainWindow", "Calendar"),
        translate("MainWindow", "Audit log"),
        translate("MainWindow", "Checklists"),
    )
