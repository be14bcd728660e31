"""Errors of the forms package: a bad spec, an unknown form id, a packet that cannot be written.

No Qt. Loaders collect every SpecError of every file and raise one SpecErrors; messages name the
file, the section and the field so a spec author can fix all problems in one pass.
"""

from __future__ import annotations

from collections.abc import Iterable


class FormError(Exception):
    """Base of every error raised by ``filing_desk.forms``."""

    code = "forms.error"

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message)
        self.params = params


class SpecError(FormError):
    """One problem in one spec file: ``file: where: reason``."""

    code = "forms.spec"

    def __init__(self, file: str, where: str, reason: str) -> None:
        self.file = file
        self.where = where
        self.reason = reason
        location = f"{file}: {where}" if where else file
        super().__init__(f"{location}: {reason}", file=file, where=where, reason=reason)


class SpecErrors(FormError):
    """Every problem found while loading specs, one line each."""

    code = "forms.specs"

    def __init__(self, errors: Iterable[SpecError]) -> None:
        self.errors = tuple(errors)
        lines = "\n".join(str(e) for e in self.errors)
        super().__init__(f"{len(self.errors)} problem(s) in form specs:\n{lines}")


class ChecklistErrors(SpecErrors):
    """Every problem found while loading checklist libraries (``forms/checklists``); the same
    code as SpecErrors: a shipped library is part of the install, like a form spec."""

    def __init__(self, errors: Iterable[SpecError]) -> None:
        self.errors = tuple(errors)
        lines = "\n".join(str(e) for e in self.errors)
        FormError.__init__(self, f"{len(self.errors)} problem(s) in checklist libraries:\n{lines}")


class UnknownForm(FormError):
    """A form id with no spec file."""

    code = "forms.unknown"

    def __init__(self, form_id: str, known: Iterable[str]) -> None:
        self.form_id = form_id
        names = ", ".join(sorted(known))
        super().__init__(f"unknown form {form_id!r} (known: {names})", form_id=form_id)


class UnknownLibrary(UnknownForm):
    """A checklist library id with no file in ``forms/checklists`` (UnknownForm's code)."""

    def __init__(self, library_id: str, known: Iterable[str]) -> None:
        self.form_id = library_id
        names = ", ".join(sorted(known))
        FormError.__init__(
            self, f"unknown checklist library {library_id!r} (known: {names})", form_id=library_id
        )
