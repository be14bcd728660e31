"""Every window and dialog fits a 1024×600 screen, in Chinese and in English.

Each case opens a window or dialog the way a user does, on a screen that offers 1024×600 (the
offscreen screen cannot be changed, so ``screen_fit.available_geometry`` answers that size), in
every state worth a look (each view, tab and wizard page, a file loaded, a list read). For each:
its minimum size leaves room for a title bar; sized to fit and shown, every visible button lies
inside the screen, unclipped (a button in a scroll area: the area's visible part), and a dialog
shows a button that accepts or closes it. Every ``QDialog`` subclass in ``filing_desk.ui`` needs
a case: a new dialog without one fails ``test_every_dialog_has_a_case``.
"""

from __future__ import annotations

import importlib
import pkgutil
import shutil
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QLocale, QRect
from PySide6.QtGui import QGuiApplication, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QTabWidget,
    QToolBar,
    QToolTip,
    QWidget,
)

import filing_desk.ui
from filing_desk.domain.enums import (
    AlgorithmState,
    AttachmentKind,
    OwnerType,
    ProcedureKind,
)
from filing_desk.domain.records import AttachmentInfo
from filing_desk.store import errors as store_errors
from filing_desk.store.register import open_register
from filing_desk.ui import i18n, screen_fit
from filing_desk.ui.main_window import MainWindow
from filing_desk.ui.register_model import Column
from filing_desk.ui.register_view import MAX_COLUMN_WIDTH, SEARCH_MIN_WIDTH
from filing_desk.ui.screen_fit import ElidedLabel
from filing_desk.ui.views import VIEWS
from tests.helpers.cac_lists import CAC_LISTS_DIR
from tests.helpers.gui import make_window
from tests.helpers.registers import STRONG_PASSPHRASE
from tests.helpers.screen_check import ROOM, SCREEN, check_fits, settle
from tests.helpers.workbooks import write_xlsx

CAC_LIST = CAC_LISTS_DIR / "deep-synthesis-list-2026-05.docx"
LONG_ENTITY = "北京某某某某某某某某某某某某人工智能科技研究院有限责任公司（有限合伙）第二分公司"
LONG_NAME = "网信办公布的深度合成服务算法备案信息清单（2026年5月）的副本（第二次修订）" * 2
LONG_FOLDER = "法务部 算法备案 工作底稿 2026 年度（仅限内部使用，请勿外传）" * 2


@dataclass
class Env:
    window: MainWindow
    register: Any
    qtbot: Any
    tmp_path: Path

    @property
    def workspace(self) -> Any:
        return self.window.workspace

    def algorithm(self, state: AlgorithmState) -> int:
        """An algorithm of the demo register in ``state``, shown in the detail pane."""
        algorithm = next(a for a in self.register.algorithms() if a.state is state)
        self.workspace.show_algorithm(algorithm.id)
        return int(algorithm.id)


Shown = QWidget | tuple[QWidget, list[QAbstractButton]]  # a window, and its exit buttons
Opener = Callable[[Env], Iterator[Shown]]


@dataclass(frozen=True)
class Case:
    name: str
    opens: str  # the class opened: module.QualName (MainWindow, or a QDialog subclass)
    run: Opener


CASES: list[Case] = []


def case(name: str, opens: str) -> Callable[[Opener], Opener]:
    def add(run: Opener) -> Opener:
        CASES.append(Case(name, opens, run))
        return run

    return add


def opened(cls: type[QWidget]) -> QWidget:
    """The visible top-level window of ``cls`` opened last."""
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
    assert windows, f"no {cls.__name__} is open"
    return windows[-1]


# --- fixtures ---------------------------------------------------------------------------------


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp) -> Iterator[str]:
    translators = i18n.install(qapp, request.param)
    yield request.param
    i18n.remove(qapp, translators)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


@pytest.fixture
def small_screen(monkeypatch) -> None:
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget=None: QRect(SCREEN))


