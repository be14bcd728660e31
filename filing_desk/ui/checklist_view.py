"""ChecklistView: the checklists of one subject (entity, algorithm, product or generative-AI
service) — pick a library that applies to it, start its assessment, see its items as a tree with
each answer, filter them by result, follow the progress, and answer an item or drop evidence
files on it.

The libraries are the shipped ones (``forms.checklist_loader``); which items apply, the
progress and the reviews due are ``domain.assessments``'; every write is a Register call made by
this view or its AnswerEditor. No SQL and no rules here.

Signals:
    changed(): an assessment was started, answered or given evidence (the window refreshes the
    dashboard and the attachments).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from filing_desk.domain import assessments as rules
from filing_desk.domain.assessments import Assessment, Result
from filing_desk.domain.checklists import Library, Subject
from filing_desk.domain.enums import OwnerType
from filing_desk.domain.errors import DomainError
from filing_desk.forms.errors import ChecklistErrors
from filing_desk.store.errors import RegisterError
from filing_desk.ui.checklist_answer import AnswerEditor
from filing_desk.ui.checklist_model import (
    ITEM_ID_ROLE,
    ChecklistTreeModel,
    ResultFilter,
    ResultFilterProxy,
)
from filing_desk.ui.checklist_tree import ChecklistTree
from filing_desk.ui.i18n import lang
from filing_desk.ui.messages import error_text
from filing_desk.ui.screen_fit import ElidedLabel, compact_combo

KINDS = (OwnerType.ALGORITHM, OwnerType.ENTITY, OwnerType.PRODUCT, OwnerType.SERVICE)


class ChecklistView(QWidget):
    """Subject and library pickers, progress, filter; the item tree beside the answer editor."""

    changed = Signal()

    def __init__(self, register: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._register = register
        self._lang = lang()
        self._libraries: dict[str, Library] | None = None  # read on first show
        self.library: Library | None = None
        self.subject: Subject | None = None
        self.assessment: Assessment | None = None
        self._laid_out: tuple[Library | None, Subject | None] = (None, None)
        self._build()

    def _build(self) -> None:
        self.kind = QComboBox(self)
        for kind in KINDS:
            self.kind.addItem(kind.label(self._lang), kind.value)
        self.subject_combo = compact_combo(QComboBox(self), 12)
        self.library_combo = compact_combo(QComboBox(self), 14)
        self.start_button = QPushButton(self.tr("Start assessment"), self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(160)
        self.progress_label = ElidedLabel("", self)
        self.filter = QComboBox(self)
        for which, text in zip(ResultFilter, self._filter_texts(), strict=True):
            self.filter.addItem(text, int(which))
        self.model = ChecklistTreeModel(self)
        self.proxy = ResultFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tree = ChecklistTree(self)
        self.tree.setModel(self.proxy)
        self.editor = AnswerEditor(self._register, self)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(self.tree)
        area = QScrollArea(self.split)
        area.setWidgetResizable(True)
        area.setWidget(self.editor)
        self.split.addWidget(area)
        self.split.setStretchFactor(0, 2)  # the items' texts need the room
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([2000, 1000])
        self.split.setChildrenCollapsible(False)
        self._lay_out()
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.subject_combo.currentIndexChanged.connect(self._on_subject_changed)
        self.library_combo.currentIndexChanged.connect(self._on_library_changed)
        self.start_button.clicked.connect(self.start_assessment)
        self.filter.currentIndexChanged.connect(self._on_filter_changed)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.tree.files_dropped.connect(self._on_files_dropped)
        self.editor.answer_saved.connect(self._on_written)
        self.editor.evidence_changed.connect(self._on_written)

    def _filter_texts(self) -> list[str]:
        label = {r: r.label(self._lang) for r in Result}
        return [
            self.tr("All items"),
            label[Result.NOT_CONFORMING],
            label[Result.UNASSESSED],
            self.tr("To review"),
            label[Result.CONFORMS],
            label[Result.NOT_APPLICABLE],
        ]

    def _lay_out(self) -> None:
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Subject:"), self))
        pick.addWidget(self.kind)
        pick.addWidget(self.subject_combo, 1)
        pick.addWidget(QLabel(self.tr("Checklist:"), self))
        pick.addWidget(self.library_combo, 2)
        pick.addWidget(self.start_button)
        state = QHBoxLayout()
        state.addWidget(self.progress)
        state.addWidget(self.progress_label, 1)
        state.addWidget(QLabel(self.tr("Show:"), self))
        state.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addLayout(state)
        layout.addWidget(self.split, 1)

    # --- loading ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # what other views wrote since (names, modalities, evidence)

    def libraries(self) -> dict[str, Library]:
        if self._libraries is None:
            from filing_desk.forms import checklist_loader

            try:
                self._libraries = checklist_loader.load_all()
            except ChecklistErrors as exc:
                self._libraries = {}
                self.progress_label.setText(str(exc))
        return self._libraries

    def refresh(self) -> None:
        """Read the subjects, libraries and the shown assessment again, keeping the choices."""
        kind = str(self.kind.currentData())
        records = {
            "algorithm": self._register.algorithms,
            "entity": self._register.entities,
            "product": self._register.products,
            "service": self._register.services,
        }[kind]()
        _refill(self.subject_combo, [(r.name, int(r.id)) for r in records])
        self._load_libraries()

    def _load_libraries(self) -> None:
        """The libraries that apply to the chosen subject, each with its progress."""
        kind, subject_id = str(self.kind.currentData()), self.subject_combo.currentData()
        choices: list[tuple[str, str]] = []
        self.subject = None
        if subject_id is not None:
            self.subject = self._register.assessment_subject(kind, int(subject_id))
            started = {a.library_id: a for a in self._register.assessments(kind, int(subject_id))}
            for library in self.libraries().values():
                if kind in library.subjects and library.applicable(self.subject):
                    title = library.title.get(self._lang)
                    choices.append((self._library_text(title, library, started), library.id))
        _refill(self.library_combo, choices)
        self._load_assessment()

    def _library_text(self, title: str, library: Library, started: dict[str, Assessment]) -> str:
        assessment = started.get(library.id)
        if assessment is None or self.subject is None:
            return self.tr("%1 (not started)").replace("%1", title)
        done = rules.progress(assessment, library, self.subject)
        return f"{title} ({done.answered}/{done.total})"

    def _load_assessment(self) -> None:
        library_id = self.library_combo.currentData()
        libraries = self.libraries()
        library = libraries.get(str(library_id)) if library_id is not None else None
        subject_id = self.subject_combo.currentData()
        keep = self.current_item_id()
        self.library = library
        if (library, self.subject) != self._laid_out:  # other items apply: lay the tree anew
            self._laid_out = (library, self.subject)
            self.model.set_items(library, self.subject, self._lang)
            self.tree.expandAll()
        self.assessment = None
        if library is not None and subject_id is not None:
            kind = str(self.kind.currentData())
            self.assessment = self._register.assessment_for(library.id, kind, int(subject_id))
        self._show_answers()
        if not (keep and self.select_item(keep)):
            self._on_current_changed(self.tree.currentIndex())

    def _show_answers(self) -> None:
        a, today = self.assessment, self._register.today()
        due = frozenset(x.item_id for x in rules.reviews_due(a, today)) if a else frozenset()
        self.model.set_answers(a, due)
        usable = a is not None and self.library is not None
        usable = usable and a.library_version == self.library.version  # type: ignore[union-attr]
        self.tree.enabled_drops = usable
        self.start_button.setEnabled(self.library is not None and a is None)
        self._show_progress()

    def _show_progress(self) -> None:
        a, library, subject = self.assessment, self.library, self.subject
        if library is None or subject is None:
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.progress_label.setText(self.tr("No checklist applies to this subject."))
            return
        done = rules.progress(a or Assessment(None, library.id, library.version, "", 0),
                              library, subject)  # fmt: skip
        self.progress.setRange(0, max(done.total, 1))
        self.progress.setValue(done.answered)
        text = self.tr("%1 / %2 answered, %3 non-conforming").replace("%1", str(done.answered))
        text = text.replace("%2", str(done.total))
        text = text.replace("%3", str(done.counts[Result.NOT_CONFORMING]))
        if done.to_review:
            text += self.tr(", %1 to review").replace("%1", str(done.to_review))
        if a is None:
            text = self.tr("Not started: %n item(s) apply.", "", done.total)
        elif a.library_version != library.version:
            text = self.tr("This assessment is against version %1 of the checklist.").replace(
                "%1", str(a.library_version)
            )
        self.progress_label.setText(text)

    # --- choosing ---------------------------------------------------------------------------

    def show_subject(
        self, kind: str, subject_id: int, library_id: str | None = None, item_id: str = ""
    ) -> None:
        """Show the subject's checklists (the library's, and its item, when given)."""
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.kind.blockSignals(False)
        self.refresh()
        _choose(self.subject_combo, subject_id)
        if library_id:
            _choose(self.library_combo, library_id)
        if item_id:
            self.filter.setCurrentIndex(0)
            self.select_item(item_id)

    def current_item_id(self) -> str:
        index = self.tree.currentIndex()
        return str(index.data(ITEM_ID_ROLE)) if index.isValid() else ""

    def select_item(self, item_id: str) -> bool:
        index = self.proxy.mapFromSource(self.model.index_of(item_id))
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        self._on_current_changed(index)
        return True

    def set_filter(self, which: ResultFilter) -> None:
        self.filter.setCurrentIndex(self.filter.findData(int(which)))

    def start_assessment(self) -> bool:
        library, subject_id = self.library, self.subject_combo.currentData()
        if library is None or subject_id is None:
            return False
        kind = str(self.kind.currentData())
        try:
            self._register.start_assessment(library, kind, int(subject_id))
        except (DomainError, RegisterError) as exc:
            self.progress_label.setText(error_text(exc))
            return False
        self._on_written()
        return True

    # --- slots ------------------------------------------------------------------------------

    @Slot()
    def _on_kind_changed(self) -> None:
        self.refresh()

    @Slot()
    def _on_subject_changed(self) -> None:
        self._load_libraries()

    @Slot()
    def _on_library_changed(self) -> None:
        self._load_assessment()

    @Slot()
    def _on_filter_changed(self) -> None:
        self.proxy.set_filter(ResultFilter(self.filter.currentData()))
        self.tree.expandAll()

    @Slot(QModelIndex)
    def _on_current_changed(self, index: QModelIndex) -> None:
        item = self.model.item_at(self.proxy.mapToSource(index)) if index.isValid() else None
        usable = self.assessment is not None and self.tree.enabled_drops  # the current version
        aid = self.assessment.id if usable and self.assessment is not None else None
        ans = self.model.answer(item.id) if item is not None else rules.Answer("")
        self.editor.show_item(aid, self.library, item, ans)

    @Slot(str, list)
    def _on_files_dropped(self, item_id: str, paths: list[Any]) -> None:
        self.select_item(item_id)
        self.editor.attach_files(paths)

    @Slot()
    def _on_written(self, *_args: Any) -> None:
        """After a write: the answers, progress and library texts again; the item stays."""
        self._load_libraries()
        self.changed.emit()


def _refill(combo: QComboBox, choices: list[tuple[str, Any]]) -> None:
    """Replace the combo's entries, keeping the chosen one (by data) when it is still there."""
    keep = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, data in choices:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(combo.findData(keep), 0) if choices else -1)
    combo.setToolTip(combo.currentText())
    combo.blockSignals(False)


def _choose(combo: QComboBox, data: Any) -> None:
    index = combo.findData(data)
    if index >= 0 and index != combo.currentIndex():
        combo.setCurrentIndex(index)  # its signal loads what follows
