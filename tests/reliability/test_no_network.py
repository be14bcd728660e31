"""No network: no module of filing_desk imports a network library, and a whole run (init, demo,
every procedure, every form printed, every export, backup, restore, check) touches no socket.

The test-wide guard (tests/conftest.py) makes any connect/getaddrinfo fail the test; here a
recording layer on top also notes every attempt, so an attempt that the code under test swallows
(a broad ``except Exception``) still fails the test.
"""

from __future__ import annotations

import ast
import socket
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

import filing_desk
from filing_desk.cli import main
from filing_desk.demo import filing_number
from filing_desk.domain.enums import (
    AlgorithmState,
    AlgorithmType,
    ModelOrigin,
    ProcedureState,
    Role,
)
from filing_desk.domain.genai_services import GenAIService, ServiceModel
from filing_desk.domain.issues import Report
from filing_desk.forms import loader
from filing_desk.store.register import open_register
from filing_desk.store.security_assessments import security_service
from tests.helpers.processes import PASSPHRASE, ROOT, child_env, python

PACKAGE = Path(filing_desk.__file__).resolve().parent
# Top-level names and dotted prefixes of libraries that talk to the network.
FORBIDDEN = (
    "socket",
    "ssl",
    "socketserver",
    "http",
    "urllib.request",
    "urllib3",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "nntplib",
    "telnetlib",
    "xmlrpc",
    "asyncio",
    "websocket",
    "websockets",
    "paramiko",
    "grpc",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
)
IMPORT_FUNCTIONS = {"import_module", "__import__"}


def _forbidden(name: str) -> bool:
    return any(name == f or name.startswith(f + ".") for f in FORBIDDEN)


def _imports(tree: ast.AST) -> list[tuple[int, str]]:
    """Every module name imported anywhere in ``tree`` (top level, functions, string imports)."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{a.name}") for a in node.names]
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in IMPORT_FUNCTIONS and node.args and isinstance(node.args[0], ast.Constant):
                found.append((node.lineno, str(node.args[0].value)))
    return found


def test_no_module_of_filing_desk_imports_a_network_library() -> None:
    sources = sorted(PACKAGE.rglob("*.py"))
    assert len(sources) > 30
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{line}: {name}"
        for path in sources
        for line, name in _imports(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        if _forbidden(name)
    ]
    assert offenders == [], "network libraries imported:\n" + "\n".join(offenders)


def test_the_import_scan_catches_every_kind_of_import_site() -> None:
    code = (
        "import ssl\nfrom urllib import request\nfrom http.client import HTTPConnection\n"
        "def f():\n    import socket\n    importlib.import_module('requests')\n"
        "from asyncio import open_connection\nimport urllib.parse\n"
    )
    names = sorted(name for _, name in _imports(ast.parse(code)) if _forbidden(name))
    assert names == sorted(
        [
            "ssl",
            "urllib.request",
            "http.client",
            "http.client.HTTPConnection",
            "socket",
            "requests",
            "asyncio",
            "asyncio.open_connection",
        ]
    )


@pytest.fixture
def attempts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every network attempt (on top of the autouse guard) and refuse it."""
    seen: list[str] = []

    def refuse(what: str):
        def call(*args: object, **kwargs: object) -> None:
            seen.append(f"{what}{args!r}")
            raise OSError(f"network disabled by the test: {what}")

        return call

    guarded = socket.socket  # the autouse guard's class; keep its refusal too

    class RecordingSocket(guarded):  # type: ignore[misc, valid-type]
        def connect(self, address: object) -> None:
            if self.family in (socket.AF_INET, socket.AF_INET6):
                seen.append(f"connect{address!r}")
            super().connect(address)  # type: ignore[arg-type]

        def connect_ex(self, address: object) -> int:
            if self.family in (socket.AF_INET, socket.AF_INET6):
                seen.append(f"connect_ex{address!r}")
                raise OSError("network disabled by the test")
            return super().connect_ex(address)  # type: ignore[arg-type]

        def sendto(self, *args: object) -> int:
            if self.family in (socket.AF_INET, socket.AF_INET6):
                seen.append(f"sendto{args!r}")
                raise OSError("network disabled by the test")
            return super().sendto(*args)  # type: ignore[arg-type, call-overload]

    monkeypatch.setattr(socket, "socket", RecordingSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, refuse(name))
    return seen


def _run(attempts: list[str], *argv: str) -> None:
    code = main(list(argv))
    assert attempts == [], f"{argv!r} tried the network: {attempts}"
    assert code == 0, f"{argv!r} exited {code}"


def test_the_guard_is_active(attempts: list[str]) -> None:
    with pytest.raises(OSError):
        socket.getaddrinfo("example.com", 443)
    with (
        socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock,
        pytest.raises(AssertionError, match="network access attempted"),
    ):
        sock.connect(("192.0.2.1", 80))
    assert len(attempts) == 2


