"""No silent statutory actions (issue 19.3): editing a filed field says which modification opens
and when it is due, asks the change date, writes nothing on Cancel; undo removes the modification
the edit alone opened; a modification opened by mistake is discarded with a reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from filing_desk.domain.enums import AlgorithmState, ProcedureKind, ProcedureState
from filing_desk.ui.detail_pane import DetailPane
from filing_desk.ui.record_form import RecordEditor, RecordForm
from tests.helpers.changes import filed
from tests.helpers.gui import type_text


def _form(qtbot, register, algo_id: int) -> tuple[RecordForm, RecordEditor, QUndoStack]:
    stack = QUndoStack()
    editor = RecordEditor(register, stack)
    form = RecordForm("algorithm", editor)
    qtbot.addWidget(form)
    form.set_record(register.algorithm(algo_id))
    return form, editor, stack


def _type(form: RecordForm, name: str, text: str) -> None:
    line = form.editor_for(name)
    line.clear()
    type_text(line, text)
    line.editingFinished.emit()


def _mods(register, algo_id: int) -> list:
    return [p for p in register.procedures(algo_id) if p.kind is ProcedureKind.MODIFICATION]


def test_dialog_shows_due_dates_and_cancel_keeps_the_text(qtbot, english, register):
    _, algo_id = filed(register)
    form, editor, stack = _form(qtbot, register, algo_id)
    events = len(register.audit_events())
    _type(form, "main_use", "用于直播推荐")
    dialog = editor.confirm_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.texts() == [
        "推荐算法: this change opens a modification (变更) due on 2026-12-07."
    ]
    dialog.day.setDate(QDate(2026, 9, 30))  # National Day (1-7 Oct) is not counted
    assert dialog.texts() == [
        "推荐算法: this change opens a modification (变更) due on 2026-10-20."
    ]
    assert dialog.day.maximumDate() == QDate(2026, 11, 23)  # today: not in the future
    assert dialog.day.minimumDate() == QDate(2026, 8, 10)  # not before the filing
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.LeftButton)
    assert not dialog.isVisible()
    assert form.editor_for("main_use").text() == "用于直播推荐"  # the typed edit stays
    assert register.algorithm(algo_id).main_use == "个性化推荐"
    assert _mods(register, algo_id) == [] and stack.count() == 0
    assert len(register.audit_events()) == events  # nothing written


def test_accept_dates_the_modification_and_undo_discards_it(qtbot, english, register):
    _, algo_id = filed(register)
    form, editor, stack = _form(qtbot, register, algo_id)
    _type(form, "main_use", "用于直播推荐")
    dialog = editor.confirm_dialog
    dialog.day.setDate(QDate(2026, 9, 30))
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    (mod,) = _mods(register, algo_id)
    assert (mod.trigger_date, mod.due_date) == (date(2026, 9, 30), date(2026, 10, 20))
    assert register.algorithm(algo_id).main_use == "用于直播推荐"
    stack.undo()
    assert register.algorithm(algo_id).main_use == "个性化推荐"
    assert form.editor_for("main_use").text() == "个性化推荐"
    assert _mods(register, algo_id)[0].state is ProcedureState.DISCARDED
    assert not any(d.procedure.algorithm_id == algo_id for d in register.deadlines())
    assert register.algorithm(algo_id).state is AlgorithmState.FILED
    event = next(e for e in register.audit_events() if e.action == "procedure.discard")
    assert event.after["discarded"] == "undo"
    assert editor.notice is None
    stack.redo()  # the same change, the same change date
    live = [p for p in _mods(register, algo_id) if p.state is ProcedureState.EDITING]
    assert [p.trigger_date for p in live] == [date(2026, 9, 30)]


def test_undo_says_the_modification_stays_when_another_change_joined(qtbot, english, register):
    _, algo_id = filed(register)
    form, editor, stack = _form(qtbot, register, algo_id)
    _type(form, "main_use", "用于直播推荐")
    qtbot.mouseClick(editor.confirm_dialog.save_button, Qt.LeftButton)
    _type(form, "name", "推荐算法二")
    joined = editor.confirm_dialog
    assert joined.texts() == [
        "推荐算法: this change joins the open modification due on 2026-12-07."
    ]
    qtbot.mouseClick(joined.save_button, Qt.LeftButton)
    stack.undo()  # the name: it joined, it opened nothing
    assert editor.notice is None
    register.update_algorithm(algo_id, scenarios="首页推荐")  # another change joins (wizard)
    stack.undo()  # main use: it opened the modification, which now holds more
    assert register.algorithm(algo_id).main_use == "个性化推荐"
    notice = editor.notice
    assert notice is not None and notice.icon() is QMessageBox.Icon.Information
    assert "stays open: it also records other changes" in notice.text()
    (mod,) = _mods(register, algo_id)
    assert mod.state is ProcedureState.EDITING
    assert [c.field for c in mod.changes] == ["algorithm.scenarios"]


def test_non_filed_field_saves_without_asking(qtbot, english, register):
    _, algo_id = filed(register)
    form, editor, _ = _form(qtbot, register, algo_id)
    _type(form, "notes", "内部备注")
    assert editor.confirm_dialog is None
    assert register.algorithm(algo_id).notes == "内部备注"


def test_discard_from_the_detail_pane(qtbot, english, register, tmp_path):
    _, algo_id = filed(register)
    register.update_algorithm(algo_id, main_use="用于直播推荐")  # opened by mistake
    pane = DetailPane(register, RecordEditor(register, QUndoStack()), tmp_path)
    qtbot.addWidget(pane)
    pane.show_algorithm(algo_id)
    assert pane.discard_button.isEnabled()
    dialog = pane.discard_modification()
    assert not dialog.discard_button.isEnabled()  # a reason first
    dialog.reason.setPlainText("误改了主要用途")
    qtbot.mouseClick(dialog.discard_button, Qt.LeftButton)
    (mod,) = _mods(register, algo_id)
    assert mod.state is ProcedureState.DISCARDED
    assert not any(d.procedure.id == mod.id for d in register.deadlines())
    event = next(e for e in register.audit_events() if e.action == "procedure.discard")
    assert event.after["discard_reason"] == "误改了主要用途"
    assert not pane.discard_button.isEnabled()
    assert register.check().exit_code == 0
