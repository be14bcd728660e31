"""A child process for the plaintext-temp tests: the real desktop app (``filing_desk.app.run``,
offscreen) on a passphrase-mode register (``FILING_DESK_PASSPHRASE`` in the environment).

``python -m tests.reliability.open_child <register> open`` — once the register is unlocked, opens
the first entity's first attachment through the attachments panel's Open action (the desktop
viewer is stubbed out), records a change (so the exit backup has work to do), prints
``opened <path>`` and waits, as a user reading the file would, until it is signalled or killed.

``python -m tests.reliability.open_child <register> start`` — once unlocked, prints ``started``
and quits through File › Quit.

Either way it prints ``exited <code>`` when ``run`` returns.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QDesktopServices

    from filing_desk import app
    from filing_desk.ui.main_window import MainWindow

    register, mode = Path(argv[0]), argv[1]
    QDesktopServices.openUrl = lambda url: True  # no viewer in a test
    set_register = MainWindow.set_register

    def set_register_then_act(window: MainWindow, reg: object) -> None:
        set_register(window, reg)
        QTimer.singleShot(0, lambda: (open_attachment if mode == "open" else quit_now)(window))

    MainWindow.set_register = set_register_then_act  # type: ignore[method-assign]
    code = app.run(register)
    print(f"exited {code}", flush=True)
    return code


def open_attachment(window: object) -> None:
    from filing_desk.domain.enums import OwnerType
    from filing_desk.ui.attachments_panel import AttachmentsPanel

    reg = window.register  # type: ignore[attr-defined]
    panel = AttachmentsPanel(window.temp_dir, window)  # type: ignore[attr-defined]
    panel.set_owner(reg, OwnerType.ENTITY, reg.entities()[0].id)
    panel.view.selectRow(0)
    path = panel._on_open_clicked()
    reg.set_setting("open_child.touched", "yes")
    print(f"opened {path}", flush=True)


def quit_now(window: object) -> None:
    print("started", flush=True)
    window.close()  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