@pytest.fixture
def demo(tmp_path, cli_demo, clock) -> Iterator[Any]:
    """The module's demo register, copied into a deep folder under a long name (its path shows
    in the status bar, About, Unlock…)."""
    folder = tmp_path / LONG_FOLDER
    folder.mkdir()
    path = Path(shutil.copyfile(cli_demo, folder / f"{LONG_NAME}.fdesk"))
    register = open_register(path, passphrase=STRONG_PASSPHRASE, clock=clock)
    yield register
    register.close()


@pytest.fixture
def env(qtbot, small_screen, language, demo, prefs, temp_dir, tmp_path) -> Iterator[Env]:
    prefs.language = language
    entity = demo.entities()[0]
    demo.update_entity(entity.id, name=LONG_ENTITY)  # the filter's longest item
    window = make_window(qtbot, demo, prefs, temp_dir)
    yield Env(window, demo, qtbot, tmp_path)
    window.shutdown()


# --- the cases --------------------------------------------------------------------------------


def each_tab(tabs: QTabWidget, window: QWidget) -> Iterator[Shown]:
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        yield window


@case("main window", "filing_desk.ui.main_window.MainWindow")
def main_window(env: Env) -> Iterator[Shown]:
    window, ws = env.window, env.workspace
    opened_at = window.size()  # before the user maximises it
    assert ROOM.size().boundedTo(opened_at) == opened_at, opened_at
    for name in VIEWS:
        ws.show_view(name)
        yield window
    env.algorithm(AlgorithmState.CHANGE_PENDING)
    yield from each_tab(ws.detail, window)
    ws.show_view("entities")
    ws.entities.select_entity(env.register.entities()[0].id)
    yield from each_tab(ws.entities.tabs, window)
    window.lock()
    yield window
    window.registers.show_welcome(LONG_NAME)  # no register open: the four choices
    yield window


def wizard_pages(env: Env, state: AlgorithmState, kind: ProcedureKind) -> Iterator[Shown]:
    env.algorithm(state)
    wizard = env.window.open_wizard(kind)
    yield wizard
    for page in wizard.pages:
        page.enforce = False  # every page, the required fields left as they are
    while wizard.nextId() != -1:
        page = wizard.currentId()
        wizard.next()
        assert wizard.currentId() != page, f"the wizard stays on page {page}"
        yield wizard


@case("filing wizard", "filing_desk.ui.wizard.procedure_wizard.ProcedureWizard")
def filing_wizard(env: Env) -> Iterator[Shown]:
    yield from wizard_pages(env, AlgorithmState.DRAFT, ProcedureKind.FILING)


@case("modification wizard", "filing_desk.ui.wizard.procedure_wizard.ProcedureWizard")
def modification_wizard(env: Env) -> Iterator[Shown]:
    yield from wizard_pages(env, AlgorithmState.CHANGE_PENDING, ProcedureKind.MODIFICATION)


@case("cancellation wizard", "filing_desk.ui.wizard.procedure_wizard.ProcedureWizard")
def cancellation_wizard(env: Env) -> Iterator[Shown]:
    yield from wizard_pages(env, AlgorithmState.CANCEL_PENDING, ProcedureKind.CANCELLATION)


@case("service wizard", "filing_desk.ui.wizard.service_wizard.ServiceWizard")
def service_wizard(env: Env) -> Iterator[Shown]:
    from filing_desk.ui.wizard.service_wizard import ServiceSpecPage, ServiceWizard

    wizard = ServiceWizard(env.register, env.register.entities()[0].id, parent=env.window)
    wizard.open()
    yield wizard
    for page in wizard.findChildren(ServiceSpecPage):
        page.enforce = False  # every page, the required fields left as they are
    while wizard.nextId() != -1:
        wizard.next()
        yield wizard


@case("settings", "filing_desk.ui.dialogs.settings.SettingsDialog")
def settings(env: Env) -> Iterator[Shown]:
    yield env.window.open_settings()


@case("about", "filing_desk.ui.dialogs.about.AboutDialog")
def about(env: Env) -> Iterator[Shown]:
    yield env.window.open_about()


@case("change passphrase", "filing_desk.ui.dialogs.new_passphrase.ChangePassphraseDialog")
def change_passphrase(env: Env) -> Iterator[Shown]:
    yield env.window.key_menu.change_passphrase()


