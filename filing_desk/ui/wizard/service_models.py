"""The service wizard's models page: a list editor of the models a service runs or calls.

Each row is a ``ServiceModel``: name, version, origin (own / fine-tuned / third-party),
developer, the base model of a fine-tuned one and the 备案号 of a third-party one, checked as
it is typed (``domain.codes.check_model_number``; the sentence is ``ui.messages``'). Labels are
the online-filing form's models table's (``service_plan.model_labels``) or the declarations';
help the declarations'. A model without a name, or with a malformed number, holds the page up;
a third-party model with no number at all is the track page's readiness error (a registration
cannot rest on an unfiled model). No rule and no register here.

Signals:
    models_changed(): a row was added, edited or removed.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from filing_desk.domain import codes
from filing_desk.domain.enums import ModelOrigin, ModelTrack
from filing_desk.domain.fields.declare import declared_field
from filing_desk.domain.genai_services import ServiceModel
from filing_desk.domain.issues import Issue
from filing_desk.forms.spec import Text
from filing_desk.ui.focus import focus_first
from filing_desk.ui.messages import issue_text
from filing_desk.ui.wizard.editors import HINT_COLOUR, issue_row, show_issue_row, wrapped_label

TEXT_FIELDS = ("name", "version", "developer", "tuned_from", "filing_number")


def focus_soon(inside: QWidget) -> None:
    """Focus the first field inside ``inside`` once the events of showing it are done (a wizard
    being shown gives its default button the focus after initialising the first page)."""
    QTimer.singleShot(0, inside, lambda: focus_first(inside))


def number_issues(model: ServiceModel, index: int) -> list[Issue]:
    """The live check of a third-party model's 备案号 (empty: none here)."""
    if not model.is_third_party:
        return []
    field = f"service.models[{index}].filing_number"
    return codes.check_model_number(model.filing_number, ModelTrack.FILING, field)


