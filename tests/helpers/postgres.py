"""A throwaway PostgreSQL cluster for team-register tests: the Debian server binaries, a
temporary folder, a free port on 127.0.0.1, one database per test.

The cluster is made with ``initdb`` and run with ``pg_ctl``, as the ``postgres`` system user when
the tests run as root (PostgreSQL refuses to run as root; CI is root), else as the current user.
Its superuser ``postgres`` reaches it without a password over the Unix socket in the cluster's
folder (administration: creating databases and users); every TCP connection, the app's, needs a
password (``scram-sha-256``), so the tests see the password path the app uses with a real server.

When the server binaries are absent the tests that need the cluster are skipped, unless
``FILING_DESK_REQUIRE_POSTGRES=1`` (set by ``.ci/run``): then their absence fails the run.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

# Read at import (collection), before tests/conftest.py clears every FILING_DESK_* variable.
REQUIRE_ENV = "FILING_DESK_REQUIRE_POSTGRES"
REQUIRED = os.environ.get(REQUIRE_ENV, "") not in ("", "0")
SERVER_USER = "postgres"  # the system user Debian's package makes, and the cluster's superuser
OWNER = "desk_admin"  # the login that owns each test database (what a firm's administrator makes)
OWNER_PASSWORD = "owner pass 甲乙 42"
# Where Debian's and Ubuntu's postgresql packages put each major version's server binaries (not a
# folder of one machine: the layout of the package CI installs); else initdb on PATH.
DEBIAN_SERVERS = "/usr/lib/postgresql"
_REAL_SOCKET = socket.socket  # the no-network guard replaces socket.socket during tests


def server_bin_dir() -> Path | None:
    """The newest ``<DEBIAN_SERVERS>/<major>/bin`` holding initdb, or the one on PATH."""
    roots = sorted(
        Path(DEBIAN_SERVERS).glob("*/bin"),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
    )
    for candidate in reversed(roots):
        if (candidate / "initdb").is_file() and (candidate / "pg_ctl").is_file():
            return candidate
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(on_path).resolve().parent
    return None


def free_port() -> int:
    with contextlib.closing(_REAL_SOCKET(socket.AF_INET, socket.SOCK_STREAM)) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@dataclass
class Cluster:
    """A running throwaway cluster: its folder, port and the admin connection path."""

    bin_dir: Path
    folder: Path
    port: int
    as_root: bool
    host: str = "127.0.0.1"
    _names: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def socket_dir(self) -> Path:
        return self.folder / "socket"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        prefix = ["runuser", "-u", SERVER_USER, "--"] if self.as_root else []
        return subprocess.run(
            [*prefix, *args], check=True, capture_output=True, text=True, timeout=120
        )

    def start(self) -> None:
        self.socket_dir.mkdir()
        pwfile = self.folder / "pw"
        pwfile.write_text("superuser-not-used-over-tcp\n", encoding="utf-8")
        if self.as_root:
            shutil.chown(self.socket_dir, SERVER_USER)
            shutil.chown(pwfile, SERVER_USER)
        self._run(
            str(self.bin_dir / "initdb"),
            "-D", str(self.data), "-U", SERVER_USER, "--pwfile", str(pwfile),
            "-E", "UTF8", "--locale", "C.UTF-8",
            "--auth-local", "trust", "--auth-host", "scram-sha-256",
        )  # fmt: skip
        options = f"-k {self.socket_dir} -h {self.host} -p {self.port} -c fsync=off"
        self._run(
            str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-l",
            str(self.folder / "server.log"), "-w", "-t", "60", "-o", options, "start",
        )  # fmt: skip
        self.admin(
            f"CREATE ROLE {OWNER} LOGIN CREATEROLE PASSWORD '{OWNER_PASSWORD}'",
        )

    def stop(self) -> None:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def admin(self, *statements: str, database: str = "postgres") -> None:
        """Run ``statements`` as the superuser over the Unix socket (no password, no TCP)."""
        import psycopg

        with psycopg.connect(
            host=str(self.socket_dir),
            port=self.port,
            user=SERVER_USER,
            dbname=database,
            autocommit=True,
        ) as conn:
            for statement in statements:
                conn.execute(statement.encode())

    def new_database(self) -> TeamDatabase:
        """An empty database owned by ``OWNER``, as the administrator makes one."""
        name = f"team_{next(self._names)}"
        self.admin(f"CREATE DATABASE {name} OWNER {OWNER}")
        return TeamDatabase(self, name)


@dataclass(frozen=True)
class TeamDatabase:
    """One test's database: its URL (no password in it) and the owner's password."""

    cluster: Cluster
    name: str
    user: str = OWNER
    password: str = OWNER_PASSWORD

    @property
    def url(self) -> str:
        return f"postgresql://{self.user}@{self.cluster.host}:{self.cluster.port}/{self.name}"

    @property
    def address(self) -> tuple[str, int]:
        return (self.cluster.host, self.cluster.port)


def start_cluster() -> Cluster:
    """Start a cluster, or skip (fail when ``FILING_DESK_REQUIRE_POSTGRES`` is set)."""
    bin_dir = server_bin_dir()
    if bin_dir is None:
        reason = (
            "PostgreSQL server binaries (initdb, pg_ctl) are not installed: "
            "`apt install postgresql` to run the team-register tests"
        )
        if REQUIRED:
            pytest.fail(f"{reason} ({REQUIRE_ENV} is set)", pytrace=False)
        pytest.skip(reason)
    try:
        return launch_cluster(bin_dir, "filing-desk-pg-")
    except ClusterFailed as exc:
        pytest.fail(f"the test PostgreSQL cluster did not start: {exc}")


class ClusterFailed(Exception):
    """The cluster did not start: pg_ctl's error output and the server's log."""


def launch_cluster(bin_dir: Path, prefix: str) -> Cluster:
    """``initdb`` and start a cluster in a new temp folder named ``prefix…`` (owned by the
    server's user when run as root) on a free port; stopped and removed again if it fails."""
    as_root = os.name == "posix" and os.geteuid() == 0
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    if as_root:
        shutil.chown(folder, SERVER_USER)
    cluster = Cluster(bin_dir, folder, free_port(), as_root)
    try:
        cluster.start()
    except subprocess.CalledProcessError as exc:
        log = cluster.folder / "server.log"
        detail = log.read_text(errors="replace") if log.exists() else ""
        cluster.stop()
        raise ClusterFailed(f"{exc.stderr}\n{detail}") from exc
    return cluster
