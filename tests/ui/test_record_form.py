"""The record form is built from the field declarations: every edited field, its declared label and
the editor its type calls for; a field added by declaration and migration is edited like the rest.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
)

from filing_desk.domain.enums import AlgorithmType
from filing_desk.domain.fields.declare import Kind, declared
from filing_desk.domain.records import Algorithm
from filing_desk.ui.record_form import RecordEditor, RecordForm

URL = "https://beian.cac.gov.cn/#/final/detail?id=20260302"


def _form(qtbot, register, kind: str = "algorithm") -> RecordForm:
    form = RecordForm(kind, RecordEditor(register, QUndoStack()))
    qtbot.addWidget(form)
    return form


def _labels(form: RecordForm) -> list[str]:
    layout = form.layout().itemAt(0).layout()
    assert isinstance(layout, QFormLayout)
    role = QFormLayout.ItemRole.LabelRole
    return [layout.itemAt(row, role).widget().text() for row in range(layout.rowCount())]


def test_every_edited_field_in_declaration_order_with_its_label(qtbot, english, register):
    form = _form(qtbot, register)
    shown = [d for d in declared(Algorithm) if d.decl.edited and d.shape.kind is not Kind.CHOICES]
    assert _labels(form) == [d.label("en") for d in shown]
    assert "Public record link" in _labels(form)
    kinds = {
        "name": QLineEdit,
        "principle": QPlainTextEdit,
        "algo_type": QComboBox,
        "public_opinion": QCheckBox,
        "launch_date": QDateEdit,
        "public_record_url": QLineEdit,
    }
    for name, widget in kinds.items():
        assert isinstance(form.editor_for(name), widget), name


def test_the_added_field_is_edited_and_kept(qtbot, english, register):
    entity = register.create_entity(name="北京示例科技有限公司")
    algo = register.create_algorithm(entity.id, name="示例推荐算法", algo_type=AlgorithmType.PUSH)
    form = _form(qtbot, register)
    form.set_record(algo)
    line = form.editor_for("public_record_url")
    qtbot.keyClicks(line, URL)
    line.editingFinished.emit()
    assert register.algorithm(algo.id).public_record_url == URL
    assert form.record().public_record_url == URL
