"""The attachments table's rows: kind, file name, size, date added, version, status (current or
superseded). Display only: no register access, no actions.
"""

from __future__ import annotations

from datetime import UTC
from operator import attrgetter

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimeZone
from PySide6.QtWidgets import QWidget

from filing_desk.domain.filenames import safe_filename
from filing_desk.domain.records import AttachmentInfo
from filing_desk.ui.i18n import lang
from filing_desk.ui.table_model import Column, ReadOnlyTableModel


class AttachmentTableModel(ReadOnlyTableModel[AttachmentInfo]):
    """Attachment metadata rows: kind, file name, size, date added, version, status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, key=attrgetter("id"))
        language, right = lang(), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        current, superseded = self.tr("Current"), self.tr("Superseded")
        self.set_columns(
            [
                Column(self.tr("Kind"), lambda a: a.kind.label(language)),
                # a name stored by an older version may hide bidi controls
                Column(self.tr("File name"), lambda a: safe_filename(a.filename)),
                Column(
                    self.tr("Size"),
                    lambda a: QLocale().formattedDataSize(a.size),
                    sort=attrgetter("size"),
                    align=right,
                ),
                Column(self.tr("Added"), _added_text, sort=attrgetter("added_at")),
                Column(
                    self.tr("Version"),
                    lambda a: str(a.version),
                    sort=attrgetter("version"),
                    align=right,
                ),
                Column(self.tr("Status"), lambda a: superseded if a.superseded else current),
            ]
        )


def _added_text(info: AttachmentInfo) -> str:
    """When the file was added, in local time and the locale's short format."""
    added = info.added_at if info.added_at.tzinfo else info.added_at.replace(tzinfo=UTC)
    # PySide6 converts date and time to QDate and QTime; its stubs do not say so
    when = QDateTime(added.date(), added.time(), QTimeZone.utc())  # type: ignore[call-overload]
    return QLocale().toString(when.toLocalTime(), QLocale.FormatType.ShortFormat)
