"""A product's standing under the 2018 rules, edited in the detail pane's security tab: its
per-se categories (art. 2(1)) — which settle the public-opinion question of the triage — with
counsel's override and reason, and its user numbers over time with the growth threshold that
makes the dashboard suggest trigger (3).

The register checks and writes (``store.security_subjects``); a refusal is shown here and
nothing is written. No rules here: whether the product counts as public opinion is the
domain's (``OpinionProfile.public_opinion``).

Signals:
    changed(): the register was written from this box.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from filing_desk.domain.errors import DomainError
from filing_desk.domain.security_attributes import PerSeCategory, ScalePoint, Threshold
from filing_desk.store.errors import RegisterError
from filing_desk.store.security_subjects import SecuritySubjectService
from filing_desk.ui.i18n import lang
from filing_desk.ui.messages import error_text
from filing_desk.ui.security_assessment_dialog import date_edit, pydate
from filing_desk.ui.table_model import Column, ReadOnlyTableModel
from filing_desk.ui.wizard.editors import issue_row, show_issue_row


def _count(value: int | None) -> str:
    return "" if value is None else f"{value:,}"


def _number(text: str) -> int | None:
    """A count as typed (thousands separators allowed); ValueError when not a whole number."""
    cleaned = text.replace(",", "").replace("，", "").strip()
    return int(cleaned) if cleaned else None


class ScaleTableModel(ReadOnlyTableModel[ScalePoint]):
    """A product's user numbers, one row per day recorded."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent, key=attrgetter("as_of"))
        self.set_columns(
            [
                Column(self.tr("As of"), lambda p: p.as_of.isoformat(), sort=attrgetter("as_of")),
                Column(self.tr("Registered users"), lambda p: _count(p.registered)),
                Column(self.tr("Monthly active users"), lambda p: _count(p.monthly_active)),
            ]
        )


