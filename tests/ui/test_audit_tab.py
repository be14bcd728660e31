"""The detail pane's audit tab after an edit (``ui.audit_tab``): read at once when it is on
screen, else when it is next shown, and then it lists the edit as a full read would. Real
register, real window."""

from __future__ import annotations

import pytest

from tests.helpers.gui import save_field as save


def _actions(detail) -> list[str]:
    model = detail.audit_model
    return [model.index(r, 2).data() for r in range(model.rowCount())]


def _ids(detail) -> list[int]:
    return [e.id for e in detail.audit_model.rows()]


@pytest.mark.parametrize("audit_on_screen", [False, True])
def test_the_audit_tab_shows_the_edit(demo_window, demo_register, monkeypatch, audit_on_screen):
    ws = demo_window.workspace
    detail = ws.detail
    algo = demo_register.algorithms()[1]
    ws.show_algorithm(algo.id)
    audit_index = detail.count() - 1
    detail.setCurrentIndex(audit_index if audit_on_screen else 0)
    before = _ids(detail)
    reads: list[int] = []
    real = demo_register.algorithm_history
    monkeypatch.setattr(
        demo_register, "algorithm_history", lambda i, limit=None: reads.append(i) or real(i, limit)
    )
    save(ws, "algorithm", algo.id, "name", algo.name, "审计页算法")
    assert reads == ([algo.id] if audit_on_screen else [])  # hidden: not read
    detail.setCurrentIndex(audit_index)
    assert reads == [algo.id]  # read once, when shown
    after = _ids(detail)
    assert after[1:] == before and after[0] > max(before)  # the edit's event, on top
    assert _actions(detail)[0].startswith('Edited algorithm "审计页算法"')
    detail.setCurrentIndex(0)
    detail.setCurrentIndex(audit_index)
    assert reads == [algo.id]  # not read again while nothing changed
    assert [e.id for e in real(algo.id, None)][: len(after)] == after  # as a full read
