"""ConflictDialog: a save refused as stale (``record.stale``), shown field by field — the value
when you opened the record, theirs now, yours — with Keep mine / Take theirs per field.

``conflicts`` compares the three versions of a record (what the form opened, what the register
holds now, what the user would have saved) and lists every field where theirs and yours differ;
a field only you changed starts on Keep mine, one only they changed on Take theirs. Merge
(``chosen``) is the values to save on top of their version, one save; Take theirs saves nothing.
The dialog never writes: the record form saves what it returns. No SQL and no rules here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from filing_desk.domain.enums import LabelledEnum
from filing_desk.ui.i18n import lang
from filing_desk.ui.screen_fit import fit_size, scrolled, wrapped_label


@dataclass(frozen=True)
class FieldConflict:
    """One field where their saved value and yours differ."""

    name: str
    label: str
    opened: Any
    theirs: Any
    mine: Any

    @property
    def mine_changed(self) -> bool:
        return bool(self.mine != self.opened)


def conflicts(
    names: Iterable[str],
    opened: Any,
    theirs: Any,
    mine: dict[str, Any],
    label: Callable[[str], str],
) -> list[FieldConflict]:
    """Every field of ``names`` where theirs (the record now) and mine (``opened`` with the
    user's edits) differ, in the order given."""
    found = []
    for name in names:
        was, now = getattr(opened, name), getattr(theirs, name)
        own = mine.get(name, was)
        if own != now:
            found.append(FieldConflict(name, label(name), was, now, own))
    return found


def shown(value: Any) -> str:
    """A value as the dialog shows it."""
    if value is None or value == "":
        return "—"
    if isinstance(value, LabelledEnum):
        return value.label(lang())
    if value is True:
        return QCoreApplication.translate("ConflictDialog", "Yes")
    if value is False:
        return QCoreApplication.translate("ConflictDialog", "No")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class ConflictDialog(QDialog):
    """Theirs and mine per field; Merge saves the chosen values, Take theirs keeps theirs."""

    def __init__(self, found: list[FieldConflict], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Someone else changed this record"))
        self._found = found
        self._keep_mine: dict[str, QRadioButton] = {}
        outer = QVBoxLayout(self)
        outer.addWidget(
            wrapped_label(
                self.tr(
                    "Someone else changed this record since you opened it; nothing was saved. "
                    "For each field, keep your value or take theirs."
                ),
                self,
            )
        )
        outer.addWidget(scrolled(self._grid(), self), 1)
        buttons = QDialogButtonBox(self)
        self.merge_button = buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.theirs_button = buttons.addButton(
            self.tr("Take theirs"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        fit_size(self, 760, 420)

    def _grid(self) -> QWidget:
        page = QWidget(self)
        grid = QGridLayout(page)
        heads = (self.tr("Field"), self.tr("When you opened it"), self.tr("Theirs now"))
        for column, text in enumerate((*heads, self.tr("Yours"), self.tr("Use"))):
            grid.addWidget(QLabel(f"<b>{text}</b>", page), 0, column)
        for row, conflict in enumerate(self._found, start=1):
            values = (conflict.opened, conflict.theirs, conflict.mine)
            grid.addWidget(wrapped_label(conflict.label, page), row, 0)
            for column, value in enumerate(values, start=1):
                cell = wrapped_label(shown(value), page)
                cell.setObjectName(f"{conflict.name}.{('opened', 'theirs', 'mine')[column - 1]}")
                grid.addWidget(cell, row, column)
            grid.addWidget(self._choice(conflict, page), row, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(len(self._found) + 1, 1)
        return page

    def _choice(self, conflict: FieldConflict, page: QWidget) -> QWidget:
        box = QWidget(page)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        mine, theirs = (
            QRadioButton(self.tr("Keep mine"), box),
            QRadioButton(self.tr("Take theirs"), box),
        )
        mine.setObjectName(f"{conflict.name}.keep_mine")
        theirs.setObjectName(f"{conflict.name}.take_theirs")
        group = QButtonGroup(box)
        group.addButton(mine)
        group.addButton(theirs)
        (mine if conflict.mine_changed else theirs).setChecked(True)
        layout.addWidget(mine)
        layout.addWidget(theirs)
        self._keep_mine[conflict.name] = mine
        return box

    def fields(self) -> list[str]:
        """The names of the fields listed, in order."""
        return [c.name for c in self._found]

    def keep_mine(self, name: str, keep: bool = True) -> None:
        """Choose Keep mine (or Take theirs) for field ``name``, as a click does."""
        button = self._keep_mine[name]
        target = button if keep else next(b for b in button.group().buttons() if b is not button)
        target.setChecked(True)

    def chosen(self) -> dict[str, Any]:
        """The values to save on top of their version: each field kept as mine."""
        return {c.name: c.mine for c in self._found if self._keep_mine[c.name].isChecked()}


def version_of(register: Any, kind: str, record: Any) -> int | None:
    """The stored version of ``record`` (None: no record, or a kind without versions)."""
    from filing_desk.domain.errors import InvalidInput
    from filing_desk.store.versions import VERSIONED

    if record is None or kind not in VERSIONED or not hasattr(register, "version"):
        return None
    try:
        found: int = register.version(kind, record.id)
    except InvalidInput:  # deleted meanwhile: the next save says so
        return None
    return found


def resolve(
    form: Any,
    editor: Any,
    opened: Any,
    mine: dict[str, Any],
    names: Iterable[str],
    label: Callable[[str], str],
) -> ConflictDialog | None:
    """After ``editor`` refused ``mine`` as stale: show theirs in ``form`` and, when theirs and
    mine differ, open the dialog; Merge saves the fields kept as mine on top of their version
    (one save through ``editor``), Take theirs saves nothing. Returns the dialog opened."""
    kind, ident = form.kind, opened.id
    version = version_of(editor.register, kind, opened)  # read before theirs: never newer
    theirs = form.fetch(ident)
    form.set_record(theirs)
    found = conflicts(names, opened, theirs, mine, label)
    if not found:
        return None
    dialog = ConflictDialog(found, form.window())

    def done(result: int) -> None:
        chosen = dialog.chosen() if result == QDialog.DialogCode.Accepted else {}
        kept = {name: value for name, value in chosen.items() if value != getattr(theirs, name)}
        if kept:
            editor.save(kind, ident, kept, None, version)

    dialog.finished.connect(done)
    dialog.open()
    return dialog
