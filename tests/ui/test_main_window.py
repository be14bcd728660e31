"""The main window: navigation, menus and shortcuts, status bar, preferences, About."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from filing_desk.domain.enums import AlgorithmType
from filing_desk.ui import screen_fit
from filing_desk.ui.record_form import field_label
from filing_desk.ui.register_model import Column
from filing_desk.ui.views import VIEWS
from tests.helpers.gui import make_window, type_text


def test_window_shows_the_register_and_the_six_views(demo_window, qtbot):
    ws = demo_window.workspace
    assert ws is not None
    assert [ws.nav.item(i).text() for i in range(ws.nav.count())] == [
        "Dashboard",
        "Register",
        "Entities",
        "Services",
        "Calendar",
        "Audit log",
        "Checklists",
    ]
    for name in VIEWS:
        demo_window.view_actions[name].trigger()
        assert ws.current_view() == name
    assert ws.register_view.model.total() == 20
    assert "20 of 20 algorithms shown" in demo_window.counts_label.text()
    assert demo_window.file_label.text() == "r.fdesk"
    assert demo_window.lock_label.text() == "Unlocked"


def click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def create_entity_and_algorithm(main_window, qtbot) -> int:
    """Through the File menu's dialogs, typing like a user; returns the algorithm id."""
    dialog = main_window.new_entity()
    type_text(dialog.name, "北京示例科技有限公司")
    qtbot.keyClicks(dialog.uscc, "91110000600037341L")
    type_text(dialog.officer, "李四")
    with qtbot.waitSignal(dialog.created, timeout=3000):
        click_ok(qtbot, dialog)
    assert main_window.workspace.current_view() == "entities"
    assert main_window.workspace.entities.form.editor_for("name").text() == "北京示例科技有限公司"
    dialog = main_window.new_algorithm()
    assert dialog.entity.currentText() == "北京示例科技有限公司"
    type_text(dialog.name, "示例推荐算法")
    dialog.algo_type.setCurrentIndex(dialog.algo_type.findData(AlgorithmType.PUSH))
    with qtbot.waitSignal(dialog.created, timeout=3000) as created:
        click_ok(qtbot, dialog)
    return int(created.args[0])


def test_create_entity_and_algorithm_through_the_dialogs(main_window, qtbot, register):
    algo_id = create_entity_and_algorithm(main_window, qtbot)
    ws = main_window.workspace
    assert ws.current_view() == "register"
    view = ws.register_view
    assert view.model.rowCount() == 1
    assert view.model.index(0, Column.NAME).data() == "示例推荐算法"
    assert view.model.index(0, Column.TYPE).data() == "Personalised push"
    assert view.model.index(0, Column.STATE).data() == "Draft"
    assert ws.detail.title.text() == "示例推荐算法"
    assert register.algorithm(algo_id).entity_id == register.entities()[0].id
    assert "1 of 1 algorithm shown" in main_window.counts_label.text()
    ws.show_view("dashboard")  # hidden views recompute when shown (issue 19.8)
    dash = ws.dashboard.undecided.model.texts()
    assert dash == ["示例推荐算法 — 北京示例科技有限公司"]


def test_new_entity_dialog_shows_the_registers_issues_inline(main_window, qtbot, register):
    dialog = main_window.new_entity()
    qtbot.keyClicks(dialog.uscc, "91110000600037341X")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    issues = dialog.issues.text()
    assert "Entity name" in issues or "entity name" in issues.lower()
    assert register.entities() == []


def test_field_edit_undo_and_redo(main_window, qtbot, register):
    algo_id = create_entity_and_algorithm(main_window, qtbot)
    ws = main_window.workspace
    editor = ws.detail.form.editor_for("main_use")
    editor.clear()
    type_text(editor, "为用户推荐短视频")
    editor.editingFinished.emit()
    assert register.algorithm(algo_id).main_use == "为用户推荐短视频"
    assert main_window.undo_action.isEnabled()
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow, timeout=2000)
    ws.register_view.table.setFocus()
    QTest.keySequence(main_window, QKeySequence("Ctrl+Z"))
    assert register.algorithm(algo_id).main_use == ""
    assert editor.text() == ""
    QTest.keySequence(main_window, QKeySequence("Ctrl+Shift+Z"))
    assert register.algorithm(algo_id).main_use == "为用户推荐短视频"
    assert editor.text() == "为用户推荐短视频"
    events = register.audit_events("algorithm", algo_id)
    assert [e.action for e in events[:3]] == ["algorithm.update"] * 3


