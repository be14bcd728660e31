"""The self-test: checks that this installation (source tree or frozen bundle) works.

In a temporary folder, removed afterwards, it creates a passphrase-mode register (the keyring is
never touched), checks the schema revision, takes an algorithm through a filing, verifies the audit
chain, renders a Chinese PDF, checks its embedded font and draws it with PDFium (the print
preview's renderer), computes a due date, and imports this system's keyring backend.

``run()`` yields one ``Outcome`` per step as it finishes (its ``line`` is ``ok   step (detail)``
or ``FAIL step: reason``); ``header()`` and ``verdict()`` give the lines around them. It prints
nothing and knows nothing of the command line: ``filing-desk self-test``
(``filing_desk.commands.self_test``) prints the lines, and ``make bundle-test`` runs it on the
PyInstaller build.
"""

from __future__ import annotations

import importlib
import secrets
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from filing_desk import __version__, paths

TODAY = date(2026, 11, 23)  # the register's clock: fixed, so the run is the same every day
LAUNCH = date(2026, 9, 28)
LAUNCH_DUE = date(2026, 10, 16)  # ten working days after 2026-09-28, across the National Day week
SUBMITTED = date(2026, 10, 12)
FILED = date(2026, 11, 2)
REGION = "110108"
ENTITY_NUMBER = "8234839"
FORM_ID = "algorithm-filing"
ENTITY_NAME = "自检示例科技有限公司"
ALGORITHM_NAME = "自检个性化推荐算法"

# sys.platform prefix → (keyring backend module, the modules that backend needs at run time)
KEYRING_MODULES: dict[str, tuple[str, tuple[str, ...]]] = {
    "win32": ("keyring.backends.Windows", ("win32ctypes.pywin32.win32cred",)),
    "darwin": ("keyring.backends.macOS", ("keyring.backends.macOS.api",)),
    "linux": ("keyring.backends.SecretService", ("secretstorage", "jeepney")),
}


class StepFailed(Exception):
    """A check did not hold; the message says what was expected and what was found."""


@dataclass
class Run:
    """What the steps share: the temporary folder, the open register and the records made."""

    folder: Path
    cleanup: ExitStack
    register: Any = None
    ids: dict[str, int] = field(default_factory=dict)
    pdf: bytes = b""

    def need(self, name: str = "register") -> int:
        """The id of a record an earlier step made (0 for the register itself), or skip."""
        if self.register is None:
            raise StepFailed("skipped: no register (the register step failed)")
        if name != "register" and name not in self.ids:
            raise StepFailed(f"skipped: no {name} (an earlier step failed)")
        return self.ids.get(name, 0)


Step = Callable[[Run], str]


def _expect(condition: bool, message: str) -> None:
    if not condition:
        raise StepFailed(message)


def step_register(run: Run) -> str:
    from filing_desk.store.register import create_register

    path = run.folder / "self-test.fdesk"
    created = create_register(
        path, passphrase=secrets.token_urlsafe(24), clock=lambda: TODAY, use_keyring=False
    )
    run.register = run.cleanup.enter_context(created.register)
    mode = run.register.key_source.value
    _expect(mode == "passphrase", f"key source is {mode}, expected passphrase")
    _expect(not run.register.cipher_check(), "the new file fails SQLCipher's integrity check")
    return f"{mode} mode, SQLCipher file"


def step_migrations(run: Run) -> str:
    from filing_desk.store.migrate import HEAD, script_head

    run.need()
    revision = run.register.schema_revision()
    _expect(revision == HEAD, f"schema revision is {revision}, expected {HEAD}")
    scripts = script_head()
    _expect(scripts == HEAD, f"the migration scripts end at {scripts!r}, expected {HEAD}")
    return f"schema {revision}"


def _filing_number() -> str:
    from filing_desk.domain.codes import filing_check_digit
    from filing_desk.domain.enums import AlgorithmType

    first20 = f"{REGION}{ENTITY_NUMBER}{AlgorithmType.PUSH.value}{LAUNCH.year % 100:02d}001"
    return first20 + filing_check_digit(first20)


