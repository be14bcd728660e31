"""Reading and answering the attachments panel in widget tests: its cells, the kinds dialog that
follows picking or dropping files, selecting a version."""

from __future__ import annotations

from filing_desk.domain.enums import AttachmentKind
from filing_desk.ui.attachments_panel import AttachmentsPanel


def cells(panel: AttachmentsPanel, row: int) -> list[str]:
    model = panel.model
    return [model.index(row, c).data() for c in range(model.columnCount())]


def kinds_shown(dialog) -> list[AttachmentKind]:
    return [AttachmentKind(combo.currentData()) for combo in dialog.combos]


def answer_kinds(qtbot, panel: AttachmentsPanel, *kinds: AttachmentKind) -> None:
    """The kinds dialog that follows picking or dropping files: set ``kinds``, then Attach."""
    dialog = panel.kinds_dialog
    assert dialog.isVisible()
    for combo, kind in zip(dialog.combos, kinds, strict=False):
        combo.setCurrentIndex(combo.findData(kind.value))
    with qtbot.waitSignal(panel.changed, timeout=2000):
        dialog.accept()


def select_row(panel: AttachmentsPanel, filename: str, version: int) -> None:
    for row, info in enumerate(panel.model.rows()):
        if info.filename == filename and info.version == version:
            panel.view.selectRow(row)
            return
    raise AssertionError(f"{filename} v{version} not listed")