def test_refused_field_edit_shows_the_issue_and_is_not_undoable(main_window, qtbot, register):
    create_entity_and_algorithm(main_window, qtbot)
    ws = main_window.workspace
    ws.show_view("entities")
    uscc = ws.entities.form.editor_for("uscc")
    uscc.clear()
    qtbot.keyClicks(uscc, "91110000600037341X")
    uscc.editingFinished.emit()
    issue = ws.entities.form._issues["uscc"]
    assert issue.isVisibleTo(ws.entities.form)
    assert "should be L" in issue.text() or "L" in issue.text()
    assert uscc.text() == "91110000600037341L"  # back to the stored value
    assert not any(
        ws.undo_stack.text(i).endswith(field_label("entity", "uscc"))
        for i in range(ws.undo_stack.count())
    )


def test_about_names_the_file_id_encryption_and_keyring(main_window):
    dialog = main_window.open_about()
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert str(main_window.register_path) in texts
    assert main_window.register.register_id in texts
    assert "SQLCipher 4" in texts and "AES-256" in texts
    assert "another keyring, set up on this computer" in texts  # in words, not a class name
    assert "MemoryKeyring" not in texts
    assert "system keyring" in texts


def test_geometry_and_last_view_are_remembered(qtbot, english, register, prefs, temp_dir):
    window = make_window(qtbot, register, prefs, temp_dir)
    window.resize(1111, 777)
    window.show_view("calendar")
    window.close()
    window.shutdown()
    assert prefs.last_view == "calendar"
    assert prefs.geometry is not None


def test_a_geometry_too_small_to_use_is_not_restored(
    qtbot, english, register, prefs, temp_dir, monkeypatch
):
    big_screen = QRect(0, 0, 1920, 1080)  # the default size is clamped to smaller ones
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget=None: big_screen)
    window = make_window(qtbot, register, prefs, temp_dir)
    window.resize(200, 90)
    window.close()
    window.shutdown()
    assert prefs.geometry is not None
    again = make_window(qtbot, register, prefs, temp_dir)
    try:
        assert (again.width(), again.height()) == (1280, 800)
    finally:
        again.shutdown()


def test_file_menu_has_room_for_import_and_export(main_window):
    action = QAction("Import…", main_window)
    main_window.add_file_action(action)
    actions = main_window.file_menu.actions()
    assert actions.index(action) < [a.text() for a in actions].index("&Print…")
    assert action.isEnabled()
    main_window.lock()
    assert not action.isEnabled()


def test_backup_now_writes_a_verified_backup_and_rotates(main_window, register, tmp_path):
    from filing_desk.paths import app_paths

    register.set_setting("backup.keep", "2")
    for _ in range(3):
        main_window.backup_now()
    folder = app_paths().backups_for(register.path)
    assert len(list(folder.glob("*.fdesk"))) == 2
    assert "Backup written" in main_window.statusBar().currentMessage()


def test_exit_backs_up_a_changed_register_and_closes_it(qtbot, english, register, prefs, temp_dir):
    from filing_desk.paths import app_paths

    window = make_window(qtbot, register, prefs, temp_dir)
    window.backup_on_exit = True
    register.create_entity(name="退出备份有限公司")
    window.shutdown()
    assert len(list(app_paths().backups_for(register.path).glob("*.fdesk"))) == 1
    assert register._engine is None


def test_ctrl_p_renders_the_selected_algorithms_packet_into_a_preview(demo_window, qtbot):
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    ws = demo_window.workspace
    ws.show_view("register")
    ws.register_view.table.selectRow(0)
    demo_window.print_selected()

    def previews():
        return [d for d in ws.detail.findChildren(QPrintPreviewDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: bool(previews()), timeout=60000)
    previews()[0].close()


def test_the_detail_pane_has_room_when_the_register_was_attached_before_showing(demo_window, qtbot):
    """A window given its register before it is shown (the screenshot path, `--demo`) laid the
    splitter out at [26, 0] and restored that: the detail pane of a selected algorithm was 0 px
    high and the user saw no details at all."""
    workspace = demo_window.workspace
    workspace.show_view("register")
    workspace.register_view.table.selectRow(2)
    qtbot.waitUntil(lambda: workspace.detail.algorithm_id() != 0)
    table_height, detail_height = workspace.split.sizes()
    assert detail_height > 150
    assert table_height > detail_height  # 3 : 2, the table first