@case("restart offer", "filing_desk.ui.restart.RestartOffer")
def restart_offer(env: Env) -> Iterator[Shown]:
    from filing_desk.ui.restart import offer_restart

    yield offer_restart(env.window)


@case("written (Show in folder)", "filing_desk.ui.written.WrittenBox")
def written(env: Env) -> Iterator[Shown]:
    from filing_desk.ui.written import tell_written

    deep = env.window.register_path.parent / ("很长的文件夹名称-" * 8) / "register-export.json"
    yield tell_written(env.window, "Export", "Exported (not encrypted).", [deep])


@case("export", "filing_desk.ui.dialogs.export_dialog.ExportDialog")
def export(env: Env) -> Iterator[Shown]:
    yield env.window.transfer.open_export()


@case("backup", "filing_desk.ui.dialogs.backup_dialog.BackupDialog")
def backup(env: Env) -> Iterator[Shown]:
    yield env.window.transfer.open_backup()


@case("restore", "filing_desk.ui.dialogs.backup_dialog.RestoreDialog")
def restore(env: Env) -> Iterator[Shown]:
    yield env.window.transfer.open_restore()


@case("import", "filing_desk.ui.dialogs.import_dialog.ImportDialog")
def import_file(env: Env) -> Iterator[Shown]:
    dialog = env.window.transfer.open_import()
    yield dialog
    headers = ["主体名称", "算法名称", "算法类别", "上线时间", "算法安全责任人", "备注"]
    rows = [[LONG_ENTITY, f"算法{n}", "个性化推送类", "2024-01-05" if n % 3 else "不是日期",
             "张三", "很长的备注" * 12] for n in range(40)]  # fmt: skip
    with env.qtbot.waitSignal(dialog.loaded, timeout=20000):
        dialog.load(write_xlsx(env.tmp_path / f"{LONG_NAME}.xlsx", [headers, *rows]))
    yield from each_tab(dialog.tabs, dialog)
    dialog.report.leave_out_button.click()
    with env.qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.import_button.click()
    yield dialog


@case("CAC list", "filing_desk.ui.dialogs.cac_list_dialog.CacListDialog")
def cac_list(env: Env) -> Iterator[Shown]:
    dialog = env.window.transfer.open_cac_list()
    yield dialog
    with env.qtbot.waitSignal(dialog.loaded, timeout=30000):
        dialog.load(shutil.copy(CAC_LIST, env.tmp_path / f"{LONG_NAME}.docx"))
    yield dialog
    dialog.choose_entities(["中兴系统技术有限公司"])
    yield dialog


@case("check against a CAC list", "filing_desk.ui.dialogs.check_list_dialog.CheckListDialog")
def check_list(env: Env) -> Iterator[Shown]:
    path = shutil.copy(CAC_LIST, env.tmp_path / f"{LONG_NAME}.docx")
    yield env.window.transfer.check_list(str(path))


@case("CAC answer", "filing_desk.ui.dialogs.cac_answer.CacAnswerDialog")
def cac_answer(env: Env) -> Iterator[Shown]:
    env.algorithm(AlgorithmState.SUBMITTED)
    yield env.window.cac_answer()


@case("service step", "filing_desk.ui.service_steps.StepDialog")
def service_step(env: Env) -> Iterator[Shown]:
    from filing_desk.domain.genai_states import ServiceStep

    env.workspace.show_view("services")
    view = env.workspace.services
    for row in range(view.model.rowCount()):  # a service under review: RETURN asks reasons
        view.table.selectRow(row)
        if ServiceStep.RETURN in view.detail.step_buttons:
            break
    step = ServiceStep.RETURN if ServiceStep.RETURN in view.detail.step_buttons else None
    yield view.detail.open_step(step or next(iter(view.detail.step_buttons)))


@case("new entity", "filing_desk.ui.dialogs.new_record.NewEntityDialog")
def new_entity(env: Env) -> Iterator[Shown]:
    yield env.window.new_entity()