def _entity_fields() -> dict[str, Any]:
    from filing_desk.domain.codes import uscc_check_char

    first17 = "91110108MA01FD7K1"
    return dict(
        name=ENTITY_NAME,
        uscc=first17 + uscc_check_char(first17),
        region_code=REGION,
        address="北京市海淀区中关村大街1号",
        legal_rep_name="王建国",
        officer_name="李静",
        officer_phone="13800138000",
        officer_email="officer@selftest.example.cn",
    )


def _algorithm_fields() -> dict[str, Any]:
    from filing_desk.domain.enums import AlgorithmType, Role, Triage

    return dict(
        name=ALGORITHM_NAME,
        algo_type=AlgorithmType.PUSH,
        role=Role.PROVIDER,
        triage=Triage.REQUIRED,
        triage_reason="面向社会公众提供资讯服务，具有舆论属性。",
        public_opinion=True,
        application_field="信息资讯",
        scenarios="为用户推荐资讯内容。",
        main_use="根据用户兴趣推送资讯。",
        principle="基于用户行为数据与内容特征进行建模。",
        mechanism="采集数据 → 特征处理 → 模型计算 → 结果输出与人工审核。",
        purpose="提升信息服务质量，保障用户合法权益。",
        launch_date=LAUNCH,
    )


def step_procedure(run: Run) -> str:
    from filing_desk.domain.enums import AlgorithmState
    from filing_desk.domain.issues import Report

    run.need()
    reg = run.register
    entity = reg.create_entity(**_entity_fields())
    algorithm = reg.create_algorithm(entity.id, **_algorithm_fields())
    run.ids.update(entity=entity.id, algorithm=algorithm.id)
    proc = reg.start_filing(algorithm.id)
    _expect(proc.due_date == LAUNCH_DUE, f"filing due {proc.due_date}, expected {LAUNCH_DUE}")
    reg.mark_ready(proc.id, Report())
    reg.submit(proc.id, SUBMITTED)
    number = _filing_number()
    reg.record_filed(proc.id, FILED, number)
    filed = reg.algorithm(algorithm.id)
    _expect(filed.state is AlgorithmState.FILED, f"algorithm is {filed.state}, expected filed")
    _expect(filed.filing_number == number, f"filing number is {filed.filing_number!r}")
    return f"entity, algorithm, filing {number}"


def step_audit(run: Run) -> str:
    run.need("algorithm")
    chain = run.register.verify_audit()
    _expect(chain.ok, f"broken at event {chain.first_bad_id}: {chain.reason}")
    _expect(chain.checked > 0, "the audit log is empty")
    return f"{chain.checked} events chained"


def check_pdf(pdf: bytes) -> str:
    """The PDF's embedded CJK font name; raises StepFailed when the font is not embedded."""
    import re

    _expect(pdf.startswith(b"%PDF-"), "the output is not a PDF")
    _expect(b"/FontFile2" in pdf, "no embedded TrueType font (/FontFile2) in the PDF")
    _expect(b"/ToUnicode" in pdf, "no /ToUnicode map: the Chinese text would not be searchable")
    match = re.search(rb"/BaseFont\s*/([A-Z]{6}\+)?(WenQuanYi\w*)", pdf)
    if match is None:
        raise StepFailed("no WenQuanYi /BaseFont in the PDF")
    return match.group(2).decode("ascii")


def step_pdf(run: Run) -> str:
    from filing_desk.forms import loader
    from filing_desk.forms.fonts import font_path
    from filing_desk.forms.render import render

    algorithm_id = run.need("algorithm")
    font = font_path()
    _expect(font.is_file(), f"the bundled font is missing: {font}")
    context = run.register.form_context(algorithm_id=algorithm_id)
    pdf = render(loader.get(FORM_ID), context, "zh", ready=True)
    name = check_pdf(pdf)
    run.pdf = pdf
    return f"{FORM_ID}, {len(pdf):,} bytes, {name} embedded"


