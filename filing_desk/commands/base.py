"""What every command module shares with the entry point: the handler's type, the usage error,
and how a known failure becomes one line on stderr and an exit code.

Imports nothing of the commands (they import this) and nothing heavy at module level.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    Subparsers: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]

Handler: TypeAlias = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    """Arguments that parse but do not fit together; exit code 2 like argparse's own errors."""


def exit_code_for(exc: Exception) -> int | None:
    """Say a known failure in one line on stderr and give its exit code; None for a bug."""
    from filing_desk.domain.errors import DomainError
    from filing_desk.forms.errors import FormError
    from filing_desk.store.errors import RecoveryKeyInvalid, RegisterError

    if isinstance(exc, UsageError | RecoveryKeyInvalid):
        print(f"filing-desk: {exc}", file=sys.stderr)
        return 2
    if isinstance(exc, RegisterError):
        print(f"filing-desk: {exc}", file=sys.stderr)
        return exc.exit_code
    if isinstance(exc, DomainError | FormError):
        print(f"filing-desk: {exc}", file=sys.stderr)
        return 1
    if isinstance(exc, OSError):
        print(
            f"filing-desk: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
            file=sys.stderr,
        )
        return 1
    return None
