"""The checklist view on a real register: open it for an algorithm from the detail pane, start an
assessment, answer three items (one 不符合, one numeric against its threshold), drop a real file
on an item as evidence, see the dashboard's checklist buckets change, filter the tree by
result; labels in Chinese and in English."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from filing_desk.domain.assessments import Result
from filing_desk.domain.enums import OwnerType
from filing_desk.forms import checklist_loader
from filing_desk.ui.checklist_model import ITEM_ID_ROLE, Col, ResultFilter
from filing_desk.ui.checklist_view import ChecklistView
from tests.helpers.assessments import entity_with_algorithms
from tests.helpers.checklist_libraries import sample_library
from tests.helpers.gui import make_window, type_text

FOCUS = checklist_loader.get("sa-rules-focus")  # 9 items; applies to public-opinion services
TODAY_TEXT = "2026-11-23"


def tree_ids(view: ChecklistView, leaves_only: bool = True) -> list[str]:
    """The item ids the tree shows (as filtered), in order; headings and parents left out with
    ``leaves_only`` unless they take a result."""
    out: list[str] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(view.proxy.rowCount(parent)):
            index = view.proxy.index(row, 0, parent)
            item = view.model.item_at(view.proxy.mapToSource(index))
            if not (leaves_only and item.heading):
                out.append(str(index.data(ITEM_ID_ROLE)))
            walk(index)

    walk(QModelIndex())
    return out


def greyed(view: ChecklistView) -> list[str]:
    """The items shown only because an item under them matches the filter."""
    role = Qt.ItemDataRole.ForegroundRole
    return [
        i
        for i in tree_ids(view)
        if view.proxy.mapFromSource(view.model.index_of(i)).data(role) is not None
    ]


def cell(view: ChecklistView, item_id: str, column: Col) -> str:
    source = view.model.index_of(item_id)
    return str(view.model.index(source.row(), column, source.parent()).data() or "")


def answer(view: ChecklistView, item_id: str, result: Result, note: str = "", figure: str = ""):
    assert view.select_item(item_id)
    editor = view.editor
    editor.result.setCurrentIndex(editor.result.findData(result.value))
    editor.figure.setText(figure)
    editor.note.setPlainText(note)
    editor.owner.setText("")
    type_text(editor.owner, "Li Jing")
    return editor.save()


def drop_on(view: ChecklistView, item_id: str, path: Path) -> None:
    """Drag a file over the item's row in the tree and drop it there, as the desktop does (Qt
    delivers a drop only after an accepted drag enter and move)."""
    index = view.proxy.mapFromSource(view.model.index_of(item_id))
    view.tree.scrollTo(index)
    pos = view.tree.visualRect(index).center()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    how = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    viewport = view.tree.viewport()
    for event in (QDragEnterEvent(pos, *how), QDragMoveEvent(pos, *how)):
        QApplication.sendEvent(viewport, event)
        assert event.isAccepted()
    drop = QDropEvent(QPointF(pos), *how)
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()


@pytest.fixture
def subject(register) -> int:
    """A push algorithm with public-opinion attributes (so the 2018 focus areas apply)."""
    _entity, _gen, push = entity_with_algorithms(register)
    return push


def test_answer_attach_and_see_the_dashboard_change(
    subject, main_window, register, qtbot, tmp_path
):
    ws = main_window.workspace
    nonconforming = ws.dashboard.nonconforming
    assert nonconforming.model.texts() == []

    ws.show_algorithm(subject)
    assert ws.detail.checklists_button.isEnabled()
    qtbot.mouseClick(ws.detail.checklists_button, Qt.MouseButton.LeftButton)
    view = ws.checklists
    assert ws.current_view() == "checklists"
    assert view.subject_combo.currentText() == "示例资讯个性化推荐算法"
    titles = [view.library_combo.itemText(i) for i in range(view.library_combo.count())]
    assert "Security assessment focus areas (2018 rules art. 5) (not started)" in titles
    view.library_combo.setCurrentIndex(view.library_combo.findData("sa-rules-focus"))
    assert view.progress_label.text() == "Not started: 9 items apply."
    assert not view.editor.save_button.isEnabled()

    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert not view.start_button.isEnabled()
    assert view.progress_label.text() == "0 / 9 answered, 0 non-conforming"

    assert answer(view, "officer", Result.CONFORMS)
    assert answer(view, "real-name", Result.NOT_CONFORMING, note="Spot checks found gaps.")
    # a numeric item: the threshold is shown, checked as the figure is typed, enforced on save
    view.select_item("logs.retention")
    assert view.editor.threshold.text() == "threshold ≥ 6 months"
    assert not answer(view, "logs.retention", Result.CONFORMS, figure="3")
    assert view.editor.check.text() == (
        "✗ 3 misses the threshold ≥ 6 months: the item cannot be marked as conforming."
    )
    assert "misses the threshold" in view.editor.message_text()
    assert cell(view, "logs.retention", Col.RESULT) == "Not assessed"
    view.editor.figure.setText("12")
    assert view.editor.check.text() == "✓ 12 meets the threshold ≥ 6 months."
    assert view.editor.save()
    assert view.editor.message_text() == ""

    assert [cell(view, i, Col.RESULT) for i in ("officer", "real-name", "logs.retention")] == [
        "Conforms",
        "Does not conform",
        "Conforms",
    ]
    assert cell(view, "logs.retention", Col.FIGURE) == "12 months"
    assert cell(view, "officer", Col.OWNER) == "Li Jing"
    assert view.progress_label.text() == "3 / 9 answered, 1 non-conforming"
    assert (view.progress.value(), view.progress.maximum()) == (3, 9)
    assert "(3/9)" in view.library_combo.currentText()

    # evidence: a real file dropped on the non-conforming item
    plan = tmp_path / "整改计划.txt"
    plan.write_text("rectification plan, owner Li Jing", encoding="utf-8")
    drop_on(view, "real-name", plan)
    assert view.current_item_id() == "real-name"
    assert view.editor.evidence_names()[0].startswith("整改计划.txt · v1 · ")
    assert cell(view, "real-name", Col.EVIDENCE) == "1"
    assessment = register.assessment_for("sa-rules-focus", "algorithm", subject)
    [evidence] = register.evidence(assessment.id, "real-name")
    assert (evidence.info.filename, evidence.verified) == ("整改计划.txt", True)
    assert register.attachment_content(evidence.info.id)[1] == plan.read_bytes()

    # the dashboard's non-conforming bucket now names the item (recomputed when shown), and
    # opens it
    ws.show_view("dashboard")
    [entry] = nonconforming.model.texts()
    assert entry.startswith("示例资讯个性化推荐算法 — Security assessment focus areas")
    assert "real identity" in entry
    view.select_item("officer")
    rect = nonconforming.view.visualRect(nonconforming.model.index(0, 0))
    qtbot.mouseClick(nonconforming.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert ws.current_view() == "checklists"
    assert view.current_item_id() == "real-name"

    # filter by result
    view.set_filter(ResultFilter.NOT_CONFORMING)
    assert tree_ids(view) == ["real-name"]
    view.set_filter(ResultFilter.CONFORMS)
    assert tree_ids(view) == ["officer", "logs", "logs.retention"]  # logs: the parent, greyed
    assert greyed(view) == ["logs"]
    view.set_filter(ResultFilter.UNASSESSED)
    assert len(tree_ids(view)) == 6 and "real-name" not in tree_ids(view)
    view.set_filter(ResultFilter.ALL)
    assert len(tree_ids(view)) == 9

    # removing the evidence unlinks it; the file stays among the algorithm's attachments
    assert view.select_item("real-name")
    view.editor.evidence.list.setCurrentRow(0)
    qtbot.mouseClick(view.editor.evidence.remove_button, Qt.MouseButton.LeftButton)
    assert view.editor.evidence_names() == []
    assert cell(view, "real-name", Col.EVIDENCE) == ""
    kept = register.attachments(OwnerType.ALGORITHM, subject)
    assert [a.filename for a in kept] == ["整改计划.txt"]


def test_not_applicable_needs_a_note_and_nothing_changes(subject, main_window, register):
    ws = main_window.workspace
    ws.show_checklists("algorithm", subject, "sa-rules-focus")
    view = ws.checklists
    assert view.start_assessment()
    assert not answer(view, "officer", Result.NOT_APPLICABLE)
    assert view.editor.message_text() == "item 'officer': say in the note why it does not apply"
    assessment = register.assessment_for("sa-rules-focus", "algorithm", subject)
    assert assessment.answers == {}
    assert cell(view, "officer", Col.RESULT) == "Not assessed"


@pytest.mark.parametrize(
    ("language", "results", "not_started"),
    [
        ("en", ["Conforms", "Does not conform", "Not applicable", "Not assessed"], "(not started)"),
        ("zh_CN", ["符合", "不符合", "不适用", "未评估"], "安全评估重点（2018年规定第五条）"),
    ],
)
def test_labels_follow_the_language(
    request, qtbot, register, subject, prefs, temp_dir, language, results, not_started
):
    request.getfixturevalue("chinese" if language == "zh_CN" else "english")
    prefs.language = language
    window = make_window(qtbot, register, prefs, temp_dir)
    try:
        window.workspace.show_checklists("algorithm", subject, "sa-rules-focus")
        view = window.workspace.checklists
        editor = view.editor
        assert [editor.result.itemText(i) for i in range(editor.result.count())] == results
        filters = [view.filter.itemText(i) for i in range(view.filter.count())]
        assert results[1] in filters and results[3] in filters
        assert not_started in view.library_combo.currentText()
        view.start_assessment()
        view.select_item("logs.retention")
        assert cell(view, "logs.retention", Col.RESULT) == results[3]
        unit = "个月" if language == "zh_CN" else " months"
        assert editor.threshold.text().endswith(f"≥ 6{unit}")
        kind = view.kind.currentText()
        assert kind == ("算法" if language == "zh_CN" else "Algorithm")
    finally:
        window.shutdown()


def test_the_menu_opens_the_checklists_of_the_entity_shown(subject, main_window, register):
    ws = main_window.workspace
    entity = register.entities()[0]
    ws.show_view("entities")
    ws.entities.select_entity(entity.id)
    [action] = [a for a in main_window.findChildren(QAction) if a.text() == "Chec&klists…"]
    action.trigger()
    view = ws.checklists
    assert ws.current_view() == "checklists"
    assert (view.kind.currentData(), view.subject_combo.currentData()) == ("entity", entity.id)
    libraries = [view.library_combo.itemData(i) for i in range(view.library_combo.count())]
    assert libraries == ["algo-responsibility"]  # the only library kept for an entity


def test_dashboard_shows_the_demo_checklist_findings(demo_window, demo_register):
    dash = demo_window.workspace.dashboard
    buckets = demo_register.dashboard().checklists
    for section, found in (
        (dash.nonconforming, buckets.nonconforming),
        (dash.expiring, buckets.evidence_expiring),
        (dash.reviews_due, buckets.reviews_due),
    ):
        assert len(section.model.texts()) == len(found) > 0
        assert section.model.texts()[0].startswith(f"{found[0].subject_name} — ")
    soon = buckets.evidence_expiring[0]
    assert dash.expiring.model.texts()[0].endswith(f"(review by {soon.next_review.isoformat()})")


def test_a_new_library_version_flags_items_to_review(
    subject, main_window, register, qtbot, tmp_path, monkeypatch
):
    v1 = sample_library(tmp_path / "v1")
    v2 = sample_library(tmp_path / "v2", version=2)
    aid = register.start_assessment(v1, "algorithm", subject).id
    register.answer_item(aid, v1, "policy.keywords", "conforms", figure=12000)
    register.answer_item(aid, v1, "policy.refusal", "conforms", figure=4)
    register.upgrade_assessment(aid, v1, v2)  # refusal's threshold changed; policy.new added
    monkeypatch.setattr(checklist_loader, "load_all", lambda: {"sample": v2})
    ws = main_window.workspace
    ws.show_checklists("algorithm", subject, "sample")
    view = ws.checklists
    assert cell(view, "policy.refusal", Col.RESULT) == "Conforms · to review"
    assert cell(view, "policy.keywords", Col.RESULT) == "Conforms"
    assert view.progress_label.text() == "1 / 3 answered, 0 non-conforming, 2 to review"
    view.set_filter(ResultFilter.TO_REVIEW)
    assert tree_ids(view) == ["policy.refusal", "policy.new"]

    assert view.select_item("policy.refusal")
    assert view.editor.review_button.isVisible()
    qtbot.mouseClick(view.editor.review_button, Qt.MouseButton.LeftButton)
    assert cell(view, "policy.refusal", Col.RESULT) == "Conforms"
    assert tree_ids(view) == ["policy.new"]
    assert view.progress_label.text() == "2 / 3 answered, 0 non-conforming, 1 to review"
