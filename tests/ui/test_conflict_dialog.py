"""A save refused as stale (issue 20.2): someone else saved the algorithm from a second desk on the
same file while the record form showed it; saving in the form lists each field where theirs and
mine differ (when opened, theirs, yours) with Keep mine / Take theirs. Merge saves the fields kept
as mine on top of their version (one save, audited); Take theirs keeps theirs and writes nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QRadioButton

from filing_desk.domain.enums import AlgorithmType
from filing_desk.store.register import Register, open_register
from filing_desk.ui.conflict_dialog import ConflictDialog, conflicts
from filing_desk.ui.record_form import RecordEditor, RecordForm

OPENED, THEIRS, MINE = "示例推荐算法", "他们改的名称", "我改的名称"
THEIR_USE = "他们补充的主要用途"


@pytest.fixture
def algorithm_id(register: Register) -> int:
    entity = register.create_entity(name="北京示例科技有限公司")
    algo = register.create_algorithm(
        entity.id, name=OPENED, algo_type=AlgorithmType.PUSH, main_use="个性化推荐"
    )
    return int(algo.id)


@pytest.fixture
def form(qtbot, register: Register, algorithm_id: int) -> RecordForm:
    form = RecordForm("algorithm", RecordEditor(register, QUndoStack()))
    qtbot.addWidget(form)
    form.set_record(register.algorithm(algorithm_id))
    return form


@pytest.fixture
def other_desk(register: Register) -> Iterator[Register]:
    """The same file opened a second time (another desk), behind the form's back."""
    with open_register(register.path, lock=False) as other:
        yield other


def _save_mine_after_theirs(qtbot, form: RecordForm, other: Register, ident: int) -> ConflictDialog:
    other.update_algorithm(ident, name=THEIRS, main_use=THEIR_USE)
    line = form.editor_for("name")
    line.setText(MINE)  # typed: keyClicks cannot type Chinese
    line.editingFinished.emit()
    qtbot.waitUntil(lambda: form.conflict is not None and form.conflict.isVisible())
    assert isinstance(form.conflict, ConflictDialog)
    return form.conflict


def _cells(dialog: ConflictDialog, name: str) -> list[str]:
    return [dialog.findChild(QLabel, f"{name}.{c}").text() for c in ("opened", "theirs", "mine")]


def test_the_dialog_lists_theirs_and_mine_and_keep_mine_saves_on_top_of_theirs(
    qtbot, english, register: Register, algorithm_id: int, form: RecordForm, other_desk
) -> None:
    dialog = _save_mine_after_theirs(qtbot, form, other_desk, algorithm_id)
    assert dialog.fields() == ["name", "main_use"]
    assert _cells(dialog, "name") == [OPENED, THEIRS, MINE]
    assert _cells(dialog, "main_use") == ["个性化推荐", THEIR_USE, "个性化推荐"]
    assert dialog.findChild(QRadioButton, "name.keep_mine").isChecked()  # only I changed it
    assert dialog.findChild(QRadioButton, "main_use.take_theirs").isChecked()  # only they did
    assert register.algorithm(algorithm_id).name == THEIRS  # nothing of mine saved yet
    assert form.editor_for("name").text() == THEIRS  # the form shows theirs meanwhile

    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    saved = register.algorithm(algorithm_id)
    assert (saved.name, saved.main_use) == (MINE, THEIR_USE)
    assert register.version("algorithm", algorithm_id) == 3  # theirs was 2
    (last, *_) = register.audit_events("algorithm", algorithm_id)
    assert (last.action, last.before, last.after) == (
        "algorithm.update",
        {"name": THEIRS},
        {"name": MINE},
    )
    assert form.editor_for("name").text() == MINE
    assert register.verify_audit().ok


def test_take_theirs_keeps_theirs_and_writes_nothing(
    qtbot, english, register: Register, algorithm_id: int, form: RecordForm, other_desk
) -> None:
    dialog = _save_mine_after_theirs(qtbot, form, other_desk, algorithm_id)
    events = len(register.audit_events())
    qtbot.mouseClick(dialog.theirs_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    saved = register.algorithm(algorithm_id)
    assert (saved.name, saved.main_use) == (THEIRS, THEIR_USE)
    assert register.version("algorithm", algorithm_id) == 2
    assert len(register.audit_events()) == events
    assert form.editor_for("name").text() == THEIRS


def test_choosing_take_theirs_for_a_field_leaves_it_out_of_the_merge(
    qtbot, english, register: Register, algorithm_id: int, form: RecordForm, other_desk
) -> None:
    dialog = _save_mine_after_theirs(qtbot, form, other_desk, algorithm_id)
    dialog.keep_mine("name", keep=False)
    dialog.keep_mine("main_use")  # the value when I opened it, over theirs
    assert dialog.chosen() == {"main_use": "个性化推荐"}
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    saved = register.algorithm(algorithm_id)
    assert (saved.name, saved.main_use) == (THEIRS, "个性化推荐")


def _record(**values: object) -> SimpleNamespace:
    return SimpleNamespace(**{"a": "x", "b": "y", "c": "z", **values})


@pytest.mark.parametrize(
    ("theirs", "mine", "listed"),
    [
        (_record(a="T"), {"a": "M"}, [("a", "x", "T", "M", True)]),  # both changed a
        (_record(a="T"), {"a": "T"}, []),  # both made the same change
        (_record(b="T"), {"a": "M"}, [("a", "x", "x", "M", True), ("b", "y", "T", "y", False)]),
        (_record(), {}, []),  # nothing changed on either side
    ],
)
def test_conflicts_list_the_fields_where_theirs_and_mine_differ(theirs, mine, listed) -> None:
    found = conflicts("abc", _record(), theirs, mine, str.upper)
    assert [(f.name, f.opened, f.theirs, f.mine, f.mine_changed) for f in found] == listed
    assert all(f.label == f.name.upper() for f in found)