@case("new algorithm", "filing_desk.ui.dialogs.new_record.NewAlgorithmDialog")
def new_algorithm(env: Env) -> Iterator[Shown]:
    yield env.window.new_algorithm()


@case("new product", "filing_desk.ui.dialogs.new_record.NewProductDialog")
def new_product(env: Env) -> Iterator[Shown]:
    from filing_desk.ui.dialogs.new_record import NewProductDialog

    env.algorithm(AlgorithmState.DRAFT)
    env.workspace.detail.add_product_button.click()
    yield opened(NewProductDialog)


@case("official working days", "filing_desk.ui.calendar_view.CalendarEntryDialog")
def calendar_entry(env: Env) -> Iterator[Shown]:
    env.workspace.show_view("calendar")
    yield env.workspace.calendar.open_entry_dialog()


@case("print preview", "filing_desk.ui.print_preview._PreviewDialog")
def print_preview(env: Env) -> Iterator[Shown]:
    from filing_desk.ui.print_preview import preview_pdfs
    from filing_desk.workflows.printing import print_forms

    algorithm_id = env.algorithm(AlgorithmState.DRAFT)
    documents = print_forms(env.register, ["commitment-letter"], algorithm_id=algorithm_id)
    dialog = preview_pdfs(env.workspace, documents)
    [toolbar] = dialog.findChildren(QToolBar)
    print_action = toolbar.actions()[-1]  # Qt's toolbar ends with Print
    yield dialog, [toolbar.widgetForAction(print_action)]


@case("create a register", "filing_desk.ui.dialogs.create_register.CreateRegisterDialog")
def create_register_dialog(env: Env) -> Iterator[Shown]:
    from filing_desk.ui.dialogs.create_register import CreateRegisterDialog

    for keyring in (True, False):  # passphrase mode has the most to say
        path = env.tmp_path / LONG_FOLDER / "new.fdesk"
        dialog = CreateRegisterDialog(path, keyring=keyring, parent=env.window)
        dialog.open()
        yield dialog
        dialog.close()


@case("restore here", "filing_desk.ui.dialogs.restore_here.RestoreHereDialog")
def restore_here(env: Env) -> Iterator[Shown]:
    yield env.window.registers.restore()


def _long_attachment(version: int) -> AttachmentInfo:
    return AttachmentInfo(
        id=version, owner_type=OwnerType.ALGORITHM, owner_id=1,
        kind=AttachmentKind.SELF_ASSESSMENT, filename=f"{LONG_NAME}.pdf", size=2048,
        sha256="0" * 64, version=version, superseded=True, added_at=datetime(2026, 11, 2, 9, 30),
    )  # fmt: skip


@case("kinds of attached files", "filing_desk.ui.attachment_dialogs.KindsDialog")
def kinds_dialog(env: Env) -> Iterator[Shown]:
    from filing_desk.ui.attachment_dialogs import KindsDialog

    names = [f"{LONG_NAME}-{n}.pdf" for n in range(12)]  # a whole folder dropped at once
    dialog = KindsDialog(names, [AttachmentKind.OTHER] * len(names), env.workspace)
    dialog.open()
    yield dialog


@case("remove an attachment", "filing_desk.ui.attachment_dialogs.RemoveQuestion")
def remove_question(env: Env) -> Iterator[Shown]:
    from filing_desk.ui.attachment_dialogs import RemoveQuestion

    dialog = RemoveQuestion(env.workspace, _long_attachment(1), lambda: None)
    dialog.open()
    yield dialog


@case("purge removed files", "filing_desk.ui.attachment_dialogs.PurgeQuestion")
def purge_question(env: Env) -> Iterator[Shown]:
    from filing_desk.ui.attachment_dialogs import PurgeQuestion

    removed = [_long_attachment(v) for v in range(1, 30)]
    dialog = PurgeQuestion(env.workspace, removed, lambda: None)
    dialog.open()
    yield dialog


@case("no viewer for a file", "filing_desk.ui.attachment_dialogs.NoViewerMessage")
def no_viewer(env: Env) -> Iterator[Shown]:
    from filing_desk.ui.attachment_dialogs import NoViewerMessage

    dialog = NoViewerMessage(env.workspace, env.tmp_path / LONG_FOLDER / f"{LONG_NAME}.bin")
    dialog.open()
    yield dialog


