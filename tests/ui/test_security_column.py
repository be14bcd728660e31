"""The register table shows each algorithm's security-assessment state (issue 18 item 7): read
with the rows, for a first page, for the rows an edit changed and for all rows alike."""

from __future__ import annotations

from filing_desk.domain.security_assessment import SecurityState
from filing_desk.ui.register_columns import Column
from tests.helpers.gui import make_window


def _cells(window) -> dict[str, str]:
    model = window.workspace.register_view.model
    return {
        model.row_at(r).name: model.index(r, Column.SECURITY).data() or ""
        for r in range(model.rowCount())
    }


def test_the_demo_stories_read_in_the_register_table(
    qtbot, english, demo_register, prefs, temp_dir
) -> None:
    window = make_window(qtbot, demo_register, prefs, temp_dir)
    cells = _cells(window)
    assert cells["云启个性化推荐算法"] == "Complete"
    assert cells["数智资讯推送算法"] == "Filed with one authority · overdue"
    assert cells["云启热榜排序算法"] == "In progress"
    assert cells["云启大模型技术服务算法"] == ""  # a technical supporter: nothing needed


def test_a_first_page_and_one_changed_row_carry_the_standing(demo_register) -> None:
    first = demo_register.register_rows(limit=5)
    every = {r.algorithm_id: r.security for r in demo_register.register_rows()}
    assert all(r.security == every[r.algorithm_id] for r in first)
    overdue = next(i for i, s in every.items() if s is not None and s.overdue)
    (row,) = demo_register.register_rows(ids=[overdue])
    assert row.security is not None and row.security.state is SecurityState.PARTLY_SUBMITTED


def test_each_row_read_alone_has_the_standing_the_whole_table_gives(demo_register) -> None:
    """A standing can come through a product shared with another algorithm (its assessment
    covers both): reading one row must see it too."""
    every = {r.algorithm_id: r.security for r in demo_register.register_rows()}
    for algorithm_id, standing in every.items():
        (row,) = demo_register.register_rows(ids=[algorithm_id])
        assert row.security == standing, algorithm_id
