"""The password of a team register's database user: from ``FILING_DESK_DB_PASSWORD`` (headless
runs, tests), else the system keyring (service ``filing-desk``, one entry per server and user),
else the caller's prompt. Never read from or written to a settings file; never logged.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from filing_desk.store.team.address import TeamAddress
from filing_desk.store.team.errors import TeamPasswordMissing

PASSWORD_ENV = "FILING_DESK_DB_PASSWORD"
SERVICE = "filing-desk"

Prompt = Callable[[TeamAddress], str | None]


def keyring_entry(address: TeamAddress) -> str:
    """``postgresql:user@host:port``: one entry per server and user, whatever the database."""
    return f"postgresql:{address.user}@{address.server}"


def from_keyring(address: TeamAddress) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        found: str | None = keyring.get_password(SERVICE, keyring_entry(address))
    except KeyringError:
        return None
    return found


def remember(address: TeamAddress, password: str) -> None:
    """Keep the password in the system keyring for the next opening."""
    import keyring

    keyring.set_password(SERVICE, keyring_entry(address), password)


def password_for(address: TeamAddress, prompt: Prompt | None = None) -> str:
    """The password to connect with; TeamPasswordMissing when no source has one."""
    found = os.environ.get(PASSWORD_ENV) or from_keyring(address)
    if not found and prompt is not None:
        found = prompt(address)
    if not found:
        raise TeamPasswordMissing(
            f"No password for {address.user} on {address.server}: set {PASSWORD_ENV}, "
            "or store it in the system keyring (`filing-desk team login URL`)."
        )
    return found