class ServiceModelsPage(QWizardPage):
    """Add, edit and remove the service's models; the selected row is edited below the list."""

    models_changed = Signal()

    def __init__(
        self,
        lang: str,
        models: tuple[ServiceModel, ...] = (),
        labels: dict[str, Text] | None = None,
    ) -> None:
        super().__init__()
        self.lang = lang
        self._labels = labels or {}
        self.models: list[ServiceModel] = list(models)
        self._loading = False
        self.setTitle(self.tr("Models"))
        self.setSubTitle(
            self.tr("The models the service runs or calls: the track is derived from them.")
        )
        self._build()
        self._fill_list()
        self._on_row_changed(self.list.currentRow())

    def _label(self, name: str) -> str:
        if name in self._labels:
            return self._labels[name].get(self.lang)
        found = declared_field(ServiceModel, name)
        return found.label(self.lang) if found is not None else name

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.list = QListWidget()
        self.list.setMaximumHeight(110)
        self.list.currentRowChanged.connect(self._on_row_changed)
        top.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.add_button = QPushButton(self.tr("Add model"))
        self.remove_button = QPushButton(self.tr("Remove model"))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        top.addLayout(buttons)
        outer.addLayout(top)
        self.editor = QWidget()
        form = QFormLayout(self.editor)
        self.lines: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        for name in TEXT_FIELDS:
            line = QLineEdit()
            line.textEdited.connect(self._on_edited)
            found = declared_field(ServiceModel, name)
            line.setToolTip(found.decl.help.get(self.lang) if found is not None else "")
            self.lines[name] = line
            self.labels[name] = QLabel(self._label(name) + (" *" if name == "name" else ""))
            self.labels[name].setBuddy(line)
        self.origin = QComboBox()
        for member in ModelOrigin:
            self.origin.addItem(member.label(self.lang), member.value)
        self.origin.currentIndexChanged.connect(self._on_edited)
        for name in ("name", "version"):
            form.addRow(self.labels[name], self.lines[name])
        origin_label = QLabel(self._label("origin"))
        origin_label.setBuddy(self.origin)
        form.addRow(origin_label, self.origin)
        for name in ("developer", "tuned_from", "filing_number"):
            form.addRow(self.labels[name], self.lines[name])
        self.number_issue = issue_row()
        form.addRow("", self.number_issue[0])
        outer.addWidget(self.editor)
        self.empty_label = wrapped_label(self.tr("No model yet: add the models the service uses."))
        self.empty_label.setStyleSheet(f"color: {HINT_COLOUR};")
        outer.addWidget(self.empty_label)
        outer.addStretch(1)

    def load(self, models: list[ServiceModel]) -> None:
        """Show ``models`` instead (a draft kept through auto-lock), the first one selected."""
        self.models = list(models)
        self._fill_list()
        self._on_row_changed(self.list.currentRow())
        self.models_changed.emit()
        self.completeChanged.emit()

    def _row_text(self, model: ServiceModel) -> str:
        name = " ".join(p for p in (model.name, model.version) if p) or self.tr("(no name)")
        return f"{name} · {model.origin.label(self.lang)}"

    def _fill_list(self) -> None:
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for model in self.models:
            self.list.addItem(self._row_text(model))
        self.list.blockSignals(False)
        if self.models:
            self.list.setCurrentRow(min(max(row, 0), len(self.models) - 1))

    @Slot(int)
    def _on_row_changed(self, row: int) -> None:
        has_row = 0 <= row < len(self.models)
        self.editor.setVisible(has_row)
        self.remove_button.setEnabled(has_row)
        self.empty_label.setVisible(not self.models)
        if not has_row:
            return
        model = self.models[row]
        self._loading = True
        for name, line in self.lines.items():
            line.setText(getattr(model, name))
        self.origin.setCurrentIndex(max(self.origin.findData(model.origin.value), 0))
        self._loading = False
        self._show_row(model, row)

    def _show_row(self, model: ServiceModel, row: int) -> None:
        """Show the fields the origin asks (base model: fine-tuned; 备案号: third-party)."""
        for name, shown in (
            ("tuned_from", model.origin is ModelOrigin.FINE_TUNED),
            ("filing_number", model.is_third_party),
        ):
            self.labels[name].setVisible(shown)
            self.lines[name].setVisible(shown)
        lines = [issue_text(i) for i in number_issues(model, row)]
        errors = any(i.is_error for i in number_issues(model, row))
        show_issue_row(*self.number_issue, lines, error=errors)

    @Slot()
    def _on_edited(self) -> None:
        row = self.list.currentRow()
        if self._loading or not 0 <= row < len(self.models):
            return
        values: dict[str, object] = {n: line.text().strip() for n, line in self.lines.items()}
        values["origin"] = ModelOrigin(self.origin.currentData())
        model = dataclasses.replace(self.models[row], **values)  # type: ignore[arg-type]
        self.models[row] = model
        self.list.item(row).setText(self._row_text(model))
        self._show_row(model, row)
        self.models_changed.emit()
        self.completeChanged.emit()

    @Slot()
    def _on_add_clicked(self) -> None:
        self.models.append(ServiceModel())
        self._fill_list()
        self.list.setCurrentRow(len(self.models) - 1)
        self.lines["name"].setFocus()
        self.models_changed.emit()
        self.completeChanged.emit()

    @Slot()
    def _on_remove_clicked(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.models):
            return
        del self.models[row]
        self._fill_list()
        self._on_row_changed(self.list.currentRow())
        self.models_changed.emit()
        self.completeChanged.emit()

    def initializePage(self) -> None:
        if self.models:
            focus_soon(self.editor)
        else:  # nothing to edit yet: the first thing to do is add one
            QTimer.singleShot(0, self.add_button, self.add_button.setFocus)

    def isComplete(self) -> bool:
        """Every model is named and no 备案号 is malformed."""
        return all(
            m.name.strip() and not any(i.is_error for i in number_issues(m, n))
            for n, m in enumerate(self.models)
        )
