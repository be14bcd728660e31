"""What the spreadsheet and the CAC-list import dialogs share: the report, the choice for rows
that already exist, the Import button with the reason it is disabled, and the summary.

``import_batch`` (``workflows.importing``, as the CLI's ``import``) writes the kept rows in one
transaction; nothing is written while any kept row has an error. The dialog never decides what
is valid: it shows the batch's issues and the register's answer.

Signals:
    imported(object): the ``ImportResult`` after a successful import (the window refreshes).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from filing_desk.domain.codes import format_filing_number
from filing_desk.transfer.batch import ImportBatch
from filing_desk.transfer.register_io import Prepared
from filing_desk.ui.dialogs.import_plan import ImportPlan, plan_import
from filing_desk.ui.dialogs.import_report import ReportPanel
from filing_desk.ui.messages import error_text
from filing_desk.workflows.importing import import_batch

ERROR_STYLE = "color: #b00020;"
# Strings are translated with an explicit context: in a base class, PySide's ``self.tr`` would
# look them up under the subclass's name.


class ImportCounts(QObject):
    """The import dialogs' counts, in English plural forms and the .ts's numerus entries.

    Their own class: ``tr()`` takes its context from the object's class, which for the dialogs
    is each subclass; and lupdate reads numerus forms only from ``self.tr(text, "", n)``.
    """

    def disabled(self, n: int) -> str:
        return self.tr(
            "Import is disabled: %n row(s) have errors. Fix them in the file and choose "
            "it again, or leave those rows out (untick them, or “Leave out rows with "
            "errors”).",
            "",
            n,
        )

    def ready(self, n: int) -> str:
        return self.tr(
            "Ready: %n row(s) will be imported in one step.",
            "",
            n,
        )

    def existing(self, n: int) -> str:
        return self.tr(
            "%n row(s) already in the register will be skipped.",
            "",
            n,
        )

    def repeats(self, n: int) -> str:
        return self.tr(
            "%n row(s) name an algorithm of an earlier row and will be skipped.",
            "",
            n,
        )

    def left_out(self, n: int) -> str:
        return self.tr(
            "%n row(s) with errors left out.",
            "",
            n,
        )

    def imported(self, n: int) -> str:
        return self.tr(
            "Imported: %n algorithm(s) created, %1 updated, %2 skipped (already in the "
            "register, or named by an earlier row).",
            "",
            n,
        )

    def entities(self, n: int) -> str:
        return self.tr(
            "%n new entit(ies).",
            "",
            n,
        )


@cache
def import_counts() -> ImportCounts:
    """One ImportCounts, made when first needed (after the application exists)."""
    return ImportCounts()


class BatchImportDialog(QDialog):
    """Base of the import dialogs: subclasses read a file and call ``show_prepared``."""

    imported = Signal(object)

    def __init__(self, register: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.path: Path | None = None
        self.prepared: Prepared | None = None
        self.result: Any = None
        self.setSizeGripEnabled(True)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.hide()
        self.report = ReportPanel(self)
        self.report.rows_excluded.connect(self._on_rows_excluded)
        self.existing_label = QLabel(
            QCoreApplication.translate("BatchImportDialog", "Rows already in the register:"), self
        )
        self.existing_choice = QComboBox(self)
        self.existing_choice.addItem(
            QCoreApplication.translate(
                "BatchImportDialog", "Skip them (keep the register as it is)"
            ),
            False,
        )
        self.existing_choice.addItem(
            QCoreApplication.translate("BatchImportDialog", "Update them from the file"), True
        )
        self.existing_choice.currentIndexChanged.connect(self._on_existing_choice_changed)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.import_button = QPushButton(
            QCoreApplication.translate("BatchImportDialog", "Import"), self
        )
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.import_rows)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self._existing: dict[int, str] = {}
        self._show_state()

    def footer(self) -> QHBoxLayout:
        """The existing-rows choice (for the subclass's layout)."""
        row = QHBoxLayout()
        row.addWidget(self.existing_label)
        row.addWidget(self.existing_choice)
        row.addStretch(1)
        return row

    # --- state --------------------------------------------------------------------------

    def show_problem(self, exc: BaseException | None) -> None:
        """A refused file: the store's or the reader's message; nothing can be imported."""
        if exc is None:
            self.problem.hide()
            return
        self.problem.setText(error_text(exc))
        self.problem.setToolTip(str(exc))
        self.problem.show()
        self.prepared = None
        self.report.set_batch(None, {})
        self._show_state()

    def show_prepared(self, prepared: Prepared | None) -> None:
        """Show a read and validated file; rows matching the register are listed."""
        self.prepared, self.result = prepared, None
        self.show_problem(None)
        self._existing = dict(prepared.existing(self.register)) if prepared else {}
        whole_register = prepared is not None and prepared.snapshot is not None
        self.report.set_batch(
            prepared.batch if prepared else None,
            self._existing,
            self.update_existing(),
            checkable=not whole_register,
        )
        self._show_state()

    def update_existing(self) -> bool:
        return bool(self.existing_choice.currentData())

    def kept(self) -> Prepared | None:
        """What Import would write: the prepared file without the rows left out."""
        if self.prepared is None:
            return None
        if self.prepared.snapshot is not None:
            return self.prepared
        batch = self.report.kept_batch()
        return Prepared(batch) if batch is not None else None

    @Slot(int)
    def _on_existing_choice_changed(self, _index: int) -> None:
        if self.prepared is not None:
            self.report.model.set_batch(self.prepared.batch, self._existing, self.update_existing())
        self._show_state()

    @Slot()
    def _on_rows_excluded(self) -> None:
        self.report.update_counts()
        self._show_state()

    def _show_state(self) -> None:
        kept = self.kept()
        batch: ImportBatch | None = kept.batch if kept else None
        existing = [line for line in self._existing if line not in self.report.model.excluded]
        self.existing_label.setVisible(bool(existing))
        self.existing_choice.setVisible(bool(existing))
        if self.result is not None:
            self.import_button.setEnabled(False)
            return
        if batch is None:
            self.status.setStyleSheet("")
            self.status.setText(
                QCoreApplication.translate("BatchImportDialog", "Choose a file to import.")
            )
            self.import_button.setEnabled(False)
            return
        errors = batch.counts().errors
        rows = len(batch.rows)
        self.import_button.setEnabled(rows > 0 and errors == 0)
        self.status.setStyleSheet(ERROR_STYLE if errors else "")
        if errors:
            self.status.setText(import_counts().disabled(errors))
        elif rows == 0:
            self.status.setText(
                QCoreApplication.translate("BatchImportDialog", "No rows to import.")
            )
        else:
            self.status.setText(self._ready_text(batch))

    def _ready_text(self, batch: ImportBatch) -> str:
        """How many kept rows will be written, and how many skipped and why."""
        whole = self.prepared is not None and self.prepared.snapshot is not None
        plan = (  # a whole register goes into an empty one: every row is written
            ImportPlan(created=len(batch.rows))
            if whole
            else plan_import(batch.rows, self._existing, self.update_existing())
        )
        parts = [import_counts().ready(plan.written)]
        if plan.skipped_existing:
            parts.append(import_counts().existing(plan.skipped_existing))
        if plan.skipped_repeats:
            parts.append(import_counts().repeats(plan.skipped_repeats))
        left_out = len(self.report.model.excluded)
        if left_out:
            parts.append(import_counts().left_out(left_out))
        return " ".join(parts)

    # --- import -------------------------------------------------------------------------

    @Slot()
    def import_rows(self) -> Any:
        """Write the kept rows in one transaction; show what was created, updated, skipped."""
        kept = self.kept()
        if kept is None or not self.import_button.isEnabled():
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = import_batch(self.register, kept, update_existing=self.update_existing())
        except Exception as exc:  # InvalidInput, RegisterError: nothing was written
            self.status.setText(error_text(exc))
            self.status.setStyleSheet(ERROR_STYLE)
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.result = result
        self.status.setStyleSheet("")
        self.status.setText(self.summary(result))
        self._show_state()
        self.imported.emit(result)
        return result

    def summary(self, result: Any) -> str:
        """``ImportResult`` in a sentence, and each name the import kept although the file
        names the algorithm differently (matched by its filing number)."""
        kept = [
            QCoreApplication.translate(
                "BatchImportDialog",
                "%1 keeps its name in the register, “%2”; the file names it “%3”.",
            )
            .replace("%1", format_filing_number(number))
            .replace("%2", mine)
            .replace("%3", theirs)
            for number, mine, theirs in getattr(result, "names_kept", ())
        ]
        return "\n".join([self._counts(result), *kept])

    def _counts(self, result: Any) -> str:
        algorithms = (
            import_counts()
            .imported(int(getattr(result, "created", 0)))
            .replace("%1", str(getattr(result, "updated", 0)))
            .replace("%2", str(getattr(result, "skipped", 0)))
        )
        entities = import_counts().entities(int(getattr(result, "entities_created", 0)))
        return f"{algorithms} {entities}"
