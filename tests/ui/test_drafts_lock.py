"""Never lose typed input (issue 19.4), part two: a lock with an editor open keeps what was typed
as an encrypted draft inside the register (a raw SQLCipher connection finds the row; no file
holds the text in plain), and after unlock the app offers it back: Continue reopens the editor
with the exact text, Discard deletes the row; both are audited."""

from __future__ import annotations

import pytest
import sqlcipher3
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTabWidget, QWizard

from filing_desk.domain.enums import ProcedureKind
from filing_desk.domain.lifecycle import ProcedureStep
from tests.helpers.drafts_lock import actions, lock_and_unlock, on_submitted_filing
from tests.helpers.gui import type_text

TYPED = "锁定前输入的应用场景说明"


@pytest.fixture
def window(main_window, register):
    """The window on an algorithm whose filing was submitted (so the CAC may answer)."""
    return on_submitted_filing(main_window, register)


def _open_wizard(window):
    wizard = window.open_wizard(ProcedureKind.FILING)
    wizard.next()  # the entity page is read-only
    return wizard


def _open_cac_answer(window):
    dialog = window.cac_answer()
    dialog.radios[ProcedureStep.RETURN].setChecked(True)  # the reason row shows
    return dialog


def _open_security(window):
    detail = window.workspace.detail
    tab = next(i for i in range(detail.count()) if detail.widget(i).isAncestorOf(detail.security))
    detail.setCurrentIndex(tab)
    dialog = detail.security.open_new()
    dialog.findChildren(QTabWidget)[0].setCurrentIndex(1)  # the report's texts
    return dialog


OPENERS = {
    "filing wizard": _open_wizard,
    "security assessment": _open_security,
    "new entity": lambda w: w.new_entity(),
    "CAC answer": _open_cac_answer,
}
OFFERS = {
    "security assessment": "You were editing a security assessment (示例推荐算法) when the "
    "register locked.",
    "filing wizard": "You were editing the filing wizard (示例推荐算法) when the register locked.",
    "new entity": "You were editing a new entity when the register locked.",
    "CAC answer": "You were editing the CAC's answer (示例推荐算法) when the register locked.",
}


def text_of(widget) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


def editors(dialog) -> list:
    """The text editors the user sees, in order."""
    found = [*dialog.findChildren(QLineEdit), *dialog.findChildren(QPlainTextEdit)]
    return [w for w in found if w.isVisible() and w.isEnabled() and not w.isReadOnly()]


def typed_into(qtbot, window, name: str):
    """Open the editor, type TYPED into its first empty text field; (dialog, field's place)."""
    dialog = OPENERS[name](window)
    qtbot.waitExposed(dialog)
    shown = editors(dialog)
    place = next(i for i, w in enumerate(shown) if not text_of(w))
    type_text(shown[place], TYPED)
    return dialog, place


def test_a_lock_keeps_the_wizards_text_encrypted_inside_the_register(
    qtbot, window, register, tmp_path
):
    key_pragma = register._key.pragma  # the raw data key, for a raw SQLCipher connection
    path, algorithm_id = register.path, window.workspace.detail.algorithm_id()
    wizard, _place = typed_into(qtbot, window, "filing wizard")
    window.lock()
    assert window.register is None and window.workspace is None
    assert not wizard_alive(wizard)

    raw = sqlcipher3.connect(str(path))
    raw.execute(key_pragma)
    rows = raw.execute("SELECT kind, subject_kind, subject_id, payload_json FROM ui_draft")
    ((kind, subject_kind, subject_id, payload),) = rows.fetchall()
    raw.close()
    assert (kind, subject_kind, subject_id) == ("wizard.filing", "algorithm", algorithm_id)
    assert TYPED in payload
    for file in (f for f in tmp_path.rglob("*") if f.is_file()):  # register, prefs, temp files
        content = file.read_bytes()
        assert TYPED.encode() not in content, file
        assert TYPED.encode("utf-16-le") not in content, file


def wizard_alive(wizard: QWizard) -> bool:
    import shiboken6

    return shiboken6.isValid(wizard) and wizard.isVisible()


@pytest.mark.parametrize("name", list(OPENERS))
def test_continue_reopens_the_editor_with_the_exact_text(qtbot, window, name):
    _dialog, place = typed_into(qtbot, window, name)
    lock_and_unlock(qtbot, window)
    offer = window.drafts.offer
    assert offer is not None and offer.isVisible()
    assert offer.text() == OFFERS[name]
    assert offer.defaultButton() is offer.continue_button
    qtbot.mouseClick(offer.continue_button, Qt.MouseButton.LeftButton)

    reopened = window.drafts.reopened
    assert reopened is not None and reopened.isVisible()
    assert text_of(editors(reopened)[place]) == TYPED
    assert window.register.drafts() == []
    assert actions(window.register) == ["draft.saved", "draft.restored"]
    reopened.unsaved.confirm_close(lambda: None)  # the text is not saved: it still asks
    assert reopened.unsaved.question is not None


def test_discard_deletes_the_draft(qtbot, window):
    typed_into(qtbot, window, "new entity")
    lock_and_unlock(qtbot, window)
    qtbot.mouseClick(window.drafts.offer.discard_button, Qt.MouseButton.LeftButton)
    assert window.register.drafts() == []
    assert window.drafts.reopened is None
    assert actions(window.register) == ["draft.saved", "draft.discarded"]


def test_nothing_typed_keeps_no_draft_and_offers_nothing(qtbot, window):
    dialog = window.new_entity()
    qtbot.waitExposed(dialog)
    lock_and_unlock(qtbot, window)
    assert window.register.drafts() == []
    assert window.drafts.offer is None
