"""The portal fields where a user meets them: the entity's record form edits the licence block and
the user scale (a whole number typed as text; a negative one is refused under the field), and the
algorithm's overview line names the CAC list it first appeared in."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit

from filing_desk.domain.enums import AlgorithmType, LicenceType
from filing_desk.ui.detail_pane import DetailPane
from filing_desk.ui.record_form import RecordEditor, RecordForm


def _entity_form(qtbot, register) -> tuple[RecordForm, int]:
    entity = register.create_entity(name="北京示例科技有限公司")
    form = RecordForm("entity", RecordEditor(register, QUndoStack()))
    qtbot.addWidget(form)
    form.set_record(entity)
    return form, int(entity.id)


def test_the_entity_form_has_the_licence_block(qtbot, english, register) -> None:
    form, _ = _entity_form(qtbot, register)
    kinds = {
        "licence_type": QComboBox,
        "licence_number": QLineEdit,
        "licence_address": QLineEdit,
        "licence_valid_from": QDateEdit,
        "licence_valid_until": QDateEdit,
        "icp_number": QLineEdit,
        "news_licence_number": QLineEdit,
        "monthly_active_users": QLineEdit,
    }
    for name, widget in kinds.items():
        assert isinstance(form.editor_for(name), widget), name
    combo = form.editor_for("licence_type")
    assert [combo.itemData(i) for i in range(combo.count())] == list(LicenceType)


def test_monthly_active_users_typed_then_refused_when_negative(qtbot, english, register) -> None:
    form, entity_id = _entity_form(qtbot, register)
    line = form.editor_for("monthly_active_users")
    qtbot.keyClicks(line, "1200000")
    line.editingFinished.emit()
    assert register.entity(entity_id).monthly_active_users == 1_200_000
    assert line.text() == "1200000"

    line.setText("-5")
    line.editingFinished.emit()
    assert register.entity(entity_id).monthly_active_users == 1_200_000  # nothing changed
    assert line.text() == "1200000"  # the stored value is shown again
    shown = [label.text() for label in form.findChildren(QLabel) if label.isVisibleTo(form)]
    assert "Monthly active users cannot be negative." in shown


def test_the_overview_names_the_first_list(qtbot, english, register, tmp_path) -> None:
    entity = register.create_entity(name="北京示例科技有限公司")
    algo = register.create_algorithm(entity.id, name="示例推荐算法", algo_type=AlgorithmType.PUSH)
    pane = DetailPane(register, RecordEditor(register, QUndoStack()), tmp_path)
    qtbot.addWidget(pane)
    pane.show_algorithm(int(algo.id))
    assert "Listed" not in pane.summary.text()
    register.update_algorithm(algo.id, list_batch="2025年7月", list_published=date(2025, 7, 14))
    pane.show_algorithm(int(algo.id))
    assert "Listed: 2025年7月 (2025-07-14)" in pane.summary.text()
