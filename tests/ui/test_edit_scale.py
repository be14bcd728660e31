"""An edit reads only what it changed (issue 19 item 8): the SQL statements one save runs, from
the form's commit (or Ctrl+Z) to every view on screen refreshed, are the same in number in a
register of 200 algorithms and in one of 2,000, and so, near enough, are the rows they visit
(SQLite's virtual-machine steps, through its progress handler). Real registers filled by the
bench's generator (procedures, audit events, products and attachments in proportion), the real
main window, the statements counted on the register's engine (``before_cursor_execute``)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import pytest
from sqlalchemy import event

from bench.generate import fill
from filing_desk.domain.enums import ProcedureKind, ProcedureState
from filing_desk.store.register import create_register
from tests.helpers.changes import filed
from tests.helpers.gui import make_window
from tests.helpers.registers import TODAY

SIZES = (200, 2_000)
VM_STEPS = 1  # SQLite virtual-machine instructions per progress tick: the rows reads visit
STEPS = ("main_use (opens a modification)", "name (joins it)", "undo name", "undo main_use")


def _save(qtbot, ws, action: Callable[[], object]) -> None:
    """One save as the user makes it: a filed field's question is answered with OK."""
    action()
    dialog = getattr(ws.editor, "confirm_dialog", None)
    if dialog is not None and dialog.isVisible():
        ws.editor.confirm_dialog = None
        dialog.accept()
    qtbot.wait(0)  # anything the save posted runs inside the count


def _statements_per_save(qtbot, tmp_path, prefs, temp_dir, size: int) -> dict[str, int]:
    """Edit a filed algorithm of a register of ``size`` algorithms; statements per step."""
    register = create_register(tmp_path / f"r{size}.fdesk", clock=lambda: TODAY).register
    fill(
        register,
        algorithms=size,
        entities=max(1, size // 50),
        procedures=size * 5,
        events=size * 10,
        attachments=max(1, size // 5),
    )
    _, algo_id = filed(register)
    window = make_window(qtbot, register, prefs, temp_dir)
    try:
        ws = window.workspace
        ws.show_algorithm(algo_id)
        qtbot.wait(0)
        edit = partial(ws.editor.edit, "algorithm", algo_id)
        actions = (
            partial(edit, "main_use", "个性化推荐", "个性化推荐（直播）"),
            partial(edit, "name", "推荐算法", "推荐算法二"),
            ws.undo_stack.undo,
            ws.undo_stack.undo,
        )
        shown = ("推荐算法", "推荐算法二", "推荐算法", "推荐算法")
        counts: dict[str, tuple[int, int]] = {}  # step → (statements, VM steps)
        seen: list[str] = []
        steps = [0]

        def count(conn, cursor, statement, *_args) -> None:
            seen.append(statement)
            conn.connection.dbapi_connection.set_progress_handler(tick, VM_STEPS)

        def tick() -> int:
            steps[0] += 1
            return 0  # go on

        event.listen(register._engine, "before_cursor_execute", count)
        try:
            for step, action, name in zip(STEPS, actions, shown, strict=True):
                seen.clear()
                steps[0] = 0
                _save(qtbot, ws, action)
                counts[step] = (len(seen), steps[0])
                row = ws.register_view.model.row_by_id(algo_id)
                assert row is not None and row.name == name  # the table shows the save
                assert ws.detail.title.text() == name  # and the detail pane
        finally:
            event.remove(register._engine, "before_cursor_execute", count)
        mods = [p for p in register.procedures(algo_id) if p.kind is ProcedureKind.MODIFICATION]
        assert [p.state for p in mods] == [ProcedureState.DISCARDED]  # undo took it back
        return counts
    finally:
        window.shutdown()
        register.close()


@pytest.mark.slow
def test_the_statements_of_an_edit_do_not_grow_with_the_register(
    qtbot, english, tmp_path, prefs, temp_dir
):
    small, large = (_statements_per_save(qtbot, tmp_path, prefs, temp_dir, size) for size in SIZES)
    assert all(small[step][0] > 0 for step in STEPS)  # the count sees the saves
    assert {s: n for s, (n, _) in large.items()} == {s: n for s, (n, _) in small.items()}
    for step in STEPS:  # nor the rows they visit (reading every open modification: 5 ×)
        assert large[step][1] <= small[step][1] * 1.1, step
