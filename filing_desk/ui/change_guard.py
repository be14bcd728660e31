"""The record editor's guard for filed fields: nothing opens a modification (变更) silently.

``confirm_edit`` asks the register (``workflows.changes.ChangeDesk.preview``) what saving a value
would do; when it opens or joins a modification it shows ``ChangeConfirmDialog`` (window-modal,
not blocking) and calls ``save`` with the change date only when the user accepts; Cancel writes
nothing and leaves the typed value in its editor. ``say_kept`` tells, after an undo, which
modifications stayed open and why. No rules here and no writes of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from filing_desk.domain.change_plans import Kept
from filing_desk.domain.fields.declare import declared_field
from filing_desk.ui.i18n import QT_TRANSLATE_NOOP, lang
from filing_desk.ui.messages import field_label
from filing_desk.workflows.changes import ChangeDesk

_NEVER_FILED_KINDS = ("entity", "algorithm")  # whose non-filed fields need no preview


def may_open(records: dict[str, type], kind: str, name: str) -> bool:
    """False only for a declared entity or algorithm field that is not filed (no preview)."""
    if kind not in _NEVER_FILED_KINDS:
        return True
    found = declared_field(records[kind], name)
    return found is None or bool(found.decl.filed)


def confirm_edit(
    desk: ChangeDesk,
    kind: str,
    record_id: int,
    values: dict[str, Any],
    parent: QWidget | None,
    save: Callable[[date | None], None],
) -> QWidget | None:
    """Save at once when no modification is concerned; else ask first (the dialog, returned).
    Raises what the write would raise (InvalidInput), having written nothing."""
    effects = desk.preview(kind, record_id, values)
    if not effects:
        save(None)
        return None
    from filing_desk.ui.change_confirm import ChangeConfirmDialog

    dialog = ChangeConfirmDialog(desk, effects, parent)
    dialog.accepted.connect(lambda: save(dialog.change_date()))
    dialog.open()
    return dialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordEditor", text)


_KEPT: dict[str, str] = {
    "joined": QT_TRANSLATE_NOOP(
        "RecordEditor",
        "The field is restored, but the modification of {name} stays open: it also records "
        "other changes ({fields}).",
    ),
    "attachments": QT_TRANSLATE_NOOP(
        "RecordEditor",
        "The field is restored, but the modification of {name} stays open: files are attached "
        "to it.",
    ),
    "submitted": QT_TRANSLATE_NOOP(
        "RecordEditor",
        "The field is restored, but the modification of {name} stays: it was submitted.",
    ),
}


def kept_text(desk: ChangeDesk, kept: Sequence[Kept]) -> str:
    """One sentence per modification an undo could not discard."""
    lines = []
    for k in kept:
        fields = ("、" if lang() == "zh" else ", ").join(field_label(f) for f in k.fields)
        text = _tr(_KEPT.get(k.reason, _KEPT["submitted"]))
        lines.append(text.format(name=desk.algorithm_name(k.algorithm_id), fields=fields))
    return "\n".join(lines)


def say_kept(desk: ChangeDesk, kept: Sequence[Kept]) -> QMessageBox:
    """Tell (without blocking) which modifications stayed open after an undo, and why."""
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(_tr("Undo"))
    box.setText(kept_text(desk, kept))
    box.open()
    return box