def step_preview(run: Run) -> str:
    """PDFium (the print preview's renderer, a bundled binary) draws the form's first page."""
    import pypdfium2 as pdfium

    if not run.pdf:
        raise StepFailed("skipped: no PDF (the pdf step failed)")
    document = pdfium.PdfDocument(run.pdf)
    try:
        pages = len(document)
        page = document[0]
        bitmap = page.render(scale=0.5, fill_color=(255, 255, 255, 255))
        size, inked = (bitmap.width, bitmap.height), bytes(bitmap.buffer).strip(b"\xff") != b""
        bitmap.close()
        page.close()
    finally:
        document.close()
    _expect(inked, "PDFium drew a blank first page")
    return f"{pages} pages, page 1 drawn at {size[0]}x{size[1]} by PDFium"


def step_due_date(run: Run) -> str:
    from filing_desk.domain.deadlines import due_date
    from filing_desk.domain.enums import DeadlineKind
    from filing_desk.domain.workdays import WorkCalendar

    due = due_date(DeadlineKind.FILING, LAUNCH, WorkCalendar())
    _expect(due.value == LAUNCH_DUE, f"filing from {LAUNCH} due {due.value}, expected {LAUNCH_DUE}")
    _expect(not due.provisional, f"the {LAUNCH.year} calendar is only provisional")
    return f"filing from {LAUNCH} due {due.value}"


def keyring_modules(platform: str = sys.platform) -> tuple[str, tuple[str, ...]]:
    for prefix, modules in KEYRING_MODULES.items():
        if platform.startswith(prefix):
            return modules
    return KEYRING_MODULES["linux"]  # the BSDs use the Secret Service too


def step_keyring(run: Run) -> str:
    from keyring.backend import KeyringBackend

    backend, needs = keyring_modules()
    module = importlib.import_module(backend)
    classes = [
        v
        for v in vars(module).values()
        if isinstance(v, type) and issubclass(v, KeyringBackend) and v.__module__ == backend
    ]
    _expect(bool(classes), f"{backend} defines no keyring backend")
    for name in needs:
        importlib.import_module(name)
    return f"{backend} imports"


STEPS: tuple[tuple[str, Step], ...] = (
    ("register", step_register),
    ("migrations", step_migrations),
    ("procedure", step_procedure),
    ("audit chain", step_audit),
    ("pdf", step_pdf),
    ("pdf preview", step_preview),
    ("due date", step_due_date),
    ("keyring", step_keyring),
)


@dataclass(frozen=True)
class Outcome:
    """One step's result: its name, whether it passed, and its detail or the reason it failed."""

    name: str
    passed: bool
    text: str

    @property
    def line(self) -> str:
        return (
            f"ok   {self.name} ({self.text})" if self.passed else f"FAIL {self.name}: {self.text}"
        )


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    if isinstance(exc, StepFailed):
        return text[0] if text else "failed"
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def header() -> list[str]:
    """What is tested: the version, the Python, and where the resources come from."""
    frozen = "bundle" if getattr(sys, "frozen", False) else "source tree"
    return [
        f"Filing Desk {__version__} self-test (Python {sys.version.split()[0]})",
        f"resources: {paths.project_root()} ({frozen})",
    ]


def run() -> Iterator[Outcome]:
    """Run every step in a temporary folder, yielding each outcome as the step finishes; a failed
    step does not stop the others. The folder is removed once the steps are done."""
    with tempfile.TemporaryDirectory(prefix="filing-desk-selftest-") as tmp, ExitStack() as stack:
        state = Run(Path(tmp), stack)
        for name, step in STEPS:
            try:
                detail = step(state)
            except Exception as exc:  # a self-test reports every failure and goes on
                yield Outcome(name, False, _reason(exc))
            else:
                yield Outcome(name, True, detail)


def verdict(outcomes: Sequence[Outcome]) -> str:
    failed = sum(not outcome.passed for outcome in outcomes)
    return "self-test passed" if not failed else f"self-test FAILED ({failed} steps)"