@case("withdraw a product link", "filing_desk.ui.product_links.WithdrawDialog")
def withdraw_link(env: Env) -> Iterator[Shown]:
    from filing_desk.ui.product_links import WithdrawDialog

    dialog = WithdrawDialog(f"{LONG_NAME}（APP）", env.register.today(), env.workspace)
    dialog.open()
    yield dialog


@case("a filed field changes", "filing_desk.ui.change_confirm.ChangeConfirmDialog")
def change_confirm(env: Env) -> Iterator[Shown]:
    from filing_desk.ui.change_guard import confirm_edit
    from filing_desk.workflows.changes import ChangeDesk

    algorithm_id = env.algorithm(AlgorithmState.FILED)
    values = {"name": LONG_NAME}  # a filed field: the edit would open a modification
    yield confirm_edit(ChangeDesk(env.register), "algorithm", algorithm_id, values,
                       env.window, lambda _day: None)  # fmt: skip


@case("discard a modification", "filing_desk.ui.change_confirm.DiscardModificationDialog")
def discard_modification(env: Env) -> Iterator[Shown]:
    from filing_desk.ui.change_confirm import DiscardModificationDialog

    dialog = DiscardModificationDialog(LONG_NAME, env.register.today(), env.window)
    dialog.open()
    yield dialog


def security_subject(env: Env) -> tuple[Any, int]:
    from filing_desk.domain.security_assessment import SubjectKind

    return SubjectKind.ALGORITHM, env.algorithm(AlgorithmState.FILED)


@case("security assessment", "filing_desk.ui.security_assessment_dialog.SecurityAssessmentDialog")
def security_assessment(env: Env) -> Iterator[Shown]:
    from filing_desk.ui.security_assessment_dialog import SecurityAssessmentDialog

    kind, subject_id = security_subject(env)
    dialog = SecurityAssessmentDialog(env.register, kind, subject_id, LONG_NAME, None, env.window)
    dialog.open()
    yield from each_tab(dialog.findChild(QTabWidget), dialog)


@case("security submission", "filing_desk.ui.security_submission_dialog.SecuritySubmissionDialog")
def security_submission(env: Env) -> Iterator[Shown]:
    from filing_desk.domain.security_assessment import Trigger
    from filing_desk.store.security_assessments import security_service
    from filing_desk.ui.security_submission_dialog import SecuritySubmissionDialog

    kind, subject_id = security_subject(env)
    made = security_service(env.register).create_security_assessment(
        kind, subject_id, next(iter(Trigger)), env.register.today()
    )
    dialog = SecuritySubmissionDialog(env.register, int(made.id or 0), env.workspace)
    dialog.open()
    yield dialog


@case("progress of a job", "filing_desk.ui.jobs._ProgressDialog")
def progress(env: Env) -> Iterator[Shown]:
    from filing_desk.ui.jobs import run_job

    release = threading.Event()
    title = f"Reading {LONG_NAME * 2}.docx…"
    job = run_job(env.workspace, title, lambda _p, _c: release.wait(30), lambda _r: None)
    job.dialog.show()  # at once, not after its delay
    try:
        yield job.dialog, [b for b in job.dialog.findChildren(QAbstractButton) if b.isVisible()]
    finally:
        with env.qtbot.waitSignal(job.finished, timeout=10000):
            release.set()


@case("unlock", "filing_desk.ui.dialogs.unlock.UnlockDialog")
def unlock(env: Env) -> Iterator[Shown]:
    from filing_desk.ui.dialogs.unlock import UnlockDialog

    path = env.tmp_path / ("很长的文件夹名称" * 8) / "register.fdesk"
    dialog = UnlockDialog(path, store_errors.KeyNotFound("No key for " + str(path) * 3))
    env.qtbot.addWidget(dialog)
    dialog.open()
    yield dialog


