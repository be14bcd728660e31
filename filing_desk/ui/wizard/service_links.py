"""The service wizard's links page: the entity's products the service powers, and the entity's
生成合成类 algorithms it is filed under (so both procedures are seen together).

Two checkable lists read from the register (``products(entity_id=…)``, ``algorithms(…)``); the
ticked ids are the service's ``product_ids`` and ``algorithm_ids``. A link the service holds to
a record no longer listed (another entity's, say) is kept as it is. No writes here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWizardPage

from filing_desk.domain.enums import AlgorithmType
from filing_desk.domain.genai_services import GenAIService
from filing_desk.ui.wizard.editors import HINT_COLOUR, wrapped_label
from filing_desk.ui.wizard.service_models import focus_soon

if TYPE_CHECKING:
    from filing_desk.store.register import Register

ID_ROLE = Qt.ItemDataRole.UserRole


class ServiceLinksPage(QWizardPage):
    """Tick the products the service powers and the algorithms it is filed under."""

    def __init__(self, register: Register, entity_id: int, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self._kept: tuple[tuple[int, ...], tuple[int, ...]] = ((), ())
        self.setTitle(self.tr("Products and algorithms"))
        layout = QVBoxLayout(self)
        self.products = self._list(layout, self.tr("Products the service powers:"))
        for product in register.products(entity_id=entity_id):
            assert product.id is not None
            self._add(self.products, product.id, f"{product.name}（{product.form.label(lang)}）")
        self._empty(layout, self.products, self.tr("The entity has no products yet."))
        self.algorithms = self._list(
            layout, self.tr("Generation / synthesis algorithms it is filed under:")
        )
        for algorithm in register.algorithms(entity_id):
            if algorithm.algo_type is AlgorithmType.GENERATION and algorithm.id is not None:
                number = f" · {algorithm.filing_number}" if algorithm.filing_number else ""
                self._add(self.algorithms, algorithm.id, algorithm.name + number)
        self._empty(
            layout, self.algorithms, self.tr("The entity has no generation / synthesis algorithm.")
        )
        layout.addStretch(1)

    def _list(self, layout: QVBoxLayout, title: str) -> QListWidget:
        widget = QListWidget()
        widget.setMaximumHeight(130)
        label = QLabel(title)
        label.setBuddy(widget)
        layout.addWidget(label)
        layout.addWidget(widget)
        return widget

    def _empty(self, layout: QVBoxLayout, widget: QListWidget, text: str) -> None:
        if widget.count():
            return
        widget.hide()
        hint = wrapped_label(text)
        hint.setStyleSheet(f"color: {HINT_COLOUR};")
        layout.addWidget(hint)

    @staticmethod
    def _add(widget: QListWidget, record_id: int, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, record_id)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)

    @staticmethod
    def _items(widget: QListWidget) -> list[QListWidgetItem]:
        return [widget.item(row) for row in range(widget.count())]

    def _check(self, widget: QListWidget, ids: Iterable[int]) -> tuple[int, ...]:
        """Tick ``ids``; return those the list does not hold (kept as they are)."""
        wanted = set(ids)
        for item in self._items(widget):
            checked = item.data(ID_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            wanted.discard(item.data(ID_ROLE))
        return tuple(sorted(wanted))

    def load(self, service: GenAIService) -> None:
        self._kept = (
            self._check(self.products, service.product_ids),
            self._check(self.algorithms, service.algorithm_ids),
        )

    def _ticked(self, widget: QListWidget, kept: tuple[int, ...]) -> tuple[int, ...]:
        ticked = [
            int(i.data(ID_ROLE))
            for i in self._items(widget)
            if i.checkState() == Qt.CheckState.Checked
        ]
        return tuple(sorted({*ticked, *kept}))

    def values(self) -> dict[str, object]:
        """``product_ids`` and ``algorithm_ids`` as ticked."""
        return {
            "product_ids": self._ticked(self.products, self._kept[0]),
            "algorithm_ids": self._ticked(self.algorithms, self._kept[1]),
        }

    def initializePage(self) -> None:
        focus_soon(self)
