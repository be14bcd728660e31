"""The register a command works on: ``--register`` (or the default file) and the recovery key
given by ``--recovery-key-file`` or ``FILING_DESK_RECOVERY_KEY``.

The store is imported inside the functions, when a command runs, never when the parser is built.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from filing_desk.paths import app_paths

RECOVERY_FILE_LIMIT = 4096  # a recovery key is 84 characters; a bigger file is something else


def add_recovery_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--recovery-key-file",
        type=Path,
        metavar="FILE",
        help="unlock with the recovery key written in FILE (or set FILING_DESK_RECOVERY_KEY), "
        "e.g. on a computer whose keyring does not hold the register's key",
    )


def register_path(args: argparse.Namespace) -> Path:
    path: Path = args.register or app_paths().default_register
    return path


def open_from_args(args: argparse.Namespace, **kwargs: Any) -> Any:
    """The register named by the arguments, opened (``kwargs`` go to ``open_register``)."""
    from filing_desk.store.register import open_register

    location = register_path(args)
    if not isinstance(location, Path):  # a team register's postgresql:// address
        from filing_desk.store.team_register import open_team

        upgrade = kwargs.get("upgrade", True)
        return open_team(location, kwargs.get("clock"), upgrade=upgrade, prompt=password_prompt)
    kwargs.setdefault("recovery", recovery_from_args(args))
    return open_register(location, **kwargs)


def password_prompt(address: Any) -> str | None:
    """A team register's database password asked on the terminal, not echoed (the keyring and
    ``FILING_DESK_DB_PASSWORD`` come first); None when there is no terminal to ask on."""
    import getpass
    import sys

    if not sys.stdin.isatty():
        return None
    return getpass.getpass(f"Password of {address.user} on {address.server}: ") or None


def recovery_from_args(args: argparse.Namespace) -> str | None:
    """The recovery key in ``--recovery-key-file`` (or else ``FILING_DESK_RECOVERY_KEY``), checked
    before any register is touched; None when neither is given. Spaces, line breaks and dashes
    are allowed; a malformed key raises RecoveryKeyInvalid, whose message shows none of it."""
    from filing_desk.store.errors import RecoveryKeyInvalid
    from filing_desk.store.keys import RECOVERY_ENV, parse_recovery_key

    path: Path | None = getattr(args, "recovery_key_file", None)
    if path is not None:
        with path.open("rb") as fh:
            data = fh.read(RECOVERY_FILE_LIMIT + 1)
        if len(data) > RECOVERY_FILE_LIMIT:
            raise RecoveryKeyInvalid(f"{path} is too large to hold a recovery key.")
        text, where = data.decode("utf-8-sig", errors="replace"), str(path)
    else:
        text, where = os.environ.get(RECOVERY_ENV, ""), RECOVERY_ENV
        if not text.strip():
            return None
    try:
        parse_recovery_key(text)
    except RecoveryKeyInvalid as exc:
        raise RecoveryKeyInvalid(f"The recovery key in {where} is not valid: {exc}") from None
    return text
