"""The engine of a team register: SQLAlchemy over psycopg 3, to the one server the address names.

The first connection is made at once, so a wrong password or an unreachable server is said
before anything else happens; the message names the server and the user, never the password
(it is scrubbed from the driver's text too). No records, no sessions here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from filing_desk.store.errors import RegisterError
from filing_desk.store.team.address import TeamAddress
from filing_desk.store.team.errors import TeamPasswordRefused, TeamUnreachable

if TYPE_CHECKING:
    from sqlalchemy import Engine

CONNECT_TIMEOUT = 10  # seconds; an address option connect_timeout overrides it
SCRUBBED = 4  # a shorter password would blank out ordinary words of the message
_REFUSED_PASSWORD = ("password authentication failed", "no password supplied")


def team_engine(address: TeamAddress, password: str) -> Engine:
    """An engine whose connections go to ``address`` as its user; one connection made now."""
    from sqlalchemy import create_engine
    from sqlalchemy.exc import DBAPIError

    engine = create_engine(
        address.sqlalchemy_url(password),
        connect_args={"connect_timeout": CONNECT_TIMEOUT, "application_name": "filing-desk"},
        pool_size=4,
        pool_pre_ping=True,
        hide_parameters=True,  # values never appear in an error's text
    )
    try:
        with engine.connect():
            pass
    except DBAPIError as exc:
        engine.dispose()
        raise connection_error(exc.orig or exc, address, password) from None
    return engine


def connection_error(exc: BaseException, address: TeamAddress, password: str) -> RegisterError:
    """The RegisterError to show for a failed connection: server named, password never."""
    reason = _last_line(str(exc))
    if len(password) >= SCRUBBED:  # libpq never quotes it; if a driver did, it is not shown
        reason = reason.replace(password, "***")
    if any(words in reason for words in _REFUSED_PASSWORD):
        return TeamPasswordRefused(
            f"The server {address.server} refused the password of {address.user} "
            f"(database {address.database}). Check it, or ask the administrator."
        )
    return TeamUnreachable(
        f"The team register {address.display} could not be opened: {reason}. "
        "Check the address and that the server is running."
    )


def _last_line(text: str) -> str:
    """libpq's message without its "connection to server at … failed:" preamble."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    last = lines[-1] if lines else "no reason given"
    return last.removeprefix("FATAL:").strip()
