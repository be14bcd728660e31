"""The attachments of one entity, algorithm or procedure: list, add, open, replace, save a copy,
correct the kind, remove a wrong one and purge what was removed.

Content stays encrypted in the register; "open" decrypts one file into the PrivateTempDir (wiped
on lock and exit) and hands it to the desktop, after asking when the file is a program or script
the desktop would run, and says so (offering its folder) when no program opens it. Files are added
by dialog or dropped on the panel; the kind of each is guessed from its name
(``domain.attachment_kinds``) and confirmed in a dialog before anything is read. A file is read
only once it is known to be within the size limit, and a link is followed only when the user
agrees, having seen where it points. No SQL: every action is a Register call.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QDesktopServices, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from filing_desk.domain.attachment_kinds import guess_kind
from filing_desk.domain.enums import AttachmentKind, OwnerType
from filing_desk.domain.errors import DomainError
from filing_desk.domain.filenames import is_executable_name, safe_filename
from filing_desk.domain.materials import needed_attachments
from filing_desk.domain.records import AttachmentInfo
from filing_desk.store.attachments import read_attachment_file
from filing_desk.store.errors import RegisterError
from filing_desk.ui import attachment_dialogs as asks
from filing_desk.ui.attachment_model import AttachmentTableModel
from filing_desk.ui.i18n import lang
from filing_desk.ui.messages import error_text
from filing_desk.ui.table_model import sortable
from filing_desk.ui.tempfiles import PrivateTempDir
from filing_desk.ui.wizard.editors import issue_row, show_issue_row

if TYPE_CHECKING:
    from filing_desk.store.register import Register


class AttachmentsPanel(QWidget):
    """Attachments of one owner, with add (dialog or drop), open, replace and save a copy.

    Signals:
        changed(): an attachment was added, replaced, corrected, removed or purged.
    """

    changed = Signal()

    def __init__(self, temp_dir: PrivateTempDir, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.temp_dir = temp_dir
        self.register: Register | None = None
        self.owner: tuple[OwnerType, int] | None = None
        self.lang = lang()
        self.setAcceptDrops(True)
        self._build()
        self.clear()

    def _build(self) -> None:
        self.add_button = QPushButton(self.tr("Add…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.replace_button = QPushButton(self.tr("Replace…"))
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.kind_button = QPushButton(self.tr("Change kind…"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.purge_button = QPushButton(self.tr("Purge removed files…"))
        self.purge_button.setToolTip(
            self.tr("Delete the files removed from this record for good (asks first)")
        )
        tools = QVBoxLayout()  # two rows: seven buttons in one do not fit a 1024-px screen
        rows = (
            (self.add_button, self.open_button, self.replace_button, self.save_button),
            (self.kind_button, self.remove_button, self.purge_button),
        )
        for buttons in rows:
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            tools.addLayout(row)
        self.model = AttachmentTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        sortable(self.view)
        self.drop_hint = QLabel(self.tr("Drop files here to attach them."))
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.message = issue_row(self)
        layout = QVBoxLayout(self)
        for item in (self.view, self.drop_hint, self.missing_label, self.message[0]):
            layout.addWidget(item)
        layout.insertLayout(0, tools)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.replace_button.clicked.connect(self._on_replace_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.kind_button.clicked.connect(self._on_kind_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.purge_button.clicked.connect(self._on_purge_clicked)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.doubleClicked.connect(lambda _index: self._on_open_clicked())

    # --- owner --------------------------------------------------------------------------------

    def set_owner(self, register: Register, owner_type: OwnerType, owner_id: int) -> None:
        self.register, self.owner = register, (OwnerType(owner_type), owner_id)
        self.setEnabled(True)
        self.reload()

    def clear(self) -> None:
        """Forget the owner and show nothing (e.g. when the register locks)."""
        self.register, self.owner = None, None
        self.model.set_rows([])
        self.missing_label.clear()
        self._message("")
        self.setEnabled(False)

    def reload(self) -> None:
        if self.register is None or self.owner is None:
            return
        self.model.set_rows(self.register.attachments(*self.owner))
        self.purge_button.setEnabled(bool(self.register.removed_attachments(*self.owner)))
        self._show_missing()
        self._update_buttons()

    def _show_missing(self) -> None:
        if self.owner is None or self.owner[0] is not OwnerType.ALGORITHM:
            self.missing_label.clear()
            return
        assert self.register is not None  # set with the owner
        algorithm = self.register.algorithm(self.owner[1])
        needed = needed_attachments(algorithm)
        assert algorithm.id is not None  # read from the register
        missing = self.register.missing_attachments(algorithm.id, needed)
        names = ("、" if self.lang == "zh" else ", ").join(k.label(self.lang) for k in missing)
        self.missing_label.setText(
            self.tr("Still missing for the filing: {kinds}.").format(kinds=names)
            if missing
            else self.tr("Every material the filing needs is attached.")
        )

    def selected(self) -> AttachmentInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    @Slot()
    def _update_buttons(self) -> None:
        info = self.selected()
        self.open_button.setEnabled(info is not None)
        self.save_button.setEnabled(info is not None)
        current = info is not None and not info.superseded
        for button in (self.replace_button, self.kind_button, self.remove_button):
            button.setEnabled(current)

    # --- actions ------------------------------------------------------------------------------

    def choose_kinds(self, paths: list[Path]) -> asks.KindsDialog | None:
        """Ask what kind each picked file is (guessed from its name), then attach them."""
        if not paths:
            return None
        guesses = [guess_kind(p.name) for p in paths]
        dialog = asks.KindsDialog([p.name for p in paths], guesses, self)
        dialog.accepted.connect(lambda: self.add_files(paths, dialog.kinds()))
        self.kinds_dialog = dialog
        dialog.open()
        return dialog

    def add_files(self, paths: list[Path], kinds: list[AttachmentKind] | None = None) -> int:
        """Attach the files as ``kinds`` (by default, as guessed from their names); returns how
        many were added."""
        kinds = kinds if kinds is not None else [guess_kind(p.name) for p in paths]
        added = 0
        register, owner = self.register, self.owner
        for path, kind in zip(paths, kinds, strict=True):
            assert register is not None and owner is not None  # disabled without an owner
            source = self._source_of(path)
            if source is not None and self._attempt(
                lambda p=source, k=kind: register.add_attachment(
                    *owner, k, p.name, read_attachment_file(p)
                )
            ):
                added += 1
        if added:
            self.reload()
            self.changed.emit()
        return added

    def _source_of(self, path: Path) -> Path | None:
        """The file to read for ``path``: itself, or, for a link, the file it points to once the
        user has agreed (None when they decline)."""
        if not path.is_symlink():
            return path
        target = path.resolve()
        answer = QMessageBox.question(
            self,
            self.tr("Attach a linked file?"),
            self.tr(
                "“{name}” is a link to another file:\n{target}\n\nAttach the file it points to?"
            ).format(name=safe_filename(path.name), target=target),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return target if answer == QMessageBox.StandardButton.Yes else None

    def _attempt(self, action) -> bool:
        try:
            action()
        except (DomainError, RegisterError, OSError) as exc:
            self._message(error_text(exc) if not isinstance(exc, OSError) else str(exc))
            return False
        self._message("")
        return True

    def _message(self, text: str) -> None:
        show_issue_row(*self.message, [text] if text else [], error=True)

    @Slot()
    def _on_add_clicked(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        self.choose_kinds([Path(n) for n in names])

    @Slot()
    def _on_open_clicked(self) -> Path | None:
        info = self.selected()
        if info is None:
            return None
        assert self.register is not None  # a row is shown, so there is a register
        if is_executable_name(info.filename) and not self._confirm_open_program(info.filename):
            return None  # nothing decrypted, nothing written
        register, written = self.register, []
        if not self._attempt(
            lambda: written.append(
                self.temp_dir.write(info.filename, register.attachment_content(info.id)[1])
            )
        ):
            return None
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(written[0]))):
            self.viewer_box = asks.NoViewerMessage(self, written[0])
        return written[0]

    def _confirm_open_program(self, filename: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Open a program?"),
            self.tr(
                "“{name}” is a program or script: opening it may run it on this computer, with "
                "your rights. Open it only if you trust where it came from.\n\nOpen it anyway?"
            ).format(name=safe_filename(filename)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def _on_replace_clicked(self) -> None:
        info = self.selected()
        if info is None or info.superseded:
            return
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Replace with a new version"))
        if not name:
            return
        path = self._source_of(Path(name))
        register = self.register
        assert register is not None  # a row is shown, so there is a register
        if path is not None and self._attempt(
            lambda: register.replace_attachment(info.id, path.name, read_attachment_file(path))
        ):
            self.reload()
            self.changed.emit()

    @Slot()
    def _on_save_clicked(self) -> None:
        info = self.selected()
        if info is None:
            return
        suggested = safe_filename(info.filename)
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), suggested)
        if name:
            assert self.register is not None  # a row is shown, so there is a register
            _info, content = self.register.attachment_content(info.id)
            self._attempt(lambda: Path(name).write_bytes(content))

    @Slot()
    def _on_kind_clicked(self) -> asks.KindsDialog | None:
        info, register = self.selected(), self.register
        if info is None or info.superseded or register is None:
            return None
        dialog = asks.KindsDialog([info.filename], [info.kind], self, correcting=True)
        dialog.accepted.connect(
            lambda: self._write(lambda: register.set_attachment_kind(info.id, dialog.kinds()[0]))
        )
        dialog.open()
        return dialog

    @Slot()
    def _on_remove_clicked(self) -> asks.Answer | None:
        info, register = self.selected(), self.register
        if info is None or info.superseded or register is None:
            return None
        return asks.RemoveQuestion(
            self, info, lambda: self._write(lambda: register.remove_attachment(info.id))
        )

    @Slot()
    def _on_purge_clicked(self) -> asks.Answer | None:
        register, owner = self.register, self.owner
        if register is None or owner is None:
            return None
        removed = register.removed_attachments(*owner)
        if not removed:
            return None
        return asks.PurgeQuestion(
            self, removed, lambda: self._write(lambda: register.purge_removed_attachments(*owner))
        )

    def _write(self, action) -> None:
        if self._attempt(action):
            self.reload()
            self.changed.emit()

    # --- drag and drop ------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragMoveEvent) -> None:
        if self.owner is not None and _local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_files(event)
        if self.owner is None or not paths:
            event.ignore()
            return
        self.choose_kinds(paths)
        event.acceptProposedAction()


def _local_files(event: QDropEvent) -> list[Path]:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
    return [p for p in paths if p.is_file()]
