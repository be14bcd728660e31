"""The no-network guard's rules (tests/conftest.py ``no_network``): nothing leaves the machine
but a connection to the one server a team-register test allows.

Python's sockets are guarded by the fixture; libpq (under psycopg) opens its own sockets in C,
so ``guard_libpq`` checks the host and port of every psycopg connection before it is made. A
Unix-socket connection (a host that is a folder, or none) is local and allowed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

LIBPQ_DEFAULT_PORT = 5432


class NetworkUsed(AssertionError):
    pass


@dataclass
class NetworkGuard:
    """The addresses this test may connect to: none, unless a team-register test allows its
    server's ``(host, port)``."""

    allowed: set[tuple[str, int]] = field(default_factory=set)

    def allow(self, host: str, port: int) -> None:
        self.allowed.add((host, int(port)))

    def check(self, address: object) -> None:
        host, port = _host_port(address)
        if (host, port) not in self.allowed:
            raise NetworkUsed(f"network access attempted: {address!r}")


def _host_port(address: object) -> tuple[str, int]:
    if isinstance(address, tuple) and len(address) >= 2:
        try:
            return str(address[0]), int(address[1])
        except (TypeError, ValueError):
            return str(address[0]), -1
    return str(address), -1


def libpq_targets(conninfo: str = "", **kwargs: Any) -> list[tuple[str, int]]:
    """The TCP ``(host, port)`` pairs a psycopg connection would try (Unix sockets left out)."""
    from psycopg.conninfo import conninfo_to_dict

    params = conninfo_to_dict(conninfo)  # kwargs hold psycopg's own options too: only these
    params.update({k: v for k, v in kwargs.items() if k in ("host", "hostaddr", "port")})
    hosts = str(params.get("hostaddr") or params.get("host") or "").split(",")
    ports = str(params.get("port") or LIBPQ_DEFAULT_PORT).split(",")
    targets = []
    for i, host in enumerate(hosts):
        if not host or host.startswith("/") or host.startswith("@"):
            continue  # a Unix socket: not the network
        port = ports[i] if i < len(ports) else ports[-1]
        targets.append((host, int(port or LIBPQ_DEFAULT_PORT)))
    return targets


def guard_libpq(monkeypatch: pytest.MonkeyPatch, guard: NetworkGuard) -> None:
    """Check every psycopg connection's targets against ``guard`` before libpq opens it."""
    try:
        import psycopg
    except ImportError:
        return
    real = psycopg.Connection.connect

    def connect(conninfo: str = "", **kwargs: Any) -> Any:
        for target in libpq_targets(conninfo, **kwargs):
            guard.check(target)
        return real(conninfo, **kwargs)

    monkeypatch.setattr(psycopg, "connect", connect)
    monkeypatch.setattr(psycopg.Connection, "connect", staticmethod(connect))
