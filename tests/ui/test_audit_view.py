"""The audit view reads as sentences a lawyer can read (issue 19 item 6): field labels and record
names, never a stored key or ∅; its filters narrow the rows; "Export report…" saves a PDF that
holds the same sentence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from filing_desk.ui.audit_view import AuditView
from tests.helpers.pdfcheck import all_text, compact

WHAT, RECORD = 2, 3


def rows(view: AuditView, column: int) -> list[str]:
    model = view.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def make_view(qtbot, register) -> tuple[AuditView, int]:
    entity = register.create_entity(name="云启科技有限公司")
    algo = register.create_algorithm(entity.id, name="智能推荐算法", algo_type="02")
    register.update_algorithm(int(algo.id), name="个性化推荐算法", algo_type="03")
    view = AuditView(register)
    qtbot.addWidget(view)
    view.refresh()
    return view, int(algo.id)


def test_an_edit_reads_with_labels_and_names(qtbot, chinese, register):
    view, _ = make_view(qtbot, register)
    newest = rows(view, WHAT)[0]
    assert newest == (
        "修改算法「个性化推荐算法」：算法名称由“智能推荐算法”改为“个性化推荐算法”；"
        "算法类别由个性化推送类改为排序精选类"
    )
    assert rows(view, RECORD)[0] == "算法「个性化推荐算法」"
    assert "新建主体「云启科技有限公司」" in rows(view, WHAT)
    everything = "".join(rows(view, WHAT) + rows(view, RECORD))
    for raw in ("∅", "algo_type", "algorithm.update", "算法 #"):
        assert raw not in everything


def test_filters_by_kind_and_words(qtbot, english, register):
    view, _ = make_view(qtbot, register)
    view.kind.setCurrentIndex(view.kind.findData("entity"))
    assert rows(view, RECORD) == ['entity "云启科技有限公司"']
    view.kind.setCurrentIndex(0)
    view.search.setText("ranking")
    assert rows(view, WHAT) == [
        'Edited algorithm "个性化推荐算法": Algorithm name changed from "智能推荐算法" to '
        '"个性化推荐算法"; Algorithm type changed from Personalised push to Ranking / curation'
    ]


def test_export_saves_the_report_with_the_same_sentence(
    qtbot, chinese, register, tmp_path: Path, monkeypatch
):
    view, algo_id = make_view(qtbot, register)
    target = tmp_path / "audit.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert view.export_report(algo_id) == [target]
    text = compact(all_text(target.read_bytes()))
    assert compact(rows(view, WHAT)[0]) in text
