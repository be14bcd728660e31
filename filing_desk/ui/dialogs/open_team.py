"""OpenTeamDialog (File ▸ Open team register…): the server's address and the password; it
connects off the GUI thread and hands the open team register to ``ui.team_menu.TeamMenu``.

The address is read and checked by ``store.team.address`` (a password in a pasted URL is refused),
the password kept by ``store.team.password`` (the system keyring, only when asked). Failures are
said in plain words from the team error codes (``ui.messages``); the password never appears in
them. No SQL here; the store is imported only once the dialog opens (the File menu is built
before the window first shows).

Signals:
    OpenTeamDialog.opened(object, bool): the team register, open; whether the keyring took the
        password (True when it was not asked to).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from filing_desk.store.team.address import TeamAddress

SSL_MODES = ("", "disable", "allow", "prefer", "require", "verify-ca", "verify-full")
ERROR_STYLE = "color: #a40000;"


class OpenTeamDialog(QDialog):
    """The server's address (fields, or a pasted ``postgresql://`` URL) and the password."""

    opened = Signal(object, bool)

    def __init__(self, parent: QWidget | None = None, url: str = "") -> None:
        from filing_desk.store.team.address import DEFAULT_PORT

        super().__init__(parent)
        self.setWindowTitle(self.tr("Open team register"))
        self.job: Any = None
        self._options: tuple[tuple[str, str], ...] = ()  # TLS options of a pasted URL
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("postgresql://user@host:5432/database")
        self.url.textEdited.connect(self._on_url_edited)
        self.host, self.database, self.user = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.sslmode = QComboBox(self)
        self.sslmode.addItem(self.tr("(server default)"), "")
        for mode in SSL_MODES[1:]:
            self.sslmode.addItem(mode, mode)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password in this computer's keyring"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # busy: a connection has no steps to count
        self.busy.hide()
        self.buttons = QDialogButtonBox(self)
        self.open_button = self.buttons.addButton(
            self.tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.connect_to_server)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        if url:
            self.url.setText(url)
            self._on_url_edited(url)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Address (paste a URL):"), self.url)
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("TLS (sslmode):"), self.sslmode)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.remember)
        hint = QLabel(
            self.tr(
                "Leave the password empty to use the one kept in this computer's keyring. "
                "It is never written to a settings file."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        for part in (form, hint, self.message, self.busy, self.buttons):
            if isinstance(part, QFormLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)

    @Slot(str)
    def _on_url_edited(self, text: str) -> None:
        """A pasted URL fills the fields; a bad one is said at once (never echoing a password)."""
        from filing_desk.store.team.address import parse
        from filing_desk.store.team.errors import BadTeamAddress

        if not text.strip():
            self.message.clear()
            return
        try:
            address = parse(text)
        except BadTeamAddress as exc:
            self._say(exc)
            return
        self.message.clear()
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.database.setText(address.database)
        self.user.setText(address.user)
        options = dict(address.options)
        found = self.sslmode.findData(options.pop("sslmode", ""))
        self.sslmode.setCurrentIndex(max(found, 0))
        self._options = tuple(options.items())
        self.password.setFocus()

    def address(self) -> TeamAddress:
        """The address the fields name (checked by ``store.team.address``)."""
        from filing_desk.store.team.address import parse

        options = list(self._options)
        if self.sslmode.currentData():
            options.insert(0, ("sslmode", str(self.sslmode.currentData())))
        query = "&".join(f"{k}={quote(v, safe='')}" for k, v in options)
        user = quote(self.user.text().strip(), safe="")
        database = quote(self.database.text().strip(), safe="")
        host = self.host.text().strip()
        host = f"[{host}]" if ":" in host else host
        url = f"postgresql://{user}@{host}:{self.port.value()}/{database}"
        return parse(url + (f"?{query}" if query else ""))

    @Slot()
    def connect_to_server(self) -> None:
        """Open: check the address, then connect in a pool thread (busy bar, buttons off)."""
        from filing_desk.store.team.errors import BadTeamAddress
        from filing_desk.ui.jobs import run_job

        try:
            address = self.address()
        except BadTeamAddress as exc:
            self._say(exc)
            return
        typed, keep = self.password.text(), self.remember.isChecked()
        self.message.clear()
        self._busy(True)
        self.job = run_job(
            self,
            self.tr("Connecting to %1…").replace("%1", address.server),
            lambda _progress, _cancelled: _open(address, typed, keep),
            self._on_opened,
            self._on_failed,
            cancellable=False,  # a register opened after a cancel would be left open
        )

    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.open_button.setEnabled(not busy)
        for field in (self.url, self.host, self.port, self.database, self.user, self.password):
            field.setEnabled(not busy)

    def _on_opened(self, result: tuple[Any, bool]) -> None:
        register, kept = result
        self._busy(False)
        self.password.clear()
        self.opened.emit(register, kept)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._busy(False)
        self._say(exc)
        self.password.setFocus()
        self.password.selectAll()

    def _say(self, exc: BaseException) -> None:
        from filing_desk.ui.messages import error_text

        self.message.setText(error_text(exc))


def _open(address: TeamAddress, typed: str, keep: bool) -> tuple[Any, bool]:
    """In the pool thread: open the register, then remember the typed password (when asked);
    the register and whether the keyring took the password (True when not asked)."""
    from filing_desk.store.team import password
    from filing_desk.store.team_register import open_team

    register = open_team(address, password=typed or None)
    if typed and keep:
        try:
            password.remember(address, typed)
        except Exception:  # no usable keyring: the register is open all the same
            return register, False
    return register, True


__all__ = ["OpenTeamDialog"]
