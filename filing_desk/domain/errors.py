"""Errors the domain rules raise: one base class carrying a stable code and params.

No Qt, no I/O. Messages are English, fit to show; the UI may translate by ``code``.
"""

from __future__ import annotations

from collections.abc import Iterable

from filing_desk.domain.issues import Issue


class DomainError(Exception):
    """Base of every rule violation the user can cause."""

    code = "domain.error"

    def __init__(self, message: str, *, code: str | None = None, **params: object) -> None:
        super().__init__(message)
        if code:
            self.code = code
        self.params = params


class InvalidInput(DomainError):
    """Input that fails validation; carries every issue found, not only the first."""

    code = "invalid_input"

    def __init__(self, issues: Iterable[Issue]) -> None:
        self.issues = tuple(issues)
        super().__init__("; ".join(i.message for i in self.issues) or "invalid input")


class IllegalTransition(DomainError):
    """A lifecycle step not allowed from the current state; names the state and allowed steps."""

    code = "lifecycle.illegal"
