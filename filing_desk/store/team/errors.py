"""Failures of a team register (the PostgreSQL server): each a RegisterError with its exit code.

No Qt. A message names the server (``user@host:port/database``), never the password.
"""

from __future__ import annotations

from filing_desk.store.errors import RegisterError


class BadTeamAddress(RegisterError):
    """The ``postgresql://`` address is malformed, carries a password or an unknown option."""

    exit_code = 40
    code = "team.bad_address"


class TeamPasswordMissing(RegisterError):
    """No password in the keyring, the environment or a prompt."""

    exit_code = 41
    code = "team.password_missing"


class TeamPasswordRefused(RegisterError):
    """The server refused the user's password."""

    exit_code = 42
    code = "team.password_refused"


class TeamUnreachable(RegisterError):
    """The server did not answer, or refused the connection for another reason."""

    exit_code = 43
    code = "team.unreachable"


class TeamNotInitialised(RegisterError):
    """The database is empty: ``filing-desk team init URL`` first."""

    exit_code = 44
    code = "team.not_initialised"


class TeamNotEmpty(RegisterError):
    """``team init`` (or ``team push``) on a database that already holds tables."""

    exit_code = 45
    code = "team.not_empty"


class TeamRefused(RegisterError):
    """The server refused what the user asked (a role without the right, a file-only action)."""

    exit_code = 46
    code = "team.refused"
