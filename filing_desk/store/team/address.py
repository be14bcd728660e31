"""A team register's address: ``postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=…]``.

Parsed and checked before any connection: a user, a host and a database are required; a password
in the address is refused (it would end up in shell history, settings and logs: the keyring or a
prompt gives it); only TLS and timeout options pass through, so nothing in the address can make
the app connect anywhere but the host it names. No I/O here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, unquote, urlsplit

from filing_desk.store.team.errors import BadTeamAddress

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

SCHEMES = ("postgresql", "postgres")
DEFAULT_PORT = 5432
# libpq options passed through as given (TLS and timeouts); ``host``/``hostaddr``/``service``
# would point the connection elsewhere than the address says, so they are refused with the rest.
OPTIONS = frozenset(
    {"sslmode", "sslrootcert", "sslcert", "sslkey", "sslcrl", "sslcrldir", "connect_timeout"}
)


def is_team_url(text: str) -> bool:
    """``text`` names a team register (a ``postgresql://`` address), not a register file."""
    return text.strip().lower().startswith(tuple(f"{s}://" for s in SCHEMES))


@dataclass(frozen=True)
class TeamAddress:
    """Where a team register lives and who opens it; ``str()`` is the URL, without password."""

    user: str
    host: str
    port: int
    database: str
    options: tuple[tuple[str, str], ...] = ()

    @property
    def server(self) -> str:
        """``host:port``: what the keyring entry and the error messages name."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    @property
    def display(self) -> str:
        """``user@host:port/database``: how the app names the register to people."""
        return f"{self.user}@{self.server}/{self.database}"

    @property
    def name(self) -> str:
        """The register's short name (a file register shows its file name)."""
        return self.database

    def exists(self) -> bool:
        """A team register is opened, never looked for as a file: it always "exists" (the
        server says whether it does when the register is opened)."""
        return True

    def __str__(self) -> str:
        query = "&".join(f"{k}={v}" for k, v in self.options)
        return f"postgresql://{self.display}" + (f"?{query}" if query else "")

    def sqlalchemy_url(self, password: str) -> URL:
        """The URL SQLAlchemy connects with (psycopg 3); its text form hides the password."""
        from sqlalchemy.engine import URL

        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=password,
            host=self.host,
            port=self.port,
            database=self.database,
            query=dict(self.options),
        )


def parse(text: str) -> TeamAddress:
    """The address in ``text``; BadTeamAddress says what is wrong (never echoing a password)."""
    parts = urlsplit(text.strip())
    if parts.scheme.lower() not in SCHEMES:
        raise BadTeamAddress("A team register's address begins with postgresql://.")
    shown = f"postgresql://{parts.hostname or ''}"
    if parts.password is not None:
        raise BadTeamAddress(
            f"The address {shown}… holds a password: leave it out. Filing Desk asks for it, "
            "or takes it from the system keyring or FILING_DESK_DB_PASSWORD."
        )
    try:
        port = parts.port or DEFAULT_PORT
    except ValueError:
        raise BadTeamAddress(f"The port in {shown}… is not a number from 1 to 65535.") from None
    user, host = unquote(parts.username or ""), parts.hostname or ""
    database = unquote(parts.path.lstrip("/"))
    missing = [
        w for w, v in (("a user", user), ("a host", host), ("a database", database)) if not v
    ]
    if missing or "/" in database:
        raise BadTeamAddress(
            "A team register's address is postgresql://USER@HOST:PORT/DATABASE; "
            f"this one lacks {' and '.join(missing) or 'a single database name'}."
        )
    options = tuple(parse_qsl(parts.query, keep_blank_values=True))
    unknown = sorted({k for k, _ in options} - OPTIONS)
    if unknown:
        raise BadTeamAddress(
            f"The address option(s) {', '.join(unknown)} are not accepted; "
            f"only {', '.join(sorted(OPTIONS))}."
        )
    return TeamAddress(user, host, port, database, options)
