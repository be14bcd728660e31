"""The getting-started panel of an empty dashboard: three first steps, each one button.

Shown by ``DashboardView`` while the register holds no entity and no algorithm. The buttons
only ask: the main window connects each signal to its existing action (File ▸ Import from a CAC
list…, File ▸ New entity…, the welcome page's Try the demo). No register access here.

Signals:
    import_list_requested(): Import a CAC list.
    new_entity_requested(): Add an entity.
    demo_requested(): Open the demo register.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QWidget


class GettingStarted(QGroupBox):
    import_list_requested = Signal()
    new_entity_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Getting started"), parent)
        intro = QLabel(
            self.tr(
                "This register is empty. Start from the CAC's published list, add your entity "
                "by hand, or look around a demo register first (it is deleted on exit)."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import a CAC list…"), self)
        self.import_button.clicked.connect(self.import_list_requested)
        self.entity_button = QPushButton(self.tr("Add an entity…"), self)
        self.entity_button.clicked.connect(self.new_entity_requested)
        self.demo_button = QPushButton(self.tr("Open the demo"), self)
        self.demo_button.clicked.connect(self.demo_requested)
        hints = (
            self.tr("Your algorithms as the CAC published them, filing numbers included."),
            self.tr("The company (主体) that files; its algorithms follow."),
            self.tr("Sample entities, algorithms and procedures in every state."),
        )
        grid = QGridLayout(self)
        grid.addWidget(intro, 0, 0, 1, 2)
        buttons = (self.import_button, self.entity_button, self.demo_button)
        for row, (button, hint) in enumerate(zip(buttons, hints, strict=True), start=1):
            label = QLabel(hint, self)
            label.setWordWrap(True)
            grid.addWidget(button, row, 0)
            grid.addWidget(label, row, 1)
        grid.setColumnStretch(1, 1)
