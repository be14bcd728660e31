"""Import from a CAC list (.docx): entities found and searched, rows previewed with their
remarks, imported as FILED algorithms; File ▸ Check against a CAC list… with its saved report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from filing_desk.domain.codes import format_filing_number
from filing_desk.domain.enums import AlgorithmState, AlgorithmType, EntityState, Role, Triage
from filing_desk.domain.records import Algorithm, Entity
from filing_desk.ui.register_model import Column
from tests.helpers.cac_lists import CAC_LISTS_DIR as LISTS
from tests.helpers.gui import make_window, table_cells, type_text
from tests.helpers.i18n import ts_sources, walk
from tests.helpers.workbooks import write_xlsx

DEEP_2026 = LISTS / "deep-synthesis-list-2026-05.docx"
ZTE = "中兴系统技术有限公司"
ZTE_NUMBERS = {
    "440305060887701260051",
    "440305060887701260019",
    "440305060887701260027",
    "440305060887701260035",
    "440305060887701260043",
}


def open_list(main_window, qtbot, path: Path):
    dialog = main_window.transfer.open_cac_list()
    with qtbot.waitSignal(dialog.loaded, timeout=30000):
        dialog.load(path)
    return dialog


def visible_names(dialog) -> list[str]:
    proxy = dialog.proxy
    return [proxy.index(r, 0).data(Qt.ItemDataRole.EditRole) for r in range(proxy.rowCount())]


def test_one_entity_of_the_2026_list_becomes_five_filed_algorithms(main_window, qtbot, register):
    dialog = open_list(main_window, qtbot, DEEP_2026)
    assert dialog.entities_found.text() == "512 entities in the list"
    assert not dialog.import_button.isEnabled()
    type_text(dialog.search, "中兴")
    assert ZTE in visible_names(dialog)
    assert all("中兴" in n for n in visible_names(dialog))
    first = dialog.proxy.index(visible_names(dialog).index(ZTE), 0)
    assert first.data() == f"{ZTE} (5 rows)"
    dialog.proxy.setData(first, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    rows = dialog.rows_model
    assert rows.rowCount() == 5
    assert rows.index(0, 3).data() == "Generation / synthesis · Technical supporter"
    assert rows.index(0, 4).data() == "--"
    assert rows.index(0, 5).data() == format_filing_number("440305060887701260051")
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=5000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "5 algorithms created" in dialog.status.text()
    algos = register.algorithms()
    assert len(algos) == 5
    assert {a.state for a in algos} == {AlgorithmState.FILED}
    assert {a.role for a in algos} == {Role.SUPPORTER}
    assert {a.filing_number for a in algos} == ZTE_NUMBERS
    assert [e.name for e in register.entities()] == [ZTE]
    assert table_cells(main_window, Column.ENTITY) == [ZTE] * 5
    shown = set(table_cells(main_window, Column.FILING_NUMBER))
    assert {n[-6:] for n in ZTE_NUMBERS} == {s.rstrip("号")[-6:] for s in shown}


def test_an_imported_list_is_recorded_and_the_check_shows_its_record(
    main_window, qtbot, register, monkeypatch
):
    dialog = open_list(main_window, qtbot, DEEP_2026)
    assert "batch 2026年5月" in dialog.file_label.text()
    dialog.choose_entities([ZTE])
    with qtbot.waitSignal(dialog.imported, timeout=5000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "List recorded: 境内深度合成服务算法备案清单（2026年5月）" in dialog.status.text()
    (record,) = register.cac_lists()
    assert record.entities == (ZTE,) and record.batch == "2026年5月"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(DEEP_2026), ""))
    check = main_window.transfer.check_list()
    model = check.model
    assert {model.index(r, 0).data() for r in range(model.rowCount())} == {"Listed"}
    assert "imported on" in check.list_record.text()
    assert "Listed: 5 · missing: 0" in check.summary.text()


def test_remarks_are_highlighted_and_row_errors_can_be_left_out(main_window, qtbot):
    dialog = open_list(main_window, qtbot, LISTS / "algorithm-list-2022-08.docx")
    rows = [r for r in dialog.list_batch.rows if r.errors]
    assert rows, "the 2022-08 list has a 22-digit misprint"
    bad = rows[0].entity.name
    with_remark = next(r for r in dialog.list_batch.rows if r.remark).entity.name
    dialog.choose_entities([bad, with_remark])
    remark_rows = [
        r for r in range(dialog.rows_model.rowCount()) if dialog.rows_model.index(r, 6).data()
    ]
    assert remark_rows
    cell = dialog.rows_model.index(remark_rows[0], 6)
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert cell.data(Qt.ItemDataRole.FontRole).bold()
    assert "carry a remark in the list" in dialog.remarks_note.text()
    assert not dialog.import_button.isEnabled()
    errors = [ln for ln in dialog.report.model.lines() if ln.severity == "error"]
    assert errors and errors[0].column == "备案编号"
    dialog.report.model.exclude_rows_with_errors()
    assert dialog.import_button.isEnabled()


def test_a_docx_chosen_in_import_opens_the_list_dialog(main_window, qtbot, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(DEEP_2026), ""))
    dialog = main_window.transfer.open_import()
    dialog.choose_file()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    cac = main_window.transfer.dialogs[-1]
    assert cac.windowTitle() == "Import from a CAC list"
    qtbot.waitUntil(lambda: cac.list_batch is not None, timeout=30000)


def test_check_against_a_list_shows_and_saves_the_report(
    main_window, qtbot, register, tmp_path, monkeypatch
):
    def filed(name: str, number: str) -> tuple:
        algorithm = Algorithm(
            name=name,
            algo_type=AlgorithmType.GENERATION,
            role=Role.SUPPORTER,
            state=AlgorithmState.FILED,
            triage=Triage.REQUIRED,
            filing_number=number,
        )
        return (Entity(name=ZTE, state=EntityState.APPROVED), algorithm, (), ())

    register.import_rows(
        [
            filed("中兴系统智能问数生成式算法", "440305060887701260019"),
            filed("别的名字", "440305060887701260027"),
        ]
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(DEEP_2026), ""))
    dialog = main_window.transfer.check_list()
    model = dialog.model
    outcomes = sorted(model.index(r, 0).data() for r in range(model.rowCount()))
    assert outcomes == ["Differs", "Listed"]
    assert "Listed: 1 · missing: 0 · renamed: 0 · cancelled: 0 · differs: 1" in (
        dialog.summary.text()
    )
    assert "境内深度合成服务算法备案清单（2026年5月） · batch 2026年5月" in (
        dialog.list_record.text()
    )
    assert "not imported into this register" in dialog.list_record.text()
    target = tmp_path / "check.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    text = target.read_text(encoding="utf-8")
    assert text.splitlines()[-1] == "listed: 1  missing: 0  renamed: 0  cancelled: 0  differs: 1"


def test_dialogs_in_chinese_and_their_screenshots(
    qtbot, qapp, chinese, register, prefs, temp_dir, tmp_path, screenshots
):
    """The import and CAC-list dialogs in zh_CN show no English source text. With
    FILING_DESK_SCREENSHOTS=1 they are saved as docs/screenshots/import-zh.png and
    cac-list-zh.png (otherwise into tmp_path)."""
    from filing_desk.app import load_bundled_font

    font = qapp.font()
    load_bundled_font(qapp)
    out = screenshots
    entity = register.create_entity(name="北京示例科技有限公司")
    register.create_algorithm(entity.id, name="示例推荐算法", algo_type="02")
    prefs.language = "zh_CN"
    window = make_window(qtbot, register, prefs, temp_dir)
    sources = ts_sources()
    try:
        path = write_xlsx(
            tmp_path / "现有台账.xlsx",
            [
                ["主体名称", "统一社会信用代码", "算法名称", "算法类别", "应用产品", "上线时间",
                 "备案编号"],
                ["北京示例科技有限公司", "91110000600037341L", "示例推荐算法", "个性化推送类",
                 "示例APP（APP）", "2024-01-05", ""],
                ["北京示例科技有限公司", "91110000600037341L", "示例搜索算法", "信息检索类",
                 "示例网站（网站）、示例助手（车机）", "2024-13-01", ""],
                ["上海样本信息有限公司", "91310000MA1FL0000X", "样本排序算法", "排序精选类",
                 "样本小程序（小程序）", "2023-06-30", ""],
                ["上海样本信息有限公司", "", "", "调度决策类", "--", "2023-07-01", ""],
            ],
        )  # fmt: skip
        dialog = window.transfer.open_import()
        with qtbot.waitSignal(dialog.loaded, timeout=20000):
            dialog.load(path)
        assert not walk(sources, dialog), walk(sources, dialog)
        severities = {dialog.report.model.index(r, 2).data() for r in range(4)}
        assert severities <= {"错误", "警告", "已存在"}
        dialog.resize(1100, 760)
        qtbot.wait(50)
        dialog.grab().save(str(out / "import-zh.png"))

        cac = window.transfer.open_cac_list()
        with qtbot.waitSignal(cac.loaded, timeout=30000):
            cac.load(LISTS / "deep-synthesis-list-2023-06.docx")
        cac.choose_entities(["北京百度网讯科技有限公司", "北京智谱华章科技有限公司"])
        type_text(cac.search, "北京")
        assert not walk(sources, cac), walk(sources, cac)
        qtbot.wait(50)
        cac.grab().save(str(out / "cac-list-zh.png"))
        for opened in (window.transfer.open_export(), window.transfer.open_backup(),
                       window.transfer.open_restore()):  # fmt: skip
            assert not walk(sources, opened), walk(sources, opened)
    finally:
        window.shutdown()
        qapp.setFont(font)