@case("open team register", "filing_desk.ui.dialogs.open_team.OpenTeamDialog")
def open_team_register(env: Env) -> Iterator[Shown]:
    url = f"postgresql://{'zhangsan' * 6}@{'db.' * 30}firm.cn:5432/{'desk' * 12}"
    dialog = env.window.team.choose(url + "?sslmode=verify-full")
    dialog.message.setText("The server refused the password. " * 6)
    yield dialog


@case("recovery key", "filing_desk.ui.dialogs.recovery.RecoveryKeyDialog")
def recovery(env: Env) -> Iterator[Shown]:
    from filing_desk.ui.dialogs.recovery import RecoveryKeyDialog

    key = "ABCD-" * 16 + "ABCD"
    dialog = RecoveryKeyDialog(key, "00" * 16, env.register.path, env.register.today())
    env.qtbot.addWidget(dialog)
    dialog.open()
    yield dialog, [dialog.close_button]


@case("new passphrase", "filing_desk.ui.dialogs.new_passphrase.NewPassphraseDialog")
def new_passphrase(env: Env) -> Iterator[Shown]:
    from filing_desk.ui.dialogs.new_passphrase import NewPassphraseDialog

    dialog = NewPassphraseDialog("")
    env.qtbot.addWidget(dialog)
    dialog.open()
    yield dialog


@case("discard what you typed", "filing_desk.ui.unsaved.DiscardQuestion")
def discard_question(env: Env) -> Iterator[Shown]:
    dialog = env.window.new_entity()
    dialog.name.setText(LONG_ENTITY)
    dialog.reject()  # typed: asks first
    yield dialog.unsaved.question


@case("draft offered after unlock", "filing_desk.ui.drafts.DraftOffer")
def draft_offer(env: Env) -> Iterator[Shown]:
    from filing_desk.ui.drafts import DraftOffer

    offer = DraftOffer(f"the change wizard ({LONG_ENTITY})", env.workspace)
    offer.open()
    yield offer


@case("stale save: theirs and mine", "filing_desk.ui.conflict_dialog.ConflictDialog")
def conflict(env: Env) -> Iterator[Shown]:
    from filing_desk.ui.conflict_dialog import ConflictDialog, FieldConflict

    found = [
        FieldConflict(f"field{i}", f"{LONG_NAME[:20]} {i}", LONG_ENTITY, LONG_NAME, LONG_FOLDER)
        for i in range(12)
    ]
    dialog = ConflictDialog(found, env.workspace)
    dialog.open()
    yield dialog


# --- the tests --------------------------------------------------------------------------------


@pytest.mark.parametrize("fit_case", CASES, ids=lambda c: c.name.replace(" ", "-"))
def test_fits_a_1024_by_600_screen(env: Env, fit_case: Case):
    states = 0
    for shown in fit_case.run(env):
        window, exits = shown if isinstance(shown, tuple) else (shown, None)
        assert window is not None and window.isVisible(), fit_case.name
        check_fits(window, exits)
        states += 1
    assert states


def dialog_classes() -> set[str]:
    """Every QDialog subclass in filing_desk.ui that no other one there derives from."""
    for module in pkgutil.walk_packages(filing_desk.ui.__path__, "filing_desk.ui."):
        importlib.import_module(module.name)
    found: set[type] = set()
    todo: list[type] = [QDialog]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("filing_desk.ui."):
                found.add(sub)
    leaves = {c for c in found if not any(o is not c and issubclass(o, c) for o in found)}
    return {f"{c.__module__}.{c.__qualname__}" for c in leaves}


def test_every_dialog_has_a_case():
    classes = dialog_classes()
    assert "filing_desk.ui.dialogs.cac_list_dialog.CacListDialog" in classes
    missing = sorted(classes - {c.opens for c in CASES})
    assert not missing, f"add a case for each: {missing}"


def test_the_check_sees_a_window_wider_than_the_screen(qtbot, small_screen):
    from PySide6.QtWidgets import QHBoxLayout, QPushButton

    dialog = QDialog()
    qtbot.addWidget(dialog)
    row = QHBoxLayout(dialog)
    row.addWidget(QPushButton("x" * 300, dialog))
    dialog.show()
    with pytest.raises(AssertionError, match="px wide"):
        check_fits(dialog)