def _every_procedure(path: Path) -> dict[str, int]:
    """Filing (returned for correction, then filed), a change, a cancellation: real steps."""
    with open_register(path) as reg:
        today = reg.today()
        entity = reg.entities()[0]
        algo = reg.create_algorithm(
            entity.id,
            name="离线测试推荐算法",
            algo_type=AlgorithmType.PUSH,
            role=Role.PROVIDER,
            main_use="应用于离线测试场景，为用户推荐资讯内容。",
            launch_date=today - timedelta(days=60),
        )
        filing = reg.start_filing(algo.id)
        reg.mark_ready(filing.id, Report())
        reg.submit(filing.id, today - timedelta(days=50))
        reg.record_returned(filing.id, today - timedelta(days=45), "材料不完整，请补正。")
        reg.mark_ready(filing.id, Report())
        reg.submit(filing.id, today - timedelta(days=40))
        number = filing_number(entity.region_code, "7216409", AlgorithmType.PUSH, 2026, 7)
        reg.record_filed(filing.id, today - timedelta(days=30), number)
        assert reg.algorithm(algo.id).state is AlgorithmState.FILED
        change = reg.record_change(
            algo.id, today - timedelta(days=20), "扩展场景。", main_use="扩展至短视频推荐。"
        )
        reg.mark_ready(change.id, Report())
        reg.submit(change.id, today - timedelta(days=18))
        reg.record_filed(change.id, today - timedelta(days=10))
        assert reg.procedure(change.id).state is ProcedureState.COMPLETED
        ended = reg.terminate(algo.id, today - timedelta(days=8), "业务下线。", "已通知用户。")
        reg.mark_ready(ended.id, Report())
        reg.submit(ended.id, today - timedelta(days=6))
        reg.record_filed(ended.id, today - timedelta(days=2))
        assert reg.algorithm(algo.id).state is AlgorithmState.CANCELLED
        labelling = next(a for a in reg.assessments() if a.library_id == "labelling")
        security = security_service(reg).security_assessments()[0]  # the demo's
        model = ServiceModel(name="离线测试模型", origin=ModelOrigin.OWN, developer=entity.name)
        service = reg.create_service(
            GenAIService(entity_id=entity.id, name="离线测试助手", models=(model,))
        )
        return {
            "service": service.id or 0,
            "security": security.id or 0,
            "algorithm": algo.id,
            "entity": entity.id,
            "modification": change.id,
            "cancellation": ended.id,
            "assessment": labelling.id or 0,  # the demo's, for the documents printed from them
            "labelled": labelling.subject_id,
        }


@pytest.mark.slow
def test_a_whole_run_touches_no_network(tmp_path: Path, attempts: list[str], capsys) -> None:
    path = tmp_path / "offline.fdesk"
    p = ["--register", str(path)]
    _run(attempts, *p, "init")
    _run(attempts, *p, "demo")
    ids = _every_procedure(path)
    specs = loader.load_all()
    assert specs
    for form_id, spec in sorted(specs.items()):
        out = tmp_path / "pdf" / f"{form_id}.pdf"
        if form_id == "audit-report":
            target = []  # the whole register's audit trail
        elif form_id == "security-assessment-report":
            target = ["--security-assessment", str(ids["security"])]
        elif spec.applies_to == "assessment":
            target = ["--assessment", str(ids["assessment"])]
        elif spec.applies_to == "service":
            target = ["--service", str(ids["service"])]
        elif spec.checklist == "labelling":
            target = ["--algorithm", str(ids["labelled"])]
        elif spec.applies_to == "entity":
            target = ["--entity", str(ids["entity"])]
        elif spec.applies_to == "procedure":
            target = ["--procedure-id", str(ids[form_id])]
        else:
            target = ["--algorithm", str(ids["algorithm"])]
        _run(attempts, *p, "print", *target, "--form", form_id, "-o", str(out))
        assert out.read_bytes().startswith(b"%PDF")
    for fmt in ("xlsx", "csv", "json"):
        out = tmp_path / f"export.{fmt}"
        _run(attempts, *p, "export", "--format", fmt, "-o", str(out))
        assert out.stat().st_size > 0
    backup = tmp_path / "backup.fdesk"
    _run(attempts, *p, "backup", "-o", str(backup))
    restored = tmp_path / "restored.fdesk"
    _run(attempts, *p, "restore", str(backup), "-o", str(restored))
    _run(attempts, *p, "check")
    _run(attempts, "--register", str(restored), "check")
    _run(attempts, *p, "deadlines", "--json")
    capsys.readouterr()
    assert attempts == []


SITECUSTOMIZE = """
import socket

def _refuse(*args, **kwargs):
    raise SystemExit("NETWORK USED: %r" % (args,))

class _Socket(socket.socket):
    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            _refuse(address)
        return super().connect(address)

socket.socket = _Socket
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
socket.gethostbyname = _refuse
"""


def test_a_cli_process_with_the_socket_layer_disabled_runs(tmp_path: Path) -> None:
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    path = tmp_path / "sub.fdesk"
    from filing_desk.store.register import create_register

    with create_register(path, passphrase=PASSPHRASE).register as reg:
        reg.create_entity(name="离线子进程有限公司")
    env = child_env(FILING_DESK_PASSPHRASE=PASSPHRASE)
    env["PYTHONPATH"] = f"{guard}:{env['PYTHONPATH']}"
    probe = subprocess.run(
        [python(), "-c", "import socket; socket.getaddrinfo('example.com', 80)"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert probe.returncode != 0 and "NETWORK USED" in probe.stderr  # the guard is loaded
    result = subprocess.run(
        [python(), "-m", "filing_desk", "--register", str(path), "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "NETWORK USED" not in result.stderr
    assert "audit chain: ok" in result.stdout