class SecurityProductBox(QGroupBox):
    """Categories, override, user scale and the threshold of one product."""

    changed = Signal()

    def __init__(self, register: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.subjects = SecuritySubjectService(register.uow)
        self.product_id: int | None = None
        self._name = ""
        self.categories: dict[PerSeCategory, QCheckBox] = {}
        grid = QGridLayout()
        for n, category in enumerate(PerSeCategory):
            box = QCheckBox(category.label(lang()), self)
            self.categories[category] = box
            grid.addWidget(box, n // 5, n % 5)
        self.override = QComboBox(self)
        for text, value in (
            (self.tr("Follow the categories"), None),
            (self.tr("Has public-opinion attributes"), True),
            (self.tr("Does not have them"), False),
        ):
            self.override.addItem(text, value)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Reason for the override (audited)"))
        self.verdict = QLabel(self)
        self.save_categories = QPushButton(self.tr("Save categories"), self)
        self.save_categories.clicked.connect(self._on_save_categories)
        override_row = QHBoxLayout()
        override_row.addWidget(self.override)
        override_row.addWidget(self.reason, 1)
        override_row.addWidget(self.save_categories)
        self.scale_model = ScaleTableModel(self)
        self.scale_view = QTableView(self)
        self.scale_view.setModel(self.scale_model)
        self.scale_view.setMinimumHeight(90)
        self.scale_date = date_edit(self, register.today())
        self.registered, self.monthly = QLineEdit(self), QLineEdit(self)
        self.registered.setPlaceholderText(self.tr("registered users"))
        self.monthly.setPlaceholderText(self.tr("monthly active users"))
        self.add_scale = QPushButton(self.tr("Add user numbers"), self)
        self.add_scale.clicked.connect(self._on_add_scale)
        scale_row = QHBoxLayout()
        for widget in (self.scale_date, self.registered, self.monthly, self.add_scale):
            scale_row.addWidget(widget)
        self.percent, self.count = QDoubleSpinBox(self), QSpinBox(self)
        self.percent.setRange(0, 10_000)
        self.percent.setSuffix(" %")
        self.count.setRange(0, 2_000_000_000)
        self.save_threshold = QPushButton(self.tr("Save threshold"), self)
        self.save_threshold.clicked.connect(self._on_save_threshold)
        threshold_row = QHBoxLayout()
        threshold_row.addWidget(QLabel(self.tr("A jump of at least"), self))
        threshold_row.addWidget(self.percent)
        threshold_row.addWidget(QLabel(self.tr("or of (users, 0: not used)"), self))
        threshold_row.addWidget(self.count)
        threshold_row.addWidget(self.save_threshold)
        threshold_row.addStretch(1)
        self.message = issue_row(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Per-se categories (2018 rules art. 2(1)):"), self))
        layout.addLayout(grid)
        layout.addLayout(override_row)
        layout.addWidget(self.verdict)
        layout.addWidget(QLabel(self.tr("User numbers over time:"), self))
        layout.addWidget(self.scale_view)
        layout.addLayout(scale_row)
        layout.addLayout(threshold_row)
        layout.addWidget(self.message[0])
        self.show_product(None, "")

    def show_product(self, product_id: int | None, name: str) -> None:
        """Show a product's profile and user numbers (None: nothing, disabled)."""
        self.product_id, self._name = product_id, name
        self.setTitle(self.tr("Product “%1” under the 2018 rules").replace("%1", name))
        self.setEnabled(product_id is not None)
        show_issue_row(*self.message, [], error=False)
        threshold = self.subjects.growth_threshold()
        self.percent.setValue(threshold.percent)
        self.count.setValue(threshold.count)
        if product_id is None:
            self.scale_model.set_rows([])
            return
        profile = self.subjects.opinion_profile(product_id)
        for category, box in self.categories.items():
            box.setChecked(category in profile.categories)
        self.override.setCurrentIndex(self.override.findData(profile.override))
        self.reason.setText(profile.override_reason)
        self._show_verdict(profile.public_opinion)
        self.scale_model.set_rows(self.subjects.user_scale([product_id]).get(product_id, []))

    def _show_verdict(self, public_opinion: bool) -> None:
        self.verdict.setText(
            self.tr("Treated as having public-opinion attributes: a security assessment is due.")
            if public_opinion
            else self.tr("Not treated as having public-opinion attributes.")
        )

    def _refused(self, exc: Exception) -> None:
        show_issue_row(*self.message, [error_text(exc)], error=True)

    @Slot()
    def _on_save_categories(self) -> None:
        if self.product_id is None:
            return
        chosen = {c for c, box in self.categories.items() if box.isChecked()}
        try:
            profile = self.subjects.set_opinion_profile(
                self.product_id, chosen, self.override.currentData(), self.reason.text()
            )
        except (DomainError, RegisterError) as exc:
            self._refused(exc)
            return
        show_issue_row(*self.message, [], error=False)
        self._show_verdict(profile.public_opinion)
        self.changed.emit()

    @Slot()
    def _on_add_scale(self) -> None:
        if self.product_id is None:
            return
        try:
            counts = [_number(e.text()) for e in (self.registered, self.monthly)]
            self.subjects.record_user_scale(
                self.product_id, pydate(self.scale_date.date()), counts[0], counts[1]
            )
        except ValueError:
            show_issue_row(*self.message, [self.tr("User numbers are whole numbers.")], error=True)
            return
        except (DomainError, RegisterError) as exc:
            self._refused(exc)
            return
        self.registered.clear()
        self.monthly.clear()
        self.show_product(self.product_id, self._name)
        self.changed.emit()

    @Slot()
    def _on_save_threshold(self) -> None:
        try:
            self.subjects.set_growth_threshold(Threshold(self.percent.value(), self.count.value()))
        except (DomainError, RegisterError) as exc:
            self._refused(exc)
            return
        self.changed.emit()
