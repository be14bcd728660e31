"""Draft and unsaved-input tests: a window on a submitted filing, locking and unlocking it, and
the audit actions a draft leaves."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from filing_desk.domain.issues import Report


def on_submitted_filing(main_window, register):
    """``main_window`` on an algorithm whose filing was submitted (so the CAC may answer), its id
    in ``main_window.algorithm_id``."""
    entity = register.create_entity(name="北京示例科技有限公司", uscc="91110000600037341L")
    algorithm = register.create_algorithm(
        entity.id, name="示例推荐算法", algo_type="02", role="provider",
        launch_date=date(2026, 11, 10),
    )  # fmt: skip
    procedure = register.start_filing(algorithm.id)
    register.mark_ready(procedure.id, Report())
    register.submit(procedure.id, date(2026, 11, 16))
    main_window.workspace.refresh_data()
    main_window.workspace.show_algorithm(algorithm.id)
    main_window.algorithm_id = algorithm.id
    return main_window


def lock_and_unlock(qtbot, window) -> None:
    window.lock()
    with qtbot.waitSignal(window.unlocked, timeout=5000):
        qtbot.mouseClick(window.lock_screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace.fully_loaded)


def actions(register) -> list[str]:
    return [e.action for e in register.audit_events()[:2]][::-1]