# --- what a small screen cuts short -----------------------------------------------------------


OFFSCREEN_TOOLTIP = "This plugin does not support raise\\(\\)"  # a tooltip, raised offscreen


def tooltip_at(qtbot, view, index) -> str:
    """The tooltip hovering over ``index`` shows ("" for none)."""
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=3000)
    view.scrollTo(index)
    centre = view.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, view.viewport().mapToGlobal(centre))
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_the_filters_shrink_before_the_search_box(env: Env):
    window, view = env.window, env.workspace.register_view
    window.resize(ROOM.size())
    env.workspace.show_view("register")
    view.entity_filter.setCurrentIndex(view.entity_filter.findText(LONG_ENTITY))
    settle()
    assert view.search.width() >= SEARCH_MIN_WIDTH
    assert view.entity_filter.width() < view.entity_filter.fontMetrics().horizontalAdvance(
        LONG_ENTITY
    )
    assert view.entity_filter.toolTip() == LONG_ENTITY  # what the filter shows cut short


@pytest.mark.qt_log_ignore(OFFSCREEN_TOOLTIP)
def test_a_cut_cell_shows_its_whole_text_on_hover(env: Env):
    view = env.workspace.register_view
    env.window.resize(ROOM.size())
    env.workspace.show_view("register")
    view.reset_filters()
    settle()
    row = next(r for r in range(view.model.rowCount())
               if view.model.index(r, Column.ENTITY).data() == LONG_ENTITY)  # fmt: skip
    assert view.table.columnWidth(Column.ENTITY) == MAX_COLUMN_WIDTH  # capped: the name is cut
    assert tooltip_at(env.qtbot, view.table, view.model.index(row, Column.ENTITY)) == LONG_ENTITY
    assert tooltip_at(env.qtbot, view.table, view.model.index(row, Column.NAME)) == ""  # whole


@pytest.mark.qt_log_ignore(OFFSCREEN_TOOLTIP)
def test_columns_fit_again_after_an_import(env: Env):
    view = env.workspace.register_view
    before = view.table.columnWidth(Column.NAME)
    assert before < MAX_COLUMN_WIDTH
    name = "面向全体用户的个性化内容推荐与多目标排序融合算法（第二代）"
    path = write_xlsx(env.tmp_path / "new.xlsx", [["主体名称", "算法名称", "算法类别"],
                                                  ["乙公司", name, "个性化推送类"]])  # fmt: skip
    dialog = env.window.transfer.open_import()
    with env.qtbot.waitSignal(dialog.loaded, timeout=20000):
        dialog.load(path)
    with env.qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.import_button.click()
    assert view.table.columnWidth(Column.NAME) == MAX_COLUMN_WIDTH
    [row] = [r for r in range(view.model.rowCount())
             if view.model.index(r, Column.NAME).data() == name]  # fmt: skip
    assert tooltip_at(env.qtbot, view.table, view.model.index(row, Column.NAME)) == name


def test_an_elided_label_keeps_its_whole_text_in_the_tooltip(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    label = ElidedLabel(LONG_NAME, holder)
    assert label.minimumSizeHint().width() < label.sizeHint().width()
    label.resize(120, label.sizeHint().height())
    holder.show()
    assert label.text() == LONG_NAME
    assert label.is_elided() and label.toolTip() == LONG_NAME
    label.setToolTip("/tmp/x.docx")
    assert label.toolTip() == f"{LONG_NAME}\n/tmp/x.docx"
    label.resize(label.sizeHint())
    assert not label.is_elided() and label.toolTip() == "/tmp/x.docx"
    label.setToolTip("")
    label.setText("short")
    assert label.toolTip() == ""


def test_the_window_title_names_the_app_once(env: Env):
    """X11 and Windows add the display name to a title that does not end with it."""
    display = QGuiApplication.applicationDisplayName()
    assert env.window.windowTitle().endswith(display)  # nothing added: "Filing Desk 算法备案台账"
    assert display not in env.window.open_settings().windowTitle()  # "设置 — " + display, once
