"""WelcomePage: what the window shows when no register is open (the first run, or after File ▸
Close register): create a register (saying where its file will live, changeable), open an
existing register file, restore one from a backup, or try the throw-away demo; and the recent
registers that still exist.

Only choices and signals here: ``ui.register_menu.RegisterMenu`` does the work. No register
access, no keys.

Signals:
    create_requested(str): create a new register at this path.
    open_requested(), restore_requested(), demo_requested(): the other three choices.
    recent_chosen(str): open this recent register.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

REGISTER_FILTER = "Filing Desk (*.fdesk)"
_PATH_ROLE = 256  # Qt.ItemDataRole.UserRole, without loading the Qt namespace


class WelcomePage(QWidget):
    """Four choices, each a button with a one-line description, and the recent registers."""

    create_requested = Signal(str)
    open_requested = Signal()
    restore_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(str)

    def __init__(self, create_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.create_path = Path(create_path)
        title = QLabel(self.tr("Welcome to Filing Desk"), self)
        title.setStyleSheet("font-size: 20px; font-weight: bold;")
        lead = QLabel(
            self.tr(
                "A register is one encrypted file that keeps your entities, algorithms, filings, "
                "attachments and their history. Nothing leaves this computer."
            ),
            self,
        )
        lead.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setObjectName("welcome_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #b00020; font-weight: bold;")
        self.note.hide()
        self.create_button = self._choice(
            "create",
            self.tr("Create a new register"),
            self.tr("Start an empty register on this computer."),
            lambda: self.create_requested.emit(str(self.create_path)),
        )
        self.where = QLabel(self)
        self.where.setObjectName("create_path")
        self.where.setWordWrap(True)
        self.change_button = QPushButton(self.tr("Change…"), self)
        self.change_button.clicked.connect(self._on_change_clicked)
        self.open_button = self._choice(
            "open",
            self.tr("Open an existing register file…"),
            self.tr("A .fdesk file made on this or another computer, or copied from a colleague."),
            self.open_requested.emit,
        )
        self.restore_button = self._choice(
            "restore",
            self.tr("Restore from a backup…"),
            self.tr(
                "On a new computer: a backup file and its recovery key bring the register back."
            ),
            self.restore_requested.emit,
        )
        self.demo_button = self._choice(
            "demo",
            self.tr("Try the demo"),
            self.tr(
                "A throw-away register filled with sample data, to look around. It is deleted "
                "when Filing Desk closes; nothing in it is kept."
            ),
            self.demo_requested.emit,
        )
        self.recent_label = QLabel(self.tr("Recent registers"), self)
        self.recent_label.setStyleSheet("font-weight: bold;")
        self.recent = QListWidget(self)
        self.recent.setObjectName("recent_registers")
        self.recent.setMaximumHeight(120)
        self.recent.itemActivated.connect(self._on_recent_activated)
        self._lay_out(title, lead)
        self.set_create_path(self.create_path)
        self.set_recent([])

    def _choice(self, name: str, text: str, description: str, slot: object) -> QCommandLinkButton:
        button = QCommandLinkButton(text, description, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _lay_out(self, title: QLabel, lead: QLabel) -> None:
        where_row = QHBoxLayout()
        where_row.setContentsMargins(40, 0, 0, 0)
        where_row.addWidget(self.where, 1)
        where_row.addWidget(self.change_button)
        column = QWidget(self)
        column.setMaximumWidth(760)
        inner = QVBoxLayout(column)
        for widget in (title, lead, self.note, self.create_button):
            inner.addWidget(widget)
        inner.addLayout(where_row)
        for widget in (self.open_button, self.restore_button, self.demo_button):
            inner.addWidget(widget)
        inner.addWidget(self.recent_label)
        inner.addWidget(self.recent)
        inner.addStretch(1)
        holder = QWidget(self)
        centred = QHBoxLayout(holder)
        centred.addStretch(1)
        centred.addWidget(column, 4)
        centred.addStretch(1)
        scroll = QScrollArea(self)  # small screens: the choices scroll, never fall off
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(holder)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def set_create_path(self, path: Path) -> None:
        """Where Create will put the new register's file."""
        self.create_path = Path(path)
        self.where.setText(self.tr("The file will be: %1").replace("%1", str(self.create_path)))
        self.where.setToolTip(str(self.create_path))

    def set_recent(self, paths: list[Path]) -> None:
        """The recent registers to offer (the caller leaves out files that are gone)."""
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.name} — {path.parent}", self.recent)
            item.setToolTip(str(path))
            item.setData(_PATH_ROLE, str(path))
        self.recent_label.setVisible(bool(paths))
        self.recent.setVisible(bool(paths))

    def set_note(self, text: str) -> None:
        """A line above the choices (why no register is open), hidden when empty."""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    @Slot()
    def _on_change_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Where to create the register"),
            str(self.create_path),
            REGISTER_FILTER,
            options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is refused later
        )
        if path:
            chosen = Path(path)
            self.set_create_path(chosen if chosen.suffix else chosen.with_suffix(".fdesk"))

    @Slot(QListWidgetItem)
    def _on_recent_activated(self, item: QListWidgetItem) -> None:
        self.recent_chosen.emit(str(item.data(_PATH_ROLE)))


__all__ = ["REGISTER_FILTER", "WelcomePage"]
